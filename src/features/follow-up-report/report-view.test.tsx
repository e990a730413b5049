import { createFormatter, createTranslator } from "next-intl";
import { renderToReadableStream } from "react-dom/server.edge";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { messagesFor } from "@/i18n/catalogue";
import { TIME_ZONE } from "@/i18n/locales";
import { buildFollowUpReport } from "./aggregate";
import type { ActivityInput, ReportInput } from "./report-input";

// A server component: it gets its language (and the site's other texts) here as Next would give
// them. The report's own words come from labelsFor(), whose translator reports a missing or broken
// message on the console: that fails the test instead of showing a key.
const language = vi.hoisted(() => ({ locale: "sv" as "sv" | "en" }));
vi.mock("@/i18n/server", () => ({
  getTranslations: async (namespace?: string) =>
    createTranslator({
      locale: language.locale,
      messages: messagesFor(language.locale),
      namespace: namespace as never,
      timeZone: TIME_ZONE,
      onError: (error) => {
        throw error;
      },
    }),
  getFormatter: async () => createFormatter({ locale: language.locale, timeZone: TIME_ZONE }),
  getLocale: async () => language.locale,
}));

let consoleErrors: MockInstance<typeof console.error>;
beforeEach(() => {
  consoleErrors = vi.spyOn(console, "error");
});
afterEach(() => {
  expect(consoleErrors).not.toHaveBeenCalled();
  consoleErrors.mockRestore();
});

const { FollowUpReportView } = await import("./report-view");

async function html(element: React.ReactElement): Promise<string> {
  const stream = await renderToReadableStream(element);
  await stream.allReady;
  return new Response(stream).text();
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

function activity(id: string, overrides: Partial<ActivityInput> = {}): ActivityInput {
  return {
    id,
    title: `Aktivitet ${id}`,
    priorityAreaId: "pa1",
    focusArea: "EDUCATION_AND_COMPETENCE",
    dimensions: ["SOCIAL"],
    status: "ON_TRACK",
    progress: 40,
    startsOn: day("2026-01-01"),
    endsOn: day("2026-12-31"),
    removedAt: null,
    carriedOverFromId: null,
    carriedOverToId: null,
    responsible: ["Eva Lundgren"],
    indicators: [],
    ...overrides,
  };
}

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    year: 2026,
    partnership: { name: "Huddinge kommun och Södertörns högskola", nameEn: null },
    now: new Date("2026-11-27T10:00:00Z"),
    currentYear: 2026,
    today: day("2026-11-27"),
    plans: [
      {
        id: "plan",
        year: 2026,
        status: "ADOPTED",
        adoptedAt: day("2025-10-05"),
        closedAt: null,
        adoptedBy: { number: 3, title: "Verksamhetsplan 2026", meeting: { id: "m-2025", title: "Ledningsgruppens årsmöte", startsAt: new Date("2025-10-05T08:00:00Z") }, state: "inForce" },
        activities: [
          activity("a1", { status: "DELAYED", title: "VFU i förskolan", indicators: [{ id: "i1", name: "VFU-platser", unit: "st", targetValue: 40, outcomeValue: 44 }] }),
          activity("a2", { status: "DONE" }),
          activity("a3", { status: "AT_RISK", title: "Bristyrken <i>", dimensions: ["ECONOMIC"] }),
        ],
      },
    ],
    priorityAreas: [
      { id: "pa1", title: "Lärarförsörjning", focusArea: "EDUCATION_AND_COMPETENCE", years: [2026] },
      { id: "pa2", title: "Klimatanpassning", focusArea: "RESEARCH_AND_DEVELOPMENT", years: [2026] },
    ],
    results: [{ id: "r1", kind: "REPORT", title: "Rapport om VFU", date: day("2026-05-01"), activityId: "a2", activityTitle: "Aktivitet a2", mayPublish: true }],
    cadenceGroups: [
      { id: "sg", kind: "STEERING_GROUP", meetingsPerYear: 1, meetings: [] },
      { id: "wg", kind: "WORKING_GROUP", meetingsPerYear: 2, meetings: [] },
    ],
    membershipGroups: [
      { id: "sg", kind: "STEERING_GROUP" },
      { id: "wg", kind: "WORKING_GROUP" },
    ],
    seats: [{ id: "s1", groupId: "sg", title: "Prorektor", partyName: "Södertörns högskola" }],
    memberships: [],
    proposals: [{ cycleYear: 2026, status: "ACCEPTED" }],
    decisions: [
      { id: "d1", number: 2, title: "Uppföljning 2025", subject: "FOLLOW_UP", meeting: { id: "m-2026", title: "Årsmöte 2026", startsAt: new Date("2026-10-06T08:00:00Z"), cycleYear: 2026, groupId: "sg" } },
    ],
    ...overrides,
  };
}

const headings = (page: string) => [...page.matchAll(/<h([1-6])[^>]*>([^<]*)<\/h\1>/g)].map((match) => [Number(match[1]), match[2]] as const);

