import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { isGroupMember, maySeeMeeting, type MeetingViewer } from "@/features/meetings/access";
import { meetingViewerFor } from "@/features/meetings/viewer";
import type { Actor } from "@/server/auth/actor";
import { stockholmDay } from "@/lib/stockholm-day";
import { db } from "@/server/db";
import { correctionChain, minutesInForce, openMinutes, pendingSignatories, sendForAdjustmentRefusal, type ApprovalRole, type JusteringRefusal, type MinutesStatus } from "./justering";
import { maySeeMinutes, minutesAbilities, type MinutesAbilities } from "./minutes-access";
import type { DecisionSubject, GroupKind } from "./preparation";
import type { RegisterFilter } from "./register-filter";
import { MINUTES_IN_FORCE } from "./minutes-in-force";

type Person = { id: string; name: string };

export type ChainLink = {
  id: string;
  status: MinutesStatus;
  correctsId: string | null;
  correctionReason: string | null;
  createdAt: Date;
  approvedAt: Date | null;
  inForce: boolean;
};

export type MinutesDecision = {
  id: string;
  number: number;
  title: string;
  text: string;
  subject: DecisionSubject;
  agendaItemId: string | null;
  agendaItemTitle: string | null;
  preparedBy: { id: string; title: string; startsAt: Date } | null;
};

export type MinutesDetail = {
  id: string;
  status: MinutesStatus;
  version: number;
  createdAt: Date;
  approvedAt: Date | null;
  correctsId: string | null;
  correctionReason: string | null;
  inForce: boolean;
  /** A later approved correction replaces these minutes. */
  supersededBy: string | null;
  chair: Person | null;
  secretary: Person | null;
  adjusters: Person[];
  approvals: { person: Person; role: ApprovalRole; approvedAt: Date }[];
  pending: { person: Person; role: ApprovalRole }[];
  /** Why sending for justering would be refused now (null when it can be sent). */
  sendRefusal: JusteringRefusal | null;
  entries: { id: string; position: number; heading: string; text: string; agendaItemId: string | null }[];
  decisions: MinutesDecision[];
};

export type MinutesPage = {
  meeting: {
    id: string;
    title: string;
    startsAt: Date;
    endsAt: Date;
    location: string;
    status: "PLANNED" | "HELD" | "CANCELLED";
    isPublic: boolean;
    cycleYear: number;
    groupId: string;
    groupKind: GroupKind;
  };
  agendaItems: { id: string; position: number; title: string }[];
  present: Person[];
  absentCount: number;
  excusedCount: number;
  /** Every minutes of the meeting the viewer may see, original first. */
  chain: ChainLink[];
  /** Minutes exist that the viewer may not see yet (a draft or minutes in justering). */
  hiddenOpen: boolean;
  selected: MinutesDetail | null;
  abilities: MinutesAbilities;
  /** For a steering-group meeting: the held working-group meetings of its cycle, to name as preparing. */
  preparingCandidates: { id: string; title: string; startsAt: Date }[];
  viewerPersonId: string | null;
  /** For starting minutes: the group's chair on the meeting's day, when recorded present. */
  suggestedChairId: string | null;
};

/**
 * A meeting's minutes page as the viewer may see it (null: no such meeting for them). Shows the
 * minutes asked for when visible, else the open minutes to those who may see them, else the ones
 * in force. A bounded number of queries, whatever the number of entries or decisions.
 */
