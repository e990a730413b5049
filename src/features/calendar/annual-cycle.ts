import type { GroupKind } from "@/features/membership/composition";
import type { MeetingViewer } from "@/features/meetings/access";
import { takesRegularSlot, type MeetingStatus } from "@/features/meetings/cadence";
import { stockholmParts } from "@/features/meetings/meeting-time";
import { complianceRows, type ComplianceRow, type YearRelation } from "./compliance";
import { meetingIcsPath } from "./feed-token";

/**
 * The annual cycle (årshjul) of one Stockholm calendar year: its events in order, under twelve
 * month headings, and each group's compliance with its cadence that year. Pure, so the order and
 * the labels are tested without a database.
 *
 * Events are a union by `kind`. Meetings come from issue #4; the steering group's regular meeting
 * of the year is also the year's follow-up and plan adoption (`milestone`). Deadlines for proposals
 * arrive with issue #5: they are passed in as `proposalDeadlines` and take their place in the
 * order without any change here.
 */

export type CycleMeeting = {
  id: string;
  groupId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  cycleYear: number;
  status: MeetingStatus;
  isExtra: boolean;
};

export type CycleGroup = {
  id: string;
  kind: GroupKind;
  meetingsPerYear: number;
  meetings: readonly CycleMeeting[];
};

/** A call for proposals' last day (issue #5), as a Stockholm date. */
export type ProposalDeadlineInput = { id: string; date: string; title: string; href: string | null };

export type Milestone = "followUpAndPlan";

type EventBase = {
  /** Unique within the cycle, for React keys. */
  key: string;
  /** Stockholm date, YYYY-MM-DD. */
  date: string;
  /** Stockholm time, HH:mm, or null for whole-day events. */
  time: string | null;
  /** 1–12. */
  month: number;
};

export type MeetingEvent = EventBase & {
  kind: "meeting";
  meetingId: string;
  groupKind: GroupKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  status: MeetingStatus;
  isExtra: boolean;
  milestone: Milestone | null;
  href: string;
  icsHref: string;
};

export type ProposalDeadlineEvent = EventBase & {
  kind: "proposalDeadline";
  title: string;
  href: string | null;
};

export type AnnualCycleEvent = MeetingEvent | ProposalDeadlineEvent;

export type AnnualCycleMonth = { month: number; events: AnnualCycleEvent[] };

export type AnnualCycle = {
  year: number;
  relation: YearRelation | null;
  previousYear: number;
  nextYear: number;
  months: AnnualCycleMonth[];
  compliance: ComplianceRow[];
  meetingsHref: string;
};

const YEAR_PATTERN = /^\d{4}$/;
export const MIN_CYCLE_YEAR = 2000;
export const MAX_CYCLE_YEAR = 2200;

/** The year asked for in `?year=`, or the current one when it is missing or not a plausible year. */
export function cycleYearFrom(value: string | string[] | undefined, currentYear: number): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !YEAR_PATTERN.test(text)) return currentYear;
  const year = Number(text);
  return year >= MIN_CYCLE_YEAR && year <= MAX_CYCLE_YEAR ? year : currentYear;
}

/**
 * The steering group's follow-up and adoption of the plan: its regular meeting of the year (the
 * first, should there ever be more). Extra and cancelled meetings are not it.
 */
export function followUpMeetingId(groups: readonly CycleGroup[], year: number): string | null {
  const steering = groups.find((group) => group.kind === "STEERING_GROUP");
  const regular = (steering?.meetings ?? [])
    .filter((meeting) => meeting.cycleYear === year && takesRegularSlot(meeting))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return regular[0]?.id ?? null;
}

function relationOf(year: number, currentYear: number): YearRelation | null {
  if (year === currentYear - 1) return "previous";
  if (year === currentYear) return "current";
  if (year === currentYear + 1) return "next";
  return null;
}

/** Sort key: date, then timed events by time, whole-day events (deadlines) at the end of their day. */
function compareEvents(a: AnnualCycleEvent, b: AnnualCycleEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const timeA = a.time ?? "24:00";
  const timeB = b.time ?? "24:00";
  if (timeA !== timeB) return timeA < timeB ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export function buildAnnualCycle(input: {
  year: number;
  currentYear: number;
  now: Date;
  groups: readonly CycleGroup[];
  viewer: MeetingViewer | null;
  proposalDeadlines?: readonly ProposalDeadlineInput[];
}): AnnualCycle {
  const followUpId = followUpMeetingId(input.groups, input.year);
  const events: AnnualCycleEvent[] = [];

  for (const group of input.groups) {
    for (const meeting of group.meetings) {
      if (meeting.cycleYear !== input.year) continue;
      const parts = stockholmParts(meeting.startsAt);
      events.push({
        kind: "meeting",
        key: `meeting-${meeting.id}`,
        date: parts.date,
        time: parts.time,
        month: Number(parts.date.slice(5, 7)),
        meetingId: meeting.id,
        groupKind: group.kind,
        title: meeting.title,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        status: meeting.status,
        isExtra: meeting.isExtra,
        milestone: meeting.id === followUpId ? "followUpAndPlan" : null,
        href: `/meetings/${encodeURIComponent(meeting.id)}`,
        icsHref: meetingIcsPath(meeting.id),
      });
    }
  }

  for (const deadline of input.proposalDeadlines ?? []) {
    if (!deadline.date.startsWith(`${input.year}-`)) continue;
    events.push({
      kind: "proposalDeadline",
      key: `proposal-deadline-${deadline.id}`,
      date: deadline.date,
      time: null,
      month: Number(deadline.date.slice(5, 7)),
      title: deadline.title,
      href: deadline.href,
    });
  }

  events.sort(compareEvents);
  const months: AnnualCycleMonth[] = Array.from({ length: 12 }, (_, index) => ({
    month: index + 1,
    events: events.filter((event) => event.month === index + 1),
  }));

  return {
    year: input.year,
    relation: relationOf(input.year, input.currentYear),
    previousYear: input.year - 1,
    nextYear: input.year + 1,
    months,
    compliance: complianceRows({
      year: input.year,
      currentYear: input.currentYear,
      now: input.now,
      groups: input.groups,
      viewer: input.viewer,
    }),
    meetingsHref: `/meetings?year=${input.year}`,
  };
}
