import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/i18n/catalogue";
import { TIME_ZONE, type Locale } from "@/i18n/locales";
import { buildFollowUpReport } from "./aggregate";
import type { ActivityInput, ActivityStatus, PlanInput, ReportInput } from "./report-input";
import { reportLabels, type Translate } from "./report-labels";
import { reportVerdict, type VerdictSentence } from "./verdict";
import { verdictText } from "./verdict-text";

const day = (date: string) => new Date(`${date}T00:00:00Z`);
const NOW = new Date("2026-11-27T10:00:00Z");

let counter = 0;
function activity(status: ActivityStatus, overrides: Partial<ActivityInput> = {}): ActivityInput {
  counter += 1;
  return {
    id: `a${counter}`,
    title: `Aktivitet ${counter}`,
    priorityAreaId: null,
    focusArea: "EDUCATION_AND_COMPETENCE",
    dimensions: ["SOCIAL"],
    status,
    progress: 50,
    startsOn: day("2026-01-01"),
    endsOn: day("2026-12-31"),
    removedAt: null,
    carriedOverFromId: null,
    carriedOverToId: null,
    responsible: [],
    indicators: [],
    ...overrides,
  };
}

function plan(year: number, activities: ActivityInput[]): PlanInput {
  return { id: `plan-${year}`, year, status: "ADOPTED", adoptedAt: day(`${year - 1}-12-01`), closedAt: null, adoptedBy: null, activities };
}

const meeting = (id: string, cycleYear: number, status: "HELD" | "PLANNED", startsAt: string) => ({ id, cycleYear, status, isExtra: false, startsAt: new Date(startsAt) });

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    year: 2026,
    partnership: { name: "Huddinge och Södertörn", nameEn: null },
    now: NOW,
    currentYear: 2026,
    today: day("2026-11-27"),
    plans: [],
    priorityAreas: [],
    results: [],
    cadenceGroups: [
      { id: "sg", kind: "STEERING_GROUP", meetingsPerYear: 1, meetings: [] },
      { id: "wg", kind: "WORKING_GROUP", meetingsPerYear: 2, meetings: [] },
    ],
    membershipGroups: [],
    seats: [],
    memberships: [],
    proposals: [],
    decisions: [],
    ...overrides,
  };
}

const verdict = (overrides: Partial<ReportInput>) => reportVerdict(buildFollowUpReport(input(overrides)));
const sentence = <K extends VerdictSentence["kind"]>(sentences: VerdictSentence[], kind: K) => sentences.find((one) => one.kind === kind) as Extract<VerdictSentence, { kind: K }> | undefined;

function labels(locale: Locale) {
  const translate = createTranslator({
    locale,
    messages: messagesFor(locale),
    timeZone: TIME_ZONE,
    onError: (error) => {
      throw error;
    },
  });
  return reportLabels(translate as unknown as Translate, createFormatter({ locale, timeZone: TIME_ZONE }));
}

