import "server-only";
import { mayManageMeetings } from "@/features/meetings/access";
import { meetingViewerFor } from "@/features/meetings/viewer";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition, TransactionClient } from "@/server/actions/form-action";
import { chairRefusal } from "./justering";
import { bumpVersion, draftForEdit, lockMeeting, presentPersonIds, refuse } from "./minutes-context";
import { addEntrySchema, editEntrySchema, removeEntrySchema, setChairSchema, startMinutesSchema } from "./schemas";

type MinutesResult = { minutesId: string; meetingId: string };

async function personName(tx: TransactionClient, personId: string | null): Promise<string | null> {
  if (!personId) return null;
  return (await tx.person.findUnique({ where: { id: personId }, select: { name: true } }))?.name ?? null;
}

/**
 * The secretary (or an administrator) starts the minutes of a held meeting: a draft with one entry
 * per agenda item, headed by the item's title. Later minutes of the same meeting are corrections.
 */
export const startMinutes: FormActionDefinition<typeof startMinutesSchema, MinutesResult> = {
  schema: startMinutesSchema,
  permission: "partnership:view",
  successMessage: "minutes.started",
  // Two secretaries starting at once: the database keeps one open minutes per meeting.
  onConflict: { field: "meetingId", message: "minutes.refusals.alreadyStarted" },
  async run({ input, actor, tx }) {
    await lockMeeting(tx, input.meetingId);
    const meeting = await tx.meeting.findFirst({
      where: { id: input.meetingId, group: { partnershipId: actor.partnershipId } },
      include: { agendaItems: { orderBy: { position: "asc" }, select: { id: true, title: true } } },
    });
    if (!meeting) throw new ActionError("errors.notFound");
    if (!mayManageMeetings(await meetingViewerFor(actor, tx), meeting.groupId)) throw new ActionError("errors.forbidden");
    if (meeting.status !== "HELD") refuse("notHeld");
    if ((await tx.minutes.count({ where: { meetingId: meeting.id } })) > 0) refuse("alreadyStarted");
    if (input.chairPersonId) {
      const refusal = chairRefusal(input.chairPersonId, await presentPersonIds(tx, meeting.id));
      if (refusal) refuse(refusal, "chairPersonId");
    }

    const minutes = await tx.minutes.create({
      data: {
        meetingId: meeting.id,
        chairPersonId: input.chairPersonId,
        secretaryPersonId: actor.personId,
        createdById: actor.userId,
        entries: { create: meeting.agendaItems.map((item, index) => ({ agendaItemId: item.id, position: index + 1, heading: item.title })) },
      },
    });
    return {
      audit: {
        action: "minutes.started",
        entityType: "Minutes",
        entityId: minutes.id,
        data: {
          meetingId: meeting.id,
          after: { meeting: meeting.title, chair: await personName(tx, input.chairPersonId), entries: meeting.agendaItems.length },
        },
      },
      result: { minutesId: minutes.id, meetingId: meeting.id },
    };
  },
};

/**
 * Who chaired the meeting: someone recorded present. The chair appoints the adjusters, so a new
 * chair starts over with none.
 */
export const setChair: FormActionDefinition<typeof setChairSchema, MinutesResult> = {
  schema: setChairSchema,
  permission: "partnership:view",
  successMessage: "minutes.chairSet",
  async run({ input, actor, tx }) {
    const context = await draftForEdit(tx, actor, input.minutesId, input.version);
    const refusal = chairRefusal(input.chairPersonId, await presentPersonIds(tx, context.meeting.id));
    if (refusal) refuse(refusal, "chairPersonId");
    const before = context.minutes.chairPersonId;
    const changed = before !== input.chairPersonId;
    const clearedAdjusters = changed ? context.state.adjusterIds.length : 0;
    if (clearedAdjusters > 0) await tx.minutesAdjuster.deleteMany({ where: { minutesId: context.minutes.id } });
    await bumpVersion(tx, context.minutes.id, input.version, { chairPersonId: input.chairPersonId });
    return {
      audit: {
        action: "minutes.chair_set",
        entityType: "Minutes",
        entityId: context.minutes.id,
        data: {
          meetingId: context.meeting.id,
          before: { chair: await personName(tx, before) },
          after: { chair: await personName(tx, input.chairPersonId) },
          ...(clearedAdjusters > 0 ? { adjustersCleared: clearedAdjusters } : {}),
        },
      },
      result: { minutesId: context.minutes.id, meetingId: context.meeting.id },
    };
  },
};

