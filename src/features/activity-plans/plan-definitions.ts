import "server-only";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { findDecision } from "@/features/minutes/find-decision";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition, TransactionClient } from "@/server/actions/form-action";
import { creatableYears, mayEditPlan } from "./lifecycle";
import { adoptRefusal, closeRefusal, proposeRefusal } from "./plan-decision-rules";
import { planForChange, planStandingFor, refuse, requirePlanStep, updatePlanGuarded } from "./plan-context";
import { writeRevision } from "./revisions";
import { createPlanSchema, planDecisionSchema, planStepSchema, planSummarySchema } from "./schemas";
import { textFingerprint } from "./snapshot-diff";

type PlanResult = { planId: string; year: number; status: string };

/** The working group (or an administrator) starts next year's plan; one per partnership and year. */
export const createPlan: FormActionDefinition<typeof createPlanSchema, PlanResult> = {
  schema: createPlanSchema,
  permission: "plan:edit",
  successMessage: "activityPlans.created",
  onConflict: { field: "year", message: "activityPlans.refusals.yearExists" },
  async run({ input, actor, tx }) {
    if (!mayEditPlan(await planStandingFor(actor, tx))) throw new ActionError("errors.forbidden");
    const years = creatableYears(stockholmYear(new Date()));
    if (!years.includes(input.year)) refuse("yearOutOfRange", "year", { from: years[0]!, to: years[years.length - 1]! });
    if (await tx.activityPlan.findFirst({ where: { partnershipId: actor.partnershipId, year: input.year }, select: { id: true } })) refuse("yearExists", "year");
    const plan = await tx.activityPlan.create({ data: { partnershipId: actor.partnershipId, year: input.year } });
    return {
      audit: { action: "activity_plan.created", entityType: "ActivityPlan", entityId: plan.id, data: { after: { year: plan.year, status: plan.status } } },
      result: { planId: plan.id, year: plan.year, status: plan.status },
    };
  },
};

/** The draft's summary; a stale save says so, and marks the summary when someone else changed it. */
export const editPlanSummary: FormActionDefinition<typeof planSummarySchema, PlanResult> = {
  schema: planSummarySchema,
  permission: "plan:edit",
  successMessage: "activityPlans.summarySaved",
  async run({ input, actor, tx }) {
    const context = await planForChange(tx, actor, input.planId);
    const { plan } = context;
    // Who and state first; a stale form then learns whether the summary itself was changed meanwhile.
    requirePlanStep(context, "editSummary", plan.version);
    if (plan.version !== input.version) {
      if (input.baseline === "" || input.baseline === textFingerprint(plan.summary)) refuse("stale");
      throw new ActionError("activityPlans.refusals.summaryChanged", { summary: ["activityPlans.refusals.changedByOther"] });
    }
    await updatePlanGuarded(tx, plan.id, input.version, { summary: input.summary });
    return {
      audit: { action: "activity_plan.summary_edited", entityType: "ActivityPlan", entityId: plan.id, data: { before: { summary: plan.summary }, after: { summary: input.summary } } },
      result: { planId: plan.id, year: plan.year, status: plan.status },
    };
  },
};

/** Another plan that this decision already took the same step for: a decision speaks for one plan. */
async function otherPlanYear(tx: TransactionClient, planId: string, where: { proposedByDecisionId: string } | { adoptedByDecisionId: string } | { closedByDecisionId: string }) {
  const other = await tx.activityPlan.findFirst({ where: { ...where, NOT: { id: planId } }, select: { year: true } });
  return other?.year ?? null;
}

const decisionData = (decision: { id: string; number: number; meeting: { id: string } }) => ({ decisionId: decision.id, number: decision.number, meetingId: decision.meeting.id });

/** Proposed by the working group's decision on the activity plan at a held meeting of the plan's year or the year before. */
export const proposePlan: FormActionDefinition<typeof planDecisionSchema, PlanResult> = {
  schema: planDecisionSchema,
  permission: "plan:edit",
  successMessage: "activityPlans.proposed",
  async run({ input, actor, tx }) {
    const context = await planForChange(tx, actor, input.planId);
    requirePlanStep(context, "propose", input.version);
    const { plan } = context;
    const decision = await findDecision(input.decisionId, tx);
    const refusal = proposeRefusal(decision, {
      partnershipId: actor.partnershipId,
      planYear: plan.year,
      existedFrom: plan.createdAt,
      usedByOtherPlanYear: decision ? await otherPlanYear(tx, plan.id, { proposedByDecisionId: decision.id }) : null,
    });
    if (refusal) refuse(refusal, "decisionId", { year: plan.year, from: plan.year - 1, to: plan.year });
    await updatePlanGuarded(tx, plan.id, input.version, { status: "PROPOSED", proposedByDecisionId: decision!.id, proposedAt: new Date() });
    return {
      audit: { action: "activity_plan.proposed", entityType: "ActivityPlan", entityId: plan.id, data: { before: { status: "DRAFT" }, after: { status: "PROPOSED", ...decisionData(decision!) } } },
      result: { planId: plan.id, year: plan.year, status: "PROPOSED" },
    };
  },
};

