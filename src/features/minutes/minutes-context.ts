import "server-only";
import { mayManageMeetings, type MeetingViewer } from "@/features/meetings/access";
import { meetingViewerFor } from "@/features/meetings/viewer";
import { ActionError } from "@/server/actions/action-error";
import type { TransactionClient } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { editRefusal, type DraftState } from "./justering";
import { maySeeMinutes } from "./minutes-access";
import type { PreparingMeeting } from "./preparation";

/** What the minutes actions need of the minutes they change. */
export type MinutesForChange = Awaited<ReturnType<typeof minutesForChange>>;

/** A refusal by the minutes' rules, shown as `minutes.refusals.<key>` (on a field when named). */
export function refuse(key: string, field?: string, values?: Record<string, string | number>): never {
  const message = `minutes.refusals.${key}`;
  throw new ActionError(message, field ? { [field]: [message] } : {}, values);
}

/** Locks a meeting's row until the transaction ends, so that starting its minutes happens once. */
export async function lockMeeting(tx: TransactionClient, meetingId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Meeting" WHERE "id" = ${meetingId} FOR UPDATE`;
}

/** The people recorded present at a meeting: the only ones who chair or adjust its minutes. */
export async function presentPersonIds(tx: TransactionClient, meetingId: string): Promise<Set<string>> {
  const rows = await tx.attendance.findMany({ where: { meetingId, status: "PRESENT" }, select: { personId: true } });
  return new Set(rows.map((row) => row.personId));
}

/**
 * The minutes an action changes, with their meeting, signatories and the actor as meeting access
 * sees them. The row is locked first, so changes to one set of minutes (the version, decision
 * numbers, the last approval) happen one after another, on PGlite and PostgreSQL alike.
 */
export async function minutesForChange(tx: TransactionClient, actor: Actor, minutesId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Minutes" WHERE "id" = ${minutesId} FOR UPDATE`;
  const minutes = await tx.minutes.findFirst({
    where: { id: minutesId, meeting: { group: { partnershipId: actor.partnershipId } } },
    include: {
      meeting: { include: { group: { select: { id: true, kind: true, partnershipId: true } } } },
      adjusters: { select: { personId: true }, orderBy: { appointedAt: "asc" } },
      approvals: { select: { personId: true, role: true } },
    },
  });
  if (!minutes) throw new ActionError("errors.notFound");
  const viewer = await meetingViewerFor(actor, tx);
  const state: DraftState = {
    status: minutes.status,
    chairPersonId: minutes.chairPersonId,
    secretaryPersonId: minutes.secretaryPersonId,
    adjusterIds: minutes.adjusters.map((adjuster) => adjuster.personId),
    approvals: minutes.approvals,
  };
  // Minutes the actor may not see do not exist for them: no refusal may tell otherwise.
  if (!maySeeMinutes(viewer, minutes.meeting, { ...minutes, adjusterIds: state.adjusterIds })) throw new ActionError("errors.notFound");
  return { minutes, meeting: minutes.meeting, viewer: viewer!, state };
}

/** Administrators and the group's secretary draft and edit the minutes. */
export function requireManager(viewer: MeetingViewer, groupId: string): void {
  if (!mayManageMeetings(viewer, groupId)) throw new ActionError("errors.forbidden");
}

/** The form was rendered from the minutes as they are now; otherwise nothing is overwritten. */
export function requireVersion(context: MinutesForChange, version: number): void {
  if (context.minutes.version !== version) refuse("stale");
}

/**
 * For draft edits by the managers: who, what state, which version. Returns the context so the
 * action can go on; the version is bumped by `bumpVersion` once the change is made.
 */
export async function draftForEdit(tx: TransactionClient, actor: Actor, minutesId: string, version: number): Promise<MinutesForChange> {
  const context = await minutesForChange(tx, actor, minutesId);
  requireManager(context.viewer, context.meeting.groupId);
  const refusal = editRefusal(context.minutes.status);
  if (refusal) refuse(refusal);
  requireVersion(context, version);
  return context;
}

/** Every draft edit bumps the version, guarded by the version the form carried. */
export async function bumpVersion(tx: TransactionClient, minutesId: string, version: number, data: { chairPersonId?: string | null } = {}): Promise<number> {
  const { count } = await tx.minutes.updateMany({ where: { id: minutesId, version, status: "DRAFT" }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) refuse("stale");
  return version + 1;
}

/** The meeting named as the one that prepared a decision, as the order-of-the-year rule reads it. */
export async function loadPreparingMeeting(tx: TransactionClient, meetingId: string): Promise<PreparingMeeting | null> {
  const meeting = await tx.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      cycleYear: true,
      status: true,
      group: { select: { partnershipId: true, kind: true } },
      // Its latest minutes: a correction in the making counts, as it is what the meeting now says.
      minutes: { orderBy: { createdAt: "desc" }, take: 1, select: { decisions: { select: { subject: true } } } },
    },
  });
  if (!meeting) return null;
  const latest = meeting.minutes[0];
  return {
    id: meeting.id,
    partnershipId: meeting.group.partnershipId,
    groupKind: meeting.group.kind,
    cycleYear: meeting.cycleYear,
    status: meeting.status,
    latestMinutesSubjects: latest ? latest.decisions.map((decision) => decision.subject) : null,
  };
}
