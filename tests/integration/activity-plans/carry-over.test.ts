import { beforeAll, describe, expect, it } from "vitest";
import { createActivity, removeActivity } from "@/features/activity-plans/activity-definitions";
import { getActivityPage } from "@/features/activity-plans/activity-queries";
import { carryOverActivity } from "@/features/activity-plans/carry-over-definitions";
import { adoptPlan, createPlan, proposePlan } from "@/features/activity-plans/plan-definitions";
import { getRevisionComparison } from "@/features/activity-plans/revision-queries";
import type { Actor } from "@/server/auth/actor";
import { executeFormAction } from "@/server/actions/form-action";
import {
  activityFields,
  actorFor,
  ADMIN,
  expectRefused,
  expectSuccess,
  form,
  FORMER_MEMBER,
  lastEvent,
  OTHER_ADMIN,
  planRow,
  prisma,
  READER,
  recordDecision,
  seed,
  SG_MEMBER,
  THIS_YEAR,
  WG_MEMBER,
  type Fixture,
  backdatePlan,
} from "./plan-fixtures";

let fixture: Fixture;
let admin: Actor, reader: Actor, wgMember: Actor, sgMember: Actor, former: Actor, otherAdmin: Actor;
let planId: string;
let delayed: string, done: string, atRisk: string;
let nextPlanId: string;

const create = async (fields: Record<string, string | string[]>) => (await expectSuccess(() => executeFormAction(createActivity, admin, form({ planId, ...activityFields(fixture, fields) })))).activityId;
const step = async (action: "propose" | "adopt", actor: Actor, id: string, decisionId: string) => {
  const fields = form({ planId: id, version: String((await planRow(id)).version), decisionId });
  await expectSuccess(() => (action === "propose" ? executeFormAction(proposePlan, actor, fields) : executeFormAction(adoptPlan, actor, fields)));
};

beforeAll(async () => {
  fixture = await seed();
  admin = await actorFor(ADMIN);
  reader = await actorFor(READER);
  wgMember = await actorFor(WG_MEMBER);
  sgMember = await actorFor(SG_MEMBER);
  former = await actorFor(FORMER_MEMBER);
  otherAdmin = await actorFor(OTHER_ADMIN);
  ({ planId } = await expectSuccess(() => executeFormAction(createPlan, admin, form({ year: String(THIS_YEAR) }))));
  await backdatePlan(planId);
  delayed = await create({ title: "Försenad aktivitet", endsOn: `${THIS_YEAR}-10-31` });
  done = await create({ title: "Genomförd aktivitet" });
  atRisk = await create({ title: "Aktivitet i riskzonen" });
  await step("propose", admin, planId, fixture.proposeDecisionId);
  await step("adopt", admin, planId, fixture.adoptDecisionId);
  // The follow-up (another feature) sets status and outcomes; here they are set directly.
  await prisma().activity.update({ where: { id: delayed }, data: { status: "DELAYED", progress: 40 } });
  await prisma().activity.update({ where: { id: done }, data: { status: "DONE", progress: 100 } });
  await prisma().activity.update({ where: { id: atRisk }, data: { status: "AT_RISK", progress: 10 } });
  await prisma().activityIndicator.updateMany({ where: { activityId: delayed }, data: { outcomeValue: 12 } });
});

