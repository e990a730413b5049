/**
 * The follow-up of an activity (issue #6, item 3) as pure rules: who may follow up an activity or
 * record its results, who may read it, when an activity takes a follow-up, and what makes a
 * follow-up consistent. The actions load the activity and the actor's standing, ask these rules,
 * and refuse with the returned key before anything is written.
 */

import { maySeePlan, type PlanStatus } from "@/features/activity-plans/lifecycle";

export type { PlanStatus };

export const ACTIVITY_STATUSES = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "DELAYED", "DONE", "CANCELLED"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** Who the actor is in relation to one activity. */
export type ActivityStanding = {
  isAdministrator: boolean;
  /** A current member (any role) of the partnership's working group. */
  isWorkingGroupMember: boolean;
  /** A current member (any role) of the partnership's steering group. */
  isSteeringGroupMember: boolean;
  /** The activity's responsible person at the municipality or at the university. */
  isResponsible: boolean;
};

/** The responsible people are the activity's two named persons; the actor is one of them by their person. */
export function isResponsibleFor(personId: string, activity: { municipalResponsibleId: string | null; universityResponsibleId: string | null }): boolean {
  return personId !== "" && (activity.municipalResponsibleId === personId || activity.universityResponsibleId === personId);
}

/**
 * May follow up the activity and record its results: the working group edits follow-ups,
 * responsible people follow up their own activities (issue #6, item 7), and administrators.
 * The steering group reads; it does not follow up.
 */
export function mayFollowUp(standing: ActivityStanding): boolean {
  return standing.isAdministrator || standing.isWorkingGroupMember || standing.isResponsible;
}

/**
 * May read the activity (its page, follow-ups, results): exactly who may see its plan, by the plan's
 * own rule (`maySeePlan`, which the activity's page asks) — everyone signed in reads adopted and
 * closed plans; drafts and proposed plans are the groups' and the administrators' material. Being
 * responsible for the activity does not open a draft.
 */
export function mayReadActivity(standing: Omit<ActivityStanding, "isResponsible">, planStatus: PlanStatus): boolean {
  return maySeePlan(planStatus, standing);
}

/** Why the actor may not act on the activity, as `errors.<key>`; null when they may. */
export type ActivityAccessRefusal = "notFound" | "forbidden";

/**
 * Whether the actor may act on the activity (`allowed`: follow it up, record a result). Who may not
 * read it is told it does not exist — what its page tells them — before anything else is asked, so
 * that no other answer (not allowed, the plan not adopted) gives away that it is there; a reader
 * who may not act is forbidden.
 */
export function activityAccessRefusal(
  standing: ActivityStanding,
  planStatus: PlanStatus,
  allowed: (standing: ActivityStanding) => boolean,
): ActivityAccessRefusal | null {
  if (!mayReadActivity(standing, planStatus)) return "notFound";
  return allowed(standing) ? null : "forbidden";
}

/** Why the activity takes no follow-up now, as `followUps.refusals.<key>`; null when it does. */
export type FollowUpTargetRefusal = "planNotAdopted" | "planClosed" | "removed";

/** Only an activity of the adopted plan of its year, still in that plan, is followed up. */
export function followUpTargetRefusal(activity: { removedAt: Date | null; plan: { status: PlanStatus } }): FollowUpTargetRefusal | null {
  if (activity.plan.status === "CLOSED") return "planClosed";
  if (activity.plan.status !== "ADOPTED") return "planNotAdopted";
  if (activity.removedAt !== null) return "removed";
  return null;
}

export const PROGRESS_MIN = 0;
export const PROGRESS_MAX = 100;
/** A reported outcome larger than this is a typing mistake, not an indicator value. */
export const OUTCOME_LIMIT = 1e12;

/** Statuses that say something is wrong or stopped: the narrative must say what and why. */
export const STATUSES_NEEDING_NARRATIVE: readonly ActivityStatus[] = ["AT_RISK", "DELAYED", "CANCELLED"];

