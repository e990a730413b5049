import { beforeAll, describe, expect, it } from "vitest";
import { createActivity } from "@/features/activity-plans/activity-definitions";
import { adoptPlan, closePlan, createPlan, editPlanSummary, proposePlan, returnPlanToDraft } from "@/features/activity-plans/plan-definitions";
import { findPlans, getPlanPage } from "@/features/activity-plans/plan-queries";
import { findRevisions, getRevisionComparison } from "@/features/activity-plans/revision-queries";
import { readSnapshot } from "@/features/activity-plans/snapshot";
import { textFingerprint } from "@/features/activity-plans/snapshot-diff";
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
  STEERING_CHAIR,
  THIS_YEAR,
  WG_MEMBER,
  type Fixture,
  backdatePlan,
} from "./plan-fixtures";

let fixture: Fixture;
let admin: Actor, reader: Actor, wgMember: Actor, sgChair: Actor, sgMember: Actor, former: Actor, otherAdmin: Actor;
let planId: string;

beforeAll(async () => {
  fixture = await seed();
  admin = await actorFor(ADMIN);
  reader = await actorFor(READER);
  wgMember = await actorFor(WG_MEMBER);
  sgChair = await actorFor(STEERING_CHAIR);
  sgMember = await actorFor(SG_MEMBER);
  former = await actorFor(FORMER_MEMBER);
  otherAdmin = await actorFor(OTHER_ADMIN);
});

const step = async (decisionId?: string) => {
  const plan = await planRow(planId);
  return form({ planId, version: String(plan.version), ...(decisionId ? { decisionId } : {}) });
};

describe("creating a year's plan", () => {
  it("is for the working group's current members and administrators, once per year, within the years on offer", async () => {
    // Guards: plan:edit at role level (readers, the steering group) and current membership in run().
    await expectRefused(() => executeFormAction(createPlan, reader, form({ year: String(THIS_YEAR) })), "errors.forbidden");
    await expectRefused(() => executeFormAction(createPlan, sgMember, form({ year: String(THIS_YEAR) })), "errors.forbidden");
    await expectRefused(() => executeFormAction(createPlan, former, form({ year: String(THIS_YEAR) })), "errors.forbidden");
    await expectRefused(() => executeFormAction(createPlan, wgMember, form({ year: String(THIS_YEAR + 3) })), "activityPlans.refusals.yearOutOfRange", {
      year: ["activityPlans.refusals.yearOutOfRange"],
    });
    await expectRefused(() => executeFormAction(createPlan, wgMember, form({ year: "20x7" })), "errors.validation", { year: ["validation.invalid"] });

    const created = await expectSuccess(() => executeFormAction(createPlan, wgMember, form({ year: String(THIS_YEAR) })), "activityPlans.created");
    planId = created.planId;
    await backdatePlan(planId);
    expect(await planRow(planId)).toMatchObject({ partnershipId: fixture.partnershipId, year: THIS_YEAR, status: "DRAFT", version: 1 });
    expect(await lastEvent("activity_plan.created")).toMatchObject({ entityId: planId, actorUserId: wgMember.userId });

    await expectRefused(() => executeFormAction(createPlan, admin, form({ year: String(THIS_YEAR) })), "activityPlans.refusals.yearExists", { year: ["activityPlans.refusals.yearExists"] });
  });
});

describe("the draft's summary", () => {
  it("is saved with a version guard; a stale save is refused and says whether the summary itself changed", async () => {
    const plan = await planRow(planId);
    const fields = (version: number, baseline: string, summary: string) => form({ planId, version: String(version), baseline, summary });
    await expectSuccess(() => executeFormAction(editPlanSummary, wgMember, fields(plan.version, textFingerprint(""), "Fler VFU-platser och mer forskning.")), "activityPlans.summarySaved");
    expect(await planRow(planId)).toMatchObject({ summary: "Fler VFU-platser och mer forskning.", version: plan.version + 1 });
    expect((await lastEvent("activity_plan.summary_edited")).data).toMatchObject({ before: { summary: "" }, after: { summary: "Fler VFU-platser och mer forskning." } });

    // The form opened before that save still shows the empty summary: refused, and the summary marked.
    await expectRefused(() => executeFormAction(editPlanSummary, admin, fields(plan.version, textFingerprint(""), "Något annat")), "activityPlans.refusals.summaryChanged", {
      summary: ["activityPlans.refusals.changedByOther"],
    });
    // A form that saw the current text but an older version (another change moved it): refused, nothing marked.
    await expectRefused(() => executeFormAction(editPlanSummary, admin, fields(plan.version, textFingerprint("Fler VFU-platser och mer forskning."), "Något annat")), "activityPlans.refusals.stale", {});
    await expectRefused(() => executeFormAction(editPlanSummary, reader, fields(plan.version + 1, "", "x")), "errors.forbidden");
    await expectRefused(() => executeFormAction(editPlanSummary, former, fields(plan.version + 1, "", "x")), "errors.notFound");
    await expectRefused(() => executeFormAction(editPlanSummary, otherAdmin, fields(plan.version + 1, "", "x")), "errors.notFound");
  });
});

