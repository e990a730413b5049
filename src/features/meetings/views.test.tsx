import { createFormatter, createTranslator, NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { messagesFor } from "@/i18n/catalogue";
import { TIME_ZONE } from "@/i18n/locales";
import { instantFromStockholm } from "./meeting-time";
import type { MeetingListGroup, MeetingPage } from "./queries";

// The views are server components: their translations come from the catalogue as on a request,
// and a missing key fails the test instead of rendering the key.
const LOCALE = "sv";
const throwError = (error: Error) => {
  throw error;
};
vi.mock("@/i18n/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: LOCALE, messages: messagesFor(LOCALE), namespace, timeZone: TIME_ZONE, onError: throwError } as never),
  getFormatter: async () => createFormatter({ locale: LOCALE, timeZone: TIME_ZONE }),
}));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }) }));
vi.mock("./actions", () => {
  const action = async () => ({ status: "idle", message: null, fieldErrors: {}, values: {} });
  return Object.fromEntries(
    [
      "scheduleMeetingAction",
      "editMeetingAction",
      "cancelMeetingAction",
      "markMeetingHeldAction",
      "sendNoticeAction",
      "addAgendaItemAction",
      "editAgendaItemAction",
      "removeAgendaItemAction",
      "moveAgendaItemAction",
      "removeMeetingDocumentAction",
      "recordAttendanceAction",
    ].map((name) => [name, action]),
  );
});

const { MeetingView } = await import("./meeting-view");
const { MeetingsList } = await import("./meetings-list");
const { MeetingForm } = await import("./meeting-form");

const render = (node: React.ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={LOCALE} messages={messagesFor(LOCALE)} timeZone={TIME_ZONE} onError={throwError}>
      {node}
    </NextIntlClientProvider>,
  );

const startsAt = instantFromStockholm("2027-05-12", "13:00")!;
const endsAt = instantFromStockholm("2027-05-12", "15:00")!;

function meetingPage(overrides: Partial<MeetingPage> = {}): MeetingPage {
  return {
    id: "m1",
    title: "Uppföljning och beslut om verksamhetsplan",
    group: { id: "g1", kind: "STEERING_GROUP", slug: "ledningsgrupp", meetingsPerYear: 1 },
    startsAt,
    endsAt,
    cycleYear: 2027,
    location: "Kommunhuset",
    onlineUrl: "https://meet.example/x",
    status: "PLANNED",
    isExtra: true,
    extraReason: "Ny plan",
    isPublic: false,
    noticeSentAt: null,
    cancelledAt: null,
    cancellationReason: null,
    version: 4,
    createdBy: "Maria Lindqvist",
    agenda: {
      items: [
        { id: "i1", position: 1, title: "Öppnande", description: "", presenter: "Ordföranden", durationMinutes: 10, type: "INFORMATION", documents: [], startsAt },
        { id: "i2", position: 2, title: "Beslut om plan", description: "Förslag", presenter: "", durationMinutes: null, type: "DECISION", documents: [{ id: "d1", title: "Planutkast" }], startsAt: new Date(startsAt.getTime() + 600_000) },
      ],
      totalMinutes: 10,
      complete: false,
      endsAt: null,
      overrunMinutes: 0,
    },
    documents: [
      { id: "d1", title: "Planutkast", fileName: "plan.pdf", contentType: "application/pdf", size: 2048, uploadedAt: startsAt, uploadedBy: "Maria Lindqvist", agendaItem: { id: "i2", position: 2, title: "Beslut om plan" } },
    ],
    attendance: [
      { personId: "p1", name: "Anders Holmberg", roles: ["CHAIR"], partyName: "Huddinge kommun", status: "PRESENT" },
      { personId: "p2", name: "Eva Lundgren", roles: ["MEMBER"], partyName: "Huddinge kommun", status: null },
    ],
    otherAttendance: [{ personId: "p3", name: "Gunnar Ek", status: "EXCUSED" }],
    access: { signedIn: true, mayManage: true, maySeeInternals: true, isMember: true },
    ...overrides,
  };
}