/** "75", "75 %" or "75%" as a whole percentage; null when it is not one. */
export function parseProgress(text: string): number | null {
  const match = /^(\d{1,3})\s*%?$/.exec(text.trim());
  if (!match) return null;
  const value = Number(match[1]);
  return value >= PROGRESS_MIN && value <= PROGRESS_MAX ? value : null;
}

/**
 * An indicator's outcome as typed: blank is "not reported" (null); otherwise a number, with a
 * decimal comma as Swedes write it or a point, spaces as thousands separators allowed. Undefined
 * when it is not a number.
 */
export function parseOutcome(text: string): number | null | undefined {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (compact === "") return null;
  if (!/^[-−]?\d+$/.test(compact) && !/^[-−]?\d+[.,]\d+$/.test(compact)) return undefined;
  const value = Number(compact.replace("−", "-").replace(",", "."));
  return Number.isFinite(value) && Math.abs(value) <= OUTCOME_LIMIT ? value : undefined;
}

/** The form field that carries one indicator's outcome. */
export const outcomeField = (indicatorId: string) => `outcome-${indicatorId}`;

export type FollowUpDraft = {
  status: ActivityStatus;
  progress: string;
  narrative: string;
  /** The typed outcome per indicator id (every indicator of the activity; blank when not reported). */
  outcomes: Record<string, string>;
};

export type CheckedFollowUp = {
  status: ActivityStatus;
  progress: number;
  narrative: string;
  /** The reported outcomes only, per indicator id. */
  outcomes: Record<string, number>;
};

/**
 * What is inconsistent in a follow-up, per field (catalogue keys): the progress is a whole
 * percentage; done means 100 % and not started 0 %; a follow-up that reports a risk, a delay or a
 * cancellation explains it; each outcome is a number or blank. A field that is absent (it failed
 * the form's shape and has its own error) is not judged, nor is what depends on it: the form
 * reports these with the other fields' errors (issue #18, item 6).
 */
export function followUpErrors(draft: Partial<Omit<FollowUpDraft, "outcomes">> & Pick<FollowUpDraft, "outcomes">): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, key: string) => (errors[field] ??= []).push(`followUps.validation.${key}`);

  if (draft.progress !== undefined) {
    const progress = parseProgress(draft.progress);
    if (draft.progress.trim() === "") add("progress", "progressRequired");
    else if (progress === null) add("progress", "progressRange");
    else if (draft.status === "DONE" && progress !== PROGRESS_MAX) add("progress", "doneNeedsFull");
    else if (draft.status === "NOT_STARTED" && progress !== PROGRESS_MIN) add("progress", "notStartedNeedsZero");
  }

  if (draft.status !== undefined && draft.narrative !== undefined && STATUSES_NEEDING_NARRATIVE.includes(draft.status) && draft.narrative.trim() === "") {
    add("narrative", `narrativeRequired${statusSuffix(draft.status)}`);
  }

  for (const [indicatorId, text] of Object.entries(draft.outcomes)) {
    if (parseOutcome(text) === undefined) add(outcomeField(indicatorId), "outcomeNumber");
  }
  return errors;
}

/** A follow-up checked for consistency (followUpErrors): the errors per field, or the checked values. */
export function checkFollowUp(draft: FollowUpDraft): { errors: Record<string, string[]> } | { errors: null; value: CheckedFollowUp } {
  const errors = followUpErrors(draft);
  if (Object.keys(errors).length > 0) return { errors };
  const outcomes: Record<string, number> = {};
  for (const [indicatorId, text] of Object.entries(draft.outcomes)) {
    const value = parseOutcome(text);
    if (value !== null && value !== undefined) outcomes[indicatorId] = value;
  }
  return { errors: null, value: { status: draft.status, progress: parseProgress(draft.progress)!, narrative: draft.narrative.trim(), outcomes } };
}

function statusSuffix(status: ActivityStatus): string {
  return status === "AT_RISK" ? "AtRisk" : status === "DELAYED" ? "Delayed" : "Cancelled";
}
