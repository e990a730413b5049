/**
 * The order of the year (issue #4, item 3): the steering group adopts priority areas or an activity
 * plan only on material a held working-group meeting of the same cycle put forward. The decision
 * records that meeting (Decision.preparedByMeetingId), which later issues rely on. Pure.
 */

export const DECISION_SUBJECTS = ["GENERAL", "PRIORITY_AREAS", "ACTIVITY_PLAN", "FOLLOW_UP"] as const;
export type DecisionSubject = (typeof DECISION_SUBJECTS)[number];

export type GroupKind = "STEERING_GROUP" | "WORKING_GROUP";
export type MeetingStatus = "PLANNED" | "HELD" | "CANCELLED";

/** Subjects on which the steering group decides only what the working group prepared. */
export const PREPARED_SUBJECTS: readonly DecisionSubject[] = ["PRIORITY_AREAS", "ACTIVITY_PLAN"];

export function needsPreparation(groupKind: GroupKind, subject: DecisionSubject): boolean {
  return groupKind === "STEERING_GROUP" && PREPARED_SUBJECTS.includes(subject);
}

/** The decision being recorded: where it is made and what about. */
export type DecisionContext = {
  partnershipId: string;
  meetingId: string;
  groupKind: GroupKind;
  cycleYear: number;
  subject: DecisionSubject;
};

/** The meeting named as the one that prepared it, as loaded (null when no meeting has that id). */
export type PreparingMeeting = {
  id: string;
  partnershipId: string;
  groupKind: GroupKind;
  cycleYear: number;
  status: MeetingStatus;
  /** The subjects of the decisions in the meeting's latest minutes; null when it has no minutes. */
  latestMinutesSubjects: readonly DecisionSubject[] | null;
};

/** Catalogue keys under "minutes.refusals.preparation". */
export type PreparationRefusal =
  | "required"
  | "notExpected"
  | "notFound"
  | "notWorkingGroup"
  | "otherCycle"
  | "notHeld"
  | "subjectMissing";

/**
 * Why a decision may not be recorded with this preparing meeting (or without one), or null.
 *
 * - a steering-group decision on priority areas or the activity plan must name the preparing meeting;
 * - any other decision names none;
 * - the preparing meeting is a working-group meeting of the same partnership and the same cycle
 *   (calendar year in Stockholm), held, whose latest minutes contain a decision on the same subject.
 */
export function preparationRefusal(
  decision: DecisionContext,
  preparedByMeetingId: string | null,
  preparing: PreparingMeeting | null,
): PreparationRefusal | null {
  const needed = needsPreparation(decision.groupKind, decision.subject);
  if (!preparedByMeetingId) return needed ? "required" : null;
  if (!needed) return "notExpected";
  if (!preparing || preparing.id !== preparedByMeetingId || preparing.partnershipId !== decision.partnershipId) return "notFound";
  if (preparing.id === decision.meetingId || preparing.groupKind !== "WORKING_GROUP") return "notWorkingGroup";
  if (preparing.cycleYear !== decision.cycleYear) return "otherCycle";
  if (preparing.status !== "HELD") return "notHeld";
  if (!preparing.latestMinutesSubjects?.includes(decision.subject)) return "subjectMissing";
  return null;
}
