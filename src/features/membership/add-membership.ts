import "server-only";
import type { FieldErrors } from "@/lib/forms/form-checks";
import type { FormActionDefinition } from "@/server/actions/form-action";
import { periodsOverlap, type Finding } from "./composition";
import { changeComposition, dayOf } from "./composition-snapshot";
import { addMembershipSchema } from "./membership-schemas";

export const addMembership: FormActionDefinition<typeof addMembershipSchema, { membershipId: string; warnings: Finding[] }> = {
  schema: addMembershipSchema,
  permission: "membership:manage",
  successMessage: "membership.added",
  successMessageValues: (result) => ({ warnings: result.warnings.length }),
  /**
   * Every id in the form is checked against the actor's own partnership (a tampered id from
   * another partnership is refused as if it did not exist), with the person's standing, the seat's
   * party and an earlier membership in the group. Before `run`, and also when other fields failed,
   * on the fields that parsed: one submit reports everything.
   */
  async check({ input, actor, tx }) {
    const errors: FieldErrors = {};
    const group = input.groupKind ? await tx.group.findUnique({ where: { partnershipId_kind: { partnershipId: actor.partnershipId, kind: input.groupKind } } }) : null;
    const person = input.personId ? await tx.person.findFirst({ where: { id: input.personId, partnershipId: actor.partnershipId } }) : null;
    if (input.groupKind && !group) errors.groupKind = ["validation.invalid"];
    if (input.personId && !person) errors.personId = ["validation.invalid"];
    else if (person && !person.active) errors.personId = ["membership.validation.personInactive"];
    else if (person && !person.partyId) errors.personId = ["membership.validation.personWithoutParty"];

    if (group && input.seatId) {
      const seat = await tx.seat.findFirst({ where: { id: input.seatId, groupId: group.id } });
      if (!seat) errors.seatId = ["validation.invalid"];
      else if (person?.partyId && seat.partyId !== person.partyId) errors.seatId = ["membership.validation.seatOtherParty"];
    }
    if (input.thematicAreaIds && input.thematicAreaIds.length > 0) {
      if (group && group.kind !== "WORKING_GROUP") errors.thematicAreaIds = ["membership.validation.areasOnlyWorkingGroup"];
      else if ((await tx.thematicArea.count({ where: { id: { in: input.thematicAreaIds }, partnershipId: actor.partnershipId } })) !== input.thematicAreaIds.length) {
        errors.thematicAreaIds = ["validation.invalid"];
      }
    }
    if (group && person && input.startDate !== undefined && input.endDate !== undefined) {
      const period = { startDate: input.startDate, endDate: input.endDate };
      const existing = await tx.membership.findMany({ where: { groupId: group.id, personId: person.id }, select: { startDate: true, endDate: true } });
      if (existing.some((earlier) => periodsOverlap(earlier, period))) errors.startDate = ["membership.validation.overlap"];
    }
    return errors;
  },
  // After the check: the group and the person are the partnership's, and the person may sit in it.
  async run({ input, actor, tx }) {
    const group = await tx.group.findUniqueOrThrow({ where: { partnershipId_kind: { partnershipId: actor.partnershipId, kind: input.groupKind } } });
    const person = await tx.person.findFirstOrThrow({ where: { id: input.personId, partnershipId: actor.partnershipId } });

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