describe("the report's verdict", () => {
  it("counts the activities by status, the rest as not started or cancelled, and links to the status section", () => {
    const activities = [activity("DONE"), activity("DONE"), activity("ON_TRACK"), activity("AT_RISK"), activity("DELAYED"), activity("NOT_STARTED"), activity("CANCELLED")];
    expect(sentence(verdict({ plans: [plan(2026, activities)] }), "activities")).toEqual({
      kind: "activities",
      section: "report-status",
      planned: 7,
      done: 2,
      onTrack: 1,
      atRisk: 1,
      delayed: 1,
      other: 2,
    });
  });

  it("leaves out activities a revision removed", () => {
    const activities = [activity("DONE"), activity("ON_TRACK", { removedAt: day("2026-05-01") })];
    expect(sentence(verdict({ plans: [plan(2026, activities)] }), "activities")).toMatchObject({ planned: 1, done: 1, onTrack: 0 });
  });

  it("says there is no plan instead of counting zeros, and has no priority-area sentence then", () => {
    const sentences = verdict({});
    expect(sentence(sentences, "noPlan")).toEqual({ kind: "noPlan", section: "report-plan-vs-outcome", year: 2026 });
    expect(sentence(sentences, "activities")).toBeUndefined();
    expect(sentence(sentences, "priorityAreas")).toBeUndefined();
  });

  it("judges the cadence: kept, on track, behind, and missed for a year that is over", () => {
    const groups = (sg: ReturnType<typeof meeting>[], wg: ReturnType<typeof meeting>[]): ReportInput["cadenceGroups"] => [
      { id: "sg", kind: "STEERING_GROUP", meetingsPerYear: 1, meetings: sg },
      { id: "wg", kind: "WORKING_GROUP", meetingsPerYear: 2, meetings: wg },
    ];
    const kept = groups([meeting("s1", 2026, "HELD", "2026-11-05T08:00:00Z")], [meeting("w1", 2026, "HELD", "2026-03-10T12:00:00Z"), meeting("w2", 2026, "HELD", "2026-09-15T12:00:00Z")]);
    expect(sentence(verdict({ cadenceGroups: kept }), "cadence")).toEqual({ kind: "cadence", section: "report-cadence", state: "kept", held: 3, required: 3 });

    const onTrack = groups([meeting("s1", 2026, "PLANNED", "2026-12-10T08:00:00Z")], [meeting("w1", 2026, "HELD", "2026-03-10T12:00:00Z"), meeting("w2", 2026, "HELD", "2026-09-15T12:00:00Z")]);
    expect(sentence(verdict({ cadenceGroups: onTrack }), "cadence")).toMatchObject({ state: "onTrack", held: 2, required: 3 });

    const behind = groups([], [meeting("w1", 2026, "HELD", "2026-03-10T12:00:00Z")]);
    expect(sentence(verdict({ cadenceGroups: behind }), "cadence")).toMatchObject({ state: "behind", held: 1, required: 3 });

    const lastYear = groups([], [meeting("w1", 2025, "HELD", "2025-03-10T12:00:00Z"), meeting("w2", 2025, "HELD", "2025-09-10T12:00:00Z")]);
    expect(sentence(verdict({ year: 2025, cadenceGroups: lastYear }), "cadence")).toMatchObject({ state: "missed", held: 2, required: 3 });
  });

  it("names the priority areas of the year without any activity", () => {
    const priorityAreas = [
      { id: "pa1", title: "Lärarförsörjning", focusArea: "EDUCATION_AND_COMPETENCE" as const, years: [2026] },
      { id: "pa2", title: "Klimatanpassning", focusArea: "RESEARCH_AND_DEVELOPMENT" as const, years: [2026] },
      { id: "pa3", title: "Äldreomsorg", focusArea: "EDUCATION_AND_COMPETENCE" as const, years: [2026] },
    ];
    const plans = [plan(2026, [activity("DONE", { priorityAreaId: "pa1" }), activity("ON_TRACK")])];
    expect(sentence(verdict({ plans, priorityAreas }), "priorityAreas")).toEqual({
      kind: "priorityAreas",
      section: "report-plan-vs-outcome",
      year: 2026,
      areas: 3,
      withoutActivity: ["Klimatanpassning", "Äldreomsorg"],
    });
  });

  it("counts the year's results and those published, not last year's", () => {
    const result = (id: string, date: string, mayPublish: boolean) => ({ id, kind: "REPORT" as const, title: id, date: day(date), activityId: "a", activityTitle: "A", mayPublish });
    const results = [result("r1", "2026-02-01", true), result("r2", "2026-06-01", false), result("r3", "2026-09-01", true), result("r4", "2025-09-01", true)];
    expect(sentence(verdict({ results }), "results")).toEqual({ kind: "results", section: "report-results", year: 2026, produced: 3, published: 2 });
  });

  it("compares the share done with the year before when both years have a plan, else says there is nothing to compare with", () => {
    const plans = [plan(2026, [activity("DONE"), activity("ON_TRACK")]), plan(2025, [activity("DONE", { startsOn: day("2025-01-01"), endsOn: day("2025-12-31") }), activity("DONE"), activity("DONE"), activity("DELAYED")])];
    expect(sentence(verdict({ plans }), "change")).toEqual({ kind: "change", section: "report-comparison", previousYear: 2025, key: "donePercent", current: 50, previous: 75, change: -25 });
    expect(sentence(verdict({ plans: plans.slice(0, 1) }), "noPrevious")).toEqual({ kind: "noPrevious", section: "report-comparison", previousYear: 2025 });
  });

  it("always opens with the activities (or the missing plan) and ends with the comparison, each sentence once", () => {
    const kinds = verdict({ plans: [plan(2026, [activity("DONE")])] }).map((one) => one.kind);
    expect(kinds).toEqual(["activities", "cadence", "priorityAreas", "results", "noPrevious"]);
  });
});

