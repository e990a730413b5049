import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition } from "@/server/actions/form-action";
import type { Finding, GroupKind } from "./composition";
import { changeComposition, nextDay } from "./composition-snapshot";
import { endMembershipSchema } from "./membership-schemas";

/**
 * Ends a membership on a given (inclusive) last day. Ending the chair's membership needs a
 * successor among the group's other current members in the same change, or the group would be
 * left without a chair, which the agreement's rules refuse.
 */
export type EndMembershipResult = { warnings: Finding[]; groupKind: GroupKind; lastDay: string };

export const endMembership: FormActionDefinition<typeof endMembershipSchema, EndMembershipResult> = {
  schema: endMembershipSchema,
  permission: "membership:manage",
  successMessage: "membership.ended",
  successMessageValues: (result) => ({ warnings: result.warnings.length }),
  async run({ input, actor, tx }) {
    const membership = await tx.membership.findFirst({
      where: { id: input.membershipId, group: { partnershipId: actor.partnershipId } },
      include: { person: { select: { name: true } }, group: { select: { kind: true } } },
    });
    if (!membership) throw new ActionError("errors.notFound");
    if (membership.endDate !== null && membership.endDate < input.endDate) {
      throw new ActionError("errors.validation", { endDate: ["membership.validation.alreadyEnded"] });
    }
    if (input.endDate < membership.startDate) throw new ActionError("errors.validation", { endDate: ["validation.endBeforeStart"] });

    const successor = input.successorMembershipId
      ? await tx.membership.findFirst({
          where: { id: input.successorMembershipId, groupId: membership.groupId, NOT: { id: membership.id } },
          include: { person: { select: { name: true } } },
        })
      : null;
    if (input.successorMembershipId && !successor) {
      throw new ActionError("errors.validation", { successorMembershipId: ["validation.invalid"] });
    }

    const warnings = await changeComposition(
      tx,
      actor.partnershipId,
      async () => {
        await tx.membership.update({ where: { id: membership.id }, data: { endDate: input.endDate } });
        if (successor) await tx.membership.update({ where: { id: successor.id }, data: { role: membership.role } });
      },
      nextDay(input.endDate),
    );

    return {
      audit: {
        action: "membership.ended",
        entityType: "Membership",
        entityId: membership.id,
        data: {
          before: { person: membership.person.name, role: membership.role, endDate: membership.endDate?.toISOString().slice(0, 10) ?? null },
          after: {
            endDate: input.endDate.toISOString().slice(0, 10),
            ...(successor ? { successor: successor.person.name, successorRole: membership.role, successorPreviousRole: successor.role } : {}),
          },
          warnings: warnings.map((warning) => warning.rule),
        },
      },
      result: { warnings, groupKind: membership.group.kind, lastDay: input.endDate.toISOString().slice(0, 10) },
    };
  },
};
