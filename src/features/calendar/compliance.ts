import type { GroupKind } from "@/features/membership/composition";
import { GROUP_SLUGS } from "@/features/membership/group-slug";
import { cadenceCompliance, type CadenceCompliance, type CadenceMeeting } from "@/features/meetings/cadence";
import { isGroupMember, mayManageMeetings, type MeetingViewer } from "@/features/meetings/access";

/**
 * The view model of cadence compliance (issue #4, item 4): per year and group, how many regular
 * meetings the agreement requires, how many are scheduled and held, and what is missing by when.
 * Pure: the home page and the årshjul build it from the rows one query loaded.
 */

export type ComplianceGroup = {
  id: string;
  kind: GroupKind;
  meetingsPerYear: number;
  /** The group's meetings of (at least) the years shown. */
  meetings: readonly CadenceMeeting[];
};

export type YearRelation = "previous" | "current" | "next";

/** What is still missing, in the words the table uses. */
export type ComplianceMissing =
  | { kind: "none" }
  /** Regular meetings not yet scheduled; they must be scheduled and held by the deadline. */
  | { kind: "schedule"; count: number; deadline: string }
  /** Scheduled but not yet held; they must be held by the deadline. */
  | { kind: "hold"; count: number; deadline: string }
  /** The year is over: this many required meetings were never held. */
  | { kind: "notHeld"; count: number };

export type ComplianceRow = {
  groupId: string;
  groupKind: GroupKind;
  groupSlug: string;
  compliance: CadenceCompliance;
  missing: ComplianceMissing;
  /** Scheduling link for those who may schedule the group's meetings, for this and coming years. */
  newMeetingHref: string | null;
};

export type ComplianceYear = {
  year: number;
  relation: YearRelation | null;
  meetingsHref: string;
  rows: ComplianceRow[];
};

const GROUP_ORDER: Record<GroupKind, number> = { STEERING_GROUP: 0, WORKING_GROUP: 1 };

/** The three years the home page shows: previous, current and next, around the current Stockholm year. */
export function complianceYearsAround(currentYear: number): { year: number; relation: YearRelation }[] {
  return [
    { year: currentYear - 1, relation: "previous" },
    { year: currentYear, relation: "current" },
    { year: currentYear + 1, relation: "next" },
  ];
}

/** Compliance is for administrators and the groups' members; others see nothing of it. */
export function showsCompliance(viewer: MeetingViewer | null, groupIds: readonly string[]): boolean {
  if (!viewer) return false;
  return viewer.isAdministrator || groupIds.some((groupId) => isGroupMember(viewer, groupId));
}

export function missingOf(compliance: CadenceCompliance, currentYear: number): ComplianceMissing {
  const notHeld = Math.max(0, compliance.required - compliance.held);
  if (notHeld === 0) return { kind: "none" };
  if (compliance.year < currentYear) return { kind: "notHeld", count: notHeld };
  if (compliance.toSchedule > 0) return { kind: "schedule", count: compliance.toSchedule, deadline: compliance.deadline };
  return { kind: "hold", count: notHeld, deadline: compliance.deadline };
}

export function complianceRows(input: {
  year: number;
  currentYear: number;
  now: Date;
  groups: readonly ComplianceGroup[];
  viewer: MeetingViewer | null;
}): ComplianceRow[] {
  return [...input.groups]
    .sort((a, b) => GROUP_ORDER[a.kind] - GROUP_ORDER[b.kind])
    .map((group) => {
      const compliance = cadenceCompliance({
        year: input.year,
        currentYear: input.currentYear,
        now: input.now,
        meetingsPerYear: group.meetingsPerYear,
        meetings: group.meetings,
      });
      const slug = GROUP_SLUGS[group.kind];
      return {
        groupId: group.id,
        groupKind: group.kind,
        groupSlug: slug,
        compliance,
        missing: missingOf(compliance, input.currentYear),
        newMeetingHref:
          input.year >= input.currentYear && mayManageMeetings(input.viewer, group.id)
            ? `/meetings/new?group=${encodeURIComponent(slug)}`
            : null,
      };
    });
}

export function complianceYears(input: {
  currentYear: number;
  now: Date;
  groups: readonly ComplianceGroup[];
  viewer: MeetingViewer | null;
}): ComplianceYear[] {
  return complianceYearsAround(input.currentYear).map(({ year, relation }) => ({
    year,
    relation,
    meetingsHref: meetingsHref(year),
    rows: complianceRows({ year, currentYear: input.currentYear, now: input.now, groups: input.groups, viewer: input.viewer }),
  }));
}

export function meetingsHref(year: number): string {
  return `/meetings?year=${year}`;
}
