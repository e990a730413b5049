import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition } from "@/server/actions/form-action";
import { approvalMode, mayActOnAgreement } from "./access";
import { agreementForChange, isoOrNull } from "./agreement-context";
import { approvalRefusal, approvalState, effectiveDateOnApproval } from "./amendments";
import { approveAmendmentSchema, changesFromJson, proposeAmendmentSchema, rejectAmendmentSchema } from "./schemas";
import { applyChanges, changesToJson, effectiveChanges, type TermChanges, type Terms } from "./terms";

function changesForAudit(changes: TermChanges) {
  return changesToJson(changes);
}

function pick(terms: Terms, changes: TermChanges) {
  const before: Partial<Terms> = {};
  for (const term of Object.keys(changes) as (keyof TermChanges)[]) Object.assign(before, { [term]: terms[term] });
  return changesToJson(before as TermChanges);
}

/** A fixed end must come after the start and not before the terms take effect. */
function periodRefusal(terms: Terms, effectiveDate: Date): string | null {
  if (terms.endDate && (terms.endDate <= terms.startDate || terms.endDate < effectiveDate)) return "agreement.amendments.refusals.endBeforeEffective";
  return null;
}

/**
 * Proposes a change to named terms with its reason, by an administrator or a signatory of either
 * party. It changes nothing until a signatory of each party has approved it.
 */
