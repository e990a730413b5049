import { beforeAll, describe, expect, it } from "vitest";
import { loadPlanSnapshot } from "@/features/activity-plans/snapshot-load";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { findDecision } from "@/features/minutes/find-decision";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { seedDemoWork } from "@/server/seed/demo-work";
import { testDatabase } from "../../support/test-database";
import { expectCheckConstraintsHold } from "./check-constraints";

/**
 * The demo activity plans as `npm run db:seed` makes them (seedDemoPartnership + seedDemoWork):
 * this year's plan adopted by the right decisions and followed up, next year's a draft with a
 * carried-over activity (the past years are in demo-history.test.ts). The figures are the ones the follow-up report's end-to-end test reads;
 * they must not change by accident.
 */
const prisma = () => testDatabase().prisma;
const year = stockholmYear(new Date());
let partnershipId: string;

beforeAll(async () => {
  ({ partnershipId } = await seedDemoPartnership(prisma()));
  await seedDemoWork(prisma(), partnershipId);
});

function countBy<T>(items: T[], key: (item: T) => string | string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) for (const value of [key(item)].flat()) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

async function planOf(planYear: number) {
  return prisma().activityPlan.findUniqueOrThrow({
    where: { partnershipId_year: { partnershipId, year: planYear } },
    include: {
      revisions: { orderBy: { number: "asc" } },
      activities: {
        orderBy: { title: "asc" },
        include: { indicators: { orderBy: { sortOrder: "asc" } }, followUps: { orderBy: { createdAt: "asc" }, include: { outcomes: true } }, results: true },
      },
    },
  });
}

