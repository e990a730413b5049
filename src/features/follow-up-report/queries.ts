import "server-only";
import { findComplianceGroups } from "@/features/calendar/queries";
import { decisionState } from "@/features/minutes/decision-state";
import { MINUTES_IN_FORCE } from "@/features/minutes/minutes-in-force";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { stockholmDay } from "@/lib/stockholm-day";
import { db } from "@/server/db";
import { buildFollowUpReport, type FollowUpReport } from "./aggregate";
import { cachedReport } from "./report-cache";
import type { ReportInput, ReportPlanStatus } from "./report-input";

/**
 * The yearly follow-up report's reads: one partnership (the caller's, from the session), the
 * report's year and the year before. A fixed number of queries whatever the data holds — nine,
 * run together — each selecting only the columns the report shows; nested relations are read by
 * Prisma with one query per level (never one per row). tests/integration/follow-up-report counts
 * the SQL statements to keep it so.
 */

/** Only adopted and closed plans are reported: a draft or proposed plan is nobody's to read here. */
const REPORTED_PLAN_STATUSES: ReportPlanStatus[] = ["ADOPTED", "CLOSED"];


/** Whole days (UTC midnight, as @db.Date holds them) from 1 January of `from` to 31 December of `to`. */
function daysOfYears(from: number, to: number): { gte: Date; lte: Date } {
  return { gte: new Date(Date.UTC(from, 0, 1)), lte: new Date(Date.UTC(to, 11, 31)) };
}

