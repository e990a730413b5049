import { describe, expect, it } from "vitest";
import {
  atRiskActivities,
  buildFollowUpReport,
  compare,
  coverage,
  indicatorOutcomes,
  indicatorVerdict,
  percent,
  planVsOutcomeByPriorityArea,
  proposalCounts,
  vacancies,
  type FollowUpReport,
} from "./aggregate";
import type { ActivityInput, PlanInput, ReportInput } from "./report-input";

const day = (date: string) => new Date(`${date}T00:00:00Z`);
const NOW = new Date("2026-11-27T10:00:00Z");

let counter = 0;
function activity(overrides: Partial<ActivityInput> = {}): ActivityInput {
  counter += 1;
  return {
    id: `a${counter}`,
    title: `Aktivitet ${counter}`,
    priorityAreaId: null,
    focusArea: "EDUCATION_AND_COMPETENCE",
    dimensions: ["SOCIAL"],
    status: "ON_TRACK",
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

function plan(year: number, activities: ActivityInput[], status: PlanInput["status"] = "ADOPTED"): PlanInput {
  return { id: `plan-${year}`, year, status, adoptedAt: day(`${year - 1}-12-01`), closedAt: null, adoptedBy: null, activities };
}

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
    membershipGroups: [
      { id: "wg", kind: "WORKING_GROUP" },
      { id: "sg", kind: "STEERING_GROUP" },
    ],
    seats: [],
    memberships: [],
    proposals: [],
    decisions: [],
    ...overrides,
  };
}

const figure = (report: FollowUpReport, key: FollowUpReport["summary"][number]["key"]) => report.summary.find((row) => row.key === key)!;

describe("small rules", () => {
  it("compares two years only when both have a figure", () => {
    expect(compare(5, 3)).toEqual({ current: 5, previous: 3, change: 2 });
    expect(compare(2, 7)).toEqual({ current: 2, previous: 7, change: -5 });
    expect(compare(5, null)).toEqual({ current: 5, previous: null, change: null });
    expect(compare(null, 4)).toEqual({ current: null, previous: 4, change: null });
  });

  it("rounds percentages to whole numbers and has none of nothing", () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 0)).toBeNull();
  });

  it("judges an indicator met at or above its target, not met below, not reported without an outcome, and not at all without a target", () => {
    expect(indicatorVerdict(10, 10)).toBe("met");
    expect(indicatorVerdict(10, 12.5)).toBe("met");
    expect(indicatorVerdict(10, 9.9)).toBe("notMet");
    expect(indicatorVerdict(10, 0)).toBe("notMet");
    expect(indicatorVerdict(10, null)).toBe("notReported");
    expect(indicatorVerdict(null, 4)).toBe("noTarget");
    expect(indicatorVerdict(null, null)).toBe("noTarget");
    expect(indicatorVerdict(0, 0)).toBe("met");
  });

  it("counts proposals submitted to the year's call, by outcome", () => {
    const proposals = [
      { cycleYear: 2026, status: "ACCEPTED" as const },
      { cycleYear: 2026, status: "ACCEPTED" as const },
      { cycleYear: 2026, status: "REJECTED" as const },
      { cycleYear: 2026, status: "WITHDRAWN" as const },
      { cycleYear: 2026, status: "UNDER_REVIEW" as const },
      { cycleYear: 2026, status: "DRAFT" as const },
      { cycleYear: 2025, status: "REJECTED" as const },
    ];
    expect(proposalCounts(proposals, 2026)).toEqual({ received: 5, accepted: 2, rejected: 1, withdrawn: 1, pending: 1 });
    expect(proposalCounts(proposals, 2025)).toEqual({ received: 1, accepted: 0, rejected: 1, withdrawn: 0, pending: 0 });
    expect(proposalCounts(proposals, 2024)).toEqual({ received: 0, accepted: 0, rejected: 0, withdrawn: 0, pending: 0 });
  });
});

