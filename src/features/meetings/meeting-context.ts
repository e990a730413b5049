import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { TransactionClient } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { mayManageMeetings } from "./access";
import { regularSlotRefusal, takesRegularSlot } from "./cadence";
import { stockholmParts } from "./meeting-time";
import { meetingViewerFor } from "./viewer";

/** What the meeting actions need of the meeting they change. */
export type MeetingForChange = Awaited<ReturnType<typeof meetingForChange>>;

/**
 * The meeting an action changes, for its managers only (administrators and the group's
 * secretary). The meeting's row is locked first, so changes to one meeting (agenda positions,
 * attendance, the version) happen one after another.
 */
export async function meetingForChange(tx: TransactionClient, actor: Actor, meetingId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Meeting" WHERE "id" = ${meetingId} FOR UPDATE`;
  const meeting = await tx.meeting.findFirst({
    where: { id: meetingId, group: { partnershipId: actor.partnershipId } },
    include: { group: { select: { id: true, kind: true, meetingsPerYear: true } } },
  });
  if (!meeting) throw new ActionError("errors.notFound");
  await requireManager(tx, actor, meeting.groupId);
  return meeting;
}

export async function requireManager(tx: TransactionClient, actor: Actor, groupId: string): Promise<void> {
  const viewer = await meetingViewerFor(actor, tx);
  if (!mayManageMeetings(viewer, groupId)) throw new ActionError("errors.forbidden");
}

/**
 * Locks the group's row until the transaction ends, so that two schedulings (or moves) in the same
 * group cannot both see the last regular slot free. Plain SQL, the same on PGlite and PostgreSQL.
 */
export async function lockGroup(tx: TransactionClient, groupId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Group" WHERE "id" = ${groupId} FOR UPDATE`;
}

/**
 * Refuses a regular meeting in a year whose regular slots are taken, naming the year and the dates
 * of the meetings that hold them. Call after `lockGroup`.
 */
export async function requireRegularSlot(
  tx: TransactionClient,
  group: { id: string; kind: "STEERING_GROUP" | "WORKING_GROUP"; meetingsPerYear: number },
  request: { year: number; isExtra: boolean; ignoreMeetingId?: string },
): Promise<void> {
  if (request.isExtra) return;
  const existing = await tx.meeting.findMany({
    where: { groupId: group.id, cycleYear: request.year },
    orderBy: { startsAt: "asc" },
    select: { id: true, cycleYear: true, status: true, isExtra: true, startsAt: true },
  });
  const refusal = regularSlotRefusal({ meetingsPerYear: group.meetingsPerYear, existing, ...request });
  if (!refusal) return;
  const taken = existing.filter((meeting) => meeting.id !== request.ignoreMeetingId && takesRegularSlot(meeting));
  throw new ActionError("meetings.refusals.cadenceFull", { meetingDate: ["meetings.refusals.cadenceFullField"] }, cadenceRefusalValues(group.kind, request.year, taken));
}

/**
 * Values for the cadence refusal: the group, the year (as text, so it is not formatted "2 027") and
 * the dates of the meetings holding the slots, as timestamps the message formats as dates.
 */
export function cadenceRefusalValues(kind: string, year: number, taken: readonly { startsAt: Date }[]): Record<string, string | number> {
  const times = taken.map((meeting) => meeting.startsAt.getTime());
  return { group: kind, year: String(year), count: times.length, first: times[0] ?? 0, second: times[1] ?? 0, last: times[times.length - 1] ?? 0 };
}

/** A meeting as audit events record it before and after a change (local Stockholm times). */
export function meetingAuditView(meeting: {
  title: string;
  startsAt: Date;
  endsAt: Date;
  cycleYear: number;
  location: string;
  onlineUrl: string | null;
  isPublic: boolean;
  isExtra: boolean;
  extraReason: string | null;
  status: string;
  version: number;
}) {
  const start = stockholmParts(meeting.startsAt);
  const end = stockholmParts(meeting.endsAt);
  return {
    title: meeting.title,
    start: `${start.date} ${start.time}`,
    end: `${end.date} ${end.time}`,
    cycleYear: meeting.cycleYear,
    location: meeting.location,
    onlineUrl: meeting.onlineUrl,
    isPublic: meeting.isPublic,
    isExtra: meeting.isExtra,
    extraReason: meeting.extraReason,
    status: meeting.status,
    version: meeting.version,
  };
}
