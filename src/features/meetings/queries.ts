import "server-only";
import { GROUP_SLUGS } from "@/features/membership/group-slug";
import { db } from "@/server/db";
import { isGroupMember, mayManageMeetings, maySeeGroupInternals, maySeeMeeting, type GroupRole, type MeetingViewer } from "./access";
import { agendaSchedule, type AgendaItemType, type AgendaSchedule } from "./agenda";
import { meetingDay, membershipsOnDay } from "./attendance";
import { cadenceCompliance, type CadenceCompliance, type CadenceMeeting, type MeetingStatus } from "./cadence";
import { stockholmParts, stockholmYear } from "./meeting-time";
import type { AttendanceStatus } from "./schemas";

type GroupKind = "STEERING_GROUP" | "WORKING_GROUP";

export type MeetingListRow = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  status: MeetingStatus;
  isExtra: boolean;
  extraReason: string | null;
  isPublic: boolean;
  location: string;
  onlineUrl: string | null;
  cancellationReason: string | null;
  noticeSentAt: Date | null;
};

export type MeetingListGroup = {
  id: string;
  kind: GroupKind;
  slug: string;
  meetingsPerYear: number;
  meetings: MeetingListRow[];
  compliance: CadenceCompliance;
};

const LIST_SELECT = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  status: true,
  isExtra: true,
  extraReason: true,
  isPublic: true,
  location: true,
  onlineUrl: true,
  cancellationReason: true,
  noticeSentAt: true,
  cycleYear: true,
} as const;

/** Both groups (steering group first) with their meetings of one Stockholm year and the year's cadence. One query. */
export async function listMeetings(partnershipId: string, year: number, now: Date = new Date()): Promise<MeetingListGroup[]> {
  const prisma = await db();
  const groups = await prisma.group.findMany({
    where: { partnershipId },
    orderBy: { kind: "asc" },
    select: { id: true, kind: true, meetingsPerYear: true, meetings: { where: { cycleYear: year }, orderBy: { startsAt: "asc" }, select: LIST_SELECT } },
  });
  return groups.map((group) => ({
    id: group.id,
    kind: group.kind,
    slug: GROUP_SLUGS[group.kind],
    meetingsPerYear: group.meetingsPerYear,
    meetings: group.meetings.map(({ cycleYear: _cycleYear, ...meeting }) => meeting),
    compliance: cadenceCompliance({ year, currentYear: stockholmYear(now), now, meetingsPerYear: group.meetingsPerYear, meetings: group.meetings }),
  }));
}

/** A group's meetings of every year, as the cadence rules take them (for the årshjul, compliance views…). */
export async function groupMeetings(groupId: string): Promise<CadenceMeeting[]> {
  const prisma = await db();
  return prisma.meeting.findMany({
    where: { groupId },
    orderBy: { startsAt: "asc" },
    select: { id: true, cycleYear: true, status: true, isExtra: true, startsAt: true },
  });
}

/** The groups a viewer may schedule meetings for (administrators: both; a secretary: their group). */
export async function getSchedulingGroups(partnershipId: string, viewer: MeetingViewer | null): Promise<{ id: string; kind: GroupKind; slug: string }[]> {
  const prisma = await db();
  const groups = await prisma.group.findMany({ where: { partnershipId }, orderBy: { kind: "asc" }, select: { id: true, kind: true } });
  return groups.filter((group) => mayManageMeetings(viewer, group.id)).map((group) => ({ ...group, slug: GROUP_SLUGS[group.kind] }));
}

export type AgendaRow = {
  id: string;
  position: number;
  title: string;
  description: string;
  presenter: string;
  durationMinutes: number | null;
  type: AgendaItemType;
  /** Underlag linked to the item (empty for those who may not see underlag). */
  documents: { id: string; title: string }[];
};

export type MeetingDocumentRow = {
  id: string;
  title: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: Date;
  uploadedBy: string | null;
  agendaItem: { id: string; position: number; title: string } | null;
};

export type AttendanceRow = {
  personId: string;
  name: string;
  roles: GroupRole[];
  partyName: string;
  status: AttendanceStatus | null;
};