describe("carrying an unfinished activity over", () => {
  it("is refused without next year's plan, for a finished activity, and to those who may not edit plans", async () => {
    await expectRefused(() => executeFormAction(carryOverActivity, wgMember, form({ activityId: delayed })), "activityPlans.refusals.noNextPlan");
    ({ planId: nextPlanId } = await expectSuccess(() => executeFormAction(createPlan, wgMember, form({ year: String(THIS_YEAR + 1) }))));
    await backdatePlan(nextPlanId);
    await expectRefused(() => executeFormAction(carryOverActivity, wgMember, form({ activityId: done })), "activityPlans.refusals.activityFinished");
    await expectRefused(() => executeFormAction(carryOverActivity, reader, form({ activityId: delayed })), "errors.forbidden");
    await expectRefused(() => executeFormAction(carryOverActivity, sgMember, form({ activityId: delayed })), "errors.forbidden");
    await expectRefused(() => executeFormAction(carryOverActivity, former, form({ activityId: delayed })), "errors.forbidden");
    await expectRefused(() => executeFormAction(carryOverActivity, otherAdmin, form({ activityId: delayed })), "errors.notFound");
    await expectRefused(() => executeFormAction(carryOverActivity, admin, form({ activityId: "missing" })), "errors.notFound");
  });

  it("copies the fields and the indicators' targets (not outcomes) into next year's draft, naming the activity it continues", async () => {
    const source = await prisma().activity.findUniqueOrThrow({ where: { id: delayed }, include: { indicators: { orderBy: { sortOrder: "asc" } } } });
    const nextVersion = (await planRow(nextPlanId)).version;
    const result = await expectSuccess(() => executeFormAction(carryOverActivity, wgMember, form({ activityId: delayed })), "activityPlans.carriedOver");
    expect(result).toMatchObject({ fromActivityId: delayed, year: THIS_YEAR + 1, revision: null });
    const copy = await prisma().activity.findUniqueOrThrow({ where: { id: result.activityId }, include: { indicators: { orderBy: { sortOrder: "asc" } } } });
    expect(copy).toMatchObject({
      planId: nextPlanId,
      carriedOverFromId: delayed,
      title: source.title,
      description: source.description,
      focusArea: source.focusArea,
      thematicAreaId: source.thematicAreaId,
      dimensions: source.dimensions,
      collaborationKinds: source.collaborationKinds,
      municipalResponsibleId: source.municipalResponsibleId,
      universityResponsibleId: source.universityResponsibleId,
      municipalUnitId: source.municipalUnitId,
      universityUnitId: source.universityUnitId,
      expectedResults: source.expectedResults,
      // The area is not in next year's register, so it does not come along; the period moves into next year.
      priorityAreaId: null,
      startsOn: new Date(`${THIS_YEAR + 1}-01-01T00:00:00Z`),
      endsOn: new Date(`${THIS_YEAR + 1}-12-31T00:00:00Z`),
      status: "NOT_STARTED",
      progress: 0,
    });
    expect(copy.indicators.map((indicator) => [indicator.name, indicator.unit, indicator.targetValue, indicator.outcomeValue])).toEqual(
      source.indicators.map((indicator) => [indicator.name, indicator.unit, indicator.targetValue, null]),
    );
    expect((await planRow(nextPlanId)).version).toBe(nextVersion + 1);
    expect(await lastEvent("activity.carried_over")).toMatchObject({ entityId: copy.id, actorUserId: wgMember.userId });
    // The original keeps its history untouched.
    expect(await prisma().activity.findUniqueOrThrow({ where: { id: delayed } })).toMatchObject({ status: "DELAYED", progress: 40, removedAt: null });
  });

  it("happens once per activity", async () => {
    await expectRefused(() => executeFormAction(carryOverActivity, admin, form({ activityId: delayed })), "activityPlans.refusals.alreadyCarriedOver");
  });

  it("shows the chain both ways on the activity pages, as far as the reader may see", async () => {
    const copy = await prisma().activity.findUniqueOrThrow({ where: { carriedOverFromId: delayed } });
    expect((await getActivityPage(wgMember, delayed))!.continuedIn).toEqual({ id: copy.id, year: THIS_YEAR + 1 });
    expect((await getActivityPage(wgMember, copy.id))!.continuedFrom).toEqual({ id: delayed, year: THIS_YEAR });
    // Next year's plan is a draft: a reader sees this year's activity, not where it continues.
    expect((await getActivityPage(reader, delayed))!.continuedIn).toBeNull();
    expect((await getActivityPage(wgMember, atRisk))!.carryOver).toEqual({ year: THIS_YEAR + 1, refusal: null, needsReason: false });
    expect((await getActivityPage(wgMember, delayed))!.carryOver!.refusal).toBe("alreadyCarriedOver");
    expect((await getActivityPage(reader, atRisk))!.carryOver).toBeNull();
  });

  it("is refused from a plan not yet adopted", async () => {
    const copy = await prisma().activity.findUniqueOrThrow({ where: { carriedOverFromId: delayed } });
    await expectRefused(() => executeFormAction(carryOverActivity, admin, form({ activityId: copy.id })), "activityPlans.refusals.sourceNotAdopted");
  });
});

