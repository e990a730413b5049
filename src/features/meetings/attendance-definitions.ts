import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition } from "@/server/actions/form-action";
import { meetingDay, membershipsOnDay } from "./attendance";
import { meetingForChange } from "./meeting-context";
import { recordAttendanceSchema } from "./schemas";

/**
 * Records who attended (present, absent, excused) for the people who were members of the group on
 * the meeting's day, in one form for all of them; "not recorded" removes an earlier record. Anyone
 * else is refused: attendance is per member at that date.
 */
export const recordAttendance: FormActionDefinition<typeof recordAttendanceSchema, { recorded: number }> = {
  schema: recordAttendanceSchema,
  permission: "partnership:view",
  successMessage: "meetings.attendance.saved",
  async run({ input, actor, tx }) {
    const meeting = await meetingForChange(tx, actor, input.meetingId);
    if (meeting.status === "CANCELLED") throw new ActionError("meetings.refusals.cancelled");
    if (meeting.startsAt > new Date()) throw new ActionError("meetings.attendance.refusals.notStarted");
    if (input.entries.length === 0) throw new ActionError("meetings.attendance.refusals.nothing");

    const memberships = await tx.membership.findMany({
      where: membershipsOnDay(meeting.groupId, meetingDay(meeting.startsAt)),
      select: { person: { select: { id: true, name: true } } },
    });
    const members = new Map(memberships.map(({ person }) => [person.id, person.name]));
    if (input.entries.some((entry) => !members.has(entry.personId))) throw new ActionError("meetings.attendance.refusals.notMember");

    const existing = await tx.attendance.findMany({ where: { meetingId: meeting.id }, select: { personId: true, status: true } });
    const before = new Map(existing.map((row) => [row.personId, row.status as string]));
    const after = new Map(before);
    for (const entry of input.entries) {
      const key = { meetingId_personId: { meetingId: meeting.id, personId: entry.personId } };
      if (entry.status === null) {
        if (before.has(entry.personId)) await tx.attendance.delete({ where: key });
        after.delete(entry.personId);
      } else if (before.get(entry.personId) !== entry.status) {
        await tx.attendance.upsert({
          where: key,
          create: { meetingId: meeting.id, personId: entry.personId, status: entry.status, recordedById: actor.userId },
          update: { status: entry.status, recordedById: actor.userId, recordedAt: new Date() },
        });
        after.set(entry.personId, entry.status);
      }
    }
    // Keyed by name, so the audit log reads as a list of people; changed rows only.
    const changed = input.entries.filter((entry) => (before.get(entry.personId) ?? null) !== entry.status);
    const named = (statuses: Map<string, string>) =>
      Object.fromEntries(changed.map((entry) => [members.get(entry.personId) ?? entry.personId, statuses.get(entry.personId) ?? null]));
    return {
      audit: { action: "meeting.attendance_recorded", entityType: "Meeting", entityId: meeting.id, data: { before: named(before), after: named(after) } },
      result: { recorded: after.size },
    };
  },
};