describe("an empty year", () => {
  it("has no plan figures (null, not zero), zero counts elsewhere, and every section present", () => {
    const report = buildFollowUpReport(input());
    expect(report.plan).toBeNull();
    expect(report.statusCounts).toBeNull();
    expect(report.byPriorityArea).toBeNull();
    expect(report.byFocusArea).toBeNull();
    expect(report.atRisk).toBeNull();
    expect(report.indicators).toBeNull();
    expect(report.coverage).toBeNull();
    expect(figure(report, "plannedActivities")).toEqual({ key: "plannedActivities", current: null, previous: null, change: null });
    expect(figure(report, "resultsProduced")).toEqual({ key: "resultsProduced", current: 0, previous: 0, change: 0 });
    expect(figure(report, "decisionsTaken")).toEqual({ key: "decisionsTaken", current: 0, previous: 0, change: 0 });
    expect(report.results.byKind.every((row) => row.count === 0)).toBe(true);
    expect(report.results.list).toEqual([]);
    expect(report.decisions).toEqual([]);
    expect(report.proposals.current).toEqual({ received: 0, accepted: 0, rejected: 0, withdrawn: 0, pending: 0 });
    // Cadence is about the groups, not the plan: both groups, the steering group first, nothing held.
    expect(report.cadence.rows.map((row) => [row.groupKind, row.compliance.required, row.compliance.held, row.compliance.status])).toEqual([
      ["STEERING_GROUP", 1, 0, "toSchedule"],
      ["WORKING_GROUP", 2, 0, "toSchedule"],
    ]);
    expect(report.cadence.previousRows.map((row) => row.compliance.status)).toEqual(["missed", "missed"]);
    expect(report.membership.groups.map((group) => group.kind)).toEqual(["STEERING_GROUP", "WORKING_GROUP"]);
    expect(report.membership.vacancies).toEqual([]);
  });

  it("an adopted plan with no activities has zeros, both focus areas and all four dimensions as gaps", () => {
    const report = buildFollowUpReport(input({ plans: [plan(2026, [])] }));
    expect(figure(report, "plannedActivities").current).toBe(0);
    expect(figure(report, "donePercent").current).toBeNull();
    expect(report.statusCounts!.every((row) => row.current === 0 && row.previous === null)).toBe(true);
    expect(report.coverage!.dimensionGaps).toEqual(["SOCIAL", "ECOLOGICAL", "ECONOMIC", "CULTURAL"]);
    expect(report.coverage!.focusAreaGaps).toEqual(["EDUCATION_AND_COMPETENCE", "RESEARCH_AND_DEVELOPMENT"]);
    expect(report.byFocusArea!.map((row) => [row.focusArea, row.planned, row.gap])).toEqual([
      ["EDUCATION_AND_COMPETENCE", 0, true],
      ["RESEARCH_AND_DEVELOPMENT", 0, true],
    ]);
    expect(report.atRisk).toEqual([]);
  });
});

describe("planned activities", () => {
  it("leave out activities a revision removed, and count carried-over ones both as planned and apart", () => {
    const activities = [
      activity({ status: "DONE" }),
      activity({ status: "DONE", carriedOverFromId: "older" }),
      activity({ status: "DELAYED", carriedOverToId: "next" }),
      activity({ status: "CANCELLED" }),
      activity({ status: "DONE", removedAt: day("2026-05-01") }),
      activity({ status: "AT_RISK", removedAt: day("2026-05-01") }),
    ];
    const report = buildFollowUpReport(input({ plans: [plan(2026, activities)] }));
    expect(figure(report, "plannedActivities").current).toBe(4);
    expect(figure(report, "doneActivities").current).toBe(2);
    expect(figure(report, "donePercent").current).toBe(50);
    expect(figure(report, "atRiskActivities").current).toBe(1);
    expect(figure(report, "cancelledActivities").current).toBe(1);
    expect(figure(report, "carriedOverFrom").current).toBe(1);
    expect(figure(report, "carriedOverTo").current).toBe(1);
    expect(report.statusCounts!.map((row) => [row.status, row.current])).toEqual([
      ["NOT_STARTED", 0],
      ["ON_TRACK", 0],
      ["AT_RISK", 0],
      ["DELAYED", 1],
      ["DONE", 2],
      ["CANCELLED", 1],
    ]);
    expect(report.atRisk!.map((row) => row.id)).toEqual([activities[2]!.id]);
  });
});

