/**
 * The decisions an activity plan's lifecycle relies on (issue #6, item 1), as pure rules:
 *
 * - proposed by the working group's decision on the activity plan, in the minutes of a HELD
 *   working-group meeting of the plan's year or the year before (the plan for 2027 is usually put
 *   forward in the autumn of 2026);
 * - adopted by the steering group's decision on the activity plan at a HELD meeting of the same
 *   years, prepared by (Decision.preparedByMeetingId) the meeting whose decision proposed the plan;
 * - closed after the follow-up by the steering group's decision on the follow-up at a HELD meeting
 *   of the plan's year or the next.
 *
 * - all in time order (issue #19): proposed at a meeting held on or after the plan was made, adopted
 *   at one on or after the proposing meeting, closed at one on or after the adopting meeting.
 *
 * The minutes may still be a draft (decisions are recorded as the meeting goes); minutes replaced
 * by an approved correction no longer count. A decision speaks for one plan: one already used by
 * another plan for the same step is refused.
 */

import { heldInTimeOrder } from "@/features/minutes/time-order";

export type PlanDecisionFacts = {
  id: string;
  subject: "GENERAL" | "PRIORITY_AREAS" | "ACTIVITY_PLAN" | "FOLLOW_UP";
  meeting: { id: string; status: "PLANNED" | "HELD" | "CANCELLED"; cycleYear: number; groupKind: "STEERING_GROUP" | "WORKING_GROUP"; partnershipId: string; startsAt: Date };
  minutes: { status: "DRAFT" | "IN_ADJUSTMENT" | "APPROVED"; inForce: boolean };
  preparedByMeeting: { id: string } | null;
};

/** Catalogue keys under "activityPlans.refusals". */
export type PlanDecisionRefusal =
  | "decisionNotFound"
  | "decisionReplaced"
  | "notWorkingGroupDecision"
  | "notSteeringGroupDecision"
  | "notActivityPlanDecision"
  | "notFollowUpDecision"
  | "meetingNotHeld"
  | "otherCycle"
  | "notPreparedByProposingMeeting"
  | "decisionUsedByOtherPlan"
  | "beforePlanCreated"
  | "beforeProposed"
  | "beforeAdopted";

type Requirement = {
  groupKind: "STEERING_GROUP" | "WORKING_GROUP";
  subject: "ACTIVITY_PLAN" | "FOLLOW_UP";
  cycleYears: readonly number[];
};

/** The cycle years whose meetings may propose or adopt the plan of `planYear`. */
export function planningCycles(planYear: number): number[] {
  return [planYear - 1, planYear];
}

/** The cycle years whose steering-group meeting may close the plan of `planYear` after its follow-up. */
export function closingCycles(planYear: number): number[] {
  return [planYear, planYear + 1];
}

function check(decision: PlanDecisionFacts | null, partnershipId: string, requirement: Requirement): PlanDecisionRefusal | null {
  if (!decision || decision.meeting.partnershipId !== partnershipId) return "decisionNotFound";
  if (decision.meeting.groupKind !== requirement.groupKind) return requirement.groupKind === "WORKING_GROUP" ? "notWorkingGroupDecision" : "notSteeringGroupDecision";
  if (decision.subject !== requirement.subject) return requirement.subject === "ACTIVITY_PLAN" ? "notActivityPlanDecision" : "notFollowUpDecision";
  if (decision.meeting.status !== "HELD") return "meetingNotHeld";
  if (!requirement.cycleYears.includes(decision.meeting.cycleYear)) return "otherCycle";
  if (decision.minutes.status === "APPROVED" && !decision.minutes.inForce) return "decisionReplaced";
  return null;
}

type Context = {
  partnershipId: string;
  planYear: number;
  /** The year of another plan this decision already took the same step for, if any. */
  usedByOtherPlanYear?: number | null;
  /** When what the step acts on came to be: the plan's creation, the proposing or the adopting meeting. */
  existedFrom: Date | null;
};

function inTimeOrder(decision: PlanDecisionFacts, context: Context, refusal: "beforePlanCreated" | "beforeProposed" | "beforeAdopted"): PlanDecisionRefusal | null {
  return heldInTimeOrder(decision.meeting.startsAt, context.existedFrom) ? null : refusal;
}

function unused(context: Context): PlanDecisionRefusal | null {
  return context.usedByOtherPlanYear != null ? "decisionUsedByOtherPlan" : null;
}

/** Why this decision cannot be the working group's proposal of the plan, or null. */
export function proposeRefusal(decision: PlanDecisionFacts | null, context: Context): PlanDecisionRefusal | null {
  return (
    check(decision, context.partnershipId, { groupKind: "WORKING_GROUP", subject: "ACTIVITY_PLAN", cycleYears: planningCycles(context.planYear) }) ??
    inTimeOrder(decision!, context, "beforePlanCreated") ??
    unused(context)
  );
}

/** Why this decision cannot be the steering group's adoption of the plan proposed at `proposingMeetingId`, or null. */
export function adoptRefusal(decision: PlanDecisionFacts | null, context: Context & { proposingMeetingId: string | null }): PlanDecisionRefusal | null {
  const refusal = check(decision, context.partnershipId, { groupKind: "STEERING_GROUP", subject: "ACTIVITY_PLAN", cycleYears: planningCycles(context.planYear) });
  if (refusal) return refusal;
  if (!context.proposingMeetingId || decision!.preparedByMeeting?.id !== context.proposingMeetingId) return "notPreparedByProposingMeeting";
  return inTimeOrder(decision!, context, "beforeProposed") ?? unused(context);
}

/** Why this decision cannot be the steering group's follow-up decision that closes the plan, or null. */
export function closeRefusal(decision: PlanDecisionFacts | null, context: Context): PlanDecisionRefusal | null {
  return (
    check(decision, context.partnershipId, { groupKind: "STEERING_GROUP", subject: "FOLLOW_UP", cycleYears: closingCycles(context.planYear) }) ??
    inTimeOrder(decision!, context, "beforeAdopted") ??
    unused(context)
  );
}
