/**
 * The meetings and decisions a proposal's way relies on (issue #5, item 3), as pure rules:
 *
 * - it is put forward by a decision on priority areas in the minutes of a HELD working-group
 *   meeting of the call's cycle;
 * - it is decided by a decision on priority areas in the minutes of a HELD steering-group meeting
 *   of the same cycle, prepared by (Decision.preparedByMeetingId) that working-group meeting;
 * - in time order (issue #19) (issue #19): the working group's meeting is held on or after the proposal was
 *   submitted, the steering group's on or after the working group's (see minutes/time-order).
 *
 * The minutes may still be a draft (decisions are recorded as the meeting goes); minutes replaced
 * by an approved correction no longer count.
 */

import { heldInTimeOrder } from "@/features/minutes/time-order";

export type GroupKind = "STEERING_GROUP" | "WORKING_GROUP";

/** The part of a decision (as `findDecision` loads it) these rules read. */
export type DecisionFacts = {
  id: string;
  subject: "GENERAL" | "PRIORITY_AREAS" | "ACTIVITY_PLAN" | "FOLLOW_UP";
  meeting: { id: string; status: "PLANNED" | "HELD" | "CANCELLED"; cycleYear: number; groupKind: GroupKind; partnershipId: string; startsAt: Date };
  minutes: { status: "DRAFT" | "IN_ADJUSTMENT" | "APPROVED"; inForce: boolean };
  preparedByMeeting: { id: string } | null;
};

/** Catalogue keys under "proposals.refusals". */
export type DecisionRefusal =
  | "decisionNotFound"
  | "decisionReplaced"
  | "notWorkingGroupDecision"
  | "notSteeringGroupDecision"
  | "notPriorityAreasDecision"
  | "meetingNotHeld"
  | "otherCycle"
  | "notPreparedByPutForwardMeeting"
  | "beforeSubmission"
  | "beforePutForward";

function common(decision: DecisionFacts | null, partnershipId: string, groupKind: GroupKind, cycleYear: number): DecisionRefusal | null {
  if (!decision || decision.meeting.partnershipId !== partnershipId) return "decisionNotFound";
  if (decision.meeting.groupKind !== groupKind) return groupKind === "WORKING_GROUP" ? "notWorkingGroupDecision" : "notSteeringGroupDecision";
  if (decision.subject !== "PRIORITY_AREAS") return "notPriorityAreasDecision";
  if (decision.meeting.status !== "HELD") return "meetingNotHeld";
  if (decision.meeting.cycleYear !== cycleYear) return "otherCycle";
  if (decision.minutes.status === "APPROVED" && !decision.minutes.inForce) return "decisionReplaced";
  return null;
}

/** Why this decision cannot be the one that puts a proposal of this cycle forward, or null. */
export function putForwardRefusal(
  decision: DecisionFacts | null,
  context: { partnershipId: string; cycleYear: number; submittedAt: Date | null },
): DecisionRefusal | null {
  const refusal = common(decision, context.partnershipId, "WORKING_GROUP", context.cycleYear);
  if (refusal) return refusal;
  if (!heldInTimeOrder(decision!.meeting.startsAt, context.submittedAt)) return "beforeSubmission";
  return null;
}

/** Why this decision cannot be the steering group's decision on a proposal put forward at that meeting, or null. */
export function decidingRefusal(
  decision: DecisionFacts | null,
  context: { partnershipId: string; cycleYear: number; putForwardMeetingId: string | null; putForwardAt: Date | null },
): DecisionRefusal | null {
  const refusal = common(decision, context.partnershipId, "STEERING_GROUP", context.cycleYear);
  if (refusal) return refusal;
  if (!heldInTimeOrder(decision!.meeting.startsAt, context.putForwardAt)) return "beforePutForward";
  if (!context.putForwardMeetingId || decision!.preparedByMeeting?.id !== context.putForwardMeetingId) return "notPreparedByPutForwardMeeting";
  return null;
}

/**
 * A later steering-group decision on an existing priority area (continuing it into another year,
 * or closing it): a decision on priority areas at a held steering-group meeting after the meeting
 * that first decided it.
 */
export function laterDecisionRefusal(
  decision: DecisionFacts | null,
  context: { partnershipId: string; after: Date },
): DecisionRefusal | "notLater" | null {
  if (!decision || decision.meeting.partnershipId !== context.partnershipId) return "decisionNotFound";
  const refusal = common(decision, context.partnershipId, "STEERING_GROUP", decision.meeting.cycleYear);
  if (refusal) return refusal;
  if (decision.meeting.startsAt.getTime() <= context.after.getTime()) return "notLater";
  return null;
}

/** The years an accepted area may be prioritised for: from the cycle's year to five years on. */
export function prioritisedYearsRefusal(years: readonly number[], cycleYear: number): "yearsMissing" | "yearsOutOfRange" | null {
  if (years.length === 0) return "yearsMissing";
  if (years.some((year) => year < cycleYear || year > cycleYear + 5)) return "yearsOutOfRange";
  return null;
}

/** The years a decision form offers, the cycle's next year first chosen. */
export function offeredYears(cycleYear: number): { years: number[]; preselected: number } {
  return { years: [cycleYear, cycleYear + 1, cycleYear + 2, cycleYear + 3], preselected: cycleYear + 1 };
}
