import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { proposalViewerFor } from "@/features/proposals/proposal-context";
import { ActionError } from "@/server/actions/action-error";
import type { TransactionClient } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { maySeePlan, planStepRefusal, type PlanAction, type PlanStanding } from "./lifecycle";

/** A refusal by the plan's rules, shown as `activityPlans.refusals.<key>` (on a field when named). */
export function refuse(key: string, field?: string, values?: Record<string, string | number>): never {
  const message = `activityPlans.refusals.${key}`;
  throw new ActionError(message, field ? { [field]: [message] } : {}, values);
}

type Reader = Pick<Prisma.TransactionClient, "membership" | "group">;

/** The actor's standing today: administrator, working-group member, steering-group member. */
export async function planStandingFor(actor: Actor, reader: Reader): Promise<PlanStanding> {
  const viewer = await proposalViewerFor(actor, reader);
  return { isAdministrator: viewer.isAdministrator, isWorkingGroupMember: viewer.isWorkingGroupMember, isSteeringGroupMember: viewer.isSteeringGroupMember };
}

const PLAN_INCLUDE = {
  // Their meetings' dates: adoption and closing come at or after them (time order).
  proposedByDecision: { select: { id: true, meetingId: true, meeting: { select: { startsAt: true } } } },
  adoptedByDecision: { select: { meeting: { select: { startsAt: true } } } },
} as const;

/**
 * The plan an action changes, locked until the transaction ends (every change to the plan or its
 * activities takes this lock first, so they happen one after another), with the actor's standing.
 * A plan of another partnership, or a draft the actor may not read, is "not found".
 */
export async function planForChange(tx: TransactionClient, actor: Actor, planId: string) {
  await tx.$queryRaw`SELECT "id" FROM "ActivityPlan" WHERE "id" = ${planId} FOR UPDATE`;
  const plan = await tx.activityPlan.findFirst({ where: { id: planId, partnershipId: actor.partnershipId }, include: PLAN_INCLUDE });
  if (!plan) throw new ActionError("errors.notFound");
  const standing = await planStandingFor(actor, tx);
  if (!maySeePlan(plan.status, standing)) throw new ActionError("errors.notFound");
  return { plan, standing };
}

export type PlanForChange = Awaited<ReturnType<typeof planForChange>>;

/** Refuses the step unless the actor may take it in the plan's state and the form is current. */
export function requirePlanStep(context: PlanForChange, action: PlanAction, version: number): void {
  const refusal = planStepRefusal(action, context.plan.status, context.standing);
  if (refusal === "forbidden") throw new ActionError("errors.forbidden");
  if (refusal) refuse(refusal, undefined, { status: context.plan.status });
  if (context.plan.version !== version) refuse("stale");
}

/** Writes a change to the plan guarded by the version the form carried, and bumps it. */
export async function updatePlanGuarded(tx: TransactionClient, planId: string, version: number, data: Prisma.ActivityPlanUncheckedUpdateManyInput): Promise<void> {
  const { count } = await tx.activityPlan.updateMany({ where: { id: planId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) refuse("stale");
}

/** A change to the plan's activities moves the plan's version too (the plan is locked already). */
export async function bumpPlanVersion(tx: TransactionClient, planId: string): Promise<void> {
  await tx.activityPlan.update({ where: { id: planId }, data: { version: { increment: 1 } } });
}

/**
 * The activity an action changes, with its plan locked first and then the activity itself. The
 * plan's rules decide who may see it: not found for another partnership or a hidden draft.
 */
export async function activityForChange(tx: TransactionClient, actor: Actor, activityId: string) {
  const found = await tx.activity.findFirst({ where: { id: activityId, plan: { partnershipId: actor.partnershipId } }, select: { planId: true } });
  if (!found) throw new ActionError("errors.notFound");
  const context = await planForChange(tx, actor, found.planId);
  await tx.$queryRaw`SELECT "id" FROM "Activity" WHERE "id" = ${activityId} FOR UPDATE`;
  const activity = await tx.activity.findUniqueOrThrow({
    where: { id: activityId },
    include: { indicators: { select: { id: true, _count: { select: { outcomes: true } } } }, _count: { select: { followUps: true, results: true } }, carriedOverTo: { select: { id: true } } },
  });
  return { ...context, activity };
}
