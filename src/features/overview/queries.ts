import "server-only";
import { daysBetween } from "@/features/agreement/dates";
import { getAgreementDeadlines } from "@/features/agreement/queries";
import { findHomeCompliance } from "@/features/calendar/queries";
import type { ComplianceMissing } from "@/features/calendar/compliance";
import { getFollowUpReport } from "@/features/follow-up-report/queries";
import { reportVerdict } from "@/features/follow-up-report/verdict";
import { countOutboxMessages } from "@/features/mail/queries";
import { maySeeGroupInternals } from "@/features/meetings/access";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { meetingViewerFor } from "@/features/meetings/viewer";
import type { Finding, GroupKind } from "@/features/membership/composition";
import { findCompositionFindings } from "@/features/membership/queries";
import { accountStatus } from "@/features/people/person-rules";
import { findCalls } from "@/features/proposals/queries";
import { countRecordableActivities } from "@/features/results/queries";
import { stockholmDay } from "@/lib/stockholm-day";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { createPartnershipCache } from "@/server/partnership-cache";
import {
  daysLeft,
  followUpState,
  isOpenProposal,
  nextStepOf,
  overviewParts,
  preparationItems,
  type NextStep,
  type OverviewPart,
  type PlanStatus,
  type PreparationItem,
  type ProposalStatus,
} from "./rules";
import type { YearInBriefCounts } from "./year-in-brief";
import { countsAsAdopted } from "@/features/minutes/decision-state";
import { MINUTES_IN_FORCE } from "@/features/minutes/minutes-in-force";
import { PUBLISHED_WHERE } from "@/features/results/queries";

/**
 * The reads of "Min översikt" (issue #14, item 2): the work that waits for the signed-in person,
 * per role. Each part reuses the feature's own query where one exists (the follow-up report, cadence
 * compliance, composition findings, the outbox, the agreement, calls, recordable activities) and
 * adds only what none answers. Every query runs at once, and each reads a fixed number of statements
 * whatever the data holds, so the page sends a bounded number of SQL statements
 * (tests/integration/overview/query-count.test.ts states and checks the bound).
 */

export type MeetingSummary = {
  id: string;
  title: string;
  startsAt: Date;
  location: string;
  agenda: { position: number; title: string }[];
  /** The underlag, or null when the viewer may not see it (not a member of the group). */
  documents: { id: string; title: string }[] | null;
};

export type MinutesToAdjust = { minutesId: string; meetingId: string; meetingTitle: string; startsAt: Date; groupKind: GroupKind };

export type SteeringWork = {
  brief: YearInBriefCounts;
  nextMeeting: MeetingSummary | null;
  proposalsToDecide: { id: string; title: string }[];
  plansToDecide: { year: number }[];
  minutesToAdjust: MinutesToAdjust[];
};

export type ActivityToFollowUp = { id: string; title: string; planYear: number; endsOn: Date; state: "due" | "overdue" };

export type WorkingWork = {
  nextMeeting: MeetingSummary | null;
  activitiesToFollowUp: ActivityToFollowUp[];
  proposalsToReview: { id: string; title: string; status: ProposalStatus; submittedAt: Date | null }[];
  minutesToAdjust: MinutesToAdjust[];
  /** What must be ready before the next steering-group meeting, and that meeting if there is one. */
  preparation: { meeting: { id: string; title: string; startsAt: Date } | null; items: PreparationItem[] };
};

export type ContributorWork = {
  openCalls: { id: string; title: string; deadlineDay: string; daysLeft: number }[];
  ownProposals: { id: string; title: string; status: ProposalStatus; nextStep: NextStep }[];
  recordableActivities: number;
};

export type CadenceFinding = { year: number; groupKind: GroupKind; missing: Exclude<ComplianceMissing, { kind: "none" }> };

export type AdministratorWork = {
  compositionFindings: Finding[];
  cadenceFindings: CadenceFinding[];
  invitations: { personId: string; name: string; expired: boolean }[];
  failedMail: number;
  agreement: {
    /** The last day notice can be received for the coming year-end, while it is ahead. */
    lastNoticeDay: { lastDay: Date; endDate: Date; daysLeft: number } | null;
    /** Amendments proposed and still waiting for a party's approval. */
    amendmentsWaiting: { number: number; missingParties: string[] }[];
  } | null;
};

export type ReaderWork = { year: number; adoptedPlan: boolean; decisionsInForce: number; publishedResults: number };

export type Overview = {
  parts: OverviewPart[];
  year: number;
  steering: SteeringWork | null;
  working: WorkingWork | null;
  contributor: ContributorWork | null;
  administrator: AdministratorWork | null;
  reader: ReaderWork | null;
};

