import { mayFollowUp, type ActivityStanding, type PlanStatus } from "@/features/follow-ups/rules";

/**
 * The results register's rules (issue #6, item 4), as pure functions: who records and edits a
 * result, which activities a result may come from, and the register's filter as the URL gives it.
 */

export const RESULT_KINDS = ["PUBLICATION", "REPORT", "DEGREE_PROJECT", "COURSE", "PLACEMENT", "EVENT", "OTHER"] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/**
 * Records and edits a result of an activity: the same people who follow it up — its responsible
 * people, the working group's current members and administrators.
 */
export function mayRecordResult(standing: ActivityStanding): boolean {
  return mayFollowUp(standing);
}

/** Why a result may not (any longer) be recorded for the activity, as `results.refusals.<key>`. */
export type ResultActivityRefusal = "planNotAdopted" | "removed";

/**
 * A result comes from an activity of an adopted or closed plan (results often come after the year
 * is over) that is still in its plan. A result already recorded for an activity that was later
 * taken out of the plan keeps it: `keeping` says the activity is the result's own.
 */
export function resultActivityRefusal(activity: { removedAt: Date | null; plan: { status: PlanStatus } }, keeping = false): ResultActivityRefusal | null {
  if (activity.plan.status !== "ADOPTED" && activity.plan.status !== "CLOSED") return "planNotAdopted";
  if (activity.removedAt !== null && !keeping) return "removed";
  return null;
}

export type ResultFilter = { year: number | null; kind: ResultKind | null };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The register's filter from the query string; anything unknown is no filter. */
export function parseResultFilter(params: { year?: string | string[]; kind?: string | string[] }): ResultFilter {
  const year = first(params.year)?.trim() ?? "";
  const kind = first(params.kind)?.trim() ?? "";
  return {
    year: /^\d{4}$/.test(year) && Number(year) >= 1900 && Number(year) <= 2200 ? Number(year) : null,
    kind: (RESULT_KINDS as readonly string[]).includes(kind) ? (kind as ResultKind) : null,
  };
}
