import type { MinutesStatus } from "./justering";

/**
 * One state for a decision wherever it is shown (issue #19, item 3): the proposal it decided, the
 * priority-area register and the area's page, the activity plan, the yearly report, open data.
 *
 * - awaitingJustering: taken at the meeting and recorded in minutes not yet justerade (a draft or
 *   in justering). It is decided, and shown with its meeting and date, but does not yet count as
 *   adopted and is not public.
 * - inForce: its minutes are justerade and not replaced by an approved correction. Adopted; public.
 * - replaced: its minutes were replaced by an approved correction; the correction's § speaks now.
 */
export type DecisionState = "awaitingJustering" | "inForce" | "replaced";

export type MinutesOfDecision = { status: MinutesStatus; correctedBy?: { status: MinutesStatus } | null };

export function decisionState(minutes: MinutesOfDecision): DecisionState {
  if (minutes.status !== "APPROVED") return "awaitingJustering";
  return minutes.correctedBy?.status === "APPROVED" ? "replaced" : "inForce";
}

/** Adopted, counted and public only once its minutes are justerade (and not replaced). */
export function countsAsAdopted(minutes: MinutesOfDecision): boolean {
  return decisionState(minutes) === "inForce";
}
