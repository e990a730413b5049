import { beforeAll, describe, expect, it } from "vitest";
import type { FollowUpReport } from "@/features/follow-up-report/aggregate";
import { findReportYears, getFollowUpReport } from "@/features/follow-up-report/queries";
import { testDatabase } from "../../support/test-database";
import { NOW, YEAR, call, decisions, meeting, personId, plan, priorityArea, proposal, result, seedPartnership, type Groups } from "./report-fixtures";

const prisma = () => testDatabase().prisma;

let own: Groups;
let other: Groups;
let ids: { b2: string; c: string; d: string; e: string; f: string };

/**
 * The demo partnership with two years of work (2025 closed, 2026 adopted, a 2027 draft), and a
 * second partnership with a busy 2026 of its own that must never show in the first one's report.
 */
beforeAll(async () => {
  const p = prisma();
  own = await seedPartnership(p);
  const { partnershipId, steeringGroupId, workingGroupId } = own;

  const sg2024 = await meeting(p, steeringGroupId, "2024-10-08", { title: "Ledningsgruppen 2024" });
  const sg2025 = await meeting(p, steeringGroupId, "2025-10-07", { title: "Ledningsgruppen 2025" });
  const sg2026 = await meeting(p, steeringGroupId, "2026-10-06", { title: "Ledningsgruppen 2026" });
  const wg2026 = await meeting(p, workingGroupId, "2026-03-10", { title: "Arbetsgruppen, vår" });
  await meeting(p, workingGroupId, "2026-12-08", { title: "Arbetsgruppen, höst", status: "PLANNED" });

  const [adopt2025] = await decisions(p, sg2024.id, [{ title: "Verksamhetsplan 2025", subject: "ACTIVITY_PLAN" }]);
  const [areas2026, adopt2026] = await decisions(p, sg2025.id, [
    { title: "Prioriterade områden 2026", subject: "PRIORITY_AREAS" },
    { title: "Verksamhetsplan 2026", subject: "ACTIVITY_PLAN" },
  ]);
  const [close2025] = await decisions(p, sg2026.id, [
    { title: "Uppföljning 2025", subject: "FOLLOW_UP" },
    { title: "Verksamhetsplan 2027", subject: "ACTIVITY_PLAN" },
  ]);
  // Draft minutes: their decision is not taken yet.
  await decisions(p, wg2026.id, [{ title: "Underlag i utkast" }], { draft: true });

  const pa1 = await priorityArea(p, partnershipId, "Lärarförsörjning", areas2026!, [2026]);
  await priorityArea(p, partnershipId, "Klimatanpassning", areas2026!, [2026]);
  await priorityArea(p, partnershipId, "Gammalt område", areas2026!, [2023]);

  const plan2025 = await plan(
    p,
    partnershipId,
    2025,
    adopt2025!,
    [
      { key: "done", status: "DONE", dimensions: ["SOCIAL"] },
      { key: "late", status: "DELAYED", dimensions: ["CULTURAL"], title: "Bristyrken" },
    ],
    { status: "CLOSED", closedBy: close2025 },
  );
  const anders = await personId(p, partnershipId, "Anders Holmberg");
  const peter = await personId(p, partnershipId, "Peter Axelsson");
  const plan2026 = await plan(p, partnershipId, 2026, adopt2026!, [
    { key: "b2", title: "Bristyrken, fortsättning", status: "AT_RISK", priorityAreaId: pa1.id, carriedOverFromId: plan2025.activityIds.late, municipalResponsibleId: anders, universityResponsibleId: peter },
    { key: "c", title: "VFU i förskolan", status: "DONE", priorityAreaId: pa1.id, dimensions: ["ECONOMIC", "SOCIAL"], indicators: [{ name: "VFU-platser", unit: "st", targetValue: 10, outcomeValue: 12 }] },
    {
      key: "d",
      title: "Klimatdata",
      status: "DELAYED",
      focusArea: "RESEARCH_AND_DEVELOPMENT",
      dimensions: ["CULTURAL"],
      endsOn: "2026-09-30",
      indicators: [
        { name: "Rapporter", targetValue: 5, outcomeValue: null },
        { name: "Seminarier", outcomeValue: 3 },
      ],
    },
    { key: "e", title: "Borttagen", status: "DONE", removed: true, dimensions: ["ECOLOGICAL"] },
    { key: "f", title: "Inställd", status: "CANCELLED", dimensions: ["ECOLOGICAL"] },
  ]);
  ids = plan2026.activityIds as typeof ids;
  // A draft for next year: not reported, nor a result recorded on one of its activities.
  const draft = await plan(p, partnershipId, 2027, adopt2026!, [{ status: "NOT_STARTED" }, { status: "NOT_STARTED" }], { status: "DRAFT" });
  await result(p, partnershipId, draft.ids[0]!, "EVENT", "2026-08-01", "Förberedande möte i utkastet");

  await result(p, partnershipId, ids.c, "PUBLICATION", "2026-05-01", "Artikel om VFU");
  await result(p, partnershipId, ids.c, "EVENT", "2026-12-31", "Slutseminarium");
  await result(p, partnershipId, plan2025.activityIds.done!, "REPORT", "2025-11-01");
  await result(p, partnershipId, ids.c, "COURSE", "2027-01-15");

  const call2026 = await call(p, partnershipId, 2026);
  const decided = { meetingId: wg2026.id, decisionId: areas2026! };
  for (const status of ["ACCEPTED", "REJECTED", "SUBMITTED", "DRAFT", "WITHDRAWN"] as const) await proposal(p, partnershipId, call2026.id, status, decided);
  await proposal(p, partnershipId, (await call(p, partnershipId, 2025)).id, "REJECTED", decided);

  // Membership: Eva leaves the steering group (her seat falls vacant), Karin joins the working group.
  const eva = await personId(p, partnershipId, "Eva Lundgren");
  await p.membership.updateMany({ where: { personId: eva, groupId: steeringGroupId }, data: { endDate: new Date("2026-06-30T00:00:00Z") } });
  const karin = await p.person.findFirstOrThrow({ where: { partnershipId, name: "Karin Sjöberg" } });
  await p.membership.create({ data: { groupId: workingGroupId, personId: karin.id, partyId: karin.partyId!, role: "MEMBER", startDate: new Date("2026-03-01T00:00:00Z") } });

  // Another partnership, with all of it in 2026 too.
  const otherPartnership = await p.partnership.create({ data: { slug: "annat", name: "Ett annat partnerskap" } });
  const otherSteering = await p.group.create({ data: { partnershipId: otherPartnership.id, kind: "STEERING_GROUP", meetingsPerYear: 1 } });
  const otherParty = await p.party.create({ data: { partnershipId: otherPartnership.id, type: "MUNICIPALITY", name: "Annan kommun" } });
  await p.seat.create({ data: { groupId: otherSteering.id, partyId: otherParty.id, title: "Annan plats" } });
  other = { partnershipId: otherPartnership.id, steeringGroupId: otherSteering.id, workingGroupId: "" };
  const otherMeeting = await meeting(p, otherSteering.id, "2026-04-01", { title: "Annat möte" });
  const [otherDecision] = await decisions(p, otherMeeting.id, [{ title: "Annat beslut", subject: "ACTIVITY_PLAN" }]);
  const otherPlan = await plan(p, otherPartnership.id, 2026, otherDecision!, Array.from({ length: 5 }, () => ({ status: "AT_RISK" as const, dimensions: ["ECOLOGICAL" as const] })));
  await result(p, otherPartnership.id, otherPlan.ids[0]!, "PUBLICATION", "2026-03-03");
  const otherCall = await call(p, otherPartnership.id, 2026);
  await proposal(p, otherPartnership.id, otherCall.id, "SUBMITTED");
}, 120_000);

