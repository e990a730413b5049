import type { DecisionState } from "@/features/minutes/decision-state";
import type { ComplianceGroup } from "@/features/calendar/compliance";
import type { GroupKind, GroupRole, PartyType } from "@/features/membership/composition";

/**
 * What the yearly follow-up report is built from: plain rows, as the loader (queries.ts) reads
 * them for one partnership, the report's year and the year before. The aggregation
 * (aggregate.ts) is pure over these, so every figure is unit-tested without a database.
 */

export const ACTIVITY_STATUSES = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "DELAYED", "DONE", "CANCELLED"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const DIMENSIONS = ["SOCIAL", "ECOLOGICAL", "ECONOMIC", "CULTURAL"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const FOCUS_AREAS = ["EDUCATION_AND_COMPETENCE", "RESEARCH_AND_DEVELOPMENT"] as const;
export type FocusArea = (typeof FOCUS_AREAS)[number];

export const RESULT_KINDS = ["PUBLICATION", "REPORT", "DEGREE_PROJECT", "COURSE", "PLACEMENT", "EVENT", "OTHER"] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

export type DecisionSubject = "GENERAL" | "PRIORITY_AREAS" | "ACTIVITY_PLAN" | "FOLLOW_UP";
export type ProposalStatus = "DRAFT" | "SUBMITTED" | "UNDER_REVIEW" | "PUT_FORWARD" | "ACCEPTED" | "REJECTED" | "WITHDRAWN";

/** Only adopted and closed plans reach the report: drafts and proposed plans are not read at all. */
export type ReportPlanStatus = "ADOPTED" | "CLOSED";

export type IndicatorInput = {
  id: string;
  name: string;
  unit: string;
  targetValue: number | null;
  /** The latest reported outcome, or null when none has been reported. */
  outcomeValue: number | null;
};

export type ActivityInput = {
  id: string;
  title: string;
  priorityAreaId: string | null;
  focusArea: FocusArea;
  dimensions: readonly Dimension[];
  status: ActivityStatus;
  progress: number;
  startsOn: Date;
  endsOn: Date;
  /** Taken out of the adopted plan by a revision: kept, but no longer planned. */
  removedAt: Date | null;
  /** Continues an unfinished activity of an earlier plan. */
  carriedOverFromId: string | null;
  /** Continued in a later plan (the activity was unfinished when the year ended). */
  carriedOverToId: string | null;
  responsible: readonly string[];
  indicators: readonly IndicatorInput[];
};

export type PlanInput = {
  id: string;
  year: number;
  status: ReportPlanStatus;
  adoptedAt: Date | null;
  closedAt: Date | null;
  adoptedBy: DecisionRefInput | null;
  activities: readonly ActivityInput[];
};

/** The decision that adopted a plan, with its state as every page says it (minutes/decision-state). */
export type DecisionRefInput = { number: number; title: string; meeting: { id: string; title: string; startsAt: Date }; state: DecisionState };

export type PriorityAreaInput = {
  id: string;
  title: string;
  focusArea: FocusArea;
  /** The years (of those loaded) the area is prioritised for. */
  years: readonly number[];
};

/** mayPublish: cleared for the public results register and open data. */
export type ResultInput = { id: string; kind: ResultKind; title: string; date: Date; activityId: string; activityTitle: string; mayPublish: boolean };

export type MembershipInput = {
  id: string;
  groupId: string;
  personId: string;
  personName: string;
  partyType: PartyType;
  role: GroupRole;
  seatId: string | null;
  seatTitle: string | null;
  startDate: Date;
  endDate: Date | null;
};

export type SeatInput = { id: string; groupId: string; title: string; partyName: string };

export type MembershipGroupInput = { id: string; kind: GroupKind };

export type ProposalInput = { cycleYear: number; status: ProposalStatus };

export type DecisionInput = {
  id: string;
  number: number;
  title: string;
  subject: DecisionSubject;
  meeting: { id: string; title: string; startsAt: Date; cycleYear: number; groupId: string };
};

/** Everything the loader reads for the report's year and the year before, in one shape. */
export type ReportInput = {
  year: number;
  partnership: { name: string; nameEn: string | null };
  /** Now, and the Stockholm calendar year and day of now (membership "today", cadence deadlines). */
  now: Date;
  currentYear: number;
  today: Date;
  /** Adopted or closed plans of the two years (at most one per year). */
  plans: readonly PlanInput[];
  priorityAreas: readonly PriorityAreaInput[];
  results: readonly ResultInput[];
  /** The groups with their meetings of the two years, as cadence compliance reads them. */
  cadenceGroups: readonly ComplianceGroup[];
  membershipGroups: readonly MembershipGroupInput[];
  seats: readonly SeatInput[];
  /** Memberships that started or ended in either year, or are active today. */
  memberships: readonly MembershipInput[];
  /** Submitted proposals of the calls of the two cycle years. */
  proposals: readonly ProposalInput[];
  /** Decisions in force of the meetings of the two cycle years. */
  decisions: readonly DecisionInput[];
};
