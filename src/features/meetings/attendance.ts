import { stockholmDay } from "@/lib/stockholm-day";

/**
 * Attendance is recorded for the people who were members of the group on the meeting's day: the
 * Stockholm calendar date of its start, compared with the memberships' whole days.
 */

/** The meeting's day as memberships store days (UTC midnight of the Stockholm date). */
export function meetingDay(startsAt: Date): Date {
  return stockholmDay(startsAt);
}

/** A Prisma filter for the memberships of a group that cover a day (start on or before it, no end or an end on or after it). */
export function membershipsOnDay(groupId: string, day: Date) {
  return { groupId, startDate: { lte: day }, OR: [{ endDate: null }, { endDate: { gte: day } }] };
}