describe("proposing the plan", () => {
  it("is refused for the wrong decision: group, subject, a meeting not held, another partnership's or none", async () => {
    const refusal = (key: string) => ({ decisionId: [`activityPlans.refusals.${key}`] });
    await expectRefused(async () => executeFormAction(proposePlan, wgMember, await step(fixture.adoptDecisionId)), "activityPlans.refusals.notWorkingGroupDecision", refusal("notWorkingGroupDecision"));
    await expectRefused(async () => executeFormAction(proposePlan, wgMember, await step(fixture.wgPriorityDecisionId)), "activityPlans.refusals.notActivityPlanDecision", refusal("notActivityPlanDecision"));
    const planned = await prisma().meeting.findFirstOrThrow({ where: { status: "PLANNED", cycleYear: THIS_YEAR, group: { partnershipId: fixture.partnershipId, kind: "WORKING_GROUP" } } });
    const notHeld = await recordDecision(planned.id, "ACTIVITY_PLAN", "Förslag till verksamhetsplan");
    await expectRefused(async () => executeFormAction(proposePlan, wgMember, await step(notHeld)), "activityPlans.refusals.meetingNotHeld", refusal("meetingNotHeld"));
    await expectRefused(async () => executeFormAction(proposePlan, wgMember, await step(fixture.other.decisionId)), "activityPlans.refusals.decisionNotFound", refusal("decisionNotFound"));
    await expectRefused(async () => executeFormAction(proposePlan, wgMember, await step("no-such-decision")), "activityPlans.refusals.decisionNotFound", refusal("decisionNotFound"));
  });

  it("is refused to those without the standing and to a stale form", async () => {
    await expectRefused(async () => executeFormAction(proposePlan, reader, await step(fixture.proposeDecisionId)), "errors.forbidden");
    await expectRefused(async () => executeFormAction(proposePlan, sgChair, await step(fixture.proposeDecisionId)), "errors.forbidden");
    // A working-group account whose membership ended does not see the draft at all.
    await expectRefused(async () => executeFormAction(proposePlan, former, await step(fixture.proposeDecisionId)), "errors.notFound");
    await expectRefused(() => executeFormAction(proposePlan, wgMember, form({ planId, version: "1", decisionId: fixture.proposeDecisionId })), "activityPlans.refusals.stale");
  });

  it("is done by the working group's decision on the plan at a held meeting of the year before", async () => {
    await expectSuccess(async () => executeFormAction(proposePlan, wgMember, await step(fixture.proposeDecisionId)), "activityPlans.proposed");
    const plan = await planRow(planId);
    expect(plan).toMatchObject({ status: "PROPOSED", proposedByDecisionId: fixture.proposeDecisionId });
    expect(plan.proposedAt).not.toBeNull();
    expect((await lastEvent("activity_plan.proposed")).data).toMatchObject({ after: { status: "PROPOSED", decisionId: fixture.proposeDecisionId } });
  });

  it("freezes the plan while proposed: no summary edits, no activities", async () => {
    const plan = await planRow(planId);
    await expectRefused(() => executeFormAction(editPlanSummary, wgMember, form({ planId, version: String(plan.version), baseline: "", summary: "x" })), "activityPlans.refusals.wrongState");
    await expectRefused(() => executeFormAction(createActivity, wgMember, form({ planId, ...activityFields(fixture) })), "activityPlans.refusals.planProposed");
    await expectRefused(async () => executeFormAction(proposePlan, wgMember, await step(fixture.proposeDecisionId)), "activityPlans.refusals.wrongState");
  });

  it("can be taken back to draft by the working group, and proposed again", async () => {
    await expectRefused(async () => executeFormAction(returnPlanToDraft, sgChair, await step()), "errors.forbidden");
    await expectRefused(async () => executeFormAction(returnPlanToDraft, reader, await step()), "errors.forbidden");
    await expectRefused(() => executeFormAction(returnPlanToDraft, wgMember, form({ planId, version: "1" })), "activityPlans.refusals.stale");
    await expectSuccess(async () => executeFormAction(returnPlanToDraft, wgMember, await step()), "activityPlans.returnedToDraft");
    expect(await planRow(planId)).toMatchObject({ status: "DRAFT", proposedByDecisionId: null, proposedAt: null });
    expect(await lastEvent("activity_plan.returned_to_draft")).toMatchObject({ entityId: planId });
    await expectRefused(async () => executeFormAction(returnPlanToDraft, wgMember, await step()), "activityPlans.refusals.wrongState");

    // An activity while it is a draft again, so the adopted plan has something in it.
    await expectSuccess(() => executeFormAction(createActivity, wgMember, form({ planId, ...activityFields(fixture) })));
    await expectSuccess(async () => executeFormAction(proposePlan, admin, await step(fixture.proposeDecisionId)), "activityPlans.proposed");
  });
});