const MEETING_SELECT = {
  id: true,
  title: true,
  startsAt: true,
  location: true,
  groupId: true,
  agendaItems: { orderBy: { position: "asc" }, select: { position: true, title: true } },
  documents: { orderBy: { uploadedAt: "asc" }, select: { id: true, title: true } },
} as const;

/** Own proposals shown: the start page lists what moves; the proposals page has them all. */

export async function getOverview(actor: Actor, now: Date = new Date()): Promise<Overview> {
  const parts = overviewParts(actor.roles);
  const has = (part: OverviewPart) => parts.includes(part);
  const prisma = await db();
  const year = stockholmYear(now);
  const today = stockholmDay(now);
  const partnershipId = actor.partnershipId;
  const needsGroupWork = has("steering") || has("working");

  const nextMeeting = (kind: GroupKind) =>
    prisma.meeting.findFirst({
      where: { group: { partnershipId, kind }, status: "PLANNED", startsAt: { gte: now } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: MEETING_SELECT,
    });

  // Every read at once: none waits for another.
  const [viewer, groups, steeringMeeting, workingMeeting, minutes, plans, pendingProposals, steeringBrief, activitiesToFollowUp, contributor, administrator, reader] = await Promise.all([
    meetingViewerFor(actor),
    prisma.group.findMany({ where: { partnershipId }, select: { id: true, kind: true } }),
    needsGroupWork ? nextMeeting("STEERING_GROUP") : null,
    has("working") ? nextMeeting("WORKING_GROUP") : null,
    needsGroupWork ? findMinutesToAdjust(actor) : [],
    // Proposed plans wait for the steering group; next years' plans tell the working group what to prepare.
    needsGroupWork
      ? prisma.activityPlan.findMany({
          where: { partnershipId, OR: [{ status: "PROPOSED" }, { year: { in: [year + 1, year + 2] } }] },
          orderBy: { year: "asc" },
          select: { year: true, status: true },
        })
      : [],
    needsGroupWork
      ? prisma.proposal.findMany({
          where: { partnershipId, status: { in: ["SUBMITTED", "UNDER_REVIEW", "PUT_FORWARD"] } },
          orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
          select: { id: true, title: true, status: true, submittedAt: true },
        })
      : [],
    has("steering") ? yearInBrief(partnershipId, year, now) : null,
    has("working") ? findActivitiesToFollowUp(actor, today) : [],
    has("contributor") ? findContributorWork(actor, now, today) : null,
    has("administrator") ? findAdministratorWork(actor, now, today, year) : null,
    has("reader") ? readerFacts.get(partnershipId, `reader:${year}`, now, () => findReaderWork(partnershipId, year)) : null,
  ]);

  // Proposals past their submission and plans before adoption are the groups' and administrators' material.
  const seesGroupMaterial = Boolean(viewer) && groups.some((group) => maySeeGroupInternals(viewer, group.id));
  const summary = (meeting: Awaited<ReturnType<typeof nextMeeting>>): MeetingSummary | null =>
    meeting && {
      id: meeting.id,
      title: meeting.title,
      startsAt: meeting.startsAt,
      location: meeting.location,
      agenda: meeting.agendaItems,
      documents: maySeeGroupInternals(viewer, meeting.groupId) ? meeting.documents : null,
    };

  const visibleProposals = seesGroupMaterial ? pendingProposals : [];
  const proposalsToReview = visibleProposals.filter((proposal) => proposal.status !== "PUT_FORWARD");

  return {
    parts,
    year,
    steering: steeringBrief
      ? {
          brief: steeringBrief,
          nextMeeting: summary(steeringMeeting),
          proposalsToDecide: visibleProposals.filter((proposal) => proposal.status === "PUT_FORWARD").map(({ id, title }) => ({ id, title })),
          plansToDecide: seesGroupMaterial ? plans.filter((plan) => plan.status === "PROPOSED").map(({ year: planYear }) => ({ year: planYear })) : [],
          minutesToAdjust: minutes.filter((row) => row.groupKind === "STEERING_GROUP"),
        }
      : null,
    working: has("working")
      ? {
          nextMeeting: summary(workingMeeting),
          activitiesToFollowUp,
          proposalsToReview: proposalsToReview.map(({ id, title, status, submittedAt }) => ({ id, title, status, submittedAt })),
          minutesToAdjust: minutes.filter((row) => row.groupKind === "WORKING_GROUP"),
          preparation: {
            meeting: steeringMeeting && { id: steeringMeeting.id, title: steeringMeeting.title, startsAt: steeringMeeting.startsAt },
            items: preparationItems({
              steeringMeeting: steeringMeeting && {
                id: steeringMeeting.id,
                cycleYear: stockholmYear(steeringMeeting.startsAt),
                documentCount: steeringMeeting.documents.length,
              },
              proposalsToReview: proposalsToReview.length,
              nextPlanStatus: steeringMeeting ? planStatusOf(plans, stockholmYear(steeringMeeting.startsAt) + 1) : null,
            }),
          },
        }
      : null,
    contributor,
    administrator,
    reader,
  };
}

function planStatusOf(rows: { year: number; status: PlanStatus }[], planYear: number): PlanStatus | null {
  return rows.find((row) => row.year === planYear)?.status ?? null;
}

/** The year's activity counts, from the follow-up report (the same figures the report shows). */
async function yearInBrief(partnershipId: string, year: number, now: Date): Promise<YearInBriefCounts> {
  const report = await getFollowUpReport(partnershipId, year, now);
  const status = (key: string) => report.statusCounts?.find((row) => row.status === key)?.current ?? 0;
  // The verdict is the report's own opening, so the start page and the report say the same.
  const verdict = reportVerdict(report);
  if (!report.plan || !report.statusCounts) return { year, verdict, planned: null, done: 0, onTrack: 0, notStarted: 0, atRisk: 0, delayed: 0 };
  return {
    year,
    verdict,
    planned: report.summary.find((row) => row.key === "plannedActivities")?.current ?? 0,
    done: status("DONE"),
    onTrack: status("ON_TRACK"),
    notStarted: status("NOT_STARTED"),
    atRisk: status("AT_RISK"),
    delayed: status("DELAYED"),
  };
}

/** Minutes in justering the person still has to approve, as chair or as adjuster. */
async function findMinutesToAdjust(actor: Actor): Promise<MinutesToAdjust[]> {
  const prisma = await db();
  const rows = await prisma.minutes.findMany({
    where: {
      status: "IN_ADJUSTMENT",
      meeting: { group: { partnershipId: actor.partnershipId } },
      OR: [{ chairPersonId: actor.personId }, { adjusters: { some: { personId: actor.personId } } }],
      approvals: { none: { personId: actor.personId } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, meeting: { select: { id: true, title: true, startsAt: true, group: { select: { kind: true } } } } },
  });
  return rows.map((row) => ({ minutesId: row.id, meetingId: row.meeting.id, meetingTitle: row.meeting.title, startsAt: row.meeting.startsAt, groupKind: row.meeting.group.kind }));
}

/** The adopted plans' running activities the person is responsible for whose follow-up is due or overdue. */
async function findActivitiesToFollowUp(actor: Actor, today: Date): Promise<ActivityToFollowUp[]> {
  const prisma = await db();
  const rows = await prisma.activity.findMany({
    where: {
      plan: { partnershipId: actor.partnershipId, status: "ADOPTED" },
      removedAt: null,
      status: { notIn: ["DONE", "CANCELLED"] },
      startsOn: { lte: today },
      OR: [{ municipalResponsibleId: actor.personId }, { universityResponsibleId: actor.personId }],
    },
    orderBy: [{ endsOn: "asc" }, { title: "asc" }, { id: "asc" }],
    select: { id: true, title: true, status: true, startsOn: true, endsOn: true, followedUpAt: true, plan: { select: { year: true } } },
  });
  return rows.flatMap((row) => {
    const state = followUpState(row, today);
    return state ? [{ id: row.id, title: row.title, planYear: row.plan.year, endsOn: row.endsOn, state }] : [];
  });
}

async function findContributorWork(actor: Actor, now: Date, today: Date): Promise<ContributorWork> {
  const prisma = await db();
  const [calls, proposals, recordable] = await Promise.all([
    findCalls(actor.partnershipId, now),
    prisma.proposal.findMany({
      where: { partnershipId: actor.partnershipId, authorId: actor.userId, status: { notIn: ["ACCEPTED", "REJECTED", "WITHDRAWN"] } },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      select: { id: true, title: true, status: true },
    }),
    countRecordableActivities(actor),
  ]);
  const openCalls = calls.filter((call) => call.open);
  // What waits is the proposals still moving (a draft to send, one under review, …); settled ones
  // (accepted, rejected, withdrawn) are in the proposal register, one link away.
  const ownProposals = proposals
    .filter((proposal) => isOpenProposal(proposal.status))
    .map((proposal) => ({ ...proposal, nextStep: nextStepOf(proposal.status, openCalls.length > 0) }));
  return {
    openCalls: openCalls.map((call) => ({ id: call.id, title: call.title, deadlineDay: call.deadlineDay, daysLeft: daysLeft(today, call.deadlineDay) })),
    ownProposals,
    recordableActivities: recordable,
  };
}

/**
 * The administrator's and the reader's parts are the partnership's, the same for each of its
 * administrators (readers): kept while nothing in the partnership changed and on the same day
 * (src/server/partnership-cache.ts), as the year in brief is through the report's cache. What
 * changes without an audit event (the outbox's delivery) and what depends on the hour (an
 * invitation's expiry) is read or judged on every request.
 */
const administratorFacts = createPartnershipCache<AdministratorFacts>();
const readerFacts = createPartnershipCache<ReaderWork>();

/** Forgets the kept parts (tests that change data behind the application's back). */
export function clearOverviewCache(): void {
  administratorFacts.clear();
  readerFacts.clear();
}

type AdministratorFacts = {
  compositionFindings: Finding[];
  cadenceFindings: CadenceFinding[];
  invited: { active: boolean; person: { id: string; name: string }; invitations: { expiresAt: Date; acceptedAt: Date | null }[] }[];
  agreement: Awaited<ReturnType<typeof getAgreementDeadlines>>;
};

async function findAdministratorWork(actor: Actor, now: Date, today: Date, year: number): Promise<AdministratorWork> {
  const [facts, mail] = await Promise.all([
    administratorFacts.get(actor.partnershipId, `administrator:${year}`, now, () => readAdministratorFacts(actor, now, year)),
    countOutboxMessages(actor.partnershipId),
  ]);
  const invitations = facts.invited.flatMap((user) => {
    const status = accountStatus({ active: user.active, hasPassword: false, lastSignInAt: null, invitations: user.invitations }, now);
    return status === "INVITED" || status === "INVITATION_EXPIRED" ? [{ personId: user.person.id, name: user.person.name, expired: status === "INVITATION_EXPIRED" }] : [];
  });
  const { agreement } = facts;
  return {
    compositionFindings: facts.compositionFindings,
    cadenceFindings: facts.cadenceFindings,
    invitations,
    failedMail: mail.FAILED,
    agreement: agreement && {
      lastNoticeDay: agreement.noticeDeadline && { ...agreement.noticeDeadline, daysLeft: daysBetween(today, agreement.noticeDeadline.lastDay) },
      amendmentsWaiting: agreement.amendmentsWaiting,
    },
  };
}

async function readAdministratorFacts(actor: Actor, now: Date, year: number): Promise<AdministratorFacts> {
  const prisma = await db();
  const [compositionFindings, compliance, invited, agreement] = await Promise.all([
    findCompositionFindings(actor.partnershipId, now),
    findHomeCompliance(actor, now),
    prisma.user.findMany({
      where: {
        active: true,
        partnershipId: actor.partnershipId,
        account: { passwordHash: null, lastSignInAt: null },
        person: { active: true },
        invitations: { some: {} },
      },
      orderBy: { createdAt: "asc" },
      select: { active: true, person: { select: { id: true, name: true } }, invitations: { select: { expiresAt: true, acceptedAt: true } } },
    }),
    getAgreementDeadlines(actor.partnershipId, now),
  ]);

  // Cadence: meetings still to schedule this year (or next), and a past year whose meetings were not held.
  const cadenceFindings: CadenceFinding[] = (compliance ?? []).flatMap((complianceYear) =>
    complianceYear.rows.flatMap((row) =>
      row.missing.kind === "schedule" || (row.missing.kind === "notHeld" && complianceYear.year < year)
        ? [{ year: complianceYear.year, groupKind: row.groupKind, missing: row.missing }]
        : [],
    ),
  );
  return { compositionFindings, cadenceFindings, invited, agreement };
}

/** What every signed-in user may read of the year: the adopted plan, decisions in force, published results. */
async function findReaderWork(partnershipId: string, year: number): Promise<ReaderWork> {
  const prisma = await db();
  const [plan, decisionsInForce, publishedResults] = await Promise.all([
    prisma.activityPlan.findUnique({
      where: { partnershipId_year: { partnershipId, year } },
      select: { status: true, adoptedByDecision: { select: { minutes: { select: { status: true, correctedBy: { select: { status: true } } } } } } },
    }),
    prisma.decision.count({
      where: {
        meeting: { group: { partnershipId }, cycleYear: year },
        minutes: MINUTES_IN_FORCE,
      },
    }),
    prisma.result.count({ where: { partnershipId, ...PUBLISHED_WHERE } }),
  ]);
  // Adopted counts once the adopting minutes are justerade (minutes/decision-state.ts).
  const adopted = (plan?.status === "ADOPTED" || plan?.status === "CLOSED") && (!plan.adoptedByDecision || countsAsAdopted(plan.adoptedByDecision.minutes));
  return { year, adoptedPlan: adopted, decisionsInForce, publishedResults };
}
