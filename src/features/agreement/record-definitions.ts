import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition } from "@/server/actions/form-action";
import { agreementForChange, isoOrNull } from "./agreement-context";
import { addSignatorySchema, editRecordSchema, removeSignatorySchema } from "./schemas";

/**
 * The agreement record's own data (title, signing date, each party's registration number), edited
 * by administrators. Optimistic concurrency: the form carries the version it was shown with, and a
 * save over an edit made since is refused rather than silently overwriting it.
 */
export const editRecord: FormActionDefinition<typeof editRecordSchema, { version: number }> = {
  schema: editRecordSchema,
  permission: "agreement:manage",
  successMessage: "agreement.record.saved",
  async run({ input, actor, tx }) {
    const agreement = await agreementForChange(tx, actor);
    if (input.signingDate > agreement.today) throw new ActionError("agreement.record.signingInFuture", { signingDate: ["agreement.record.signingInFuture"] });
    const before = await tx.agreement.findUniqueOrThrow({
      where: { id: agreement.id },
      select: { title: true, signingDate: true, version: true, parties: { select: { partyId: true, registrationNumber: true, party: { select: { type: true, name: true } } } } },
    });
    const updated = await tx.agreement.updateMany({
      where: { id: agreement.id, version: input.version },
      data: { title: input.recordTitle, signingDate: input.signingDate, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ActionError("agreement.record.stale");

    const numbers = { MUNICIPALITY: input.municipalityRegistrationNumber, UNIVERSITY: input.universityRegistrationNumber };
    for (const party of before.parties) {
      await tx.agreementParty.update({
        where: { agreementId_partyId: { agreementId: agreement.id, partyId: party.partyId } },
        data: { registrationNumber: numbers[party.party.type] },
      });
    }
    const registrationNumbers = (pick: (party: (typeof before.parties)[number]) => string) =>
      Object.fromEntries(before.parties.map((party) => [party.party.name, pick(party)]));
    return {
      audit: {
        action: "agreement.record_edited",
        entityType: "Agreement",
        entityId: agreement.id,
        data: {
          before: { title: before.title, signingDate: isoOrNull(before.signingDate), registrationNumbers: registrationNumbers((party) => party.registrationNumber), version: before.version },
          after: {
            title: input.recordTitle,
            signingDate: isoOrNull(input.signingDate),
            registrationNumbers: registrationNumbers((party) => numbers[party.party.type]),
            version: before.version + 1,
          },
        },
      },
      result: { version: before.version + 1 },
    };
  },
};

/** Registers a person of a party as one of its signatories (authorised to act for it). */
export const addSignatory: FormActionDefinition<typeof addSignatorySchema, { signatoryId: string }> = {
  schema: addSignatorySchema,
  permission: "agreement:manage",
  successMessage: "agreement.signatories.added",
  async run({ input, actor, tx }) {
    const agreement = await agreementForChange(tx, actor);
    if (!agreement.partyIds.includes(input.signatoryPartyId)) throw new ActionError("errors.validation", { signatoryPartyId: ["validation.invalid"] });
    const person = await tx.person.findFirst({ where: { id: input.signatoryPersonId, partnershipId: actor.partnershipId, active: true } });
    if (!person) throw new ActionError("errors.validation", { signatoryPersonId: ["validation.invalid"] });
    if (person.partyId !== input.signatoryPartyId) {
      throw new ActionError("agreement.signatories.otherParty", { signatoryPersonId: ["agreement.signatories.otherParty"] });
    }
    const existing = await tx.agreementSignatory.count({ where: { agreementId: agreement.id, personId: person.id, removedAt: null } });
    if (existing > 0) throw new ActionError("agreement.signatories.already", { signatoryPersonId: ["agreement.signatories.already"] });
    const signatory = await tx.agreementSignatory.create({
      data: { agreementId: agreement.id, partyId: input.signatoryPartyId, personId: person.id, title: input.signatoryTitle },
      include: { party: { select: { name: true } } },
    });
    return {
      audit: {
        action: "agreement.signatory_added",
        entityType: "AgreementSignatory",
        entityId: signatory.id,
        data: { after: { person: person.name, party: signatory.party.name, title: signatory.title } },
      },
      result: { signatoryId: signatory.id },
    };
  },
};

/** Ends a signatory's authority. The record stays: approvals and consents they gave refer to it. */
export const removeSignatory: FormActionDefinition<typeof removeSignatorySchema, null> = {
  schema: removeSignatorySchema,
  permission: "agreement:manage",
  successMessage: "agreement.signatories.removed",
  async run({ input, actor, tx }) {
    const agreement = await agreementForChange(tx, actor);
    const signatory = await tx.agreementSignatory.findFirst({
      where: { id: input.signatoryId, agreementId: agreement.id, removedAt: null },
      include: { person: { select: { name: true } }, party: { select: { name: true } } },
    });
    if (!signatory) throw new ActionError("errors.notFound");
    const removedAt = new Date();
    await tx.agreementSignatory.update({ where: { id: signatory.id }, data: { removedAt } });
    return {
      audit: {
        action: "agreement.signatory_removed",
        entityType: "AgreementSignatory",
        entityId: signatory.id,
        data: {
          before: { person: signatory.person.name, party: signatory.party.name, title: signatory.title, removedAt: null },
          after: { removedAt: removedAt.toISOString() },
        },
      },
      result: null,
    };
  },
};