describe("adopting the plan", () => {
  it("is refused for the wrong decision: group, subject, a meeting not held, not prepared by the proposing meeting", async () => {
    const refusal = (key: string) => ({ decisionId: [`activityPlans.refusals.${key}`] });
    await expectRefused(async () => executeFormAction(adoptPlan, sgChair, await step(fixture.proposeDecisionId)), "activityPlans.refusals.notSteeringGroupDecision", refusal("notSteeringGroupDecision"));
    await expectRefused(async () => executeFormAction(adoptPlan, sgChair, await step(fixture.lastYearFollowUpDecisionId)), "activityPlans.refusals.notActivityPlanDecision", refusal("notActivityPlanDecision"));
    const planned = await prisma().meeting.findFirstOrThrow({ where: { status: "PLANNED", cycleYear: THIS_YEAR, group: { partnershipId: fixture.partnershipId, kind: "STEERING_GROUP" } } });
    const notHeld = await recordDecision(planned.id, "ACTIVITY_PLAN", "Verksamhetsplan", fixture.proposingMeetingId);
    await expectRefused(async () => executeFormAction(adoptPlan, sgChair, await step(notHeld)), "activityPlans.refusals.meetingNotHeld", refusal("meetingNotHeld"));
    const otherPreparation = await recordDecision(fixture.sgMeetingId, "ACTIVITY_PLAN", "Verksamhetsplan", fixture.wgSpringMeetingId);
    await expectRefused(async () => executeFormAction(adoptPlan, sgChair, await step(otherPreparation)), "activityPlans.refusals.notPreparedByProposingMeeting", refusal("notPreparedByProposingMeeting"));
  });

  it("offers the steering group just the decisions prepared by the proposing meeting", async () => {
    const page = await getPlanPage(sgChair, THIS_YEAR);
    expect(page!.actions).toEqual(["adopt"]);
    expect(page!.options.adopt!.map((option) => option.id)).toEqual([fixture.adoptDecisionId]);
    expect((await getPlanPage(wgMember, THIS_YEAR))!.actions).toEqual(["returnToDraft"]);
  });

  it("is the steering group's (and administrators') alone, on a current form", async () => {
    await expectRefused(async () => executeFormAction(adoptPlan, wgMember, await step(fixture.adoptDecisionId)), "errors.forbidden");
    await expectRefused(async () => executeFormAction(adoptPlan, reader, await step(fixture.adoptDecisionId)), "errors.forbidden");
    // A steering-group account who is no longer a member does not see the proposal.
    await expectRefused(async () => executeFormAction(adoptPlan, former, await step(fixture.adoptDecisionId)), "errors.notFound");
    await expectRefused(async () => executeFormAction(adoptPlan, otherAdmin, await step(fixture.adoptDecisionId)), "errors.notFound");
    await expectRefused(() => executeFormAction(adoptPlan, sgChair, form({ planId, version: "2", decisionId: fixture.adoptDecisionId })), "activityPlans.refusals.stale");
  });

  it("is done by the steering group's decision prepared by the proposing meeting, and keeps the plan as adopted as revision 0", async () => {
    const { revision } = await expectSuccess(async () => executeFormAction(adoptPlan, sgMember, await step(fixture.adoptDecisionId)), "activityPlans.adopted");
    expect(revision).toBe(0);
    const plan = await planRow(planId);
    expect(plan).toMatchObject({ status: "ADOPTED", adoptedByDecisionId: fixture.adoptDecisionId, proposedByDecisionId: fixture.proposeDecisionId });
    const revisions = await prisma().activityPlanRevision.findMany({ where: { planId } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ number: 0, reason: "", createdById: sgMember.userId });
    const snapshot = readSnapshot(revisions[0]!.snapshot);
    expect(snapshot.plan).toEqual({ id: planId, year: THIS_YEAR, summary: "Fler VFU-platser och mer forskning." });
    expect(snapshot.activities.map((activity) => [activity.title, activity.indicators.map((indicator) => [indicator.name, indicator.targetValue])])).toEqual([
      ["Fler VFU-platser i förskolan", [["VFU-platser", 30], ["Utbildade handledare", null]]],
    ]);
    expect((await lastEvent("activity_plan.adopted")).data).toMatchObject({ after: { status: "ADOPTED", revision: 0, decisionId: fixture.adoptDecisionId } });

    const list = await findRevisions(reader, THIS_YEAR);
    expect(list!.revisions.map((row) => [row.number, row.activityCount, row.createdByName])).toEqual([[0, 1, "Eva Lundgren"]]);
    const comparison = await getRevisionComparison(reader, THIS_YEAR, 0);
    expect(comparison).toMatchObject({ previous: null, latest: 0 });
    expect(comparison!.diff.added.map((activity) => activity.title)).toEqual(["Fler VFU-platser i förskolan"]);
    await expectRefused(async () => executeFormAction(adoptPlan, sgChair, await step(fixture.adoptDecisionId)), "activityPlans.refusals.wrongState");
  });
});