describe("plan vs outcome", () => {
  const areas = [
    { id: "pa-vfu", title: "VFU i förskolan", focusArea: "EDUCATION_AND_COMPETENCE" as const, years: [2026] },
    { id: "pa-arkiv", title: "Arkiv och kulturarv", focusArea: "RESEARCH_AND_DEVELOPMENT" as const, years: [2026] },
    { id: "pa-gammal", title: "Äldre område", focusArea: "RESEARCH_AND_DEVELOPMENT" as const, years: [2025] },
    { id: "pa-annan", title: "Ej prioriterat i år", focusArea: "RESEARCH_AND_DEVELOPMENT" as const, years: [2024] },
  ];

  it("per priority area: every area prioritised for the year (empty ones are gaps), areas the activities name, and activities without an area last", () => {
    const activities = [
      activity({ priorityAreaId: "pa-vfu", status: "DONE" }),
      activity({ priorityAreaId: "pa-vfu", status: "AT_RISK" }),
      activity({ priorityAreaId: "pa-vfu", status: "ON_TRACK" }),
      activity({ priorityAreaId: "pa-gammal", status: "DELAYED" }),
      activity({ priorityAreaId: null, status: "DONE" }),
    ];
    const rows = planVsOutcomeByPriorityArea(activities, areas, 2026);
    expect(rows.map((row) => [row.title, row.planned, row.done, row.atRisk, row.donePercent, row.gap])).toEqual([
      ["Arkiv och kulturarv", 0, 0, 0, null, true],
      ["VFU i förskolan", 3, 1, 1, 33, false],
      ["Äldre område", 1, 0, 1, 0, false],
      [null, 1, 1, 0, 100, false],
    ]);
    expect(rows[1]!.byStatus).toEqual({ NOT_STARTED: 0, ON_TRACK: 1, AT_RISK: 1, DELAYED: 0, DONE: 1, CANCELLED: 0 });

    const report = buildFollowUpReport(input({ plans: [plan(2026, activities)], priorityAreas: areas }));
    expect(report.priorityAreaGaps).toEqual([{ id: "pa-arkiv", title: "Arkiv och kulturarv" }]);
  });

  it("per focus area: both, with last year's planned and done beside", () => {
    const now = [activity({ status: "DONE" }), activity({ focusArea: "RESEARCH_AND_DEVELOPMENT", status: "ON_TRACK" }), activity({ status: "NOT_STARTED" })];
    const before = [activity({ status: "DONE" }), activity({ status: "DONE" })];
    const report = buildFollowUpReport(input({ plans: [plan(2026, now), plan(2025, before, "CLOSED")] }));
    expect(report.byFocusArea!.map((row) => [row.focusArea, row.planned, row.done, row.previousPlanned, row.previousDone, row.gap])).toEqual([
      ["EDUCATION_AND_COMPETENCE", 2, 1, 2, 2, false],
      ["RESEARCH_AND_DEVELOPMENT", 1, 0, 0, 0, false],
    ]);
  });
});

describe("the activities at risk", () => {
  it("lists delayed before at risk, then the earliest end first, then by title", () => {
    const titles = new Map([["pa", "Prioriterat område"]]);
    const rows = atRiskActivities(
      [
        activity({ id: "r1", title: "Öppna data", status: "AT_RISK", endsOn: day("2026-06-30") }),
        activity({ id: "r2", title: "Bristyrken", status: "DELAYED", endsOn: day("2026-12-31"), priorityAreaId: "pa", responsible: ["Eva Lundgren"] }),
        activity({ id: "r3", title: "Arkiv", status: "AT_RISK", endsOn: day("2026-06-30") }),
        activity({ id: "r4", title: "Alfa", status: "DELAYED", endsOn: day("2026-03-31") }),
        activity({ id: "r5", title: "Klar", status: "DONE", endsOn: day("2026-01-31") }),
        activity({ id: "r6", title: "Tidig", status: "AT_RISK", endsOn: day("2026-02-01") }),
      ],
      titles,
    );
    expect(rows.map((row) => row.id)).toEqual(["r4", "r2", "r6", "r3", "r1"]);
    expect(rows[1]).toMatchObject({ status: "DELAYED", priorityAreaTitle: "Prioriterat område", responsible: ["Eva Lundgren"] });
    expect(rows[0]!.priorityAreaTitle).toBeNull();
  });
});

