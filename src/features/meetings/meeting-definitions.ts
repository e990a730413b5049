import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition } from "@/server/actions/form-action";
import { lockGroup, meetingAuditView, meetingForChange, requireManager, requireRegularSlot } from "./meeting-context";
import { meetingDetailsFrom, type MeetingDetails, type MeetingDetailsInput } from "./meeting-details";
import { queueCancellationMail } from "./notice-definitions";
import { cancelMeetingSchema, editMeetingSchema, meetingVersionSchema, scheduleMeetingSchema } from "./schemas";

/**
 * Scheduling and changing meetings, for administrators and the group's secretary. The cadence is
 * enforced here: at most `meetingsPerYear` regular meetings per Stockholm calendar year; one more
 * must be an extra meeting with its reason. The group's row is locked before the count, so two
 * schedulings at once cannot both take the last slot.
 */

function detailsOrRefusal(input: MeetingDetailsInput): MeetingDetails {
  const checked = meetingDetailsFrom(input);
  if ("fieldErrors" in checked) throw new ActionError("errors.validation", checked.fieldErrors);
  return checked.details;
}

const detailsInput = (input: { meetingDate: string; startTime: string; endTime: string; location: string; onlineUrl: string; isExtra: boolean; extraReason: string }) => ({
  meetingDate: input.meetingDate,
  startTime: input.startTime,
  endTime: input.endTime,
  location: input.location,
  onlineUrl: input.onlineUrl,
  isExtra: input.isExtra,
  extraReason: input.extraReason,
});

export const scheduleMeeting: FormActionDefinition<typeof scheduleMeetingSchema, { meetingId: string }> = {
  schema: scheduleMeetingSchema,
  // Every signed-in user reaches the action; who may schedule for the group is decided in run().
  permission: "partnership:view",
  successMessage: "meetings.scheduled",
  async run({ input, actor, tx }) {
    const group = await tx.group.findFirst({
      where: { id: input.groupId, partnershipId: actor.partnershipId },
      select: { id: true, kind: true, meetingsPerYear: true },
    });
    if (!group) throw new ActionError("errors.validation", { groupId: ["validation.invalid"] });
    await requireManager(tx, actor, group.id);
    const details = detailsOrRefusal(detailsInput(input));

    await lockGroup(tx, group.id);
    await requireRegularSlot(tx, group, { year: details.cycleYear, isExtra: details.isExtra });

    const meeting = await tx.meeting.create({
      data: { groupId: group.id, title: input.meetingTitle, isPublic: input.isPublic, createdById: actor.userId, ...details },
    });
    return {
      audit: { action: "meeting.scheduled", entityType: "Meeting", entityId: meeting.id, data: { group: group.kind, after: meetingAuditView(meeting) } },
      result: { meetingId: meeting.id },
    };
  },
};

/**
 * Editing or moving a meeting. A held or cancelled meeting cannot be moved; moving a regular
 * meeting into another year, or turning an extra meeting into a regular one, needs a free slot.
 */
export const editMeeting: FormActionDefinition<typeof editMeetingSchema, { meetingId: string }> = {
  schema: editMeetingSchema,
  permission: "partnership:view",
  successMessage: "meetings.saved",
  async run({ input, actor, tx }) {
    const before = await meetingForChange(tx, actor, input.meetingId);
    if (before.version !== input.version) throw new ActionError("meetings.refusals.stale");
    if (before.status === "CANCELLED") throw new ActionError("meetings.refusals.cancelled");
    const details = detailsOrRefusal(detailsInput(input));

    const moved = details.startsAt.getTime() !== before.startsAt.getTime() || details.endsAt.getTime() !== before.endsAt.getTime();
    if (moved && before.status === "HELD") throw new ActionError("meetings.refusals.heldNotMoved", { meetingDate: ["meetings.refusals.heldNotMoved"] });
    if (!details.isExtra && (details.cycleYear !== before.cycleYear || before.isExtra)) {
      await lockGroup(tx, before.groupId);
      await requireRegularSlot(tx, before.group, { year: details.cycleYear, isExtra: false, ignoreMeetingId: before.id });
    }

    const updated = await tx.meeting.updateMany({
      where: { id: before.id, version: input.version },
      data: { title: input.meetingTitle, isPublic: input.isPublic, ...details, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ActionError("meetings.refusals.stale");
    const after = await tx.meeting.findUniqueOrThrow({ where: { id: before.id } });
    return {
      audit: {
        action: moved ? "meeting.moved" : "meeting.edited",
        entityType: "Meeting",
        entityId: before.id,
        data: { group: before.group.kind, before: meetingAuditView(before), after: meetingAuditView(after) },
      },
      result: { meetingId: before.id },
    };
  },
};

/** Cancelling a planned meeting (with its reason) frees its regular slot; the record is kept. */
export const cancelMeeting: FormActionDefinition<typeof cancelMeetingSchema, { meetingId: string; cancellationMails: number }> = {
  schema: cancelMeetingSchema,
  permission: "partnership:view",
  successMessage: "meetings.cancelled",
  async run({ input, actor, tx }) {
    const before = await meetingForChange(tx, actor, input.meetingId);
    if (before.version !== input.version) throw new ActionError("meetings.refusals.stale");
    if (before.status !== "PLANNED") throw new ActionError("meetings.refusals.notPlanned");
    const cancelledAt = new Date();
    const updated = await tx.meeting.updateMany({
      where: { id: before.id, version: input.version, status: "PLANNED" },
      data: { status: "CANCELLED", cancelledAt, cancellationReason: input.cancellationReason, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ActionError("meetings.refusals.stale");
    const after = await tx.meeting.findUniqueOrThrow({ where: { id: before.id } });
    // Those who received the notice hear that the meeting is off.
    const cancellationMails = before.noticeSentAt ? await queueCancellationMail(tx, actor, after.id) : 0;
    return {
      audit: {
        action: "meeting.cancelled",
        entityType: "Meeting",
        entityId: before.id,
        data: {
          group: before.group.kind,
          reason: input.cancellationReason,
          before: meetingAuditView(before),
          after: { ...meetingAuditView(after), cancelledAt: cancelledAt.toISOString(), cancellationMails },
        },
      },
      result: { meetingId: before.id, cancellationMails },
    };
  },
};

/** A planned meeting is marked held once its start time has passed. */
export const markMeetingHeld: FormActionDefinition<typeof meetingVersionSchema, { meetingId: string }> = {
  schema: meetingVersionSchema,
  permission: "partnership:view",
  successMessage: "meetings.markedHeld",
  async run({ input, actor, tx }) {
    const before = await meetingForChange(tx, actor, input.meetingId);
    if (before.version !== input.version) throw new ActionError("meetings.refusals.stale");
    if (before.status !== "PLANNED") throw new ActionError("meetings.refusals.notPlanned");
    if (before.startsAt > new Date()) throw new ActionError("meetings.refusals.notStarted");
    const updated = await tx.meeting.updateMany({
      where: { id: before.id, version: input.version, status: "PLANNED" },
      data: { status: "HELD", version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ActionError("meetings.refusals.stale");
    return {
      audit: {
        action: "meeting.held",
        entityType: "Meeting",
        entityId: before.id,
        data: { group: before.group.kind, before: { status: before.status, version: before.version }, after: { status: "HELD", version: before.version + 1 } },
      },
      result: { meetingId: before.id },
    };
  },
};