/** A free-standing paragraph (e.g. "Mötets öppnande", "Övriga frågor"), after the others. */
export const addEntry: FormActionDefinition<typeof addEntrySchema, MinutesResult & { entryId: string }> = {
  schema: addEntrySchema,
  permission: "partnership:view",
  successMessage: "minutes.entryAdded",
  async run({ input, actor, tx }) {
    const context = await draftForEdit(tx, actor, input.minutesId, input.version);
    const last = await tx.minutesEntry.aggregate({ where: { minutesId: context.minutes.id }, _max: { position: true } });
    const entry = await tx.minutesEntry.create({
      data: { minutesId: context.minutes.id, position: (last._max.position ?? 0) + 1, heading: input.heading, text: input.text },
    });
    await bumpVersion(tx, context.minutes.id, input.version);
    return {
      audit: {
        action: "minutes.entry_added",
        entityType: "MinutesEntry",
        entityId: entry.id,
        data: { minutesId: context.minutes.id, after: { heading: entry.heading, text: entry.text } },
      },
      result: { minutesId: context.minutes.id, meetingId: context.meeting.id, entryId: entry.id },
    };
  },
};

async function entryOf(tx: TransactionClient, minutesId: string, entryId: string) {
  const entry = await tx.minutesEntry.findFirst({ where: { id: entryId, minutesId } });
  if (!entry) throw new ActionError("errors.notFound");
  return entry;
}

/** The text (and heading) of one entry of the draft. */
export const editEntry: FormActionDefinition<typeof editEntrySchema, MinutesResult> = {
  schema: editEntrySchema,
  permission: "partnership:view",
  successMessage: "minutes.entrySaved",
  async run({ input, actor, tx }) {
    const context = await draftForEdit(tx, actor, input.minutesId, input.version);
    const entry = await entryOf(tx, context.minutes.id, input.entryId);
    await tx.minutesEntry.update({ where: { id: entry.id }, data: { heading: input.heading, text: input.text } });
    await bumpVersion(tx, context.minutes.id, input.version);
    return {
      audit: {
        action: "minutes.entry_edited",
        entityType: "MinutesEntry",
        entityId: entry.id,
        data: { minutesId: context.minutes.id, before: { heading: entry.heading, text: entry.text }, after: { heading: input.heading, text: input.text } },
      },
      result: { minutesId: context.minutes.id, meetingId: context.meeting.id },
    };
  },
};

export const removeEntry: FormActionDefinition<typeof removeEntrySchema, MinutesResult> = {
  schema: removeEntrySchema,
  permission: "partnership:view",
  successMessage: "minutes.entryRemoved",
  async run({ input, actor, tx }) {
    const context = await draftForEdit(tx, actor, input.minutesId, input.version);
    const entry = await entryOf(tx, context.minutes.id, input.entryId);
    await tx.minutesEntry.delete({ where: { id: entry.id } });
    await bumpVersion(tx, context.minutes.id, input.version);
    return {
      audit: {
        action: "minutes.entry_removed",
        entityType: "MinutesEntry",
        entityId: entry.id,
        data: { minutesId: context.minutes.id, before: { heading: entry.heading, text: entry.text } },
      },
      result: { minutesId: context.minutes.id, meetingId: context.meeting.id },
    };
  },
};