export async function getMinutesPage(actor: Actor | null, meetingId: string, selectedMinutesId?: string | null): Promise<MinutesPage | null> {
  const prisma = await db();
  const viewer = await meetingViewerFor(actor);
  const meeting = await prisma.meeting.findFirst({
    where: { id: meetingId, ...(actor ? { group: { partnershipId: actor.partnershipId } } : {}) },
    include: {
      group: { select: { kind: true, partnershipId: true } },
      agendaItems: { orderBy: { position: "asc" }, select: { id: true, position: true, title: true } },
      attendance: { select: { status: true, person: { select: { id: true, name: true } } } },
    },
  });
  if (!meeting || !maySeeMeeting(viewer, meeting)) return null;

  const all = await prisma.minutes.findMany({
    where: { meetingId: meeting.id },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      status: true,
      correctsId: true,
      correctionReason: true,
      createdAt: true,
      approvedAt: true,
      chairPersonId: true,
      secretaryPersonId: true,
      adjusters: { select: { personId: true } },
    },
  });
  const forAccess = all.map((minutes) => ({ ...minutes, adjusterIds: minutes.adjusters.map((adjuster) => adjuster.personId) }));
  const visible = forAccess.filter((minutes) => maySeeMinutes(viewer, meeting, minutes));
  const inForce = minutesInForce(all);
  const open = openMinutes(visible);
  const chosen =
    visible.find((minutes) => minutes.id === selectedMinutesId) ?? open ?? (inForce ? visible.find((minutes) => minutes.id === inForce.id) : undefined) ?? null;

  const selected = chosen ? await minutesDetail(chosen.id, inForce?.id ?? null, all, meeting.attendance) : null;
  const abilities = minutesAbilities(
    viewer,
    meeting,
    selected ? { ...chosen!, approvals: selected.approvals.map((approval) => ({ personId: approval.person.id, role: approval.role })) } : null,
    all,
  );
  const preparingCandidates =
    meeting.group.kind === "STEERING_GROUP" && abilities.edit
      ? await prisma.meeting.findMany({
          where: { group: { partnershipId: meeting.group.partnershipId, kind: "WORKING_GROUP" }, cycleYear: meeting.cycleYear, status: "HELD" },
          orderBy: { startsAt: "asc" },
          select: { id: true, title: true, startsAt: true },
        })
      : [];

  const suggestedChairId = abilities.start ? await groupChairPresent(meeting) : null;

  const byName = (a: Person, b: Person) => a.name.localeCompare(b.name, "sv");
  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      location: meeting.location,
      status: meeting.status,
      isPublic: meeting.isPublic,
      cycleYear: meeting.cycleYear,
      groupId: meeting.groupId,
      groupKind: meeting.group.kind,
    },
    agendaItems: meeting.agendaItems,
    present: meeting.attendance.filter((row) => row.status === "PRESENT").map((row) => row.person).sort(byName),
    absentCount: meeting.attendance.filter((row) => row.status === "ABSENT").length,
    excusedCount: meeting.attendance.filter((row) => row.status === "EXCUSED").length,
    chain: correctionChain(visible).map((minutes) => ({
      id: minutes.id,
      status: minutes.status,
      correctsId: minutes.correctsId,
      correctionReason: minutes.correctionReason,
      createdAt: minutes.createdAt,
      approvedAt: minutes.approvedAt,
      inForce: minutes.id === inForce?.id,
    })),
    hiddenOpen: all.length > visible.length,
    selected,
    abilities,
    preparingCandidates,
    viewerPersonId: viewer?.personId ?? null,
    suggestedChairId,
  };
}

async function groupChairPresent(meeting: { groupId: string; startsAt: Date; attendance: readonly { status: string; person: Person }[] }): Promise<string | null> {
  const prisma = await db();
  const day = stockholmDay(meeting.startsAt);
  const chairs = await prisma.membership.findMany({
    where: { groupId: meeting.groupId, role: "CHAIR", startDate: { lte: day }, OR: [{ endDate: null }, { endDate: { gte: day } }] },
    select: { personId: true },
  });
  const present = new Set(meeting.attendance.filter((row) => row.status === "PRESENT").map((row) => row.person.id));
  return chairs.find((chair) => present.has(chair.personId))?.personId ?? null;
}

