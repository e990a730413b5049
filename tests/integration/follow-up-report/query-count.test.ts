import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getFollowUpReport } from "@/features/follow-up-report/queries";
import { clearReportCache } from "@/features/follow-up-report/report-cache";
import { installDatabase } from "@/server/db";
import type { ActivityStatus, ResultKind } from "@/generated/prisma/enums";
import { testDatabase } from "../../support/test-database";
import { openCountingDatabase, type CountingDatabase } from "./counting-database";
import { NOW, call, decisions, meeting, plan, priorityArea, proposal, result, seedPartnership, type Groups } from "./report-fixtures";

/**
 * Issue #6, item 9: the report reads a bounded number of queries — the same for a small year and a
 * busy one, none per activity, indicator, result, meeting, decision or person. Counted as SQL
 * statements sent through the driver adapter, so what Prisma splits into several queries counts
 * as several.
 */

const SMALL_YEAR = 2030;
const BUSY_YEAR = 2033;
/** The loader sends 27 statements today (nine queries and their nested relations, the adopting decision's minutes among them); a query per row would exceed this at once. */
const BOUND = 29;

let database: CountingDatabase;
let groups: Groups;

const STATUSES: ActivityStatus[] = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "DELAYED", "DONE", "CANCELLED"];
const KINDS: ResultKind[] = ["PUBLICATION", "REPORT", "DEGREE_PROJECT", "COURSE", "PLACEMENT", "EVENT", "OTHER"];

/** A year with `activities` activities (two indicators and a result each), meetings, decisions and proposals in proportion. */
async function seedYear(year: number, activities: number, meetings: number) {
  const p = database.prisma;
  const adoptingMeeting = await meeting(p, groups.steeringGroupId, `${year - 1}-10-0${1 + (year % 8)}`);
  const [adopt, areas] = await decisions(p, adoptingMeeting.id, [
    { title: `Verksamhetsplan ${year}`, subject: "ACTIVITY_PLAN" },
    { title: `Prioriterade områden ${year}`, subject: "PRIORITY_AREAS" },
  ]);
  const area = await priorityArea(p, groups.partnershipId, `Område ${year}`, areas!, [year]);
  const people = await p.person.findMany({ where: { partnershipId: groups.partnershipId }, select: { id: true }, take: 10 });
  const created = await plan(
    p,
    groups.partnershipId,
    year,
    adopt!,
    Array.from({ length: activities }, (_, index) => ({
      title: `Aktivitet ${year}:${index}`,
      status: STATUSES[index % STATUSES.length],
      priorityAreaId: index % 2 === 0 ? area.id : null,
      focusArea: index % 3 === 0 ? ("RESEARCH_AND_DEVELOPMENT" as const) : ("EDUCATION_AND_COMPETENCE" as const),
      dimensions: index % 4 === 0 ? (["SOCIAL", "CULTURAL"] as const).slice() : (["ECONOMIC"] as const).slice(),
      municipalResponsibleId: people[index % people.length]!.id,
      universityResponsibleId: people[(index + 1) % people.length]!.id,
      removed: index % 17 === 5,
      indicators: [
        { name: "Deltagare", targetValue: 10, outcomeValue: index % 5 === 0 ? null : index },
        { name: "Seminarier", targetValue: null, outcomeValue: 2 },
      ],
    })),
  );
  for (const [index, activityId] of created.ids.entries()) await result(p, groups.partnershipId, activityId, KINDS[index % KINDS.length]!, `${year}-0${1 + (index % 9)}-15`);
  for (let index = 0; index < meetings; index += 1) {
    const held = await meeting(p, index % 3 === 0 ? groups.steeringGroupId : groups.workingGroupId, `${year}-0${1 + (index % 9)}-1${index % 10}`);
    await decisions(p, held.id, [{ title: `Beslut ${year}:${index}:1` }, { title: `Beslut ${year}:${index}:2` }]);
  }
  const yearCall = await call(p, groups.partnershipId, year);
  for (let index = 0; index < Math.ceil(activities / 3); index += 1) {
    await proposal(p, groups.partnershipId, yearCall.id, index % 2 === 0 ? "SUBMITTED" : "WITHDRAWN");
  }
  for (let index = 0; index < Math.ceil(activities / 10); index += 1) {
    const person = await p.person.create({ data: { partnershipId: groups.partnershipId, name: `Ledamot ${year}:${index}`, partyId: (await p.party.findFirstOrThrow({ where: { partnershipId: groups.partnershipId } })).id } });
    await p.membership.create({ data: { groupId: groups.workingGroupId, personId: person.id, partyId: person.partyId!, startDate: new Date(`${year}-02-01T00:00:00Z`), endDate: index % 2 === 0 ? new Date(`${year}-11-30T00:00:00Z`) : null } });
  }
}

