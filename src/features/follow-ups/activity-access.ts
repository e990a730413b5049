import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { proposalViewerFor } from "@/features/proposals/proposal-context";
import { ActionError } from "@/server/actions/action-error";
import type { TransactionClient } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { activityAccessRefusal, isResponsibleFor, type ActivityStanding } from "./rules";

type Reader = Pick<Prisma.TransactionClient, "membership" | "group">;

/** The actor's standing towards one activity: their group standing today, and whether they are responsible for it. */
export async function activityStandingFor(
  actor: Actor,
  activity: { municipalResponsibleId: string | null; universityResponsibleId: string | null },
  reader: Reader,
): Promise<ActivityStanding> {
  const viewer = await proposalViewerFor(actor, reader);
  return {
    isAdministrator: viewer.isAdministrator,
    isWorkingGroupMember: viewer.isWorkingGroupMember,
    isSteeringGroupMember: viewer.isSteeringGroupMember,
    isResponsible: isResponsibleFor(actor.personId, activity),
  };
}

export const ACTIVITY_FOR_CHANGE_INCLUDE = {
  plan: { select: { id: true, year: true, status: true } },
  indicators: { orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] },
} as const satisfies Prisma.ActivityInclude;

/**
 * The activity an action changes or records against, locked until the transaction ends so that two
 * follow-ups (or a follow-up and a result) of one activity happen one after another; with the
 * actor's standing. Another partnership's activity, or one whose plan the actor may not see (a
 * draft's or a proposed plan's, outside the groups — even for its responsible people), does not
 * exist, as its page says; this is answered before any other refusal. Refuses unless `allowed` lets
 * the actor act on it.
 */
export async function activityForChange(tx: TransactionClient, actor: Actor, activityId: string, allowed: (standing: ActivityStanding) => boolean) {
  await tx.$queryRaw`SELECT "id" FROM "Activity" WHERE "id" = ${activityId} FOR UPDATE`;
  const activity = await tx.activity.findFirst({ where: { id: activityId, plan: { partnershipId: actor.partnershipId } }, include: ACTIVITY_FOR_CHANGE_INCLUDE });
  if (!activity) throw new ActionError("errors.notFound");
  const standing = await activityStandingFor(actor, activity, tx);
  const refusal = activityAccessRefusal(standing, activity.plan.status, allowed);
  if (refusal) throw new ActionError(refusal === "notFound" ? "errors.notFound" : "errors.forbidden");
  return { activity, standing };
}

export type ActivityForChange = Awaited<ReturnType<typeof activityForChange>>;
