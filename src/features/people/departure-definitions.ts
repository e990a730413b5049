import "server-only";
import type { Finding } from "@/features/membership/composition";
import { changeComposition, dayOf } from "@/features/membership/composition-snapshot";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition, TransactionClient } from "@/server/actions/form-action";
import { findPerson, refuseAnonymised, refuseLosingLastAdministrator } from "./person-guards";
import { anonymisedEmail, anonymisedName, isoDay, planMembershipEnds } from "./person-rules";
import { anonymisePersonSchema, deactivatePersonSchema } from "./person-schemas";

/** Stands in the audit trail for personal data that anonymisation removed. */
const REMOVED = "[removed]";

/**
 * A person leaves: their ongoing memberships end today, memberships that have not started are
 * removed, their account is switched off and every session of it ends. Everything they took part
 * in stays. The memberships change through the composition rules, so e.g. the only chair of a
 * group cannot be deactivated until a successor is appointed.
 */
export const deactivatePerson: FormActionDefinition<typeof deactivatePersonSchema, { personId: string; warnings: Finding[] }> = {
  schema: deactivatePersonSchema,
  permission: "membership:manage",
  successMessage: "people.notices.deactivated",
  async run({ input, actor, tx }) {
    const person = await findPerson(tx, actor.partnershipId, input.personId);
    refuseAnonymised(person);
    if (!person.active) throw new ActionError("people.refusals.alreadyInactive");
    if (person.id === actor.personId) throw new ActionError("people.refusals.deactivateSelf");

    const today = dayOf(new Date());
    const memberships = await tx.membership.findMany({
      where: { personId: person.id },
      orderBy: { startDate: "asc" },
      select: { id: true, role: true, startDate: true, endDate: true, group: { select: { kind: true } } },
    });
    const plan = planMembershipEnds(memberships, today);
    const warnings: Finding[] = [];
    try {
      if (plan.end.length > 0) {
        // Judged on tomorrow (changeComposition's default): end dates are inclusive.
        const ended = await changeComposition(tx, actor.partnershipId, async () => {
          await tx.membership.updateMany({ where: { id: { in: plan.end.map((membership) => membership.id) } }, data: { endDate: today } });
        });
        warnings.push(...ended);
      }
      for (const membership of plan.remove) {
        const removed = await changeComposition(
          tx,
          actor.partnershipId,
          async () => {
            await tx.membership.delete({ where: { id: membership.id } });
          },
          membership.startDate,
        );
        warnings.push(...removed);
      }
    } catch (error) {
      throw asPeopleRefusal(error);
    }

    await tx.person.update({ where: { id: person.id }, data: { active: false } });
    const account = person.user;
    // Sessions read the account's partnerships on every request, so this partnership is gone from
    // the person's sessions at once; their other partnerships go on working.
    const accountAfter = account ? await tx.user.update({ where: { id: account.id }, data: { active: false } }) : null;
    const expiredInvitations = account
      ? (await tx.invitation.updateMany({ where: { userId: account.id, acceptedAt: null, expiresAt: { gt: new Date() } }, data: { expiresAt: new Date() } })).count
      : 0;
    if (account?.active && account.roles.includes("ADMINISTRATOR")) await refuseLosingLastAdministrator(tx, actor.partnershipId);

    const period = (membership: (typeof memberships)[number]) => ({
      id: membership.id,
      group: membership.group.kind,
      role: membership.role,
      startDate: isoDay(membership.startDate),
      endDate: isoDay(membership.endDate),
    });
    return {
      audit: {
        action: "person.deactivated",
        entityType: "Person",
        entityId: person.id,
        data: {
          before: {
            active: true,
            account: account ? { active: account.active } : null,
            memberships: [...plan.end, ...plan.remove].map(period),
          },
          after: {
            active: false,
            account: accountAfter ? { active: accountAfter.active } : null,
            memberships: plan.end.map((membership) => ({ ...period(membership), endDate: isoDay(today) })),
            removedMemberships: plan.remove.map((membership) => membership.id),
            expiredInvitations,
          },
          warnings: warnings.map((warning) => warning.rule),
        },
      },
      result: { personId: person.id, warnings },
    };
  },
};

/** The composition rules' refusals, in words about the person being deactivated. */
function asPeopleRefusal(error: unknown): unknown {
  if (!(error instanceof ActionError) || !error.messageKey.startsWith("membership.refusals.")) return error;
  const rule = error.messageKey.slice("membership.refusals.".length);
  const group = String(error.messageValues?.group ?? "");
  return new ActionError(rule === "no-chair" ? "people.refusals.onlyChair" : "people.refusals.composition", {}, { group });
}

/**
 * Anonymises a departed person, as public-records rules require instead of deleting: name replaced,
 * contact details and unit cleared, the account switched off for good with a placeholder address
 * and no password. The records they took part in (memberships, audit events) keep pointing at
 * the same person.
 *
 * The audit entry names the removed fields but not their values: the trail is append-only, so
 * anything written there would outlive the anonymisation.
 */
export const anonymisePerson: FormActionDefinition<typeof anonymisePersonSchema, { personId: string }> = {
  schema: anonymisePersonSchema,
  permission: "membership:manage",
  successMessage: "people.notices.anonymised",
  async run({ input, actor, tx }) {
    const person = await findPerson(tx, actor.partnershipId, input.personId);
    if (person.anonymisedAt) throw new ActionError("people.refusals.alreadyAnonymised");
    if (person.active) throw new ActionError("people.refusals.anonymiseActive");

    const now = new Date();
    const updated = await tx.person.update({
      where: { id: person.id },
      data: { name: anonymisedName(person.id), email: null, title: null, unitId: null, anonymisedAt: now },
    });
    const account = person.user;
    if (account) {
      await tx.user.update({ where: { id: account.id }, data: { active: false, accountId: null } });
      await forgetUnusedAccount(tx, account.account);
    }

    const removed = (value: string | null) => (value === null ? null : REMOVED);
    return {
      audit: {
        action: "person.anonymised",
        entityType: "Person",
        entityId: person.id,
        data: {
          before: {
            name: REMOVED,
            email: removed(person.email),
            title: removed(person.title),
            unitId: person.unitId,
            anonymisedAt: null,
            account: account ? { email: REMOVED, active: account.active, hasPassword: Boolean(account.account?.passwordHash) } : null,
          },
          after: {
            name: updated.name,
            email: null,
            title: null,
            unitId: null,
            anonymisedAt: now.toISOString(),
            account: account ? { email: null, active: false, hasPassword: false } : null,
          },
        },
      },
      result: { personId: person.id },
    };
  },
};

/**
 * The sign-in of an anonymised person: it stays with them while they take part in another
 * partnership (or administer the installation); otherwise nothing of it identifies them any more,
 * and it can no longer sign in.
 */
async function forgetUnusedAccount(tx: TransactionClient, account: { id: string; installationAdministrator: boolean } | null): Promise<void> {
  if (!account || account.installationAdministrator) return;
  if ((await tx.user.count({ where: { accountId: account.id } })) > 0) return;
  await tx.account.update({
    where: { id: account.id },
    data: { email: anonymisedEmail(account.id), name: anonymisedName(account.id), passwordHash: null, sessionVersion: { increment: 1 } },
  });
}