beforeAll(async () => {
  database = await openCountingDatabase();
  // From here on the application (the loader) uses the counting database; the file's own database
  // is put back afterwards, and the per-file teardown closes and removes both.
  installDatabase(database);
  groups = await seedPartnership(database.prisma);
  await seedYear(SMALL_YEAR, 3, 1);
  await seedYear(BUSY_YEAR - 1, 60, 6);
  await seedYear(BUSY_YEAR, 60, 6);
}, 240_000);

afterAll(async () => {
  installDatabase(testDatabase());
  await database.close();
});

async function statementsFor(year: number) {
  clearReportCache();
  database.counter.statements = 0;
  const report = await getFollowUpReport(groups.partnershipId, year, NOW);
  return { statements: database.counter.statements, report };
}

describe("the report's loader", () => {
  it("sends the same, small number of SQL statements for a year with 3 activities and one with 60 (and 60 the year before)", async () => {
    const small = await statementsFor(SMALL_YEAR);
    const busy = await statementsFor(BUSY_YEAR);
    // The data really is there, so the counts compare like with like.
    expect(small.report.summary.find((row) => row.key === "plannedActivities")!.current).toBe(3);
    expect(busy.report.summary.find((row) => row.key === "plannedActivities")).toMatchObject({ current: 56, previous: 56 });
    expect(busy.report.indicators!.length).toBe(112);
    expect(busy.report.results.list.length).toBe(60);
    expect(busy.report.decisions.length).toBeGreaterThanOrEqual(12);
    expect(busy.report.membership.groups.find((group) => group.kind === "WORKING_GROUP")!.started.current).toBe(6);

    expect(small.statements).toBeGreaterThan(0);
    expect(busy.statements).toBe(small.statements);
    expect(busy.statements).toBeLessThanOrEqual(BOUND);
  });

  it("counts a query per row if there were one (the counter sees every statement)", async () => {
    database.counter.statements = 0;
    const activities = await database.prisma.activity.findMany({ take: 5, select: { id: true } });
    for (const activity of activities) await database.prisma.activityIndicator.count({ where: { activityId: activity.id } });
    expect(database.counter.statements).toBe(1 + activities.length);
  });
});

describe("the report a reader gets again", () => {
  const planned = (report: Awaited<ReturnType<typeof getFollowUpReport>>) => report.summary.find((row) => row.key === "plannedActivities")!.current;
  const auditEvent = () =>
    database.prisma.auditEvent.create({ data: { partnershipId: groups.partnershipId, action: "activity.created", entityType: "Activity", data: {} } });

  it("is the one built before, for the price of one statement, while the partnership's audit trail is unchanged", async () => {
    clearReportCache();
    const first = await getFollowUpReport(groups.partnershipId, SMALL_YEAR, NOW);
    database.counter.statements = 0;
    const again = await getFollowUpReport(groups.partnershipId, SMALL_YEAR, NOW);
    expect(database.counter.statements).toBe(1);
    expect(again).toBe(first);
  });

  it("is built anew after a change the application made (every change writes an audit event)", async () => {
    clearReportCache();
    expect(planned(await getFollowUpReport(groups.partnershipId, SMALL_YEAR, NOW))).toBe(3);
    const plan = await database.prisma.activityPlan.findFirstOrThrow({ where: { partnershipId: groups.partnershipId, year: SMALL_YEAR } });
    const activity = await database.prisma.activity.findFirstOrThrow({ where: { planId: plan.id } });
    await database.prisma.$transaction([
      database.prisma.activity.update({ where: { id: activity.id }, data: { removedAt: NOW } }),
      auditEvent(),
    ]);
    expect(planned(await getFollowUpReport(groups.partnershipId, SMALL_YEAR, NOW))).toBe(2);
    await database.prisma.$transaction([database.prisma.activity.update({ where: { id: activity.id }, data: { removedAt: null } }), auditEvent()]);
    expect(planned(await getFollowUpReport(groups.partnershipId, SMALL_YEAR, NOW))).toBe(3);
  });

  it("is built anew on another Stockholm day, when 'today' (members, vacancies) has moved", async () => {
    clearReportCache();
    const first = await getFollowUpReport(groups.partnershipId, SMALL_YEAR, NOW);
    expect(await getFollowUpReport(groups.partnershipId, SMALL_YEAR, new Date(NOW.getTime() + 60_000))).toBe(first);
    expect(await getFollowUpReport(groups.partnershipId, SMALL_YEAR, new Date(NOW.getTime() + 86_400_000))).not.toBe(first);
  });
});