describe("the meeting page", () => {
  it("shows a manager the details, agenda with times, underlag, attendance form, notice and management forms", async () => {
    const html = render(await MeetingView({ page: meetingPage(), now: new Date(startsAt.getTime() + 60_000), notice: { key: "meetings.saveNotices.scheduled", kind: "success" } }));
    expect(html).toContain("<h1");
    expect(html).toContain("onsdag 12 maj 2027, kl. 13:00–15:00");
    expect(html).toContain("Extrainsatt möte");
    expect(html).toContain("13:10");
    expect(html).toContain('href="/api/meetings/m1/documents/d1"');
    expect(html).toContain('href="/api/calendar/meetings/m1"');
    expect(html).toContain('name="attendance_p2"');
    expect(html).toContain("Markera som genomfört");
    expect(html).toContain("Ställ in mötet");
    expect(html).toContain("Lägg till punkten");
    expect(html).toContain("Gunnar Ek (Anmält förhinder)");
    expect(html).toContain("Flytta upp punkt 2: Beslut om plan");
  });

  it("shows other signed-in users no forms and no underlag, and visitors neither attendance nor notice", async () => {
    const member = render(await MeetingView({ page: meetingPage({ documents: null, access: { signedIn: true, mayManage: false, maySeeInternals: false, isMember: false } }), now: startsAt, notice: null }));
    expect(member).toContain("Underlaget visas bara för gruppens ledamöter.");
    expect(member).not.toContain("<form");
    const visitor = render(
      await MeetingView({
        page: meetingPage({ status: "HELD", isPublic: true, documents: null, attendance: null, noticeSentAt: null, createdBy: null, access: { signedIn: false, mayManage: false, maySeeInternals: false, isMember: false } }),
        now: startsAt,
        notice: null,
      }),
    );
    expect(visitor).not.toContain("Närvaro");
    expect(visitor).not.toContain("Kallelse");
    expect(visitor).toContain('href="/meetings/m1/minutes"');
  });
});

describe("the meetings list", () => {
  it("shows each group's meetings of the year with status, extra and cancelled meetings, and the cadence", async () => {
    const groups: MeetingListGroup[] = [
      {
        id: "g1",
        kind: "STEERING_GROUP",
        slug: "ledningsgrupp",
        meetingsPerYear: 1,
        meetings: [
          { id: "m1", title: "Årsmöte", startsAt, endsAt, status: "CANCELLED", isExtra: false, extraReason: null, isPublic: false, location: "Kommunhuset", onlineUrl: null, cancellationReason: "Sjukdom", noticeSentAt: null },
          { id: "m2", title: "Extra", startsAt, endsAt, status: "PLANNED", isExtra: true, extraReason: "Brådskande", isPublic: true, location: "", onlineUrl: "https://x.example", cancellationReason: null, noticeSentAt: startsAt },
        ],
        compliance: { year: 2027, required: 1, scheduled: 0, held: 0, extra: 1, cancelled: 1, toSchedule: 1, awaitingRecord: 0, deadline: "2027-12-31", status: "toSchedule" },
      },
      { id: "g2", kind: "WORKING_GROUP", slug: "strategisk-arbetsgrupp", meetingsPerYear: 2, meetings: [], compliance: { year: 2027, required: 2, scheduled: 2, held: 2, extra: 0, cancelled: 0, toSchedule: 0, awaitingRecord: 0, deadline: "2027-12-31", status: "met" } },
    ];
    const html = render(await MeetingsList({ year: 2027, currentYear: 2026, groups, manageableGroupIds: ["g1"] }));
    expect(html).toContain("Möten 2027");
    expect(html).toContain('href="/meetings?year=2026"');
    expect(html).toContain("Inställt: Sjukdom");
    expect(html).toContain("Skäl: Brådskande");
    expect(html).toContain("Ett ordinarie möte återstår att planera före den 31 december 2027.");
    expect(html).toContain('href="/meetings/new?group=ledningsgrupp"');
    expect(html).not.toContain('href="/meetings/new?group=strategisk-arbetsgrupp"');
    expect(html).toContain("Inga möten 2027.");
  });
});

describe("the meeting form", () => {
  it("renders for scheduling and for editing with the stored values", () => {
    const schedule = render(<MeetingForm mode="schedule" groups={[{ id: "g1", label: "Ledningsgrupp" }, { id: "g2", label: "Strategisk arbetsgrupp" }]} defaultGroupId="g2" />);
    expect(schedule).toContain('type="time"');
    expect(schedule).toContain("Planera mötet");
    const edit = render(<MeetingForm mode="edit" meetingId="m1" version={3} values={{ meetingTitle: "Vårmöte", meetingDate: "2027-03-10", startTime: "13:00", endTime: "15:00", isExtra: "yes" }} />);
    expect(edit).toContain('value="Vårmöte"');
    expect(edit).toContain('name="version" value="3"');
    expect(edit).toMatch(/name="isExtra"[^>]*checked/);
  });
});
