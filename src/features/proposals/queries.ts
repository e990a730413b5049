import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { deadlineDay, isCallOpen } from "./deadline";
import { decisionState, type DecisionState } from "@/features/minutes/decision-state";
import { decisionsInTimeOrder } from "@/features/minutes/time-order";
import { offeredYears } from "./decision-rules";
import { proposalViewerFor, standingOf, type ProposalViewer } from "./proposal-context";
import type { FocusArea } from "./schemas";
import { availableActions, maySeeProposal, maySeeReview, type ProposalAction, type ProposalStatus, type Recommendation } from "./workflow";

/**
 * The proposals' reads. Visibility (issue #5, item 5) is part of each query's where clause, and
 * the same rule (`maySeeProposal`) is applied again to the one proposal a page shows.
 */

/** What the actor may see, as a where clause: own proposals, submitted ones for the groups, decided ones for all. */
function visibleWhere(viewer: ProposalViewer): Prisma.ProposalWhereInput {
  const member = viewer.isAdministrator || viewer.isWorkingGroupMember || viewer.isSteeringGroupMember;
  return {
    partnershipId: viewer.partnershipId,
    OR: [
      { authorId: viewer.userId },
      { status: { in: ["ACCEPTED", "REJECTED"] } },
      ...(member ? [{ status: { not: "DRAFT" as const }, submittedAt: { not: null } }] : []),
    ],
  };
}

export type CallSummary = {
  id: string;
  cycleYear: number;
  title: string;
  description: string;
  opensAt: Date;
  deadline: Date;
  /** The last day proposals are taken (Stockholm), YYYY-MM-DD. */
  deadlineDay: string;
  open: boolean;
  reopenedAt: Date | null;
  reopenReason: string | null;
  version: number;
  proposalCount: number;
};

function toCallSummary(call: Prisma.ProposalCallGetPayload<{ include: { _count: { select: { proposals: true } } } }>, now: Date): CallSummary {
  return {
    id: call.id,
    cycleYear: call.cycleYear,
    title: call.title,
    description: call.description,
    opensAt: call.opensAt,
    deadline: call.deadline,
    deadlineDay: deadlineDay(call.deadline),
    open: isCallOpen(call, now),
    reopenedAt: call.reopenedAt,
    reopenReason: call.reopenReason,
    version: call.version,
    proposalCount: call._count.proposals,
  };
}

export async function findCalls(partnershipId: string, now: Date = new Date()): Promise<CallSummary[]> {
  const prisma = await db();
  const calls = await prisma.proposalCall.findMany({
    where: { partnershipId },
    orderBy: [{ cycleYear: "desc" }],
    include: { _count: { select: { proposals: { where: { submittedAt: { not: null } } } } } },
  });
  return calls.map((call) => toCallSummary(call, now));
}

export type ProposalRow = {
  id: string;
  title: string;
  status: ProposalStatus;
  focusArea: FocusArea | null;
  cycleYear: number | null;
  authorName: string | null;
  mine: boolean;
  submittedAt: Date | null;
  updatedAt: Date;
};

export type ProposalList = { viewer: ProposalViewer; calls: CallSummary[]; rows: ProposalRow[] };

/** The proposals the actor may see, newest first, with the calls. */
export async function findProposalList(actor: Actor, now: Date = new Date()): Promise<ProposalList> {
  const prisma = await db();
  const viewer = await proposalViewerFor(actor, prisma);
  const proposals = await prisma.proposal.findMany({
    where: visibleWhere(viewer),
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      title: true,
      status: true,
      focusArea: true,
      authorId: true,
      submittedAt: true,
      updatedAt: true,
      call: { select: { cycleYear: true } },
      author: { select: { person: { select: { name: true } } } },
    },
  });
  return {
    viewer,
    calls: await findCalls(actor.partnershipId, now),
    rows: proposals.map((proposal) => ({
      id: proposal.id,
      title: proposal.title,
      status: proposal.status,
      focusArea: proposal.focusArea,
      cycleYear: proposal.call?.cycleYear ?? null,
      authorName: proposal.author?.person.name ?? null,
      mine: proposal.authorId === viewer.userId,
      submittedAt: proposal.submittedAt,
      updatedAt: proposal.updatedAt,
    })),
  };
}