describe("removing from a draft an activity with a history", () => {
  it("keeps it, marked removed, instead of deleting it", async () => {
    const fields = activityFields(fixture, { title: "Med uppföljning", startsOn: `${THIS_YEAR + 1}-02-01`, endsOn: `${THIS_YEAR + 1}-03-01` });
    // The area is not in next year's register until a decision continues it.
    await expectRefused(() => executeFormAction(createActivity, admin, form({ planId: nextPlanId, ...fields })), "errors.validation", {
      priorityAreaId: ["activityPlans.refusals.notInRegister"],
    });
    await prisma().priorityAreaYear.create({ data: { priorityAreaId: fixture.areaId, year: THIS_YEAR + 1, decisionId: fixture.adoptDecisionId } });
    const created = await expectSuccess(() => executeFormAction(createActivity, admin, form({ planId: nextPlanId, ...fields })));
    await prisma().activityFollowUp.create({ data: { activityId: created.activityId, status: "ON_TRACK", progress: 10 } });
    const { deleted } = await expectSuccess(() => executeFormAction(removeActivity, wgMember, form({ activityId: created.activityId, version: "1" })));
    expect(deleted).toBe(false);
    expect((await prisma().activity.findUniqueOrThrow({ where: { id: created.activityId } })).removedAt).not.toBeNull();
    expect(await lastEvent("activity.removed")).toMatchObject({ entityId: created.activityId });
  });
});

describe("carrying over into an adopted plan", () => {
  it("is refused while next year's plan is proposed, and needs a reason once it is adopted; it is then a revision", async () => {
    // Next year's plan, proposed and adopted at this year's extra meetings.
    const workingGroup = await prisma().group.findFirstOrThrow({ where: { partnershipId: fixture.partnershipId, kind: "WORKING_GROUP" } });
    const meeting = await prisma().meeting.create({
      data: {
        groupId: workingGroup.id,
        title: "Extra arbetsgruppsmöte",
        startsAt: new Date(`${THIS_YEAR}-01-20T09:00:00Z`),
        endsAt: new Date(`${THIS_YEAR}-01-20T11:00:00Z`),
        cycleYear: THIS_YEAR,
        status: "HELD",
        isExtra: true,
        extraReason: "Verksamhetsplanen",
      },
    });
    await step("propose", wgMember, nextPlanId, await recordDecision(meeting.id, "ACTIVITY_PLAN", `Förslag till verksamhetsplan ${THIS_YEAR + 1}`));
    await expectRefused(() => executeFormAction(carryOverActivity, admin, form({ activityId: atRisk, reason: "Fortsätter" })), "activityPlans.refusals.planProposed");
    await step("adopt", sgMember, nextPlanId, await recordDecision(fixture.sgMeetingId, "ACTIVITY_PLAN", `Verksamhetsplan ${THIS_YEAR + 1}`, meeting.id));

    await expectRefused(() => executeFormAction(carryOverActivity, admin, form({ activityId: atRisk })), "activityPlans.refusals.reasonRequired", {
      reason: ["activityPlans.refusals.reasonRequired"],
    });
    const { activityId, revision } = await expectSuccess(() => executeFormAction(carryOverActivity, admin, form({ activityId: atRisk, reason: "Arbetet fortsätter nästa år" })));
    expect(revision).toBe(1);
    const comparison = await getRevisionComparison(reader, THIS_YEAR + 1, 1);
    expect(comparison!.revision.reason).toBe("Arbetet fortsätter nästa år");
    expect(comparison!.diff.added.map((activity) => [activity.id, activity.carriedOverFromId])).toEqual([[activityId, atRisk]]);
    // The area is in next year's register now, so it comes along.
    expect((await prisma().activity.findUniqueOrThrow({ where: { id: activityId } })).priorityAreaId).toBe(fixture.areaId);
  });
});