export type MeetingPage = {
  id: string;
  title: string;
  group: { id: string; kind: GroupKind; slug: string; meetingsPerYear: number };
  startsAt: Date;
  endsAt: Date;
  cycleYear: number;
  location: string;
  onlineUrl: string | null;
  status: MeetingStatus;
  isExtra: boolean;
  extraReason: string | null;
  isPublic: boolean;
  noticeSentAt: Date | null;
  cancelledAt: Date | null;
  cancellationReason: string | null;
  version: number;
  createdBy: string | null;
  agenda: AgendaSchedule<AgendaRow>;
  /** Null for those who may not see underlag (everyone but the group's members and administrators). */
  documents: MeetingDocumentRow[] | null;
  /** The members on the meeting's day with what was recorded; null for visitors who are not signed in. */
  attendance: AttendanceRow[] | null;
  /** Recorded people who were not members on the day (memberships changed since); shown, not editable. */
  otherAttendance: { personId: string; name: string; status: AttendanceStatus }[];
  access: { signedIn: boolean; mayManage: boolean; maySeeInternals: boolean; isMember: boolean };
};

export type MeetingAccess = {
  viewer: MeetingViewer | null;
  /** The signed-in viewer's partnership; null for visitors, who see public meetings only. */
  partnershipId: string | null;
};

const USER_NAME = { select: { person: { select: { name: true } } } } as const;
const ROLE_ORDER: GroupRole[] = ["CHAIR", "VICE_CHAIR", "SECRETARY", "MEMBER"];

/**
 * One meeting as its page shows it to this viewer, or null when it does not exist for them
 * (another partnership, or not public for a visitor). A fixed number of queries.
 */
export async function getMeetingPage(meetingId: string, access: MeetingAccess): Promise<MeetingPage | null> {
  if (meetingId.length > 64) return null;
  const prisma = await db();
  const meeting = await prisma.meeting.findFirst({
    where: access.partnershipId ? { id: meetingId, group: { partnershipId: access.partnershipId } } : { id: meetingId, isPublic: true },
    include: {
      group: { select: { id: true, kind: true, meetingsPerYear: true } },
      createdBy: USER_NAME,
      agendaItems: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
    },
  });
  if (!meeting || !maySeeMeeting(access.partnershipId ? access.viewer : null, meeting)) return null;

  const viewer = access.partnershipId ? access.viewer : null;
  const maySeeInternals = maySeeGroupInternals(viewer, meeting.groupId);
  const documents = maySeeInternals
    ? await prisma.meetingDocument.findMany({
        where: { meetingId: meeting.id },
        orderBy: { uploadedAt: "asc" },
        select: {
          id: true,
          title: true,
          fileName: true,
          contentType: true,
          size: true,
          uploadedAt: true,
          uploadedBy: USER_NAME,
          agendaItem: { select: { id: true, position: true, title: true } },
        },
      })
    : null;

  let attendance: AttendanceRow[] | null = null;
  let otherAttendance: MeetingPage["otherAttendance"] = [];
  if (viewer) {
    const day = meetingDay(meeting.startsAt);
    const memberships = await prisma.membership.findMany({
      where: membershipsOnDay(meeting.groupId, day),
      orderBy: { person: { name: "asc" } },
      select: { role: true, party: { select: { name: true } }, person: { select: { id: true, name: true } } },
    });
    const recorded = await prisma.attendance.findMany({ where: { meetingId: meeting.id }, select: { personId: true, status: true, person: { select: { name: true } } } });
    const statuses = new Map(recorded.map((row) => [row.personId, row.status]));
    const rows = new Map<string, AttendanceRow>();
    for (const membership of memberships) {
      const row = rows.get(membership.person.id) ?? { personId: membership.person.id, name: membership.person.name, roles: [], partyName: membership.party.name, status: statuses.get(membership.person.id) ?? null };
      if (!row.roles.includes(membership.role)) row.roles.push(membership.role);
      rows.set(row.personId, row);
    }
    const byRole = (row: AttendanceRow) => Math.min(...row.roles.map((role) => ROLE_ORDER.indexOf(role)));
    attendance = [...rows.values()].sort((a, b) => byRole(a) - byRole(b) || a.name.localeCompare(b.name, "sv"));
    otherAttendance = recorded.filter((row) => !rows.has(row.personId)).map((row) => ({ personId: row.personId, name: row.person.name, status: row.status }));
  }

  const documentsByItem = new Map<string, { id: string; title: string }[]>();
  for (const document of documents ?? []) {
    if (!document.agendaItem) continue;
    const linked = documentsByItem.get(document.agendaItem.id) ?? [];
    linked.push({ id: document.id, title: document.title });
    documentsByItem.set(document.agendaItem.id, linked);
  }

  return {
    id: meeting.id,
    title: meeting.title,
    group: { id: meeting.group.id, kind: meeting.group.kind, slug: GROUP_SLUGS[meeting.group.kind], meetingsPerYear: meeting.group.meetingsPerYear },
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    cycleYear: meeting.cycleYear,
    location: meeting.location,
    onlineUrl: meeting.onlineUrl,
    status: meeting.status,
    isExtra: meeting.isExtra,
    extraReason: meeting.extraReason,
    isPublic: meeting.isPublic,
    noticeSentAt: viewer ? meeting.noticeSentAt : null,
    cancelledAt: meeting.cancelledAt,
    cancellationReason: meeting.cancellationReason,
    version: meeting.version,
    createdBy: viewer ? (meeting.createdBy?.person.name ?? null) : null,
    agenda: agendaSchedule(
      meeting,
      meeting.agendaItems.map((item) => ({
        id: item.id,
        position: item.position,
        title: item.title,
        description: item.description,
        presenter: item.presenter,
        durationMinutes: item.durationMinutes,
        type: item.type,
        documents: documentsByItem.get(item.id) ?? [],
      })),
    ),
    documents: documents?.map((document) => ({ ...document, uploadedBy: document.uploadedBy?.person.name ?? null })) ?? null,
    attendance,
    otherAttendance,
    access: { signedIn: viewer !== null, mayManage: mayManageMeetings(viewer, meeting.groupId), maySeeInternals, isMember: isGroupMember(viewer, meeting.groupId) },
  };
}