export type Option = { value: string; label: string };
export type ThematicOption = { id: string; name: string; nameEn: string | null; focusArea: FocusArea };
export type UnitOption = { id: string; name: string; nameEn: string | null; partyType: "MUNICIPALITY" | "UNIVERSITY"; partyName: string };

export type ProposalFormOptions = { thematicAreas: ThematicOption[]; units: UnitOption[]; openCall: CallSummary | null };

/** What the proposal form offers: the partnership's thematic areas and units, and the call open now. */
export async function getProposalFormOptions(partnershipId: string, now: Date = new Date()): Promise<ProposalFormOptions> {
  const prisma = await db();
  const thematicAreas = await prisma.thematicArea.findMany({
    where: { partnershipId },
    orderBy: [{ focusArea: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, nameEn: true, focusArea: true },
  });
  const units = await prisma.organisationalUnit.findMany({
    where: { party: { partnershipId } },
    orderBy: [{ party: { type: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, nameEn: true, party: { select: { type: true, name: true } } },
  });
  const calls = await findCalls(partnershipId, now);
  return {
    thematicAreas,
    units: units.map((unit) => ({ id: unit.id, name: unit.name, nameEn: unit.nameEn, partyType: unit.party.type, partyName: unit.party.name })),
    openCall: calls.find((call) => call.open) ?? null,
  };
}

export type DecisionOption = { id: string; number: number; title: string; meetingTitle: string; startsAt: Date; minutesStatus: string };

const DECISION_OPTION_SELECT = {
  id: true,
  number: true,
  title: true,
  minutes: { select: { status: true } },
  meeting: { select: { title: true, startsAt: true } },
} as const;

function toDecisionOption(row: { id: string; number: number; title: string; minutes: { status: string }; meeting: { title: string; startsAt: Date } }): DecisionOption {
  return { id: row.id, number: row.number, title: row.title, meetingTitle: row.meeting.title, startsAt: row.meeting.startsAt, minutesStatus: row.minutes.status };
}

/**
 * Decisions on priority areas of held meetings of one group and cycle (optionally prepared by one
 * meeting), from meetings held on or after `existedFrom` (the time-order rule the action applies).
 */
async function priorityDecisions(
  partnershipId: string,
  kind: "WORKING_GROUP" | "STEERING_GROUP",
  cycleYear: number,
  existedFrom: Date | null,
  preparedByMeetingId?: string | null,
) {
  const prisma = await db();
  const rows = await prisma.decision.findMany({
    where: {
      subject: "PRIORITY_AREAS",
      meeting: { status: "HELD", cycleYear, group: { partnershipId, kind } },
      ...(preparedByMeetingId !== undefined ? { preparedByMeetingId: preparedByMeetingId ?? "-" } : {}),
      // Minutes replaced by an approved correction no longer speak for the meeting.
      NOT: { minutes: { status: "APPROVED", correctedBy: { status: "APPROVED" } } },
    },
    orderBy: [{ meeting: { startsAt: "asc" } }, { number: "asc" }],
    select: DECISION_OPTION_SELECT,
  });
  return decisionsInTimeOrder(rows, existedFrom).map(toDecisionOption);
}

/** The group's next planned meeting, for the line that says when a decision can be made at the earliest. */
async function nextMeetingOf(partnershipId: string, kind: "WORKING_GROUP" | "STEERING_GROUP", now: Date): Promise<Date | null> {
  const prisma = await db();
  const meeting = await prisma.meeting.findFirst({
    where: { status: "PLANNED", startsAt: { gte: now }, group: { partnershipId, kind } },
    orderBy: { startsAt: "asc" },
    select: { startsAt: true },
  });
  return meeting?.startsAt ?? null;
}

/** What a step form needs: the decisions it may offer, and when none, since when and the group's next meeting. */
export type StepOptions = { decisions: DecisionOption[]; since: Date | null; nextMeeting: Date | null };

async function stepOptions(
  partnershipId: string,
  kind: "WORKING_GROUP" | "STEERING_GROUP",
  cycleYear: number,
  since: Date | null,
  preparedByMeetingId?: string | null,
): Promise<StepOptions> {
  const decisions = await priorityDecisions(partnershipId, kind, cycleYear, since, preparedByMeetingId);
  return { decisions, since, nextMeeting: decisions.length === 0 ? await nextMeetingOf(partnershipId, kind, new Date()) : null };
}

export type ProposalPage = {
  id: string;
  version: number;
  status: ProposalStatus;
  title: string;
  problem: string;
  focusArea: FocusArea | null;
  dimensions: string[];
  expectedResults: string;
  followUp: string;
  periodStartYear: number | null;
  periodEndYear: number | null;
  resources: string;
  contactName: string;
  contactEmail: string;
  thematicAreas: { id: string; name: string; nameEn: string | null }[];
  units: { id: string; name: string; nameEn: string | null; partyType: string }[];
  authorName: string | null;
  call: { id: string; title: string; cycleYear: number; deadlineDay: string } | null;
  submittedAt: Date | null;
  withdrawnAt: Date | null;
  recommendation: Recommendation | null;
  recommendationReason: string | null;
  recommendedAt: Date | null;
  putForward: { meetingId: string; meetingTitle: string; startsAt: Date; decisionNumber: number | null; decisionTitle: string | null } | null;
  decision: { id: string; number: number; title: string; meetingId: string; meetingTitle: string; startsAt: Date; state: DecisionState } | null;
  decidedAt: Date | null;
  priorityAreaId: string | null;
  /** Only for those who see the working group's preparation. */
  comments: { id: string; text: string; authorName: string | null; createdAt: Date }[] | null;
  actions: ProposalAction[];
  putForwardOptions: StepOptions | null;
  decisionOptions: StepOptions | null;
  years: { years: number[]; preselected: number } | null;
};

/** One proposal as the actor may see it, with the steps they may take; null when it is not theirs to see. */
export async function getProposalPage(actor: Actor, proposalId: string): Promise<ProposalPage | null> {
  if (proposalId.length === 0 || proposalId.length > 64) return null;
  const prisma = await db();
  const viewer = await proposalViewerFor(actor, prisma);
  const proposal = await prisma.proposal.findFirst({
    where: { id: proposalId, partnershipId: actor.partnershipId },
    include: {
      call: true,
      author: { select: { person: { select: { name: true } } } },
      thematicAreas: { select: { thematicArea: { select: { id: true, name: true, nameEn: true, sortOrder: true } } } },
      units: { select: { unit: { select: { id: true, name: true, nameEn: true, party: { select: { type: true } } } } } },
      putForwardMeeting: { select: { id: true, title: true, startsAt: true } },
      putForwardDecision: { select: { number: true, title: true } },
      decision: {
        select: { id: true, number: true, title: true, meeting: { select: { id: true, title: true, startsAt: true } }, minutes: { select: { status: true, correctedBy: { select: { status: true } } } } },
      },
      priorityArea: { select: { id: true } },
      comments: { orderBy: { createdAt: "asc" }, select: { id: true, text: true, createdAt: true, author: { select: { person: { select: { name: true } } } } } },
    },
  });
  if (!proposal) return null;
  const standing = standingOf(viewer, proposal);
  if (!maySeeProposal(proposal, standing)) return null;
  const actions = availableActions(proposal, standing);
  const cycleYear = proposal.call?.cycleYear ?? null;
  return {
    id: proposal.id,
    version: proposal.version,
    status: proposal.status,
    title: proposal.title,
    problem: proposal.problem,
    focusArea: proposal.focusArea,
    dimensions: proposal.dimensions,
    expectedResults: proposal.expectedResults,
    followUp: proposal.followUp,
    periodStartYear: proposal.periodStartYear,
    periodEndYear: proposal.periodEndYear,
    resources: proposal.resources,
    contactName: proposal.contactName,
    contactEmail: proposal.contactEmail,
    thematicAreas: proposal.thematicAreas.map((row) => row.thematicArea).sort((a, b) => a.sortOrder - b.sortOrder),
    units: proposal.units.map(({ unit }) => ({ id: unit.id, name: unit.name, nameEn: unit.nameEn, partyType: unit.party.type })),
    authorName: proposal.author?.person.name ?? null,
    call: proposal.call ? { id: proposal.call.id, title: proposal.call.title, cycleYear: proposal.call.cycleYear, deadlineDay: deadlineDay(proposal.call.deadline) } : null,
    submittedAt: proposal.submittedAt,
    withdrawnAt: proposal.withdrawnAt,
    recommendation: proposal.recommendation,
    recommendationReason: proposal.recommendationReason,
    recommendedAt: proposal.recommendedAt,
    putForward: proposal.putForwardMeeting
      ? {
          meetingId: proposal.putForwardMeeting.id,
          meetingTitle: proposal.putForwardMeeting.title,
          startsAt: proposal.putForwardMeeting.startsAt,
          decisionNumber: proposal.putForwardDecision?.number ?? null,
          decisionTitle: proposal.putForwardDecision?.title ?? null,
        }
      : null,
    decision: proposal.decision
      ? {
          id: proposal.decision.id,
          number: proposal.decision.number,
          title: proposal.decision.title,
          meetingId: proposal.decision.meeting.id,
          meetingTitle: proposal.decision.meeting.title,
          startsAt: proposal.decision.meeting.startsAt,
          state: decisionState(proposal.decision.minutes),
        }
      : null,
    decidedAt: proposal.decidedAt,
    priorityAreaId: proposal.priorityArea?.id ?? null,
    comments: maySeeReview(standing)
      ? proposal.comments.map((comment) => ({ id: comment.id, text: comment.text, createdAt: comment.createdAt, authorName: comment.author?.person.name ?? null }))
      : null,
    actions,
    putForwardOptions: actions.includes("putForward") && cycleYear ? await stepOptions(actor.partnershipId, "WORKING_GROUP", cycleYear, proposal.submittedAt) : null,
    decisionOptions:
      actions.includes("decide") && cycleYear
        ? await stepOptions(actor.partnershipId, "STEERING_GROUP", cycleYear, proposal.putForwardMeeting?.startsAt ?? null, proposal.putForwardMeetingId)
        : null,
    years: actions.includes("decide") && cycleYear ? offeredYears(cycleYear) : null,
  };
}

/** A draft for its author's edit form, with the values as the form names them. */
export async function getDraftForEdit(actor: Actor, proposalId: string) {
  const page = await getProposalPage(actor, proposalId);
  if (!page || !page.actions.includes("edit")) return null;
  return page;
}

/** The calls' last days in one year, for the annual cycle (årshjul). */
export async function findProposalDeadlines(partnershipId: string, year: number): Promise<{ id: string; date: string; title: string; href: string }[]> {
  const prisma = await db();
  const calls = await prisma.proposalCall.findMany({
    where: { partnershipId, cycleYear: { gte: year - 1, lte: year + 1 } },
    select: { id: true, title: true, deadline: true },
  });
  return calls
    .map((call) => ({ id: call.id, date: deadlineDay(call.deadline), title: call.title, href: "/proposals" }))
    .filter((deadline) => deadline.date.startsWith(`${year}-`));
}