async function minutesDetail(
  minutesId: string,
  inForceId: string | null,
  all: readonly { id: string; status: MinutesStatus; correctsId: string | null }[],
  attendance: readonly { status: string; person: Person }[],
): Promise<MinutesDetail> {
  const prisma = await db();
  const minutes = await prisma.minutes.findUniqueOrThrow({
    where: { id: minutesId },
    include: {
      chair: { select: { id: true, name: true } },
      secretary: { select: { id: true, name: true } },
      adjusters: { orderBy: { appointedAt: "asc" }, select: { person: { select: { id: true, name: true } } } },
      approvals: { orderBy: { approvedAt: "asc" }, select: { role: true, approvedAt: true, person: { select: { id: true, name: true } } } },
      entries: { orderBy: { position: "asc" }, select: { id: true, position: true, heading: true, text: true, agendaItemId: true } },
      decisions: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          title: true,
          text: true,
          subject: true,
          agendaItemId: true,
          agendaItem: { select: { title: true } },
          preparedByMeeting: { select: { id: true, title: true, startsAt: true } },
        },
      },
    },
  });
  const state = {
    status: minutes.status,
    chairPersonId: minutes.chairPersonId,
    secretaryPersonId: minutes.secretaryPersonId,
    adjusterIds: minutes.adjusters.map((adjuster) => adjuster.person.id),
    approvals: minutes.approvals.map((approval) => ({ personId: approval.person.id, role: approval.role })),
  };
  const people = new Map<string, Person>([
    ...(minutes.chair ? [[minutes.chair.id, minutes.chair] as const] : []),
    ...minutes.adjusters.map((adjuster) => [adjuster.person.id, adjuster.person] as const),
  ]);
  const present = new Set(attendance.filter((row) => row.status === "PRESENT").map((row) => row.person.id));
  const supersededBy = all.find((other) => other.correctsId === minutes.id && other.status === "APPROVED")?.id ?? null;
  return {
    id: minutes.id,
    status: minutes.status,
    version: minutes.version,
    createdAt: minutes.createdAt,
    approvedAt: minutes.approvedAt,
    correctsId: minutes.correctsId,
    correctionReason: minutes.correctionReason,
    inForce: minutes.id === inForceId,
    supersededBy,
    chair: minutes.chair,
    secretary: minutes.secretary,
    adjusters: minutes.adjusters.map((adjuster) => adjuster.person),
    approvals: minutes.approvals.map((approval) => ({ person: approval.person, role: approval.role, approvedAt: approval.approvedAt })),
    pending: pendingSignatories(state).map((signatory) => ({ person: people.get(signatory.personId)!, role: signatory.role })),
    sendRefusal: minutes.status === "DRAFT" ? sendForAdjustmentRefusal(state, present) : null,
    entries: minutes.entries,
    decisions: minutes.decisions.map((decision) => ({
      id: decision.id,
      number: decision.number,
      title: decision.title,
      text: decision.text,
      subject: decision.subject,
      agendaItemId: decision.agendaItemId,
      agendaItemTitle: decision.agendaItem?.title ?? null,
      preparedBy: decision.preparedByMeeting,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// The decision register
// ---------------------------------------------------------------------------------------------

export const REGISTER_PAGE_SIZE = 50;

/** Whether a decision is in force (its minutes approved and not replaced) or still being drafted. */
export type DecisionState = "IN_FORCE" | "DRAFT" | "IN_ADJUSTMENT";

export type RegisterRow = {
  id: string;
  number: number;
  title: string;
  text: string;
  subject: DecisionSubject;
  state: DecisionState;
  /** The decision stands in a correction of earlier minutes. */
  inCorrection: boolean;
  meeting: { id: string; title: string; startsAt: Date; cycleYear: number; groupKind: GroupKind };
  preparedBy: { id: string; title: string; startsAt: Date } | null;
};


/**
 * Which decisions the viewer finds in the register: those of minutes in force, for every signed-in
 * user; and those of drafts and minutes in justering for the group's members and administrators.
 */
export function registerVisibility(viewer: MeetingViewer): Prisma.DecisionWhereInput {
  const memberGroupIds = Object.keys(viewer.groupRoles).filter((groupId) => isGroupMember(viewer, groupId));
  const open: Prisma.DecisionWhereInput | null = viewer.isAdministrator
    ? { minutes: { status: { not: "APPROVED" } } }
    : memberGroupIds.length > 0
      ? { minutes: { status: { not: "APPROVED" } }, meeting: { groupId: { in: memberGroupIds } } }
      : null;
  return { OR: [{ minutes: MINUTES_IN_FORCE }, ...(open ? [open] : [])] };
}

export function registerWhere(partnershipId: string, viewer: MeetingViewer, filter: RegisterFilter): Prisma.DecisionWhereInput {
  return {
    AND: [
      {
        meeting: {
          group: { partnershipId, ...(filter.group ? { kind: filter.group } : {}) },
          ...(filter.year ? { cycleYear: filter.year } : {}),
        },
      },
      ...(filter.subject ? [{ subject: filter.subject }] : []),
      ...(filter.q
        ? [{ OR: [{ title: { contains: filter.q, mode: "insensitive" as const } }, { text: { contains: filter.q, mode: "insensitive" as const } }] }]
        : []),
      registerVisibility(viewer),
    ],
  };
}

/**
 * One page of the decision register: newest meetings first, § order within a meeting. Two queries
 * (the viewer's memberships and the decisions), whatever the page holds.
 */
export async function findDecisions(actor: Actor, filter: RegisterFilter, page = 1): Promise<{ rows: RegisterRow[]; hasMore: boolean }> {
  return findRegisterPage(actor.partnershipId, (await meetingViewerFor(actor))!, filter, page);
}

/** Nobody's memberships: what the register shows a visitor who is not signed in (decisions in force only). */
const PUBLIC_VIEWER: MeetingViewer = { userId: "", personId: "", isAdministrator: false, groupRoles: {} };

/**
 * The public decision register: the decisions of adjusted minutes in force (public records), for the
 * partnership of the installation — the only one, or the first when there are several.
 */
export async function findPublicDecisions(filter: RegisterFilter, page = 1): Promise<{ partnershipId: string | null; rows: RegisterRow[]; hasMore: boolean }> {
  const prisma = await db();
  const partnership = await prisma.partnership.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
  if (!partnership) return { partnershipId: null, rows: [], hasMore: false };
  return { partnershipId: partnership.id, ...(await findRegisterPage(partnership.id, PUBLIC_VIEWER, filter, page)) };
}

async function findRegisterPage(partnershipId: string, viewer: MeetingViewer, filter: RegisterFilter, page: number): Promise<{ rows: RegisterRow[]; hasMore: boolean }> {
  const prisma = await db();
  const decisions = await prisma.decision.findMany({
    where: registerWhere(partnershipId, viewer, filter),
    orderBy: [{ meeting: { startsAt: "desc" } }, { minutes: { createdAt: "asc" } }, { number: "asc" }],
    skip: (Math.max(1, page) - 1) * REGISTER_PAGE_SIZE,
    take: REGISTER_PAGE_SIZE + 1,
    select: {
      id: true,
      number: true,
      title: true,
      text: true,
      subject: true,
      minutes: { select: { status: true, correctsId: true } },
      meeting: { select: { id: true, title: true, startsAt: true, cycleYear: true, group: { select: { kind: true } } } },
      preparedByMeeting: { select: { id: true, title: true, startsAt: true } },
    },
  });
  return {
    rows: decisions.slice(0, REGISTER_PAGE_SIZE).map((decision) => ({
      id: decision.id,
      number: decision.number,
      title: decision.title,
      text: decision.text,
      subject: decision.subject,
      state: decision.minutes.status === "APPROVED" ? "IN_FORCE" : decision.minutes.status,
      inCorrection: decision.minutes.correctsId !== null,
      meeting: {
        id: decision.meeting.id,
        title: decision.meeting.title,
        startsAt: decision.meeting.startsAt,
        cycleYear: decision.meeting.cycleYear,
        groupKind: decision.meeting.group.kind,
      },
      preparedBy: decision.preparedByMeeting,
    })),
    hasMore: decisions.length > REGISTER_PAGE_SIZE,
  };
}

/** The years the register's year filter offers: cycles with at least one decision (in force, for the public register), newest first. */
export async function findRegisterYears(partnershipId: string, options: { inForceOnly?: boolean } = {}): Promise<number[]> {
  const prisma = await db();
  const meetings = await prisma.meeting.findMany({
    where: { group: { partnershipId }, decisions: { some: options.inForceOnly ? { minutes: MINUTES_IN_FORCE } : {} } },
    distinct: ["cycleYear"],
    orderBy: { cycleYear: "desc" },
    select: { cycleYear: true },
  });
  return meetings.map((meeting) => meeting.cycleYear);
}
