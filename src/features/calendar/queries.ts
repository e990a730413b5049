import "server-only";
import type { GroupKind } from "@/features/membership/composition";
import { findProposalDeadlines } from "@/features/proposals/queries";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { meetingViewerFor } from "@/features/meetings/viewer";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { buildAnnualCycle, type AnnualCycle, type CycleGroup } from "./annual-cycle";
import type { CalendarMeetingRow } from "./calendar-entries";
import { complianceYears, complianceYearsAround, showsCompliance, type ComplianceGroup, type ComplianceYear } from "./compliance";
import { hashFeedToken, looksLikeFeedToken } from "./feed-token";

/**
 * The calendar's reads. The caller's scope is part of each query: a partnership id taken from the
 * session or from the token's owner, never from the URL alone.
 */

const CALENDAR_MEETING_SELECT = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  location: true,
  onlineUrl: true,
  status: true,
  isExtra: true,
  extraReason: true,
  isPublic: true,
  cancellationReason: true,
  version: true,
  group: { select: { kind: true, partnershipId: true } },
  agendaItems: {
    orderBy: { position: "asc" },
    select: { position: true, title: true, presenter: true, durationMinutes: true, type: true },
  },
} as const;

type SelectedMeeting = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  onlineUrl: string | null;
  status: CalendarMeetingRow["status"];
  isExtra: boolean;
  extraReason: string | null;
  isPublic: boolean;
  cancellationReason: string | null;
  version: number;
  group: { kind: GroupKind; partnershipId: string };
  agendaItems: CalendarMeetingRow["agendaItems"];
};

function toRow(meeting: SelectedMeeting): CalendarMeetingRow & { partnershipId: string } {
  const { group, ...rest } = meeting;
  return { ...rest, groupKind: group.kind, partnershipId: group.partnershipId };
}

/** One meeting with what its calendar entry needs, or null. The caller decides who may have it. */
export async function getCalendarMeeting(meetingId: string): Promise<(CalendarMeetingRow & { partnershipId: string }) | null> {
  if (meetingId.length === 0 || meetingId.length > 64) return null;
  const prisma = await db();
  const meeting = await prisma.meeting.findUnique({ where: { id: meetingId }, select: CALENDAR_MEETING_SELECT });
  return meeting ? toRow(meeting) : null;
}

export type FeedTokenOwner = { userId: string; partnershipId: string };

/**
 * The active user a feed token belongs to, or null for an unknown, replaced or revoked token or
 * a switched-off account. The token is compared by its hash, through the unique index.
 */
export async function findFeedTokenOwner(token: string | null | undefined): Promise<FeedTokenOwner | null> {
  if (!looksLikeFeedToken(token)) return null;
  const prisma = await db();
  const found = await prisma.calendarFeedToken.findUnique({
    where: { tokenHash: hashFeedToken(token) },
    select: { user: { select: { id: true, active: true, accountId: true, person: { select: { partnershipId: true, active: true } } } } },
  });
  // A user without an account (anonymised) no longer subscribes to anything.
  if (!found || !found.user.active || !found.user.accountId || !found.user.person.active) return null;
  return { userId: found.user.id, partnershipId: found.user.person.partnershipId };
}

/**
 * The partnership a public (token-less) feed shows: the one named by its slug, or the only one
 * when the installation holds a single partnership. Null when that is ambiguous or unknown.
 */
export async function findPublicFeedPartnershipId(partnershipSlug: string | null): Promise<string | null> {
  const prisma = await db();
  if (partnershipSlug) {
    if (partnershipSlug.length > 100) return null;
    const partnership = await prisma.partnership.findUnique({ where: { slug: partnershipSlug }, select: { id: true } });
    return partnership?.id ?? null;
  }
  const partnerships = await prisma.partnership.findMany({ select: { id: true }, take: 2 });
  return partnerships.length === 1 ? partnerships[0]!.id : null;
}

export type GroupFeedData = { partnershipName: string; groupKind: GroupKind; meetings: CalendarMeetingRow[] };

/** A group's meetings for its feed, oldest first; only public ones unless `includePrivate`. */
export async function findGroupFeed(
  partnershipId: string,
  kind: GroupKind,
  options: { includePrivate: boolean },
): Promise<GroupFeedData | null> {
  const prisma = await db();
  const group = await prisma.group.findUnique({
    where: { partnershipId_kind: { partnershipId, kind } },
    select: {
      partnership: { select: { name: true } },
      meetings: {
        where: options.includePrivate ? {} : { isPublic: true },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        select: CALENDAR_MEETING_SELECT,
      },
    },
  });
  if (!group) return null;
  return { partnershipName: group.partnership.name, groupKind: kind, meetings: group.meetings.map(toRow) };
}

/** The user's feed token, if any: only when it was made; the token itself is never kept. */
export async function getFeedTokenStatus(userId: string): Promise<{ createdAt: Date } | null> {
  const prisma = await db();
  return prisma.calendarFeedToken.findUnique({ where: { userId }, select: { createdAt: true } });
}

/**
 * The partnership's groups with their meetings of the given years, for cadence compliance: one
 * query for all groups and years.
 */
export async function findComplianceGroups(partnershipId: string, years: readonly number[]): Promise<ComplianceGroup[]> {
  const prisma = await db();
  return prisma.group.findMany({
    where: { partnershipId },
    orderBy: { kind: "asc" },
    select: {
      id: true,
      kind: true,
      meetingsPerYear: true,
      meetings: {
        where: { cycleYear: { in: [...years] } },
        select: { id: true, cycleYear: true, status: true, isExtra: true, startsAt: true },
      },
    },
  });
}

/** The partnership's groups with their meetings of one year, for the årshjul. */
export async function findAnnualCycleGroups(partnershipId: string, year: number): Promise<CycleGroup[]> {
  const prisma = await db();
  return prisma.group.findMany({
    where: { partnershipId },
    orderBy: { kind: "asc" },
    select: {
      id: true,
      kind: true,
      meetingsPerYear: true,
      meetings: {
        where: { cycleYear: year },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        select: { id: true, groupId: true, title: true, startsAt: true, endsAt: true, cycleYear: true, status: true, isExtra: true },
      },
    },
  });
}

/**
 * The home page's cadence compliance for the previous, current and next Stockholm year, or null
 * for people who are neither administrators nor members of a group (they see nothing of it).
 */
export async function findHomeCompliance(actor: Actor, now: Date = new Date()): Promise<ComplianceYear[] | null> {
  const viewer = await meetingViewerFor(actor);
  // Memberships are read within the actor's partnership, so any role at all means a group of it.
  if (!viewer || (!viewer.isAdministrator && Object.keys(viewer.groupRoles).length === 0)) return null;
  const currentYear = stockholmYear(now);
  const groups = await findComplianceGroups(actor.partnershipId, complianceYearsAround(currentYear).map(({ year }) => year));
  if (!showsCompliance(viewer, groups.map((group) => group.id))) return null;
  return complianceYears({ currentYear, now, groups, viewer });
}

/** The årshjul of one year for a signed-in user of the partnership. */
export async function findAnnualCycle(actor: Actor, year: number, now: Date = new Date()): Promise<AnnualCycle> {
  const [viewer, groups, proposalDeadlines] = await Promise.all([
    meetingViewerFor(actor),
    findAnnualCycleGroups(actor.partnershipId, year),
    findProposalDeadlines(actor.partnershipId, year),
  ]);
  return buildAnnualCycle({ year, currentYear: stockholmYear(now), now, groups, viewer, proposalDeadlines });
}
