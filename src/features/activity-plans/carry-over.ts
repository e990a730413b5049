import type { PlanStatus } from "./lifecycle";

/**
 * Carrying an unfinished activity over to next year's plan (issue #6, item 2), as pure rules. The
 * activity of plan Y continues as a new activity of plan Y+1 that names it (carriedOverFromId), so
 * its follow-ups and results stay where they were and the chain leads back to them.
 */

export const FINISHED_STATUSES = ["DONE", "CANCELLED"] as const;

/** Catalogue keys under "activityPlans.refusals". */
export type CarryOverRefusal =
  | "activityRemoved"
  | "activityFinished"
  | "alreadyCarriedOver"
  | "sourceNotAdopted"
  | "noNextPlan"
  | "planProposed"
  | "planClosed"
  | "reasonRequired";

export type CarryOverFacts = {
  activity: { status: string; removedAt: Date | null; carriedOverToId: string | null };
  /** The status of the plan the activity is in. */
  sourcePlanStatus: PlanStatus;
  /** Next year's plan, if it exists. */
  target: { status: PlanStatus } | null;
  reason: string;
};

/** An activity that is still under way: neither done nor cancelled, nor taken out of its plan. */
export function isUnfinished(activity: { status: string; removedAt: Date | null }): boolean {
  return activity.removedAt === null && !(FINISHED_STATUSES as readonly string[]).includes(activity.status);
}

/**
 * Why the activity cannot be carried over, or null. Only activities of an adopted (or closed) plan
 * are carried over, once each; next year's plan must be a draft, or adopted (the carry-over is then
 * a revision and needs a reason).
 */
export function carryOverRefusal(facts: CarryOverFacts): CarryOverRefusal | null {
  if (facts.activity.removedAt !== null) return "activityRemoved";
  if (!isUnfinished(facts.activity)) return "activityFinished";
  if (facts.activity.carriedOverToId !== null) return "alreadyCarriedOver";
  if (facts.sourcePlanStatus !== "ADOPTED" && facts.sourcePlanStatus !== "CLOSED") return "sourceNotAdopted";
  if (!facts.target) return "noNextPlan";
  if (facts.target.status === "PROPOSED") return "planProposed";
  if (facts.target.status === "CLOSED") return "planClosed";
  if (facts.target.status === "ADOPTED" && facts.reason.trim() === "") return "reasonRequired";
  return null;
}

const day = (text: string) => new Date(`${text}T00:00:00Z`);

/**
 * The period of the continuing activity in `targetYear`: it starts when the original did, or on
 * 1 January if that was earlier; it ends when the original was to end if that is still ahead,
 * otherwise on 31 December. Days are UTC midnights, as the database stores them.
 */
export function carriedPeriod(original: { startsOn: Date; endsOn: Date }, targetYear: number): { startsOn: Date; endsOn: Date } {
  const first = day(`${targetYear}-01-01`);
  const last = day(`${targetYear}-12-31`);
  const startsOn = original.startsOn.getTime() > first.getTime() ? original.startsOn : first;
  const endsOn = original.endsOn.getTime() >= startsOn.getTime() ? original.endsOn : last;
  return { startsOn, endsOn };
}