export type MeetingEditValues = {
  id: string;
  groupKind: GroupKind;
  status: MeetingStatus;
  version: number;
  values: Record<string, string>;
};

/** A meeting's current values as the edit form shows them (Stockholm date and times), for its managers. */
export async function getMeetingForEdit(meetingId: string, partnershipId: string, viewer: MeetingViewer | null): Promise<MeetingEditValues | null> {
  if (meetingId.length > 64) return null;
  const prisma = await db();
  const meeting = await prisma.meeting.findFirst({ where: { id: meetingId, group: { partnershipId } }, include: { group: { select: { kind: true } } } });
  if (!meeting || !mayManageMeetings(viewer, meeting.groupId)) return null;
  const start = stockholmParts(meeting.startsAt);
  const end = stockholmParts(meeting.endsAt);
  return {
    id: meeting.id,
    groupKind: meeting.group.kind,
    status: meeting.status,
    version: meeting.version,
    values: {
      meetingTitle: meeting.title,
      meetingDate: start.date,
      startTime: start.time,
      endTime: end.time,
      location: meeting.location,
      onlineUrl: meeting.onlineUrl ?? "",
      isPublic: meeting.isPublic ? "yes" : "",
      isExtra: meeting.isExtra ? "yes" : "",
      extraReason: meeting.extraReason ?? "",
    },
  };
}

/**
 * One underlag file with its content, for the group's members and administrators of the
 * meeting's partnership; null otherwise (the download answers 404, revealing nothing).
 */
export async function getMeetingDocumentForDownload(meetingId: string, documentId: string, access: MeetingAccess) {
  if (!access.partnershipId || meetingId.length > 64 || documentId.length > 64) return null;
  const prisma = await db();
  const document = await prisma.meetingDocument.findFirst({
    where: { id: documentId, meetingId, meeting: { group: { partnershipId: access.partnershipId } } },
    select: { fileName: true, contentType: true, size: true, sha256: true, content: true, meeting: { select: { groupId: true } } },
  });
  if (!document || !maySeeGroupInternals(access.viewer, document.meeting.groupId)) return null;
  return { fileName: document.fileName, contentType: document.contentType, size: document.size, sha256: document.sha256, content: document.content };
}
