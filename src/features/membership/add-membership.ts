import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition } from "@/server/actions/form-action";
import { periodsOverlap, type Finding } from "./composition";
import { changeComposition, dayOf } from "./composition-snapshot";
import { addMembershipSchema } from "./membership-schemas";

export const addMembership: FormActionDefinition<typeof addMembershipSchema, { membershipId: string; warnings: Finding[] }> = {
  schema: addMembershipSchema,
  permission: "membership:manage",
  successMessage: "membership.added",
  successMessageValues: (result) => ({ warnings: result.warnings.length }),
  async run({ input, actor, tx }) {
    // Every id in the form is checked against the actor's own partnership: a tampered id from
    // another partnership is refused as if it did not exist.
    const group = await tx.group.findUnique({ where: { partnershipId_kind: { partnershipId: actor.partnershipId, kind: input.groupKind } } });
    const person = await tx.person.findFirst({ where: { id: input.personId, partnershipId: actor.partnershipId } });
    if (!group) throw new ActionError("errors.validation", { groupKind: ["validation.invalid"] });
    if (!person) throw new ActionError("errors.validation", { personId: ["validation.invalid"] });
    if (!person.active) throw new ActionError("errors.validation", { personId: ["membership.validation.personInactive"] });
    if (!person.partyId) throw new ActionError("errors.validation", { personId: ["membership.validation.personWithoutParty"] });

    if (input.seatId) {
      const seat = await tx.seat.findFirst({ where: { id: input.seatId, groupId: group.id } });
      if (!seat) throw new ActionError("errors.validation", { seatId: ["validation.invalid"] });
      if (seat.partyId !== person.partyId) throw new ActionError("errors.validation", { seatId: ["membership.validation.seatOtherParty"] });
    }
    if (input.thematicAreaIds.length > 0) {
      if (group.kind !== "WORKING_GROUP") {
        throw new ActionError("errors.validation", { thematicAreaIds: ["membership.validation.areasOnlyWorkingGroup"] });
      }
      const found = await tx.thematicArea.count({ where: { id: { in: input.thematicAreaIds }, partnershipId: actor.partnershipId } });
      if (found !== input.thematicAreaIds.length) throw new ActionError("errors.validation", { thematicAreaIds: ["validation.invalid"] });
    }

    const existing = await tx.membership.findMany({ where: { groupId: group.id, personId: person.id }, select: { startDate: true, endDate: true } });
    if (existing.some((period) => periodsOverlap(period, input))) {
      throw new ActionError("errors.validation", { startDate: ["membership.validation.overlap"] });
    }

    let membershipId = "";
    const today = dayOf(new Date());
    const warnings = await changeComposition(
      tx,
      actor.partnershipId,
      async () => {
        const created = await tx.membership.create({
          data: {
            groupId: group.id,
            personId: person.id,
            partyId: person.partyId!,
            role: input.role,
            seatId: input.seatId,
            startDate: input.startDate,
            endDate: input.endDate,
            thematicAreas: { create: input.thematicAreaIds.map((thematicAreaId) => ({ thematicAreaId })) },
          },
        });
        membershipId = created.id;
      },
      input.startDate > today ? input.startDate : today,
    );

    return {
      audit: {
        action: "membership.added",
        entityType: "Membership",
        entityId: membershipId,
        data: {
          after: {
            group: group.kind,
            person: person.name,
            role: input.role,
            seatId: input.seatId,
            startDate: input.startDate.toISOString().slice(0, 10),
            endDate: input.endDate?.toISOString().slice(0, 10) ?? null,
            thematicAreaIds: input.thematicAreaIds,
          },
          warnings: warnings.map((warning) => warning.rule),
        },
      },
      result: { membershipId, warnings },
    };
  },
};
