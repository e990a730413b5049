import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition, TransactionClient } from "@/server/actions/form-action";
import { accountForEmail } from "@/server/auth/accounts";
import { bilingualMail } from "@/server/mail/bilingual";
import { queueMail } from "@/server/mail/outbox";
import { emailInUse, findPerson, refuseAnonymised, refuseLosingLastAdministrator } from "./person-guards";
import { hashInvitationToken, invitationExpiry, newInvitationToken } from "./person-rules";
import { changeRolesSchema, invitePersonSchema } from "./person-schemas";

export type InvitationResult = { personId: string; token: string | null; expiresAt: Date | null };

/**
 * Invites a person as a user of the partnership with the chosen roles. The person signs in with
 * the installation's account for their e-mail address:
 * - an account without a password (new, or invited before) gets a one-time link with which its
 *   owner sets one. Only the token's sha256 is stored; the token itself goes back to the
 *   administrator once, to pass on;
 * - an account that already has a password (the same human in another partnership) is given access
 *   at once and told so by mail: a link would let whoever holds it take the account over.
 *
 * A user of this partnership whose account already has a password is not re-invited; its roles are
 * changed with changeRoles instead.
 */
export const invitePerson: FormActionDefinition<typeof invitePersonSchema, InvitationResult> = {
  schema: invitePersonSchema,
  permission: "membership:manage",
  successMessage: "people.invite.created",
  async run({ input, actor, tx }) {
    const person = await findPerson(tx, actor.partnershipId, input.personId);
    refuseAnonymised(person);
    if (!person.active) throw new ActionError("people.refusals.inactive");
    if (!person.email) throw new ActionError("people.refusals.noEmail");
    const { roles } = input;
    const existing = person.user;
    if (existing?.account?.passwordHash) throw new ActionError("people.refusals.alreadyHasPassword");
    if ((await emailInUse(tx, actor.partnershipId, person.email, person.id)) === "account") {
      throw new ActionError("people.refusals.emailTakenByAccount");
    }

    const now = new Date();
    const account = existing?.account ?? (await accountForEmail(tx, person.email, person.name));
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { accountId: account.id, roles, active: true } })
      : await tx.user.create({ data: { personId: person.id, partnershipId: actor.partnershipId, accountId: account.id, roles } });
    if (existing?.roles.includes("ADMINISTRATOR") && !roles.includes("ADMINISTRATOR")) {
      await refuseLosingLastAdministrator(tx, actor.partnershipId);
    }
    const before = { account: existing ? { userId: existing.id, email: existing.account?.email ?? null, roles: existing.roles, active: existing.active } : null };
    const after = { account: { userId: user.id, email: account.email, roles: user.roles, active: user.active } };

    if (account.passwordHash) {
      await queueAccessMail(tx, { partnershipId: actor.partnershipId, email: account.email, userId: user.id });
      return {
        audit: { action: "person.given_access", entityType: "Person", entityId: person.id, data: { before, after } },
        result: { personId: person.id, token: null, expiresAt: null },
      };
    }

    // Only the newest link works: earlier, unused ones expire now.
    const superseded = await tx.invitation.updateMany({
      where: { userId: user.id, acceptedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const token = newInvitationToken();
    const invitation = await tx.invitation.create({
      data: { userId: user.id, tokenHash: hashInvitationToken(token), expiresAt: invitationExpiry(now), createdById: actor.userId },
    });

    return {
      audit: {
        action: "person.invited",
        entityType: "Person",
        entityId: person.id,
        data: {
          before,
          after: { ...after, invitation: { id: invitation.id, expiresAt: invitation.expiresAt.toISOString() }, supersededInvitations: superseded.count },
        },
      },
      result: { personId: person.id, token, expiresAt: invitation.expiresAt },
    };
  },
};

/** Tells someone who already has an account that they now take part in one more partnership. */
async function queueAccessMail(tx: TransactionClient, to: { partnershipId: string; email: string; userId: string }): Promise<void> {
  const partnership = await tx.partnership.findUniqueOrThrow({ where: { id: to.partnershipId }, select: { name: true, nameEn: true } });
  const mail = bilingualMail((t, locale) => ({
    subject: t("people.accessMail.subject", { partnership: (locale === "en" && partnership.nameEn) || partnership.name }),
    text: t("people.accessMail.body", { partnership: (locale === "en" && partnership.nameEn) || partnership.name, email: to.email }),
  }));
  await queueMail(tx, [{ partnershipId: to.partnershipId, to: to.email, subject: mail.subject, text: mail.text, dedupeKey: `access-given:${to.userId}:${Date.now()}` }]);
}

/**
 * Changes a user's roles in this partnership. Sessions read the roles on every request, so the new
 * roles apply at once, and the person's other partnerships are untouched.
 */
export const changeRoles: FormActionDefinition<typeof changeRolesSchema, { personId: string }> = {
  schema: changeRolesSchema,
  permission: "membership:manage",
  successMessage: "people.roles.saved",
  async run({ input, actor, tx }) {
    const person = await findPerson(tx, actor.partnershipId, input.personId);
    refuseAnonymised(person);
    const account = person.user;
    if (!account) throw new ActionError("people.refusals.noAccount");
    const { roles } = input;
    const updated = await tx.user.update({ where: { id: account.id }, data: { roles } });
    if (account.roles.includes("ADMINISTRATOR") && !roles.includes("ADMINISTRATOR")) {
      await refuseLosingLastAdministrator(tx, actor.partnershipId);
    }
    return {
      audit: {
        action: "user.roles_changed",
        entityType: "User",
        entityId: account.id,
        data: { before: { roles: account.roles }, after: { roles: updated.roles } },
      },
      result: { personId: person.id },
    };
  },
};