describe("indicators against targets", () => {
  it("gives target, outcome, percent of target and the verdict, counted", () => {
    const rows = indicatorOutcomes([
      activity({
        id: "act",
        title: "VFU-platser",
        indicators: [
          { id: "i1", name: "Platser", unit: "st", targetValue: 40, outcomeValue: 44 },
          { id: "i2", name: "Handledare", unit: "st", targetValue: 12, outcomeValue: 9 },
          { id: "i3", name: "Nöjdhet", unit: "%", targetValue: 80, outcomeValue: null },
          { id: "i4", name: "Seminarier", unit: "", targetValue: null, outcomeValue: 3 },
          { id: "i5", name: "Nollmål", unit: "", targetValue: 0, outcomeValue: 2 },
        ],
      }),
    ]);
    expect(rows.map((row) => [row.name, row.target, row.outcome, row.percentOfTarget, row.verdict])).toEqual([
      ["Platser", 40, 44, 110, "met"],
      ["Handledare", 12, 9, 75, "notMet"],
      ["Nöjdhet", 80, null, null, "notReported"],
      ["Seminarier", null, 3, null, "noTarget"],
      ["Nollmål", 0, 2, null, "met"],
    ]);
    expect(rows[0]).toMatchObject({ activityId: "act", activityTitle: "VFU-platser", unit: "st" });

    const report = buildFollowUpReport(input({ plans: [plan(2026, [activity({ indicators: [{ id: "x", name: "X", unit: "", targetValue: 1, outcomeValue: 1 }, { id: "y", name: "Y", unit: "", targetValue: 2, outcomeValue: null }] })])] }));
    expect(report.indicatorCounts).toEqual({ met: 1, notMet: 0, notReported: 1, noTarget: 0 });
    expect(figure(report, "indicatorsMet").current).toBe(1);
    expect(figure(report, "indicatorsWithTarget").current).toBe(2);
  });

  it("leaves out the indicators of removed activities", () => {
    const removed = activity({ removedAt: day("2026-04-01"), indicators: [{ id: "gone", name: "Borta", unit: "", targetValue: 1, outcomeValue: 0 }] });
    expect(buildFollowUpReport(input({ plans: [plan(2026, [removed])] })).indicators).toEqual([]);
  });
});

describe("coverage", () => {
  it("counts dimensions and focus areas of the non-cancelled planned activities, names the gaps, and compares with last year", () => {
    const now = [
      activity({ dimensions: ["SOCIAL", "ECONOMIC"] }),
      activity({ dimensions: ["SOCIAL"] }),
      activity({ dimensions: ["CULTURAL"], status: "CANCELLED", focusArea: "RESEARCH_AND_DEVELOPMENT" }),
    ];
    const before = [activity({ dimensions: ["CULTURAL", "ECOLOGICAL"], focusArea: "RESEARCH_AND_DEVELOPMENT" })];
    const result = coverage(now, before);
    expect(result.dimensions).toEqual([
      { key: "SOCIAL", count: 2, previous: 0, change: 2 },
      { key: "ECOLOGICAL", count: 0, previous: 1, change: -1 },
      { key: "ECONOMIC", count: 1, previous: 0, change: 1 },
      { key: "CULTURAL", count: 0, previous: 1, change: -1 },
    ]);
    expect(result.dimensionGaps).toEqual(["ECOLOGICAL", "CULTURAL"]);
    expect(result.focusAreas).toEqual([
      { key: "EDUCATION_AND_COMPETENCE", count: 2, previous: 0, change: 2 },
      { key: "RESEARCH_AND_DEVELOPMENT", count: 0, previous: 1, change: -1 },
    ]);
    expect(result.focusAreaGaps).toEqual(["RESEARCH_AND_DEVELOPMENT"]);
    expect(coverage(now, null).dimensions[0]).toEqual({ key: "SOCIAL", count: 2, previous: null, change: null });
  });
});