describe("a decision speaks for one plan", () => {
  it("refuses a decision that already proposed another year's plan, and one of the wrong years", async () => {
    const { planId: lastYearPlan } = await expectSuccess(() => executeFormAction(createPlan, admin, form({ year: String(THIS_YEAR - 1) })));
    await backdatePlan(lastYearPlan);
    const plan = await planRow(lastYearPlan);
    await expectRefused(() => executeFormAction(proposePlan, admin, form({ planId: lastYearPlan, version: String(plan.version), decisionId: fixture.proposeDecisionId })), "activityPlans.refusals.decisionUsedByOtherPlan", {
      decisionId: ["activityPlans.refusals.decisionUsedByOtherPlan"],
    });
    // And a decision of the wrong years for that plan.
    const thisYearsWg = await prisma().meeting.create({
      data: {
        groupId: (await prisma().group.findFirstOrThrow({ where: { partnershipId: fixture.partnershipId, kind: "WORKING_GROUP" } })).id,
        title: "Extra arbetsgruppsmöte",
        startsAt: new Date(`${THIS_YEAR}-01-20T09:00:00Z`),
        endsAt: new Date(`${THIS_YEAR}-01-20T11:00:00Z`),
        cycleYear: THIS_YEAR,
        status: "HELD",
        isExtra: true,
        extraReason: "Verksamhetsplanen",
      },
    });
    const thisYearsDecision = await recordDecision(thisYearsWg.id, "ACTIVITY_PLAN", "Förslag till verksamhetsplan");
    await expectRefused(() => executeFormAction(proposePlan, admin, form({ planId: lastYearPlan, version: String(plan.version), decisionId: thisYearsDecision })), "activityPlans.refusals.otherCycle");
  });
});

