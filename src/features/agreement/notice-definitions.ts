import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition, TransactionClient } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { mayActForParty } from "./access";
import { agreementForChange, isoOrNull, requireAgreementParty } from "./agreement-context";
import { noticeRegistrationRefusal, withdrawalRefusal } from "./notices";
import { registerNoticeSchema, withdrawNoticeSchema } from "./schemas";
import { terminationEndDate } from "./termination";
import { versionInForce } from "./terms";

/**
 * A party's notice of termination, registered by an administrator or one of the party's
 * signatories. The end date is computed here, on the server, from the terms in force on the day
 * the notice was received.
 */
export const registerNotice: FormActionDefinition<typeof registerNoticeSchema, { noticeId: string; endDate: Date }> = {
  schema: registerNoticeSchema,
  permission: "partnership:view",
  successMessage: "agreement.notices.registered",
  async run({ input, actor, tx }) {
    const agreement = await agreementForChange(tx, actor);
    requireAgreementParty(agreement, input.noticePartyId, "noticePartyId");
    if (!mayActForParty(agreement.actor, input.noticePartyId)) throw new ActionError("errors.forbidden");

    const terms = (versionInForce(agreement.versions, input.receivedOn) ?? agreement.versions[0]!).terms;
    const { endDate } = terminationEndDate(input.receivedOn, terms);
    const active = await tx.agreementNotice.findMany({ where: { agreementId: agreement.id, withdrawnAt: null }, select: { partyId: true } });
    const refusal = noticeRegistrationRefusal(input.receivedOn, agreement.today, agreement.signingDate, input.noticePartyId, active);
    if (refusal) {
      const message = `agreement.notices.refusals.${refusal}`;
      throw new ActionError(message, { [refusal === "alreadyGiven" ? "noticePartyId" : "receivedOn"]: [message] });
    }
    // A notice whose end has already passed would end the agreement at once, and an ended agreement
    // can no longer be corrected: almost always a mistyped year.
    if (endDate < agreement.today) throw new ActionError("agreement.notices.refusals.endPassed", { receivedOn: ["agreement.notices.refusals.endPassed"] });

    const notice = await tx.agreementNotice.create({
      data: {
        agreementId: agreement.id,
        partyId: input.noticePartyId,
        receivedOn: input.receivedOn,
        note: input.noticeNote,
        endDate,
        noticePeriodMonths: terms.noticePeriodMonths,
        endsAtYearEnd: terms.endsAtYearEnd,
        registeredById: actor.userId,
      },
      include: { party: { select: { name: true } } },
    });
    return {
      audit: {
        action: "agreement.notice_registered",
        entityType: "AgreementNotice",
        entityId: notice.id,
        data: {
          before: { agreementEndDate: isoOrNull(agreement.end.endDate) },
          after: {
            party: notice.party.name,
            receivedOn: isoOrNull(notice.receivedOn),
            endDate: isoOrNull(endDate),
            noticePeriodMonths: notice.noticePeriodMonths,
            endsAtYearEnd: notice.endsAtYearEnd,
            note: notice.note,
          },
        },
      },
      result: { noticeId: notice.id, endDate },
    };
  },
};

/**
 * The notice to withdraw, refused as not found or forbidden unless the actor may act for the party
 * that gave it; and the signatory named as consenting (null when none is named or it is not one of
 * the agreement's current signatories).
 */
async function withdrawalParts(tx: TransactionClient, actor: Actor, noticeId: string, consentSignatoryId: string | null | undefined) {
  const agreement = await agreementForChange(tx, actor);
  const notice = await tx.agreementNotice.findFirst({
    where: { id: noticeId, agreementId: agreement.id },
    include: { party: { select: { name: true } } },
  });
  if (!notice) throw new ActionError("errors.notFound");
  if (!mayActForParty(agreement.actor, notice.partyId)) throw new ActionError("errors.forbidden");
  const signatory = consentSignatoryId
    ? await tx.agreementSignatory.findFirst({
        where: { id: consentSignatoryId, agreementId: agreement.id, removedAt: null },
        include: { person: { select: { name: true } }, party: { select: { name: true } } },
      })
    : null;
  return { agreement, notice, signatory };
}

/**
 * Withdrawing a notice, by an administrator or a signatory of the party that gave it, only with the
 * other party's consent on record: which of its signatories consented, and when.
 */
export const withdrawNotice: FormActionDefinition<typeof withdrawNoticeSchema, null> = {
  schema: withdrawNoticeSchema,
  permission: "partnership:view",
  successMessage: "agreement.notices.withdrawn",
  /** The consent against the notice and the agreement's rule; also when other fields failed, on the consent fields that parsed. */
  async check({ input, actor, tx }) {
    if (input.noticeId === undefined) return {};
    const { agreement, notice, signatory } = await withdrawalParts(tx, actor, input.noticeId, input.consentSignatoryId);
    if (input.consentSignatoryId && !signatory) return { consentSignatoryId: ["validation.invalid"] };
    // A consent field that failed has its own error; the rule waits until both parse.
    if (input.consentSignatoryId === undefined || input.consentGivenOn === undefined) return {};
    // Not a rule of the schema: the property test over the schemas judges a field required when
    // it is refused with every other field filled in, and this one is required only with a signatory.
    if (signatory && !input.consentGivenOn) return { consentGivenOn: ["validation.required"] };
    const consent = signatory && input.consentGivenOn ? { signatoryPartyId: signatory.partyId, givenOn: input.consentGivenOn } : null;
    const refusal = withdrawalRefusal({ partyId: notice.partyId, receivedOn: notice.receivedOn, withdrawn: notice.withdrawnAt !== null }, consent, agreement.today);
    if (refusal) {
      const message = `agreement.notices.refusals.${refusal}`;
      const field = refusal === "consentInFuture" || refusal === "consentBeforeNotice" ? "consentGivenOn" : "consentSignatoryId";
      throw new ActionError(message, refusal === "alreadyWithdrawn" ? {} : { [field]: [message] });
    }
    return {};
  },
  // After the check: the consent is on record and the rule holds.
  async run({ input, actor, tx }) {
    const { notice, signatory } = await withdrawalParts(tx, actor, input.noticeId, input.consentSignatoryId);
    const withdrawnAt = new Date();
    await tx.agreementNotice.update({
      where: { id: notice.id },
      data: {
        withdrawnAt,
        withdrawnById: actor.userId,
        withdrawalNote: input.withdrawalNote || null,
        consentSignatoryId: signatory!.id,
        consentGivenOn: input.consentGivenOn,
      },
    });
    return {
      audit: {
        action: "agreement.notice_withdrawn",
        entityType: "AgreementNotice",
        entityId: notice.id,
        data: {
          before: { party: notice.party.name, receivedOn: isoOrNull(notice.receivedOn), endDate: isoOrNull(notice.endDate), withdrawnAt: null },
          after: {
            withdrawnAt: withdrawnAt.toISOString(),
            consentBy: signatory!.person.name,
            consentParty: signatory!.party.name,
            consentGivenOn: isoOrNull(input.consentGivenOn),
            note: input.withdrawalNote,
          },
        },
      },
      result: null,
    };
  },
};