describe("the rest of the year", () => {
  const groups = [
    { id: "sg", kind: "STEERING_GROUP" as const, meetingsPerYear: 1, meetings: [
      { id: "m1", cycleYear: 2026, status: "HELD" as const, isExtra: false, startsAt: new Date("2026-10-05T08:00:00Z") },
      { id: "m2", cycleYear: 2025, status: "HELD" as const, isExtra: false, startsAt: new Date("2025-10-05T08:00:00Z") },
    ] },
    { id: "wg", kind: "WORKING_GROUP" as const, meetingsPerYear: 2, meetings: [
      { id: "m3", cycleYear: 2026, status: "HELD" as const, isExtra: false, startsAt: new Date("2026-03-05T08:00:00Z") },
      { id: "m4", cycleYear: 2026, status: "HELD" as const, isExtra: true, startsAt: new Date("2026-04-05T08:00:00Z") },
      { id: "m5", cycleYear: 2026, status: "PLANNED" as const, isExtra: false, startsAt: new Date("2026-12-05T08:00:00Z") },
      { id: "m6", cycleYear: 2025, status: "CANCELLED" as const, isExtra: false, startsAt: new Date("2025-04-05T08:00:00Z") },
    ] },
  ];

  it("takes cadence compliance of both groups from the calendar's rule, and counts every meeting held", () => {
    const report = buildFollowUpReport(input({ cadenceGroups: groups }));
    expect(report.cadence.rows.map((row) => [row.groupKind, row.compliance.held, row.compliance.scheduled, row.compliance.extra, row.compliance.status])).toEqual([
      ["STEERING_GROUP", 1, 1, 0, "met"],
      ["WORKING_GROUP", 1, 2, 1, "onTrack"],
    ]);
    expect(report.cadence.rows.every((row) => row.newMeetingHref === null)).toBe(true);
    expect(report.cadence.previousRows.map((row) => [row.groupKind, row.compliance.status])).toEqual([
      ["STEERING_GROUP", "met"],
      ["WORKING_GROUP", "missed"],
    ]);
    expect(figure(report, "meetingsHeld")).toEqual({ key: "meetingsHeld", current: 3, previous: 1, change: 2 });
  });

  it("counts results by kind and date in the year, listed by date", () => {
    const results = [
      { id: "r1", kind: "PUBLICATION" as const, title: "Artikel", date: day("2026-09-01"), activityId: "a", activityTitle: "A", mayPublish: true },
      { id: "r2", kind: "PUBLICATION" as const, title: "Rapport om VFU", date: day("2026-02-01"), activityId: "a", activityTitle: "A", mayPublish: true },
      { id: "r3", kind: "EVENT" as const, title: "Seminarium", date: day("2026-12-31"), activityId: "b", activityTitle: "B", mayPublish: false },
      { id: "r4", kind: "EVENT" as const, title: "Förra året", date: day("2025-12-31"), activityId: "b", activityTitle: "B", mayPublish: false },
      { id: "r5", kind: "COURSE" as const, title: "Nästa år", date: day("2027-01-01"), activityId: "b", activityTitle: "B", mayPublish: false },
    ];
    const report = buildFollowUpReport(input({ results }));
    expect(report.results.list.map((row) => row.id)).toEqual(["r2", "r1", "r3"]);
    expect(report.results.byKind.find((row) => row.key === "PUBLICATION")).toEqual({ key: "PUBLICATION", count: 2, previous: 0, change: 2 });
    expect(report.results.byKind.find((row) => row.key === "EVENT")).toEqual({ key: "EVENT", count: 1, previous: 1, change: 0 });
    expect(report.results.byKind.find((row) => row.key === "COURSE")!.count).toBe(0);
    expect(report.results.total).toEqual({ current: 3, previous: 1, change: 2 });
  });

  it("lists the year's decisions by meeting and §, and counts last year's", () => {
    const meeting = (id: string, cycleYear: number, startsAt: string, groupId = "sg") => ({ id, title: `Möte ${id}`, startsAt: new Date(startsAt), cycleYear, groupId });
    const decisions = [
      { id: "d3", number: 2, title: "Verksamhetsplan 2027", subject: "ACTIVITY_PLAN" as const, meeting: meeting("late", 2026, "2026-10-05T08:00:00Z") },
      { id: "d1", number: 1, title: "Uppföljning 2025", subject: "FOLLOW_UP" as const, meeting: meeting("late", 2026, "2026-10-05T08:00:00Z") },
      { id: "d2", number: 4, title: "Underlag", subject: "GENERAL" as const, meeting: meeting("early", 2026, "2026-03-05T08:00:00Z", "wg") },
      { id: "d0", number: 1, title: "Förra året", subject: "GENERAL" as const, meeting: meeting("old", 2025, "2025-10-05T08:00:00Z") },
    ];
    const report = buildFollowUpReport(input({ decisions }));
    expect(report.decisions.map((row) => [row.id, row.groupKind])).toEqual([
      ["d2", "WORKING_GROUP"],
      ["d1", "STEERING_GROUP"],
      ["d3", "STEERING_GROUP"],
    ]);
    expect(report.previousDecisionCount).toBe(1);
    expect(figure(report, "decisionsTaken")).toEqual({ key: "decisionsTaken", current: 3, previous: 1, change: 2 });
  });

  it("counts memberships started and ended per group and year, lists the year's changes, and finds today's vacant seats", () => {
    const membership = (id: string, groupId: string, start: string, end: string | null, seatId: string | null = null) => ({
      id,
      groupId,
      personId: `p-${id}`,
      personName: `Person ${id}`,
      partyType: "MUNICIPALITY" as const,
      role: "MEMBER" as const,
      seatId,
      seatTitle: seatId ? `Plats ${seatId}` : null,
      startDate: day(start),
      endDate: end ? day(end) : null,
    });
    const memberships = [
      membership("new", "wg", "2026-03-01", null),
      membership("left", "wg", "2024-01-01", "2026-12-31", "s-wg"),
      membership("lastYear", "wg", "2025-02-01", "2025-06-30"),
      membership("seated", "sg", "2022-01-01", null, "s-held"),
      membership("future", "sg", "2027-01-01", null, "s-future"),
    ];
    const seats = [
      { id: "s-held", groupId: "sg", title: "Biträdande kommundirektör", partyName: "Huddinge kommun" },
      { id: "s-future", groupId: "sg", title: "Prorektor", partyName: "Södertörns högskola" },
      { id: "s-wg", groupId: "wg", title: "Samordnare", partyName: "Huddinge kommun" },
    ];
    const report = buildFollowUpReport(input({ memberships, seats }));
    const working = report.membership.groups.find((group) => group.kind === "WORKING_GROUP")!;
    expect(working.started).toEqual({ current: 1, previous: 1, change: 0 });
    expect(working.ended).toEqual({ current: 1, previous: 1, change: 0 });
    expect(working.changes.map((change) => [change.personName, change.change])).toEqual([
      ["Person new", "started"],
      ["Person left", "ended"],
    ]);
    const steering = report.membership.groups.find((group) => group.kind === "STEERING_GROUP")!;
    expect(steering.changes).toEqual([]);
    // "left" still holds the working group's seat until 31 December; the future holder does not yet hold theirs.
    expect(report.membership.vacancies).toEqual([{ seatId: "s-future", groupKind: "STEERING_GROUP", seatTitle: "Prorektor", partyName: "Södertörns högskola" }]);
    expect(vacancies({ today: day("2027-01-01"), membershipGroups: input().membershipGroups, seats, memberships }).map((vacancy) => vacancy.seatId)).toEqual(["s-wg"]);
    expect(figure(report, "membershipsStarted")).toEqual({ key: "membershipsStarted", current: 1, previous: 1, change: 0 });
  });
});