describe("closing the plan after the follow-up", () => {
  it("is refused for a follow-up decision of the year before, another subject, or without the standing", async () => {
    await expectRefused(async () => executeFormAction(closePlan, sgChair, await step(fixture.lastYearFollowUpDecisionId)), "activityPlans.refusals.otherCycle", {
      decisionId: ["activityPlans.refusals.otherCycle"],
    });
    await expectRefused(async () => executeFormAction(closePlan, sgChair, await step(fixture.adoptDecisionId)), "activityPlans.refusals.notFollowUpDecision");
    await expectRefused(async () => executeFormAction(closePlan, wgMember, await step(fixture.adoptDecisionId)), "errors.forbidden");
    // The adopted plan is everyone's to read, so a former member is told no rather than "not found".
    await expectRefused(async () => executeFormAction(closePlan, former, await step(fixture.adoptDecisionId)), "errors.forbidden");
  });

  it("is done by the steering group's follow-up decision of the plan's year; a closed plan changes no more", async () => {
    const followUp = await recordDecision(fixture.sgMeetingId, "FOLLOW_UP", `Uppföljning ${THIS_YEAR}`);
    await expectSuccess(async () => executeFormAction(closePlan, admin, await step(followUp)), "activityPlans.closed");
    expect(await planRow(planId)).toMatchObject({ status: "CLOSED", closedByDecisionId: followUp });
    expect(await lastEvent("activity_plan.closed")).toMatchObject({ entityId: planId });
    await expectRefused(() => executeFormAction(createActivity, admin, form({ planId, ...activityFields(fixture), reason: "Sent tillägg" })), "activityPlans.refusals.planClosed");
    await expectRefused(async () => executeFormAction(closePlan, admin, await step(followUp)), "activityPlans.refusals.wrongState");
  });
});

describe("reading plans", () => {
  it("shows everyone signed in the adopted and closed plans, and drafts only to administrators and the groups", async () => {
    const years = async (actor: Actor) => (await findPlans(actor)).plans.map((plan) => [plan.year, plan.status]);
    expect(await years(reader)).toEqual([[THIS_YEAR, "CLOSED"]]);
    expect(await years(former)).toEqual([[THIS_YEAR, "CLOSED"]]);
    expect(await years(wgMember)).toEqual([
      [THIS_YEAR, "CLOSED"],
      [THIS_YEAR - 1, "DRAFT"],
    ]);
    expect(await years(sgMember)).toHaveLength(2);
    expect(await getPlanPage(reader, THIS_YEAR - 1)).toBeNull();
    expect(await getPlanPage(sgMember, THIS_YEAR - 1)).not.toBeNull();
    const page = await getPlanPage(reader, THIS_YEAR);
    expect(page).toMatchObject({ status: "CLOSED", actions: [], mayChangeActivities: false, revisionCount: 1 });
    expect(page!.adoptedBy).toMatchObject({ id: fixture.adoptDecisionId, inForce: true });
    expect(page!.groups.map((group) => [group.area?.id, group.activities.length])).toEqual([[fixture.areaId, 1]]);
    // Another partnership's administrator sees only their own partnership's plans.
    expect((await findPlans(otherAdmin)).plans.map((plan) => plan.id)).toEqual([fixture.other.planId]);
    const theirs = await getPlanPage(otherAdmin, THIS_YEAR);
    expect(theirs!.id).toBe(fixture.other.planId);
  });

  it("offers the lifecycle forms only the decisions that qualify", async () => {
    const { planId: nextYear } = await expectSuccess(() => executeFormAction(createPlan, wgMember, form({ year: String(THIS_YEAR + 1) })));
    await backdatePlan(nextYear);
    const page = await getPlanPage(wgMember, THIS_YEAR + 1);
    expect(page!.id).toBe(nextYear);
    expect(page!.actions).toEqual(["editSummary", "propose"]);
    // This year's held working-group meetings: the extra one's decision on the plan qualifies; last year's is of the wrong year.
    const offered = page!.options.propose!.map((option) => option.title);
    expect(offered).toEqual(["Förslag till verksamhetsplan"]);
    expect(page!.options.propose![0]!.minutesApproved).toBe(false);
  });

  it("keeps time order: a plan made today is not proposed by an earlier meeting, in the form or by a direct post", async () => {
    const before = (await getPlanPage(wgMember, THIS_YEAR + 1))!;
    const decision = before.options.propose![0]!;
    const plan = await planRow(before.id);
    await prisma().activityPlan.update({ where: { id: plan.id }, data: { createdAt: new Date() } });
    expect((await getPlanPage(wgMember, THIS_YEAR + 1))!.options.propose).toEqual([]);
    await expectRefused(
      () => executeFormAction(proposePlan, wgMember, form({ planId: plan.id, version: String(plan.version), decisionId: decision.id })),
      "activityPlans.refusals.beforePlanCreated",
      { decisionId: ["activityPlans.refusals.beforePlanCreated"] },
    );
  });
});
