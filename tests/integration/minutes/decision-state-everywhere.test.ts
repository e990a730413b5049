import { beforeAll, describe, expect, it } from "vitest";
import { getPlanPage } from "@/features/activity-plans/plan-queries";
import { getFollowUpReport } from "@/features/follow-up-report/queries";
import { clearReportCache } from "@/features/follow-up-report/report-cache";
import { clearOverviewCache, getOverview } from "@/features/overview/queries";
import { findPublicRegister, findRegister, getPriorityAreaPage } from "@/features/priority-areas/queries";
import { openDataJsonResponse } from "@/features/results/open-data-responses";
import { findPublicResults } from "@/features/results/queries";
import type { Actor } from "@/server/auth/actor";
import { decisions, groupsOf, meeting, plan, priorityArea } from "../follow-up-report/report-fixtures";
import { actorFor, prisma, READER, seed, SG_MEMBER, type Fixture } from "../proposals/proposal-fixtures";

/**
 * Issue #19, item 3: one decision taken at a steering-group meeting whose minutes are not yet
 * justerade reads the same wherever it appears — the plan it adopted, the priority area it decided
 * (register and the area's page), the yearly report, the reader's start page — as awaiting justering with its meeting; it is
 * not public (nor the results of the plan it adopted, on the public pages and in open data) and
 * does not count. Once the minutes are justerade it is in force everywhere.
 */

const YEAR = 2040;
const AREA = "Område som väntar på justering";
const RESULT = "Rapport ur en plan som väntar på justering";

let fixture: Fixture;
let member: Actor;
let reader: Actor;
let minutesId: string;
let areaId: string;

beforeAll(async () => {
  fixture = await seed();
  member = await actorFor(SG_MEMBER);
  reader = await actorFor(READER);
  const p = prisma();
  const { steeringGroupId } = await groupsOf(p, fixture.partnershipId);
  const held = await meeting(p, steeringGroupId, `${YEAR - 1}-10-04`, { title: "Ledningsgruppen inför 2040" });
  const [adopt, areas] = await decisions(p, held.id, [
    { title: `Verksamhetsplan ${YEAR}`, subject: "ACTIVITY_PLAN" },
    { title: `Prioriterade områden ${YEAR}`, subject: "PRIORITY_AREAS" },
  ], { draft: true });
  minutesId = (await p.decision.findUniqueOrThrow({ where: { id: adopt! }, select: { minutesId: true } })).minutesId;
  areaId = (await priorityArea(p, fixture.partnershipId, AREA, areas!, [YEAR])).id;
  const adopted = await plan(p, fixture.partnershipId, YEAR, adopt!, [{ title: "Aktivitet som väntar på justering", priorityAreaId: null }]);
  await p.result.create({ data: { partnershipId: fixture.partnershipId, activityId: adopted.ids[0]!, kind: "REPORT", title: RESULT, date: new Date(Date.UTC(YEAR, 2, 1)), authors: "Sara Nyström", mayPublish: true } });
});

async function statesEverywhere() {
  const [planPage, register, areaPage, report, publicRegister, publicResults, openData, readerStart] = await Promise.all([
    getPlanPage(member, YEAR),
    findRegister(member, YEAR),
    getPriorityAreaPage(member, areaId),
    getFollowUpReport(fixture.partnershipId, YEAR),
    findPublicRegister(),
    findPublicResults(),
    openDataJsonResponse(null).then((response) => response.text()),
    getOverview(reader, new Date(Date.UTC(YEAR, 5, 1, 10))),
  ]);
  const entry = register.years.find((row) => row.year === YEAR)?.entries.find((row) => row.area.id === areaId);
  return {
    plan: planPage!.adoptedBy!.state,
    register: entry?.decision.state,
    areaPage: areaPage!.area.decision.state,
    report: report.plan!.adoptedBy!.state,
    reportCountsArea: report.priorityAreaGaps.some((gap) => gap.id === areaId),
    public: JSON.stringify(publicRegister).includes(AREA),
    resultPublic: JSON.stringify(publicResults).includes(RESULT),
    resultInOpenData: openData.includes(RESULT),
    readerSeesAdoptedPlan: readerStart.reader!.adoptedPlan,
  };
}

describe("a decision awaiting justering, wherever it is shown", () => {
  it("reads as awaiting justering everywhere, does not count and is not public; once justerade, in force everywhere and public", async () => {
    expect(await statesEverywhere()).toEqual({
      plan: "awaitingJustering",
      register: "awaitingJustering",
      areaPage: "awaitingJustering",
      report: "awaitingJustering",
      reportCountsArea: false,
      public: false,
      resultPublic: false,
      resultInOpenData: false,
      readerSeesAdoptedPlan: false,
    });

    await prisma().minutes.update({ where: { id: minutesId }, data: { status: "APPROVED", approvedAt: new Date() } });
    // The report's and the start page's caches follow the audit log, which this direct update does not write to.
    clearReportCache();
    clearOverviewCache();

    expect(await statesEverywhere()).toEqual({
      plan: "inForce",
      register: "inForce",
      areaPage: "inForce",
      report: "inForce",
      reportCountsArea: true,
      public: true,
      resultPublic: true,
      resultInOpenData: true,
      readerSeesAdoptedPlan: true,
    });
  });
});
