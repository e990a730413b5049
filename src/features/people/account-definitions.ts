import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition } from "@/server/actions/form-action";
import { emailInUse, findPerson, refuseAnonymised, refuseLosingLastAdministrator } from "./person-guards";
import { hashInvitationToken, invitationExpiry, newInvitationToken, sameRoles } from "./person-rules";
import { changeRolesSchema, invitePersonSchema } from "./person-schemas";

export type InvitationResult = { personId: string; token: string; expiresAt: Date };

/**
 * Invites a person as a user: makes (or reuses) their account with the chosen roles and no
 * password, and a one-time link with which they set one. Only the token's sha256 is stored; the
 * token itself goes back to the administrator once, to pass on.
 *
 * There is no mail sender yet, so the administrator copies the link from the page and sends it
 * themselves; a later issue adds sending it by e-mail.
 *
 * An account that already has a password is not re-invited (the link would let whoever holds it
 * take the account over); its roles are changed with changeRoles instead.
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
    if (existing?.passwordHash) throw new ActionError("people.refusals.alreadyHasPassword");
    if ((await emailInUse(tx, actor.partnershipId, person.email, person.id)) === "account") {
      throw new ActionError("people.refusals.emailTakenByAccount");
    }

    const now = new Date();
    const rolesChanged = existing !== null && (!sameRoles(existing.roles, roles) || !existing.active);
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          // A role change ends the account's sessions (there are none before a password is set, but
          // an identity-provider sign-in may have made one).
          data: { email: person.email, roles, active: true, ...(rolesChanged ? { sessionVersion: { increment: 1 } } : {}) },
        })
      : await tx.user.create({ data: { personId: person.id, email: person.email, roles } });
    if (existing?.roles.includes("ADMINISTRATOR") && !roles.includes("ADMINISTRATOR")) {
      await refuseLosingLastAdministrator(tx, actor.partnershipId);
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
          before: { account: existing ? { userId: existing.id, email: existing.email, roles: existing.roles, active: existing.active } : null },
          after: {
            account: { userId: user.id, email: user.email, roles: user.roles, active: user.active },
            invitation: { id: invitation.id, expiresAt: invitation.expiresAt.toISOString() },
            supersededInvitations: superseded.count,
          },
        },
      },
      result: { personId: person.id, token, expiresAt: invitation.expiresAt },
    };
  },
};

/** Changes an account's roles. A change ends every session of the account, so the new roles apply at once. */
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
    const changed = !sameRoles(account.roles, roles);
    const updated = await tx.user.update({
      where: { id: account.id },
      data: { roles, ...(changed ? { sessionVersion: { increment: 1 } } : {}) },
    });
    if (account.roles.includes("ADMINISTRATOR") && !roles.includes("ADMINISTRATOR")) {
      await refuseLosingLastAdministrator(tx, actor.partnershipId);
    }
    return {
      audit: {
        action: "user.roles_changed",
        entityType: "User",
        entityId: account.id,
        data: {
          before: { roles: account.roles, sessionVersion: account.sessionVersion },
          after: { roles: updated.roles, sessionVersion: updated.sessionVersion },
        },
      },
      result: { personId: person.id },
    };
  },
};