const figure = (report: FollowUpReport, key: FollowUpReport["summary"][number]["key"]) => {
  const row = report.summary.find((candidate) => candidate.key === key)!;
  return [row.current, row.previous, row.change];
};

describe("the report's loader on a seeded year", () => {
  it("counts the adopted plan's activities, leaving out removed ones, with last year's closed plan beside", async () => {
    const report = await getFollowUpReport(own.partnershipId, YEAR, NOW);
    expect(report.plan).toMatchObject({ status: "ADOPTED", adoptedBy: { number: 2, title: "Verksamhetsplan 2026", meeting: { title: "Ledningsgruppen 2025" } } });
    expect(report.previousPlan).toMatchObject({ status: "CLOSED" });
    expect(figure(report, "plannedActivities")).toEqual([4, 2, 2]);
    expect(figure(report, "carriedOverFrom")).toEqual([1, 0, 1]);
    expect(figure(report, "doneActivities")).toEqual([1, 1, 0]);
    expect(figure(report, "donePercent")).toEqual([25, 50, -25]);
    expect(figure(report, "atRiskActivities")).toEqual([2, 1, 1]);
    expect(figure(report, "cancelledActivities")).toEqual([1, 0, 1]);
    expect(figure(report, "carriedOverTo")).toEqual([0, 1, -1]);
    expect(report.statusCounts!.map((row) => [row.status, row.current, row.previous])).toEqual([
      ["NOT_STARTED", 0, 0],
      ["ON_TRACK", 0, 0],
      ["AT_RISK", 1, 0],
      ["DELAYED", 1, 1],
      ["DONE", 1, 1],
      ["CANCELLED", 1, 0],
    ]);
  });

  it("lists the activities at risk, delayed first, with their priority area and responsible people", async () => {
    const report = await getFollowUpReport(own.partnershipId, YEAR, NOW);
    expect(report.atRisk!.map((row) => [row.id, row.status, row.priorityAreaTitle, row.responsible])).toEqual([
      [ids.d, "DELAYED", null, []],
      [ids.b2, "AT_RISK", "Lärarförsörjning", ["Anders Holmberg", "Peter Axelsson"]],
    ]);
  });

  it("gives plan vs outcome per priority area (a prioritised area without planned activities is a gap) and per focus area", async () => {
    const report = await getFollowUpReport(own.partnershipId, YEAR, NOW);
    expect(report.byPriorityArea!.map((row) => [row.title, row.planned, row.done, row.atRisk, row.gap])).toEqual([
      ["Klimatanpassning", 0, 0, 0, true],
      ["Lärarförsörjning", 2, 1, 1, false],
      [null, 2, 0, 1, false],
    ]);
    expect(report.priorityAreaGaps.map((gap) => gap.title)).toEqual(["Klimatanpassning"]);
    expect(report.byFocusArea!.map((row) => [row.focusArea, row.planned, row.done, row.previousPlanned, row.previousDone])).toEqual([
      ["EDUCATION_AND_COMPETENCE", 3, 1, 2, 1],
      ["RESEARCH_AND_DEVELOPMENT", 1, 0, 0, 0],
    ]);
  });

  it("judges indicators against their targets", async () => {
    const report = await getFollowUpReport(own.partnershipId, YEAR, NOW);
    expect(report.indicators!.map((row) => [row.name, row.target, row.outcome, row.percentOfTarget, row.verdict])).toEqual([
      ["Rapporter", 5, null, null, "notReported"],
      ["Seminarier", null, 3, null, "noTarget"],
      ["VFU-platser", 10, 12, 120, "met"],
    ]);
    expect(figure(report, "indicatorsMet")).toEqual([1, 0, 1]);
    expect(figure(report, "indicatorsWithTarget")).toEqual([2, 0, 2]);
  });

  it("names the dimension no planned, non-cancelled activity covers", async () => {
    const report = await getFollowUpReport(own.partnershipId, YEAR, NOW);
    expect(report.coverage!.dimensions.map((row) => [row.key, row.count, row.previous])).toEqual([
      ["SOCIAL", 2, 1],
      ["ECOLOGICAL", 0, 0],
      ["ECONOMIC", 1, 0],
      ["CULTURAL", 1, 1],
    ]);
    expect(report.coverage!.dimensionGaps).toEqual(["ECOLOGICAL"]);
    expect(report.coverage!.focusAreaGaps).toEqual([]);
  });

  it("counts results, meetings, decisions in force, proposals and membership changes of the year, and today's vacancies", async () => {
    const report = await getFollowUpReport(own.partnershipId, YEAR, NOW);
    // The draft plan's activity's result is not among them.
    expect(report.results.list.map((row) => row.title)).toEqual(["Artikel om VFU", "Slutseminarium"]);
    expect(figure(report, "resultsProduced")).toEqual([2, 1, 1]);
    expect(report.cadence.rows.map((row) => [row.groupKind, row.compliance.held, row.compliance.scheduled, row.compliance.status])).toEqual([
      ["STEERING_GROUP", 1, 1, "met"],
      ["WORKING_GROUP", 1, 2, "onTrack"],
    ]);
    expect(figure(report, "meetingsHeld")).toEqual([2, 1, 1]);
    expect(report.decisions.map((decision) => [decision.number, decision.title, decision.subject, decision.groupKind])).toEqual([
      [1, "Uppföljning 2025", "FOLLOW_UP", "STEERING_GROUP"],
      [2, "Verksamhetsplan 2027", "ACTIVITY_PLAN", "STEERING_GROUP"],
    ]);
    expect(report.previousDecisionCount).toBe(2);
    expect(report.proposals.current).toEqual({ received: 4, accepted: 1, rejected: 1, withdrawn: 1, pending: 1 });
    expect(report.proposals.previous).toEqual({ received: 1, accepted: 0, rejected: 1, withdrawn: 0, pending: 0 });
    const groups = Object.fromEntries(report.membership.groups.map((group) => [group.kind, group]));
    expect(groups.STEERING_GROUP!.ended).toEqual({ current: 1, previous: 0, change: 1 });
    expect(groups.WORKING_GROUP!.started).toEqual({ current: 1, previous: 1, change: 0 });
    expect(groups.WORKING_GROUP!.ended).toEqual({ current: 0, previous: 1, change: -1 });
    expect(groups.WORKING_GROUP!.changes.map((change) => [change.personName, change.change])).toEqual([["Karin Sjöberg", "started"]]);
    expect(report.membership.vacancies.map((vacancy) => [vacancy.seatTitle, vacancy.groupKind])).toEqual([["Gymnasie- och arbetsmarknadsdirektör", "STEERING_GROUP"]]);
  });

  // Guards item 5's scope: a user sees their own partnership's report, never another's figures.
  it("never counts another partnership's data, and gives that partnership only its own", async () => {
    const report = await getFollowUpReport(own.partnershipId, YEAR, NOW);
    expect(report.atRisk!.every((row) => [ids.b2, ids.d].includes(row.id))).toBe(true);
    expect(report.decisions.some((decision) => decision.title === "Annat beslut")).toBe(false);
    expect(report.membership.vacancies.some((vacancy) => vacancy.seatTitle === "Annan plats")).toBe(false);

    const theirs = await getFollowUpReport(other.partnershipId, YEAR, NOW);
    expect(figure(theirs, "plannedActivities")).toEqual([5, null, null]);
    expect(figure(theirs, "resultsProduced")).toEqual([1, 0, 1]);
    expect(figure(theirs, "proposalsReceived")).toEqual([1, 0, 1]);
    expect(theirs.decisions.map((decision) => decision.title)).toEqual(["Annat beslut"]);
    expect(theirs.membership.vacancies.map((vacancy) => vacancy.seatTitle)).toEqual(["Annan plats"]);
    expect(theirs.cadence.rows.map((row) => [row.groupKind, row.compliance.held])).toEqual([["STEERING_GROUP", 1]]);
    expect(theirs.partnership.name).toBe("Ett annat partnerskap");
  });

  // Guards item 7: a draft or proposed plan is not shown to readers.
  it("reports no plan for a year whose plan is only a draft, and lists only years with an adopted or closed plan", async () => {
    const report = await getFollowUpReport(own.partnershipId, 2027, NOW);
    expect(report.plan).toBeNull();
    expect(report.statusCounts).toBeNull();
    expect(figure(report, "plannedActivities")).toEqual([null, 4, null]);
    expect(await findReportYears(own.partnershipId)).toEqual([
      { year: 2026, status: "ADOPTED" },
      { year: 2025, status: "CLOSED" },
    ]);
    expect(await findReportYears(other.partnershipId)).toEqual([{ year: 2026, status: "ADOPTED" }]);
  });

  it("reports an empty year without failing", async () => {
    const report = await getFollowUpReport(own.partnershipId, 2010, NOW);
    expect(report.plan).toBeNull();
    expect(report.previousPlan).toBeNull();
    expect(report.decisions).toEqual([]);
    expect(figure(report, "resultsProduced")).toEqual([0, 0, 0]);
  });
});
