import "server-only";
import { errorState, fieldErrorsFrom, submittedValues, type FormState } from "@/lib/forms/form-state";
import { ActionError } from "@/server/actions/action-error";
import { formInput } from "@/server/actions/form-action";
import { hashPassword } from "@/server/auth/passwords";
import { getDatabase } from "@/server/db";
import { hashInvitationToken, invitationRefusal } from "./person-rules";
import { acceptInvitationSchema } from "./person-schemas";

/**
 * Accepting an invitation: the invited person sets their password with the one-time link. Nobody
 * is signed in, so this cannot go through executeFormAction's actor and permission; it keeps the
 * same shape (parse → check the token → change and audit in one transaction) and the same
 * FormState. The audit entry's actor is the invited user. An unknown, expired or used token, or an
 * account that was switched off meanwhile, changes nothing.
 */
export async function acceptInvitation(formData: FormData, now: Date = new Date()): Promise<FormState> {
  const values = submittedValues(formData);
  const parsed = acceptInvitationSchema.safeParse(formInput(formData));
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error);
    // The token is a hidden field: a missing one is a bad link, not something the user can correct.
    if (fieldErrors.token) return errorState("people.invitation.invalid.unknown", values);
    return errorState("errors.validation", values, fieldErrors);
  }

  try {
    const { prisma } = await getDatabase();
    const invitation = await prisma.invitation.findUnique({
      where: { tokenHash: hashInvitationToken(parsed.data.token) },
      select: {
        id: true,
        expiresAt: true,
        acceptedAt: true,
        user: {
          select: {
            id: true,
            active: true,
            account: { select: { id: true, passwordHash: true } },
            person: { select: { partnershipId: true, active: true, anonymisedAt: true } },
          },
        },
      },
    });
    const refusal = invitationRefusal(
      invitation && { ...invitation, user: { ...invitation.user, account: invitation.user.account && { hasPassword: invitation.user.account.passwordHash !== null } } },
      now,
    );
    if (refusal) return errorState(refusal, values);
    const { user } = invitation!;

    // Hashed before the transaction, which then stays short.
    const passwordHash = await hashPassword(parsed.data.password);
    await prisma.$transaction(async (tx) => {
      // Accepted only if still unused and unexpired at this moment, so two submits cannot both win.
      const claimed = await tx.invitation.updateMany({
        where: { id: invitation!.id, acceptedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (claimed.count !== 1) throw new ActionError("people.invitation.invalid.used");
      // Only while the account still has no password, checked again at this moment.
      const set = await tx.account.updateMany({ where: { id: user.account!.id, passwordHash: null }, data: { passwordHash } });
      if (set.count !== 1) throw new ActionError("people.invitation.invalid.used");
      // Any other link to this account stops working.
      await tx.invitation.updateMany({
        where: { userId: user.id, acceptedAt: null, expiresAt: { gt: now } },
        data: { expiresAt: now },
      });
      await tx.auditEvent.create({
        data: {
          partnershipId: user.person.partnershipId,
          actorUserId: user.id,
          action: "invitation.accepted",
          entityType: "Invitation",
          entityId: invitation!.id,
          data: {
            before: { acceptedAt: null, hasPassword: false },
            after: { acceptedAt: now.toISOString(), hasPassword: true },
          },
        },
      });
    });
    return { status: "success", message: "people.invitation.accepted", fieldErrors: {}, values: {} };
  } catch (error) {
    if (error instanceof ActionError) return errorState(error.messageKey, values, error.fieldErrors, error.messageValues);
    console.error("[invitation] unexpected failure", error);
    return errorState("errors.unexpected", values);
  }
}
