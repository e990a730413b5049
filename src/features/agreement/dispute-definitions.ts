import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition, TransactionClient } from "@/server/actions/form-action";
import { mayActForParty, mayActOnAgreement } from "./access";
import { agreementForChange, isoOrNull, requireAgreementParty } from "./agreement-context";
import { resolutionRefusal, stepRefusal, type DisputeForRules } from "./disputes";
import { addEscalationStepSchema, raiseDisputeSchema, resolveDisputeSchema } from "./schemas";

/** A dispute raised by a party, recorded by an administrator or one of that party's signatories. */
export const raiseDispute: FormActionDefinition<typeof raiseDisputeSchema, { disputeId: string; number: number }> = {
  schema: raiseDisputeSchema,
  permission: "partnership:view",
  successMessage: "agreement.disputes.raised",
  successMessageValues: (result) => ({ number: result.number }),
  async run({ input, actor, tx }) {
    const agreement = await agreementForChange(tx, actor);
    requireAgreementParty(agreement, input.disputePartyId, "disputePartyId");
    if (!mayActForParty(agreement.actor, input.disputePartyId)) throw new ActionError("errors.forbidden");
    if (input.raisedOn > agreement.today || input.raisedOn < agreement.signingDate) {
      throw new ActionError("agreement.disputes.refusals.raisedOnOutside", { raisedOn: ["agreement.disputes.refusals.raisedOnOutside"] });
    }
    const last = await tx.agreementDispute.aggregate({ where: { agreementId: agreement.id }, _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    const dispute = await tx.agreementDispute.create({
      data: {
        agreementId: agreement.id,
        number,
        subject: input.subject,
        description: input.description,
        raisedByPartyId: input.disputePartyId,
        raisedOn: input.raisedOn,
        raisedById: actor.userId,
      },
      include: { raisedByParty: { select: { name: true } } },
    });
    return {
      audit: {
        action: "agreement.dispute_raised",
        entityType: "AgreementDispute",
        entityId: dispute.id,
        data: { after: { number, party: dispute.raisedByParty.name, subject: dispute.subject, raisedOn: isoOrNull(dispute.raisedOn) } },
      },
      result: { disputeId: dispute.id, number },
    };
  },
};

async function disputeFor(tx: TransactionClient, agreementId: string, disputeId: string) {
  const dispute = await tx.agreementDispute.findFirst({
    where: { id: disputeId, agreementId },
    include: { steps: { orderBy: { takenOn: "asc" }, select: { level: true, takenOn: true } } },
  });
  if (!dispute) throw new ActionError("errors.notFound");
  const rules: DisputeForRules = { status: dispute.status, raisedOn: dispute.raisedOn, steps: dispute.steps };
  return { dispute, rules };
}

/** A step of the clause's escalation: the steering group first, then one level at a time. */
export const addEscalationStep: FormActionDefinition<typeof addEscalationStepSchema, null> = {
  schema: addEscalationStepSchema,
  permission: "partnership:view",
  successMessage: "agreement.disputes.stepAdded",
  async run({ input, actor, tx }) {
    const agreement = await agreementForChange(tx, actor);
    if (!mayActOnAgreement(agreement.actor)) throw new ActionError("errors.forbidden");
    const { dispute, rules } = await disputeFor(tx, agreement.id, input.disputeId);
    const refusal = stepRefusal(rules, input.level, input.takenOn, agreement.today);
    if (refusal) {
      const message = `agreement.disputes.refusals.${refusal}`;
      const field = refusal === "steeringGroupFirst" || refusal === "skipsLevel" ? "level" : "takenOn";
      throw new ActionError(message, refusal === "resolved" ? {} : { [field]: [message] });
    }
    const step = await tx.disputeEscalationStep.create({
      data: { disputeId: dispute.id, level: input.level, takenOn: input.takenOn, note: input.stepNote, recordedById: actor.userId },
    });
    return {
      audit: {
        action: "agreement.dispute_escalated",
        entityType: "AgreementDispute",
        entityId: dispute.id,
        data: {
          before: { steps: rules.steps.map((previous) => ({ level: previous.level, takenOn: isoOrNull(previous.takenOn) })) },
          after: { stepId: step.id, level: step.level, takenOn: isoOrNull(step.takenOn), note: step.note },
        },
      },
      result: null,
    };
  },
};

/** Records how a dispute was settled; only after the steering group has discussed it. */
export const resolveDispute: FormActionDefinition<typeof resolveDisputeSchema, null> = {
  schema: resolveDisputeSchema,
  permission: "partnership:view",
  successMessage: "agreement.disputes.resolved",
  async run({ input, actor, tx }) {
    const agreement = await agreementForChange(tx, actor);
    if (!mayActOnAgreement(agreement.actor)) throw new ActionError("errors.forbidden");
    const { dispute, rules } = await disputeFor(tx, agreement.id, input.disputeId);
    const refusal = resolutionRefusal(rules, input.resolvedOn, agreement.today);
    if (refusal) {
      const message = `agreement.disputes.refusals.${refusal}`;
      throw new ActionError(message, refusal === "inFuture" || refusal === "beforeLastStep" ? { resolvedOn: [message] } : {});
    }
    await tx.agreementDispute.update({
      where: { id: dispute.id },
      data: { status: "RESOLVED", resolvedOn: input.resolvedOn, resolution: input.resolution, resolvedById: actor.userId },
    });
    return {
      audit: {
        action: "agreement.dispute_resolved",
        entityType: "AgreementDispute",
        entityId: dispute.id,
        data: {
          before: { status: dispute.status, resolvedOn: null, resolution: null },
          after: { status: "RESOLVED", resolvedOn: isoOrNull(input.resolvedOn), resolution: input.resolution },
        },
      },
      result: null,
    };
  },
};