/** The working group takes its proposal back to draft before the steering group adopts it. */
export const returnPlanToDraft: FormActionDefinition<typeof planStepSchema, PlanResult> = {
  schema: planStepSchema,
  permission: "plan:edit",
  successMessage: "activityPlans.returnedToDraft",
  async run({ input, actor, tx }) {
    const context = await planForChange(tx, actor, input.planId);
    requirePlanStep(context, "returnToDraft", input.version);
    const { plan } = context;
    await updatePlanGuarded(tx, plan.id, input.version, { status: "DRAFT", proposedByDecisionId: null, proposedAt: null });
    return {
      audit: {
        action: "activity_plan.returned_to_draft",
        entityType: "ActivityPlan",
        entityId: plan.id,
        data: { before: { status: "PROPOSED", proposedByDecisionId: plan.proposedByDecisionId }, after: { status: "DRAFT" } },
      },
      result: { planId: plan.id, year: plan.year, status: "DRAFT" },
    };
  },
};

/**
 * Adopted by the steering group's decision on the activity plan, prepared by the working-group
 * meeting that proposed it. The plan as adopted is kept as revision 0; from now on it changes only
 * by revisions with a reason.
 */
export const adoptPlan: FormActionDefinition<typeof planDecisionSchema, PlanResult & { revision: number }> = {
  schema: planDecisionSchema,
  permission: "decision:make",
  successMessage: "activityPlans.adopted",
  async run({ input, actor, tx }) {
    const context = await planForChange(tx, actor, input.planId);
    requirePlanStep(context, "adopt", input.version);
    const { plan } = context;
    const decision = await findDecision(input.decisionId, tx);
    const refusal = adoptRefusal(decision, {
      partnershipId: actor.partnershipId,
      planYear: plan.year,
      proposingMeetingId: plan.proposedByDecision?.meetingId ?? null,
      existedFrom: plan.proposedByDecision?.meeting.startsAt ?? null,
      usedByOtherPlanYear: decision ? await otherPlanYear(tx, plan.id, { adoptedByDecisionId: decision.id }) : null,
    });
    if (refusal) refuse(refusal, "decisionId", { year: plan.year, from: plan.year - 1, to: plan.year });
    await updatePlanGuarded(tx, plan.id, input.version, { status: "ADOPTED", adoptedByDecisionId: decision!.id, adoptedAt: new Date() });
    const revision = await writeRevision(tx, plan.id, "", actor.userId);
    return {
      audit: { action: "activity_plan.adopted", entityType: "ActivityPlan", entityId: plan.id, data: { before: { status: "PROPOSED" }, after: { status: "ADOPTED", revision, ...decisionData(decision!) } } },
      result: { planId: plan.id, year: plan.year, status: "ADOPTED", revision },
    };
  },
};

/** Closed after the year's follow-up by the steering group's decision on the follow-up. */
export const closePlan: FormActionDefinition<typeof planDecisionSchema, PlanResult> = {
  schema: planDecisionSchema,
  permission: "decision:make",
  successMessage: "activityPlans.closed",
  async run({ input, actor, tx }) {
    const context = await planForChange(tx, actor, input.planId);
    requirePlanStep(context, "close", input.version);
    const { plan } = context;
    const decision = await findDecision(input.decisionId, tx);
    const refusal = closeRefusal(decision, {
      partnershipId: actor.partnershipId,
      planYear: plan.year,
      existedFrom: plan.adoptedByDecision?.meeting.startsAt ?? null,
      usedByOtherPlanYear: decision ? await otherPlanYear(tx, plan.id, { closedByDecisionId: decision.id }) : null,
    });
    if (refusal) refuse(refusal, "decisionId", { year: plan.year, from: plan.year, to: plan.year + 1 });
    await updatePlanGuarded(tx, plan.id, input.version, { status: "CLOSED", closedByDecisionId: decision!.id, closedAt: new Date() });
    return {
      audit: { action: "activity_plan.closed", entityType: "ActivityPlan", entityId: plan.id, data: { before: { status: "ADOPTED" }, after: { status: "CLOSED", ...decisionData(decision!) } } },
      result: { planId: plan.id, year: plan.year, status: "CLOSED" },
    };
  },
};