describe("the demo activity plan of this year", () => {
  it("was proposed by last year's working-group meeting and adopted by the steering group's decision prepared by it", async () => {
    const plan = await planOf(year);
    expect(plan.status).toBe("ADOPTED");
    expect(plan.closedByDecisionId).toBeNull();
    expect(plan.summary.trim()).not.toBe("");

    const proposed = (await findDecision(plan.proposedByDecisionId!))!;
    expect(proposed).toMatchObject({ subject: "ACTIVITY_PLAN", groupKind: "WORKING_GROUP", cycleYear: year - 1 });
    expect(proposed.meeting).toMatchObject({ status: "HELD", partnershipId });
    expect(proposed.minutes.inForce).toBe(true);
    expect(proposed.title).toBe(`Förslag till verksamhetsplan ${year}`);

    const adopted = (await findDecision(plan.adoptedByDecisionId!))!;
    expect(adopted).toMatchObject({ subject: "ACTIVITY_PLAN", groupKind: "STEERING_GROUP", cycleYear: year - 1 });
    expect(adopted.meeting).toMatchObject({ status: "HELD", partnershipId });
    expect(adopted.minutes.inForce).toBe(true);
    expect(adopted.preparedByMeeting?.id).toBe(proposed.meeting.id);

    expect(plan.proposedAt).toEqual(proposed.meeting.startsAt);
    expect(plan.adoptedAt).toEqual(adopted.meeting.startsAt);
    expect(plan.proposedAt!.getTime()).toBeLessThan(plan.adoptedAt!.getTime());
  });

  it("keeps the plan as adopted in revision 0, in the activity-plans feature's snapshot shape", async () => {
    const plan = await planOf(year);
    expect(plan.revisions.map((revision) => [revision.number, revision.reason])).toEqual([[0, ""]]);
    const revision = plan.revisions[0]!;
    expect(revision.createdAt).toEqual(plan.adoptedAt);
    // Follow-ups are not part of a snapshot, so the plan as it stands now is the plan as adopted.
    expect(revision.snapshot).toEqual(await loadPlanSnapshot(prisma(), plan.id));
    const snapshot = revision.snapshot as { plan: { id: string; year: number }; activities: { id: string; indicators: unknown[] }[] };
    expect(snapshot.plan).toMatchObject({ id: plan.id, year });
    expect(snapshot.activities.map((activity) => activity.id).sort()).toEqual(plan.activities.map((activity) => activity.id).sort());
    expect(snapshot.activities.flatMap((activity) => activity.indicators)).toHaveLength(16);
  });

  it("has the figures the follow-up report shows", async () => {
    const plan = await planOf(year);
    const activities = plan.activities;
    expect(activities).toHaveLength(8);
    expect(countBy(activities, (activity) => activity.status)).toEqual({ ON_TRACK: 3, DONE: 2, AT_RISK: 1, DELAYED: 1, NOT_STARTED: 1 });
    expect(countBy(activities, (activity) => activity.focusArea)).toEqual({ EDUCATION_AND_COMPETENCE: 4, RESEARCH_AND_DEVELOPMENT: 4 });
    expect(countBy(activities, (activity) => activity.dimensions)).toEqual({ SOCIAL: 7, ECONOMIC: 4, CULTURAL: 2, ECOLOGICAL: 1 });

    const areas = await prisma().thematicArea.findMany({ where: { partnershipId }, select: { id: true, name: true } });
    const areaName = new Map(areas.map((area) => [area.id, area.name]));
    expect(countBy(activities, (activity) => areaName.get(activity.thematicAreaId!)!)).toEqual({
      "VFU och lärarutbildning": 1,
      "Kompetensförsörjning för bristyrken": 2,
      "Kultur och estetiska lärprocesser – Svarta lådan": 1,
      "ULF – Utveckling, lärande, forskning": 2,
      "Hållbar samhällsutveckling": 2,
    });

    // This year's four priority areas (last year's accepted proposals) hold six of the eight activities, the one at risk among them.
    const priorityAreas = await prisma().priorityArea.findMany({ where: { partnershipId, years: { some: { year } } }, select: { id: true, title: true, proposalId: true } });
    expect(priorityAreas).toHaveLength(4);
    expect(priorityAreas.every((area) => area.proposalId !== null)).toBe(true);
    const inPriorityArea = activities.filter((activity) => activity.priorityAreaId !== null);
    expect(inPriorityArea).toHaveLength(6);
    expect(new Set(inPriorityArea.map((activity) => activity.priorityAreaId))).toEqual(new Set(priorityAreas.map((area) => area.id)));
    const atRisk = activities.find((activity) => activity.status === "AT_RISK")!;
    expect(priorityAreas.find((area) => area.id === atRisk.priorityAreaId)?.title).toBe("Klimatanpassad samhällsplanering i Huddinge");

    // Every activity has a responsible person of each party, and both units.
    const people = new Map((await prisma().person.findMany({ where: { partnershipId }, include: { party: true } })).map((person) => [person.id, person.party!.type]));
    const units = new Map((await prisma().organisationalUnit.findMany({ where: { party: { partnershipId } }, include: { party: true } })).map((unit) => [unit.id, unit.party.type]));
    for (const activity of activities) {
      expect(people.get(activity.municipalResponsibleId!), activity.title).toBe("MUNICIPALITY");
      expect(people.get(activity.universityResponsibleId!), activity.title).toBe("UNIVERSITY");
      expect(units.get(activity.municipalUnitId!), activity.title).toBe("MUNICIPALITY");
      expect(units.get(activity.universityUnitId!), activity.title).toBe("UNIVERSITY");
      expect(activity.startsOn.getUTCFullYear()).toBe(year);
      expect(activity.endsOn.getUTCFullYear()).toBe(year);
      expect(activity.collaborationKinds.length).toBeGreaterThan(0);
    }

    const indicators = activities.flatMap((activity) => activity.indicators);
    expect(indicators).toHaveLength(16);
    const withTarget = indicators.filter((indicator) => indicator.targetValue !== null);
    expect(withTarget).toHaveLength(15);
    expect(withTarget.filter((indicator) => indicator.outcomeValue !== null && indicator.outcomeValue >= indicator.targetValue!)).toHaveLength(4);
    expect(indicators.find((indicator) => indicator.name === "VFU-platser")).toMatchObject({ unit: "platser", targetValue: 40, outcomeValue: 38 });
  });

  it("copies each activity's latest follow-up onto it and its indicators", async () => {
    const { activities } = await planOf(year);
    expect(activities.map((activity) => activity.followUps.length).reduce((sum, count) => sum + count, 0)).toBe(13);
    for (const activity of activities) {
      expect(activity.followUps.length, activity.title).toBeGreaterThanOrEqual(1);
      expect(activity.followUps.length, activity.title).toBeLessThanOrEqual(2);
      const latest = activity.followUps.at(-1)!;
      expect(activity).toMatchObject({ status: latest.status, progress: latest.progress, followedUpAt: latest.createdAt });
      expect(latest.narrative.trim(), activity.title).not.toBe("");
      expect(latest.createdAt.getTime()).toBeLessThanOrEqual(Date.now());
      for (const indicator of activity.indicators) {
        const outcome = latest.outcomes.find((row) => row.indicatorId === indicator.id);
        expect(indicator.outcomeValue, indicator.name).toBe(outcome?.value ?? null);
      }
    }
    const atRisk = activities.find((activity) => activity.status === "AT_RISK")!;
    expect(atRisk.title).toBe("Klimatanpassning: kartläggning av skyfallsutsatta områden");
    // Its responsible researcher, who has an account, followed it up himself.
    const author = await prisma().user.findUniqueOrThrow({ where: { id: atRisk.followUps.at(-1)!.authorId! }, include: { account: true } });
    expect(author).toMatchObject({ personId: atRisk.universityResponsibleId, account: { email: "forskare@sh.example" } });
  });

  it("has six results, four of them cleared for publication, with their identifiers", async () => {
    const plan = await planOf(year);
    const results = await prisma().result.findMany({ where: { partnershipId, activity: { planId: plan.id } } });
    expect(results).toHaveLength(6);
    expect(results.filter((result) => result.mayPublish)).toHaveLength(4);
    expect(countBy(results, (result) => result.kind)).toEqual({ PUBLICATION: 1, DEGREE_PROJECT: 1, COURSE: 1, PLACEMENT: 1, EVENT: 1, REPORT: 1 });
    expect(countBy(results, (result) => String(result.date.getUTCFullYear()))).toEqual({ [String(year)]: 5, [String(year - 1)]: 1 });
    expect(results.find((result) => result.kind === "PUBLICATION")!.identifier).toMatch(/^10\.\d{4,}\//);
    expect(results.find((result) => result.kind === "DEGREE_PROJECT")!.identifier).toMatch(/^diva2:\d+$/);
    for (const result of results) expect(result.date.getTime()).toBeLessThanOrEqual(Date.now());
  });
});

describe("the demo activity plan of next year", () => {
  it("is a draft of two activities, one carried over from this year's delayed activity", async () => {
    const plan = await planOf(year + 1);
    expect(plan).toMatchObject({ status: "DRAFT", proposedByDecisionId: null, adoptedByDecisionId: null, closedByDecisionId: null });
    expect(plan.revisions).toEqual([]);
    expect(plan.activities).toHaveLength(2);
    const delayed = (await planOf(year)).activities.filter((activity) => activity.status === "DELAYED");
    expect(delayed).toHaveLength(1);
    const carried = plan.activities.filter((activity) => activity.carriedOverFromId !== null);
    expect(carried.map((activity) => activity.carriedOverFromId)).toEqual([delayed[0]!.id]);
    expect(carried[0]!.title).toBe(delayed[0]!.title);
    expect(plan.activities.every((activity) => activity.status === "NOT_STARTED" && activity.followUps.length === 0)).toBe(true);
  });

  it("follow the past years' closed plans, and every row satisfies the activity-plan tables' CHECK constraints", async () => {
    expect((await prisma().activityPlan.findMany({ where: { partnershipId }, orderBy: { year: "asc" } })).map((plan) => [plan.year, plan.status])).toEqual([
      [year - 3, "CLOSED"],
      [year - 2, "CLOSED"],
      [year - 1, "CLOSED"],
      [year, "ADOPTED"],
      [year + 1, "DRAFT"],
    ]);
    const checked = await expectCheckConstraintsHold(prisma(), ["ActivityPlan", "ActivityPlanRevision", "Activity", "ActivityIndicator", "ActivityFollowUp", "Result"]);
    expect(checked).toBeGreaterThanOrEqual(15);
  });
});