/** Reads what the report of `year` needs, for `year` and `year - 1`. */
export async function loadReportInput(partnershipId: string, year: number, now: Date = new Date()): Promise<ReportInput> {
  const prisma = await db();
  const years = [year - 1, year];
  const today = stockholmDay(now);
  const span = daysOfYears(year - 1, year);

  const [partnership, plans, priorityAreas, results, cadenceGroups, groups, parties, calls, decisions] = await Promise.all([
    prisma.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { name: true, nameEn: true } }),
    prisma.activityPlan.findMany({
      where: { partnershipId, year: { in: years }, status: { in: REPORTED_PLAN_STATUSES } },
      select: {
        id: true,
        year: true,
        status: true,
        adoptedAt: true,
        closedAt: true,
        adoptedByDecision: {
          select: { number: true, title: true, meeting: { select: { id: true, title: true, startsAt: true } }, minutes: { select: { status: true, correctedBy: { select: { status: true } } } } },
        },
        activities: {
          select: {
            id: true,
            title: true,
            priorityAreaId: true,
            focusArea: true,
            dimensions: true,
            status: true,
            progress: true,
            startsOn: true,
            endsOn: true,
            removedAt: true,
            carriedOverFromId: true,
            carriedOverTo: { select: { id: true } },
            municipalResponsible: { select: { name: true } },
            universityResponsible: { select: { name: true } },
            indicators: {
              orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
              select: { id: true, name: true, unit: true, targetValue: true, outcomeValue: true },
            },
          },
        },
      },
    }),
    // The areas prioritised for either year, and any area an activity of these plans names.
    prisma.priorityArea.findMany({
      where: {
        partnershipId,
        OR: [
          { years: { some: { year: { in: years }, decision: { minutes: MINUTES_IN_FORCE } } } },
          { activities: { some: { plan: { partnershipId, year: { in: years }, status: { in: REPORTED_PLAN_STATUSES } } } } },
        ],
      },
      // An area counts as prioritised for a year once the deciding minutes are justerade (decision-state.ts).
      select: { id: true, title: true, focusArea: true, years: { where: { year: { in: years }, decision: { minutes: MINUTES_IN_FORCE } }, select: { year: true } } },
    }),
    // Results of activities of adopted or closed plans: a draft's activities are nobody's to read here.
    prisma.result.findMany({
      where: { partnershipId, date: span, activity: { plan: { status: { in: REPORTED_PLAN_STATUSES } } } },
      select: { id: true, kind: true, title: true, date: true, activityId: true, mayPublish: true, activity: { select: { title: true } } },
    }),
    findComplianceGroups(partnershipId, years),
    prisma.group.findMany({
      where: { partnershipId },
      select: {
        id: true,
        kind: true,
        seats: { orderBy: { sortOrder: "asc" }, select: { id: true, title: true, partyId: true } },
        memberships: {
          where: {
            OR: [
              { startDate: span },
              { endDate: span },
              { startDate: { lte: today }, OR: [{ endDate: null }, { endDate: { gte: today } }] },
            ],
          },
          select: { id: true, personId: true, partyId: true, role: true, seatId: true, startDate: true, endDate: true, person: { select: { name: true } } },
        },
      },
    }),
    // The two parties, for the seats' and memberships' parties (one query rather than one per relation).
    prisma.party.findMany({ where: { partnershipId }, select: { id: true, name: true, type: true } }),
    prisma.proposalCall.findMany({
      where: { partnershipId, cycleYear: { in: years } },
      select: { cycleYear: true, proposals: { where: { submittedAt: { not: null } }, select: { status: true } } },
    }),
    prisma.decision.findMany({
      where: { meeting: { group: { partnershipId }, cycleYear: { in: years } }, minutes: MINUTES_IN_FORCE },
      select: {
        id: true,
        number: true,
        title: true,
        subject: true,
        meeting: { select: { id: true, title: true, startsAt: true, cycleYear: true, groupId: true } },
      },
    }),
  ]);

  const partyById = new Map(parties.map((party) => [party.id, party]));
  const seatTitles = new Map(groups.flatMap((group) => group.seats.map((seat) => [seat.id, seat.title] as const)));
  return {
    year,
    partnership,
    now,
    currentYear: stockholmYear(now),
    today,
    plans: plans.map((plan) => ({
      id: plan.id,
      year: plan.year,
      status: plan.status as ReportPlanStatus,
      adoptedAt: plan.adoptedAt,
      closedAt: plan.closedAt,
      adoptedBy: plan.adoptedByDecision && {
        number: plan.adoptedByDecision.number,
        title: plan.adoptedByDecision.title,
        meeting: plan.adoptedByDecision.meeting,
        state: decisionState(plan.adoptedByDecision.minutes),
      },
      // In the plan's order: by start, then by title in Swedish order (not the database's collation).
      activities: plan.activities
        .map(({ carriedOverTo, municipalResponsible, universityResponsible, ...activity }) => ({
          ...activity,
          carriedOverToId: carriedOverTo?.id ?? null,
          responsible: [municipalResponsible?.name, universityResponsible?.name].filter((name): name is string => Boolean(name)),
        }))
        .sort((a, b) => a.startsOn.getTime() - b.startsOn.getTime() || a.title.localeCompare(b.title, "sv") || a.id.localeCompare(b.id)),
    })),
    priorityAreas: priorityAreas.map((area) => ({ id: area.id, title: area.title, focusArea: area.focusArea, years: area.years.map((row) => row.year) })),
    results: results.map(({ activity, ...result }) => ({ ...result, activityTitle: activity.title })),
    cadenceGroups,
    membershipGroups: groups.map((group) => ({ id: group.id, kind: group.kind })),
    seats: groups.flatMap((group) =>
      group.seats.map((seat) => ({ id: seat.id, groupId: group.id, title: seat.title, partyName: partyById.get(seat.partyId)?.name ?? "" })),
    ),
    memberships: groups.flatMap((group) =>
      group.memberships.map((membership) => ({
        id: membership.id,
        groupId: group.id,
        personId: membership.personId,
        personName: membership.person.name,
        partyType: partyById.get(membership.partyId)!.type,
        role: membership.role,
        seatId: membership.seatId,
        seatTitle: (membership.seatId && seatTitles.get(membership.seatId)) ?? null,
        startDate: membership.startDate,
        endDate: membership.endDate,
      })),
    ),
    proposals: calls.flatMap((call) => call.proposals.map((proposal) => ({ cycleYear: call.cycleYear, status: proposal.status }))),
    decisions,
  };
}

/** The follow-up report of one year for a signed-in user's partnership (reused while nothing has changed: report-cache.ts). */
export async function getFollowUpReport(partnershipId: string, year: number, now: Date = new Date()): Promise<FollowUpReport> {
  return cachedReport(partnershipId, year, now, async () => buildFollowUpReport(await loadReportInput(partnershipId, year, now)));
}

export type ReportYear = { year: number; status: ReportPlanStatus };

/** The years with an adopted or closed plan, newest first, for the list of reports. */
export async function findReportYears(partnershipId: string): Promise<ReportYear[]> {
  const prisma = await db();
  const plans = await prisma.activityPlan.findMany({
    where: { partnershipId, status: { in: REPORTED_PLAN_STATUSES } },
    orderBy: { year: "desc" },
    select: { year: true, status: true },
  });
  return plans.map((plan) => ({ year: plan.year, status: plan.status as ReportPlanStatus }));
}
