import { describe, expect, it } from "vitest";
import { calendarTranslator, feedName, meetingIcsFileName, toIcsMeeting, type CalendarMeetingRow } from "./calendar-entries";
import { groupFeedUrl, hashFeedToken, looksLikeFeedToken, newFeedToken } from "./feed-token";

const t = calendarTranslator();
const ORIGIN = "https://samverkan.example";

function row(overrides: Partial<CalendarMeetingRow> = {}): CalendarMeetingRow {
  return {
    id: "meeting-1",
    title: "Ledningsgruppens årsmöte",
    startsAt: new Date("2027-10-05T11:00:00Z"),
    endsAt: new Date("2027-10-05T13:00:00Z"),
    location: "Huddinge kommunhus",
    onlineUrl: "https://video.example/room",
    status: "PLANNED",
    isExtra: false,
    extraReason: null,
    isPublic: false,
    cancellationReason: null,
    version: 3,
    groupKind: "STEERING_GROUP",
    agendaItems: [
      { position: 2, title: "Verksamhetsplan 2028", presenter: "Sara Nyström", durationMinutes: 45, type: "DECISION" },
      { position: 1, title: "Uppföljning 2027", presenter: "", durationMinutes: null, type: "INFORMATION" },
    ],
    ...overrides,
  };
}

describe("toIcsMeeting", () => {
  it("gives full details: online link, agenda in order, the meeting's page and its version", () => {
    const entry = toIcsMeeting(row(), "full", { origin: ORIGIN, t });
    expect(entry).toMatchObject({
      id: "meeting-1",
      location: "Huddinge kommunhus",
      onlineUrl: "https://video.example/room",
      groupName: "Ledningsgrupp",
      sequence: 3,
      url: "https://samverkan.example/meetings/meeting-1",
    });
    expect(entry.description).toBe(
      "Dagordning:\n1. Uppföljning 2027 (information)\n2. Verksamhetsplan 2028 (beslut, Sara Nyström, 45 min)",
    );
  });

  it("gives public details only: no online link, agenda or page", () => {
    const entry = toIcsMeeting(row({ isExtra: true, extraReason: "Brådskande beslut", status: "CANCELLED", cancellationReason: "Sjukdom" }), "public", {
      origin: ORIGIN,
      t,
    });
    expect(entry).toMatchObject({ onlineUrl: null, url: null, description: "", location: "Huddinge kommunhus", isExtra: true, status: "CANCELLED" });
  });

  it("explains cancelled and extra meetings in full details", () => {
    const entry = toIcsMeeting(
      row({ isExtra: true, extraReason: "Brådskande beslut", status: "CANCELLED", cancellationReason: "Sjukdom", agendaItems: [] }),
      "full",
      { origin: ORIGIN, t },
    );
    expect(entry.description).toBe("Mötet är inställt. Skäl: Sjukdom\n\nExtrainsatt möte. Skäl: Brådskande beslut");
  });
});

describe("names", () => {
  it("names the download after the group and the Stockholm date", () => {
    expect(meetingIcsFileName({ groupKind: "WORKING_GROUP", startsAt: new Date("2027-03-31T22:30:00Z") })).toBe("strategisk-arbetsgrupp-2027-04-01.ics");
  });

  it("names a feed after the partnership and the group", () => {
    expect(feedName(t, "Huddinge–Södertörn", "WORKING_GROUP")).toBe("Huddinge–Södertörn – Strategisk arbetsgrupp");
  });
});

describe("feed tokens", () => {
  it("are 256 random URL-safe bits, different every time, hashed with sha256", () => {
    const first = newFeedToken();
    const second = newFeedToken();
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first).not.toBe(second);
    expect(looksLikeFeedToken(first)).toBe(true);
    expect(hashFeedToken(first)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashFeedToken(first)).toBe(hashFeedToken(first));
    expect(hashFeedToken(first)).not.toBe(hashFeedToken(second));
  });

  it("are not looked up when they cannot be tokens", () => {
    for (const value of [null, undefined, "", "short", `${"a".repeat(43)}=`, "a".repeat(44), "å".repeat(43)]) {
      expect(looksLikeFeedToken(value)).toBe(false);
    }
  });

  it("make feed URLs under the application's origin", () => {
    expect(groupFeedUrl(ORIGIN, "STEERING_GROUP")).toBe("https://samverkan.example/api/calendar/groups/ledningsgrupp");
    expect(groupFeedUrl(ORIGIN, "WORKING_GROUP", "abc_-123")).toBe("https://samverkan.example/api/calendar/groups/strategisk-arbetsgrupp?token=abc_-123");
  });
});