export const proposeAmendment: FormActionDefinition<typeof proposeAmendmentSchema, { amendmentId: string; number: number }> = {
  schema: proposeAmendmentSchema,
  permission: "partnership:view",
  successMessage: "agreement.amendments.proposed",
  successMessageValues: (result) => ({ number: result.number }),
  async run({ input, actor, tx }) {
    const agreement = await agreementForChange(tx, actor);
    if (!mayActOnAgreement(agreement.actor)) throw new ActionError("errors.forbidden");

    const base = agreement.newest;
    const changes = effectiveChanges(base.terms, input.changes);
    if (Object.keys(changes).length === 0) {
      throw new ActionError("agreement.amendments.refusals.unchanged", { terms: ["agreement.amendments.refusals.unchanged"] });
    }
    if (input.effectiveDate < agreement.today) {
      throw new ActionError("agreement.amendments.refusals.effectiveInPast", { effectiveDate: ["agreement.amendments.refusals.effectiveInPast"] });
    }
    const period = periodRefusal(applyChanges(base.terms, changes), input.effectiveDate);
    if (period) throw new ActionError(period, { endDate: [period] });

    const last = await tx.agreementAmendment.aggregate({ where: { agreementId: agreement.id }, _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    const amendment = await tx.agreementAmendment.create({
      data: {
        agreementId: agreement.id,
        number,
        reason: input.reason,
        changes: changesToJson(changes),
        baseVersionNumber: base.number,
        proposedEffectiveDate: input.effectiveDate,
        proposedById: actor.userId,
      },
    });
    return {
      audit: {
        action: "agreement.amendment_proposed",
        entityType: "AgreementAmendment",
        entityId: amendment.id,
        data: {
          before: pick(base.terms, changes),
          after: { number, changes: changesForAudit(changes), reason: input.reason, effectiveDate: isoOrNull(input.effectiveDate), baseVersion: base.number },
        },
      },
      result: { amendmentId: amendment.id, number },
    };
  },
};

/**
 * A party's approval, given by one of its signatories or recorded by an administrator on a named
 * signatory's behalf. The last party's approval makes the amendment valid: a new terms version
 * takes effect on the proposed day (never before the approval).
 */
export const approveAmendment: FormActionDefinition<typeof approveAmendmentSchema, { valid: boolean; versionNumber: number | null }> = {
  schema: approveAmendmentSchema,
  permission: "partnership:view",
  successMessage: "agreement.amendments.approved",
  successMessageValues: (result) => ({ valid: result.valid ? "yes" : "no", version: result.versionNumber ?? 0 }),
  async run({ input, actor, tx }) {
    const agreement = await agreementForChange(tx, actor);
    const amendment = await tx.agreementAmendment.findFirst({
      where: { id: input.amendmentId, agreementId: agreement.id },
      include: { approvals: { select: { partyId: true } } },
    });
    if (!amendment) throw new ActionError("errors.notFound");

    const mode = approvalMode(agreement.actor, input.partyId, input.signatoryId !== null);
    if (!mode) throw new ActionError("errors.forbidden");
    const refusal = approvalRefusal(amendment.status, agreement.partyIds, amendment.approvals, input.partyId);
    if (refusal) throw new ActionError(`agreement.amendments.refusals.${refusal}`);

    const signatoryId = mode === "self" ? agreement.signatoryIdByParty.get(input.partyId)! : input.signatoryId!;
    const signatory = await tx.agreementSignatory.findFirst({
      where: { id: signatoryId, agreementId: agreement.id, partyId: input.partyId, removedAt: null },
      include: { person: { select: { name: true } }, party: { select: { name: true } } },
    });
    if (!signatory) throw new ActionError("errors.validation", { signatoryId: ["validation.invalid"] });

    const approvedAt = new Date();
    await tx.amendmentApproval.create({
      data: { amendmentId: amendment.id, partyId: input.partyId, signatoryId: signatory.id, approvedAt, recordedById: actor.userId },
    });
    const state = approvalState(agreement.partyIds, [...amendment.approvals, { partyId: input.partyId }]);

    let version: { number: number; effectiveDate: Date } | null = null;
    if (state.valid) {
      const base = agreement.newest;
      const effectiveDate = effectiveDateOnApproval(amendment.proposedEffectiveDate, agreement.today, base.effectiveDate);
      const terms = applyChanges(base.terms, changesFromJson(amendment.changes));
      const period = periodRefusal(terms, effectiveDate);
      if (period) throw new ActionError(period);
      version = await tx.agreementTermsVersion.create({
        data: { agreementId: agreement.id, number: base.number + 1, effectiveDate, amendmentId: amendment.id, ...terms },
        select: { number: true, effectiveDate: true },
      });
      await tx.agreementAmendment.update({ where: { id: amendment.id }, data: { status: "APPROVED", decidedAt: approvedAt } });
    }

    return {
      audit: {
        action: "agreement.amendment_approved",
        entityType: "AgreementAmendment",
        entityId: amendment.id,
        data: {
          before: { status: amendment.status, approvedParties: amendment.approvals.map((approval) => approval.partyId) },
          after: {
            party: signatory.party.name,
            signatory: signatory.person.name,
            recordedOnBehalf: mode === "on-behalf",
            approvedAt: approvedAt.toISOString(),
            status: state.valid ? "APPROVED" : "PROPOSED",
            ...(version ? { termsVersion: version.number, effectiveDate: isoOrNull(version.effectiveDate) } : {}),
          },
        },
      },
      result: { valid: state.valid, versionNumber: version?.number ?? null },
    };
  },
};

/** Declining a proposal ends it without a change, by an administrator or either party's signatory. */
export const rejectAmendment: FormActionDefinition<typeof rejectAmendmentSchema, null> = {
  schema: rejectAmendmentSchema,
  permission: "partnership:view",
  successMessage: "agreement.amendments.rejected",
  async run({ input, actor, tx }) {
    const agreement = await agreementForChange(tx, actor);
    if (!mayActOnAgreement(agreement.actor)) throw new ActionError("errors.forbidden");
    const amendment = await tx.agreementAmendment.findFirst({ where: { id: input.amendmentId, agreementId: agreement.id } });
    if (!amendment) throw new ActionError("errors.notFound");
    if (amendment.status !== "PROPOSED") throw new ActionError("agreement.amendments.refusals.notProposed");
    await tx.agreementAmendment.update({ where: { id: amendment.id }, data: { status: "REJECTED", decidedAt: new Date() } });
    return {
      audit: {
        action: "agreement.amendment_rejected",
        entityType: "AgreementAmendment",
        entityId: amendment.id,
        data: { before: { status: amendment.status }, after: { status: "REJECTED", note: input.rejectionNote } },
      },
      result: null,
    };
  },
};