describe("the follow-up report page", () => {
  it("has one h1 and the sections' h2s in the agreed order, with no heading level skipped", async () => {
    const page = await html(<FollowUpReportView report={buildFollowUpReport(input())} />);
    const found = headings(page);
    expect(found.filter(([level]) => level === 1)).toEqual([[1, "Uppföljning 2026"]]);
    expect(found.filter(([level]) => level === 2).map(([, text]) => text)).toEqual([
      "I korthet",
      "Sammanfattning",
      "Plan och utfall",
      "Aktiviteternas status",
      "Aktiviteter i riskzonen eller försenade",
      "Indikatorer mot mål",
      "Hållbarhetsdimensioner och fokusområden",
      "Resultat",
      "Mötesrytm",
      "Ledamöter och vakanser",
      "Förslag på prioriterade områden",
      "Beslut",
      "Jämförelse med föregående år",
    ]);
    for (let index = 1; index < found.length; index += 1) expect(found[index]![0] - found[index - 1]![0]).toBeLessThanOrEqual(1);
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(page).not.toContain("style=");
  });

  it("shows the figures, links each activity at risk to its page (delayed first), names the gaps, and offers the downloads", async () => {
    const page = await html(<FollowUpReportView report={buildFollowUpReport(input())} />);
    expect(page).toContain("Verksamhetsplanen för 2026 är fastställd.");
    // The verdict opens the report, each sentence a link to the section with its detail.
    expect(page).toMatch(/<a href="#report-status"[^>]*>3 aktiviteter är planerade: 1 klara, 0 enligt plan, 1 i riskzonen och 1 försenade.<\/a>/);
    expect(page).toMatch(/<a href="#report-plan-vs-outcome"[^>]*>1 prioriterat område för 2026 saknar aktiviteter: Klimatanpassning.<\/a>/);
    expect(page).toMatch(/<a href="#report-results"[^>]*>1 resultat registrerades 2026, varav 1 publiceras i det öppna resultatregistret.<\/a>/);
    expect(page.indexOf('id="report-verdict"')).toBeLessThan(page.indexOf('id="report-summary"'));
    expect(page).toContain('href="/meetings/m-2025/minutes"');
    const atRisk = [...page.matchAll(/href="\/activities\/(a\d)"[^>]*>([^<]*)</g)].map((match) => match[1]);
    expect(atRisk.slice(0, 2)).toEqual(["a1", "a3"]);
    // User text is escaped, never markup.
    expect(page).toContain("Bristyrken &lt;i&gt;");
    expect(page).toContain("Prioriterade områden för 2026 utan aktiviteter: Klimatanpassning.");
    expect(page).toContain("Hållbarhetsdimensioner utan aktiviteter: Ekologisk, Kulturell.");
    expect(page).toContain("Fokusområden utan aktiviteter: Forskning och samhällsutveckling/verksamhetsutveckling.");
    expect(page).toContain("Målet nått");
    expect(page).toContain("110 %");
    expect(page).toMatch(/§ 2<\/span> (<!-- -->)?Uppföljning 2025/);
    expect(page).toContain('href="/follow-up/2026/report.pdf"');
    expect(page).toContain('href="/follow-up/2026/report.csv"');
    expect(page).toContain('href="/follow-up/2025"');
    expect(page).toContain('href="/follow-up/2027"');
    expect(page).not.toContain('href="/follow-up/2028"');
    expect(page).toContain("Prorektor");
    expect(page).toMatch(/<caption[^>]*>Mötesrytm 2026<\/caption>/);
    expect(page).toMatch(/<caption[^>]*>Mötesrytm 2025<\/caption>/);
    // Four charts, each an image with a name and description, each with its table.
    expect([...page.matchAll(/<svg[^>]*role="img"/g)]).toHaveLength(4);
    expect([...page.matchAll(/<details/g)]).toHaveLength(4);
    expect(page).toContain("Liggande stapeldiagram med antalet aktiviteter per status 2026: Inte påbörjad 0; Enligt plan 0; I riskzonen 1; Försenad 1; Genomförd 1; Inställd 0.");
  });

  it("says of a plan whose adopting decision awaits justering what every page says of such a decision, with its meeting and date", async () => {
    const base = input();
    const plan = base.plans[0]!;
    const awaiting = input({ plans: [{ ...plan, adoptedBy: { ...plan.adoptedBy!, state: "awaitingJustering" } }] });
    const page = await html(<FollowUpReportView report={buildFollowUpReport(awaiting)} />);
    expect(page).toContain("Beslutat vid Ledningsgruppens årsmöte 5 oktober 2025, väntar på justering (väntas senast");
    const inForce = await html(<FollowUpReportView report={buildFollowUpReport(base)} />);
    expect(inForce).not.toContain("väntar på justering");
  });

  it("without an adopted plan says so, and still renders every other section", async () => {
    const page = await html(<FollowUpReportView report={buildFollowUpReport(input({ plans: [] }))} />);
    expect(page).toContain("Det finns ingen fastställd verksamhetsplan för 2026.");
    expect(page).toContain("Ingen fastställd verksamhetsplan för 2026.");
    // No activity of a plan is linked; the year's results still link to the activity they came from.
    expect(page).not.toContain('href="/activities/a1"');
    expect(page).toContain('href="/activities/a2"');
    expect(page).toContain("Uppföljning 2025");
    expect(page).toContain("Rapport om VFU");
    expect(headings(page).filter(([level]) => level === 2)).toHaveLength(13);
    // Only the comparison chart remains; the plan's charts have nothing to show.
    expect([...page.matchAll(/<svg[^>]*role="img"/g)]).toHaveLength(1);
  });

  it("is all in English for a reader who chose English", async () => {
    language.locale = "en";
    try {
      const page = await html(<FollowUpReportView report={buildFollowUpReport(input())} />);
      expect(headings(page).filter(([level]) => level === 2).map(([, text]) => text)).toContain("Comparison with the previous year");
      expect(page).toContain("The activity plan for 2026 is adopted.");
      expect(page).toContain("Sustainability dimensions without activities: Ecological, Cultural.");
      expect(page).not.toMatch(/followUpReport\./);
    } finally {
      language.locale = "sv";
    }
  });
});
