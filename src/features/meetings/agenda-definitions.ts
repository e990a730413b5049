import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition, TransactionClient } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { movedOrder, renumbered } from "./agenda";
import { meetingForChange, type MeetingForChange } from "./meeting-context";
import { addAgendaItemSchema, editAgendaItemSchema, moveAgendaItemSchema, removeAgendaItemSchema } from "./schemas";

/**
 * The agenda of a planned meeting, kept by the meeting's managers. Every change bumps the meeting's
 * version: the agenda is part of the notice and the calendar invitation, so a notice sent after a
 * change goes out again, and a form shown before it is refused as stale.
 */

const ITEM_SELECT = { id: true, meetingId: true, position: true, title: true, description: true, presenter: true, durationMinutes: true, type: true } as const;

type ItemRow = { id: string; position: number; title: string; description: string; presenter: string; durationMinutes: number | null; type: string };

const itemAuditView = (item: ItemRow) => ({
  position: item.position,
  title: item.title,
  description: item.description,
  presenter: item.presenter,
  durationMinutes: item.durationMinutes,
  type: item.type,
});

function requireAgendaOpen(meeting: MeetingForChange): void {
  if (meeting.status !== "PLANNED") throw new ActionError("meetings.refusals.agendaLocked");
}

async function bumpVersion(tx: TransactionClient, meetingId: string): Promise<void> {
  await tx.meeting.update({ where: { id: meetingId }, data: { version: { increment: 1 } } });
}

/** An agenda item of the actor's partnership, its meeting locked and open for changes. */
async function itemForChange(tx: TransactionClient, actor: Actor, itemId: string) {
  const found = await tx.agendaItem.findFirst({
    where: { id: itemId, meeting: { group: { partnershipId: actor.partnershipId } } },
    select: { meetingId: true },
  });
  if (!found) throw new ActionError("errors.notFound");
  const meeting = await meetingForChange(tx, actor, found.meetingId);
  requireAgendaOpen(meeting);
  const item = await tx.agendaItem.findUnique({ where: { id: itemId }, select: ITEM_SELECT });
  if (!item) throw new ActionError("errors.notFound");
  return { meeting, item };
}

export const addAgendaItem: FormActionDefinition<typeof addAgendaItemSchema, { itemId: string }> = {
  schema: addAgendaItemSchema,
  permission: "partnership:view",
  successMessage: "meetings.agenda.added",
  async run({ input, actor, tx }) {
    const meeting = await meetingForChange(tx, actor, input.meetingId);
    requireAgendaOpen(meeting);
    const last = await tx.agendaItem.aggregate({ where: { meetingId: meeting.id }, _max: { position: true } });
    const item = await tx.agendaItem.create({
      data: {
        meetingId: meeting.id,
        position: (last._max.position ?? 0) + 1,
        title: input.itemTitle,
        description: input.itemDescription,
        presenter: input.presenter,
        durationMinutes: input.durationMinutes,
        type: input.itemType,
      },
      select: ITEM_SELECT,
    });
    await bumpVersion(tx, meeting.id);
    return {
      audit: { action: "meeting.agenda_item_added", entityType: "AgendaItem", entityId: item.id, data: { meetingId: meeting.id, after: itemAuditView(item) } },
      result: { itemId: item.id },
    };
  },
};

export const editAgendaItem: FormActionDefinition<typeof editAgendaItemSchema, { itemId: string }> = {
  schema: editAgendaItemSchema,
  permission: "partnership:view",
  successMessage: "meetings.agenda.saved",
  async run({ input, actor, tx }) {
    const { meeting, item } = await itemForChange(tx, actor, input.itemId);
    const after = await tx.agendaItem.update({
      where: { id: item.id },
      data: { title: input.itemTitle, description: input.itemDescription, presenter: input.presenter, durationMinutes: input.durationMinutes, type: input.itemType },
      select: ITEM_SELECT,
    });
    await bumpVersion(tx, meeting.id);
    return {
      audit: {
        action: "meeting.agenda_item_edited",
        entityType: "AgendaItem",
        entityId: item.id,
        data: { meetingId: meeting.id, before: itemAuditView(item), after: itemAuditView(after) },
      },
      result: { itemId: item.id },
    };
  },
};

export const removeAgendaItem: FormActionDefinition<typeof removeAgendaItemSchema, null> = {
  schema: removeAgendaItemSchema,
  permission: "partnership:view",
  successMessage: "meetings.agenda.removed",
  async run({ input, actor, tx }) {
    const { meeting, item } = await itemForChange(tx, actor, input.itemId);
    // Underlag linked to the item stays with the meeting (the link is set to null by the database).
    await tx.agendaItem.delete({ where: { id: item.id } });
    const rest = await tx.agendaItem.findMany({ where: { meetingId: meeting.id }, orderBy: { position: "asc" }, select: { id: true, position: true } });
    for (const change of renumbered(rest, rest.map((row) => row.id))) {
      await tx.agendaItem.update({ where: { id: change.id }, data: { position: change.position } });
    }
    await bumpVersion(tx, meeting.id);
    return {
      audit: { action: "meeting.agenda_item_removed", entityType: "AgendaItem", entityId: item.id, data: { meetingId: meeting.id, before: itemAuditView(item) } },
      result: null,
    };
  },
};

/** Moves an item one step up or down (each reorder is a small form with a button). */
export const moveAgendaItem: FormActionDefinition<typeof moveAgendaItemSchema, null> = {
  schema: moveAgendaItemSchema,
  permission: "partnership:view",
  successMessage: "meetings.agenda.moved",
  async run({ input, actor, tx }) {
    const { meeting, item } = await itemForChange(tx, actor, input.itemId);
    const items = await tx.agendaItem.findMany({ where: { meetingId: meeting.id }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, position: true } });
    const order = movedOrder(
      items.map((row) => row.id),
      item.id,
      input.direction,
    );
    if (!order) throw new ActionError("meetings.refusals.cannotMove");
    const changes = renumbered(items, order);
    for (const change of changes) await tx.agendaItem.update({ where: { id: change.id }, data: { position: change.position } });
    await bumpVersion(tx, meeting.id);
    const newPosition = order.indexOf(item.id) + 1;
    return {
      audit: {
        action: "meeting.agenda_item_moved",
        entityType: "AgendaItem",
        entityId: item.id,
        data: { meetingId: meeting.id, title: item.title, before: { position: item.position }, after: { position: newPosition } },
      },
      result: null,
    };
  },
};
