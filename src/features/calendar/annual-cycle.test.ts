import { describe, expect, it } from "vitest";
import { buildAnnualCycle, cycleYearFrom, followUpMeetingId, type CycleGroup, type CycleMeeting, type MeetingEvent } from "./annual-cycle";

const NOW = new Date("2027-05-01T10:00:00Z");

function meeting(id: string, groupId: string, startsAt: string, overrides: Partial<CycleMeeting> = {}): CycleMeeting {
  const start = new Date(startsAt);
  return {
    id,
    groupId,
    title: `Möte ${id}`,
    startsAt: start,
    endsAt: new Date(start.getTime() + 2 * 3600 * 1000),
    cycleYear: 2027,
    status: "PLANNED",
    isExtra: false,
    ...overrides,
  };
}

function groups(steering: CycleMeeting[], working: CycleMeeting[]): CycleGroup[] {
  return [
    { id: "wg", kind: "WORKING_GROUP", meetingsPerYear: 2, meetings: working },
    { id: "sg", kind: "STEERING_GROUP", meetingsPerYear: 1, meetings: steering },
  ];
}

const meetingsOf = (cycle: ReturnType<typeof buildAnnualCycle>) =>
  cycle.months.flatMap((month) => month.events).filter((event): event is MeetingEvent => event.kind === "meeting");