describe("comparison with the previous year", () => {
  it("gives each summary figure for both years and the difference; plan figures of a year without an adopted plan are null", () => {
    const now = [activity({ status: "DONE" }), activity({ status: "DONE" }), activity({ status: "AT_RISK" }), activity({ status: "ON_TRACK" })];
    const before = [activity({ status: "DONE" }), activity({ status: "DELAYED" })];
    const report = buildFollowUpReport(
      input({
        plans: [plan(2026, now), plan(2025, before, "CLOSED")],
        proposals: [
          { cycleYear: 2026, status: "ACCEPTED" },
          { cycleYear: 2025, status: "ACCEPTED" },
          { cycleYear: 2025, status: "REJECTED" },
        ],
      }),
    );
    expect(figure(report, "plannedActivities")).toMatchObject({ current: 4, previous: 2, change: 2 });
    expect(figure(report, "doneActivities")).toMatchObject({ current: 2, previous: 1, change: 1 });
    expect(figure(report, "donePercent")).toMatchObject({ current: 50, previous: 50, change: 0 });
    expect(figure(report, "atRiskActivities")).toMatchObject({ current: 1, previous: 1, change: 0 });
    expect(figure(report, "proposalsReceived")).toMatchObject({ current: 1, previous: 2, change: -1 });
    expect(figure(report, "proposalsRejected")).toMatchObject({ current: 0, previous: 1, change: -1 });
    expect(report.statusCounts!.find((row) => row.status === "DELAYED")).toEqual({ status: "DELAYED", current: 0, previous: 1, change: -1 });
    expect(report.previousPlan).toMatchObject({ status: "CLOSED" });

    const withoutPrevious = buildFollowUpReport(input({ plans: [plan(2026, now)] }));
    expect(figure(withoutPrevious, "plannedActivities")).toMatchObject({ current: 4, previous: null, change: null });
    expect(withoutPrevious.byFocusArea![0]!.previousPlanned).toBeNull();
  });

  it("never mixes the years' plans: a plan of the previous year alone gives no current plan figures", () => {
    const report = buildFollowUpReport(input({ plans: [plan(2025, [activity({ status: "DONE" })], "CLOSED")] }));
    expect(report.plan).toBeNull();
    expect(figure(report, "plannedActivities")).toMatchObject({ current: null, previous: 1, change: null });
  });
});