describe("the verdict in words", () => {
  const plans = [plan(2026, [activity("DONE"), activity("ON_TRACK"), activity("ON_TRACK"), activity("AT_RISK", { priorityAreaId: "pa1" })]), plan(2025, [activity("DONE"), activity("DONE")])];
  const priorityAreas = [
    { id: "pa1", title: "Klimatanpassning", focusArea: "RESEARCH_AND_DEVELOPMENT" as const, years: [2026] },
    { id: "pa2", title: "Äldreomsorg", focusArea: "EDUCATION_AND_COMPETENCE" as const, years: [2026] },
  ];
  const results = [{ id: "r1", kind: "REPORT" as const, title: "Rapport", date: day("2026-05-01"), activityId: "a", activityTitle: "A", mayPublish: true }];
  const sentences = verdict({ plans, priorityAreas, results });

  it("says each figure in Swedish", () => {
    const words = sentences.map((one) => verdictText(one, labels("sv")));
    expect(words).toEqual([
      "4 aktiviteter är planerade: 1 klara, 2 enligt plan, 1 i riskzonen och 0 försenade.",
      "Mötesrytmen är efter: 0 av 3 möten som avtalet kräver är hållna och alla är ännu inte planerade.",
      "1 prioriterat område för 2026 saknar aktiviteter: Äldreomsorg.",
      "1 resultat registrerades 2026, varav 1 publiceras i det öppna resultatregistret.",
      "Andelen klara aktiviteter är 25 % mot 100 % 2025 (−75 procentenheter).",
    ]);
  });

  it("and in English", () => {
    const words = sentences.map((one) => verdictText(one, labels("en")));
    expect(words[0]).toBe("4 activities are planned: 1 done, 2 on plan, 1 at risk and 0 late.");
    expect(words[2]).toBe("1 priority area of 2026 has no activity: Äldreomsorg.");
    expect(words[4]).toBe("The share of activities done is 25%, against 100% in 2025 (−75 percentage points).");
  });

  it("words the rarer cases too: no plan, no areas, every area covered, nothing to compare with", () => {
    const sv = labels("sv");
    expect(verdictText({ kind: "noPlan", section: "report-plan-vs-outcome", year: 2026 }, sv)).toBe("Det finns ingen fastställd verksamhetsplan för 2026, så aktiviteterna kan inte följas upp.");
    expect(verdictText({ kind: "priorityAreas", section: "report-plan-vs-outcome", year: 2026, areas: 0, withoutActivity: [] }, sv)).toBe("Inga prioriterade områden är beslutade för 2026.");
    expect(verdictText({ kind: "priorityAreas", section: "report-plan-vs-outcome", year: 2026, areas: 3, withoutActivity: [] }, sv)).toBe("Alla 3 prioriterade områden för 2026 har aktiviteter.");
    expect(verdictText({ kind: "noPrevious", section: "report-comparison", previousYear: 2025 }, labels("en"))).toBe("There is no adopted activity plan for 2025 to compare with.");
    expect(verdictText({ kind: "activities", section: "report-status", planned: 3, done: 1, onTrack: 0, atRisk: 0, delayed: 0, other: 2 }, sv)).toBe(
      "3 aktiviteter är planerade: 1 klara, 0 enligt plan, 0 i riskzonen och 0 försenade; 2 ej påbörjade eller inställda.",
    );
  });
});