describe("buildAnnualCycle", () => {
  it("has twelve months, January first, each with its events in order", () => {
    const cycle = buildAnnualCycle({
      year: 2027,
      currentYear: 2027,
      now: NOW,
      viewer: null,
      groups: groups(
        [meeting("sg1", "sg", "2027-11-20T09:00:00Z")],
        [meeting("wg2", "wg", "2027-09-10T12:00:00Z"), meeting("wg1", "wg", "2027-03-05T08:00:00Z")],
      ),
    });
    expect(cycle.months.map((month) => month.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(cycle.months[2]!.events.map((event) => event.key)).toEqual(["meeting-wg1"]);
    expect(cycle.months[8]!.events.map((event) => event.key)).toEqual(["meeting-wg2"]);
    expect(cycle.months[10]!.events.map((event) => event.key)).toEqual(["meeting-sg1"]);
    expect(cycle.months[0]!.events).toEqual([]);
    expect(cycle).toMatchObject({ year: 2027, relation: "current", previousYear: 2026, nextYear: 2028, meetingsHref: "/meetings?year=2027" });
  });

  it("places a meeting in its Stockholm month and year: New Year's Eve 23:30 UTC is January in Stockholm", () => {
    const cycle = buildAnnualCycle({
      year: 2027,
      currentYear: 2027,
      now: NOW,
      viewer: null,
      groups: groups([], [meeting("jan", "wg", "2026-12-31T23:30:00Z", { cycleYear: 2027 })]),
    });
    const [event] = meetingsOf(cycle);
    expect(event).toMatchObject({ month: 1, date: "2027-01-01", time: "00:30" });
  });

  it("orders events of one day by time, and shows the meeting's status, extra marker and links", () => {
    const cycle = buildAnnualCycle({
      year: 2027,
      currentYear: 2028,
      now: NOW,
      viewer: null,
      groups: groups(
        [meeting("late", "sg", "2027-06-01T13:00:00Z", { status: "HELD" })],
        [meeting("early", "wg", "2027-06-01T07:00:00Z", { isExtra: true, status: "CANCELLED" })],
      ),
    });
    const events = meetingsOf(cycle);
    expect(events.map((event) => event.meetingId)).toEqual(["early", "late"]);
    expect(events[0]).toMatchObject({ status: "CANCELLED", isExtra: true, groupKind: "WORKING_GROUP", href: "/meetings/early", icsHref: "/api/calendar/meetings/early" });
    expect(events[1]).toMatchObject({ status: "HELD", isExtra: false, groupKind: "STEERING_GROUP", time: "15:00" });
    expect(cycle.relation).toBe("previous");
  });

  it("marks the steering group's regular meeting of the year as the follow-up and plan adoption", () => {
    const cycle = buildAnnualCycle({
      year: 2027,
      currentYear: 2027,
      now: NOW,
      viewer: null,
      groups: groups(
        [
          meeting("extra", "sg", "2027-02-01T09:00:00Z", { isExtra: true }),
          meeting("cancelled", "sg", "2027-03-01T09:00:00Z", { status: "CANCELLED" }),
          meeting("regular", "sg", "2027-10-01T09:00:00Z"),
        ],
        [meeting("wg", "wg", "2027-04-01T09:00:00Z")],
      ),
    });
    const marked = meetingsOf(cycle).filter((event) => event.milestone === "followUpAndPlan");
    expect(marked.map((event) => event.meetingId)).toEqual(["regular"]);
  });

  it("marks no follow-up when the steering group has no regular meeting that year", () => {
    const only = groups([meeting("x", "sg", "2027-03-01T09:00:00Z", { status: "CANCELLED" })], []);
    expect(followUpMeetingId(only, 2027)).toBeNull();
    const cycle = buildAnnualCycle({ year: 2027, currentYear: 2027, now: NOW, viewer: null, groups: only });
    expect(meetingsOf(cycle).every((event) => event.milestone === null)).toBe(true);
  });

  it("leaves out meetings of other years", () => {
    const cycle = buildAnnualCycle({
      year: 2027,
      currentYear: 2027,
      now: NOW,
      viewer: null,
      groups: groups([meeting("old", "sg", "2026-10-01T09:00:00Z", { cycleYear: 2026 })], []),
    });
    expect(meetingsOf(cycle)).toEqual([]);
  });

  it("takes proposal deadlines (issue #5) into the order, at the end of their day, and none by default", () => {
    const input = {
      year: 2027,
      currentYear: 2027,
      now: NOW,
      viewer: null,
      groups: groups([], [meeting("wg", "wg", "2027-03-15T15:00:00Z")]),
    };
    expect(buildAnnualCycle(input).months.flatMap((month) => month.events).map((event) => event.kind)).toEqual(["meeting"]);

    const cycle = buildAnnualCycle({
      ...input,
      proposalDeadlines: [
        { id: "call1", date: "2027-03-15", title: "Förslag 2028", href: "/proposals/calls/call1" },
        { id: "call0", date: "2027-02-28", title: "Tidig", href: null },
        { id: "other", date: "2028-01-31", title: "Nästa år", href: null },
      ],
    });
    expect(cycle.months[1]!.events).toEqual([
      { kind: "proposalDeadline", key: "proposal-deadline-call0", date: "2027-02-28", time: null, month: 2, title: "Tidig", href: null },
    ]);
    expect(cycle.months[2]!.events.map((event) => event.key)).toEqual(["meeting-wg", "proposal-deadline-call1"]);
    expect(cycle.months.flatMap((month) => month.events).some((event) => event.key === "proposal-deadline-other")).toBe(false);
  });

  it("carries each group's compliance for the year", () => {
    const cycle = buildAnnualCycle({
      year: 2027,
      currentYear: 2027,
      now: NOW,
      viewer: null,
      groups: groups([meeting("sg", "sg", "2027-10-01T09:00:00Z")], [meeting("wg", "wg", "2027-03-01T09:00:00Z", { status: "HELD" })]),
    });
    expect(cycle.compliance.map((row) => [row.groupKind, row.compliance.status, row.compliance.scheduled, row.compliance.held])).toEqual([
      ["STEERING_GROUP", "onTrack", 1, 0],
      ["WORKING_GROUP", "toSchedule", 1, 1],
    ]);
  });
});

describe("cycleYearFrom", () => {
  it("reads a four-digit year and falls back to the current year otherwise", () => {
    expect(cycleYearFrom("2026", 2027)).toBe(2026);
    expect(cycleYearFrom(["2030", "2031"], 2027)).toBe(2030);
    expect(cycleYearFrom(undefined, 2027)).toBe(2027);
    expect(cycleYearFrom("", 2027)).toBe(2027);
    expect(cycleYearFrom("27", 2027)).toBe(2027);
    expect(cycleYearFrom("2027abc", 2027)).toBe(2027);
    expect(cycleYearFrom("1999", 2027)).toBe(2027);
    expect(cycleYearFrom("9999", 2027)).toBe(2027);
  });
});
