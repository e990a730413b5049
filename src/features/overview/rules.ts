import type { Role } from "@/lib/roles";

/**
 * The start page's rules (issue #14, item 2), pure: which parts a person sees, when an activity's
 * follow-up is due, how many days a call has left, what a proposal's author waits for, and what the
 * working group must prepare before the steering group meets.
 */

/** The parts of "Min översikt", in the order they are shown. */
export const OVERVIEW_PARTS = ["steering", "working", "contributor", "administrator", "reader"] as const;
export type OverviewPart = (typeof OVERVIEW_PARTS)[number];

const PART_OF_ROLE: Record<Role, OverviewPart> = {
  STEERING_GROUP_MEMBER: "steering",
  WORKING_GROUP_MEMBER: "working",
  CONTRIBUTOR: "contributor",
  ADMINISTRATOR: "administrator",
  READER: "reader",
};

/** Every part that applies to the roles, in the page's order; a person with several roles sees each. */
export function overviewParts(roles: readonly Role[]): OverviewPart[] {
  const held = new Set(roles.map((role) => PART_OF_ROLE[role]));
  return OVERVIEW_PARTS.filter((part) => held.has(part));
}

const DAY_MS = 86_400_000;

/**
 * Activities are followed up before each of the working group's two meetings a year, so a follow-up
 * older than half a year is due again.
 */
export const FOLLOW_UP_INTERVAL_DAYS = 183;

export type FollowUpState = "overdue" | "due" | null;

export type FollowUpCandidate = {
  status: "NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "DELAYED" | "DONE" | "CANCELLED";
  startsOn: Date;
  endsOn: Date;
  followedUpAt: Date | null;
};

/**
 * Whether a running activity waits for its follow-up: overdue once it has ended without being
 * reported done or cancelled; due once it has started and was never followed up, or not within
 * the interval. Days are whole days (UTC midnight), `today` the Stockholm day.
 */
export function followUpState(activity: FollowUpCandidate, today: Date): FollowUpState {
  if (activity.status === "DONE" || activity.status === "CANCELLED") return null;
  if (activity.startsOn > today) return null;
  if (activity.endsOn < today) return "overdue";
  if (!activity.followedUpAt) return "due";
  return today.getTime() - activity.followedUpAt.getTime() > FOLLOW_UP_INTERVAL_DAYS * DAY_MS ? "due" : null;
}

/** Whole days from the Stockholm day `today` to the deadline day (YYYY-MM-DD): 0 on the day itself. */
export function daysLeft(today: Date, deadlineDay: string): number {
  return Math.round((new Date(`${deadlineDay}T00:00:00Z`).getTime() - today.getTime()) / DAY_MS);
}

export type ProposalStatus = "DRAFT" | "SUBMITTED" | "UNDER_REVIEW" | "PUT_FORWARD" | "ACCEPTED" | "REJECTED" | "WITHDRAWN";

/** What happens next to the author's own proposal, as a key under "overview.nextStep". */
export type NextStep = "submit" | "callClosed" | "awaitReview" | "inReview" | "awaitDecision" | "accepted" | "rejected" | "withdrawn";

export function nextStepOf(status: ProposalStatus, callOpen: boolean): NextStep {
  switch (status) {
    case "DRAFT":
      return callOpen ? "submit" : "callClosed";
    case "SUBMITTED":
      return "awaitReview";
    case "UNDER_REVIEW":
      return "inReview";
    case "PUT_FORWARD":
      return "awaitDecision";
    case "ACCEPTED":
      return "accepted";
    case "REJECTED":
      return "rejected";
    case "WITHDRAWN":
      return "withdrawn";
  }
}

/** The author still has something to do, or waits for someone: shown before the settled ones. */
export function isOpenProposal(status: ProposalStatus): boolean {
  return status !== "ACCEPTED" && status !== "REJECTED" && status !== "WITHDRAWN";
}

export type PlanStatus = "DRAFT" | "PROPOSED" | "ADOPTED" | "CLOSED";

export type PreparationInput = {
  /** The next planned steering-group meeting, or null when none is scheduled. */
  steeringMeeting: { id: string; cycleYear: number; documentCount: number } | null;
  /** Submitted proposals not yet put forward or decided (submitted or under review). */
  proposalsToReview: number;
  /** The status of the plan for the year after the meeting's cycle, or null when there is none. */
  nextPlanStatus: PlanStatus | null;
};

/** One thing the working group must prepare, as a key under "overview.working.prepare" with its values. */
export type PreparationItem =
  | { key: "scheduleSteering" }
  | { key: "proposals"; count: number }
  | { key: "plan"; year: number }
  | { key: "underlag"; meetingId: string };

/**
 * The steering group decides priority areas and the activity plan only on material a held
 * working-group meeting put forward, so before it meets the working group must have reviewed the
 * proposals, proposed next year's plan and given the meeting its underlag.
 */
export function preparationItems(input: PreparationInput): PreparationItem[] {
  const meeting = input.steeringMeeting;
  if (!meeting) return [{ key: "scheduleSteering" }];
  const items: PreparationItem[] = [];
  if (input.proposalsToReview > 0) items.push({ key: "proposals", count: input.proposalsToReview });
  if (input.nextPlanStatus === null || input.nextPlanStatus === "DRAFT") items.push({ key: "plan", year: meeting.cycleYear + 1 });
  if (meeting.documentCount === 0) items.push({ key: "underlag", meetingId: meeting.id });
  return items;
}
