import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition } from "@/server/actions/form-action";
import { addSeatSchema, removeSeatSchema } from "./seat-schemas";

/** Seats are data: each partnership names its own (the university's are configurable too). */
export const addSeat: FormActionDefinition<typeof addSeatSchema, { seatId: string }> = {
  schema: addSeatSchema,
  permission: "membership:manage",
  successMessage: "membership.seatAdmin.added",
  onConflict: { field: "title", message: "membership.seatAdmin.duplicate" },
  async run({ input, actor, tx }) {
    const group = await tx.group.findUnique({ where: { partnershipId_kind: { partnershipId: actor.partnershipId, kind: input.groupKind } } });
    const party = await tx.party.findUnique({ where: { partnershipId_type: { partnershipId: actor.partnershipId, type: input.partyType } } });
    if (!group || !party) throw new ActionError("errors.notFound");
    const last = await tx.seat.aggregate({ where: { groupId: group.id }, _max: { sortOrder: true } });
    const seat = await tx.seat.create({
      data: { groupId: group.id, partyId: party.id, title: input.title, sortOrder: (last._max.sortOrder ?? -1) + 1 },
    });
    return {
      audit: { action: "seat.added", entityType: "Seat", entityId: seat.id, data: { after: { group: group.kind, party: party.name, title: seat.title } } },
      result: { seatId: seat.id },
    };
  },
};

/** Removing a seat keeps the memberships that filled it; they just no longer name it. */
export const removeSeat: FormActionDefinition<typeof removeSeatSchema, null> = {
  schema: removeSeatSchema,
  permission: "membership:manage",
  successMessage: "membership.seatAdmin.removed",
  async run({ input, actor, tx }) {
    const seat = await tx.seat.findFirst({
      where: { id: input.seatId, group: { partnershipId: actor.partnershipId } },
      include: { party: { select: { name: true } }, group: { select: { kind: true } } },
    });
    if (!seat) throw new ActionError("errors.notFound");
    await tx.membership.updateMany({ where: { seatId: seat.id }, data: { seatId: null } });
    await tx.seat.delete({ where: { id: seat.id } });
    return {
      audit: { action: "seat.removed", entityType: "Seat", entityId: seat.id, data: { before: { group: seat.group.kind, party: seat.party.name, title: seat.title } } },
      result: null,
    };
  },
};
