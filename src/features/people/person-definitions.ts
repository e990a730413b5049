import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition, TransactionClient } from "@/server/actions/form-action";
import { findPerson, personSnapshot, refuseAnonymised, resolvePartyAndUnit, takenEmailErrors } from "./person-guards";
import { createPersonSchema, updatePersonSchema } from "./person-schemas";

/** A person may be added without an account (e.g. a university representative who appears only in minutes). */
export const createPerson: FormActionDefinition<typeof createPersonSchema, { personId: string }> = {
  schema: createPersonSchema,
  permission: "membership:manage",
  successMessage: "people.created",
  onConflict: { field: "email", message: "people.validation.emailTaken" },
  /** Run before `run`, and also when other fields failed: a missing name and a taken address are reported together. */
  async check({ input, actor, tx }) {
    return takenEmailErrors(tx, actor.partnershipId, input.email, null);
  },
  async run({ input, actor, tx }) {
    const placement = await resolvePartyAndUnit(tx, actor.partnershipId, input);
    const person = await tx.person.create({
      data: { partnershipId: actor.partnershipId, name: input.name, email: input.email, title: input.title, ...placement },
    });
    return {
      audit: { action: "person.created", entityType: "Person", entityId: person.id, data: { before: null, after: personSnapshot(person) } },
      result: { personId: person.id },
    };
  },
};

/**
 * Edits a person's details. A person with an account signs in with their e-mail address, so the
 * account's address follows the person's and cannot be removed.
 */
export const updatePerson: FormActionDefinition<typeof updatePersonSchema, { personId: string }> = {
  schema: updatePersonSchema,
  permission: "membership:manage",
  successMessage: "people.edit.saved",
  onConflict: { field: "email", message: "people.validation.emailTaken" },
  /**
   * Run before `run`, and also when other fields failed: a missing name and a removed or taken
   * sign-in address are reported together. A stale or anonymised record is refused first.
   */
  async check({ input, actor, tx }) {
    if (input.personId === undefined) return {};
    const person = await findPerson(tx, actor.partnershipId, input.personId);
    refuseAnonymised(person);
    if (input.version && input.version !== person.updatedAt.toISOString()) throw new ActionError("people.refusals.stale");
    if (person.user && input.email === null) return { email: ["people.validation.emailRequiredForAccount"] };
    return takenEmailErrors(tx, actor.partnershipId, input.email, person.id);
  },
  async run({ input, actor, tx }) {
    const person = await findPerson(tx, actor.partnershipId, input.personId);
    const placement = await resolvePartyAndUnit(tx, actor.partnershipId, input);

    const updated = await tx.person.update({
      where: { id: person.id },
      data: { name: input.name, email: input.email, title: input.title, ...placement },
    });
    const account = person.user?.account ?? null;
    const accountEmailChanged = account !== null && input.email !== null && account.email !== input.email;
    if (accountEmailChanged) await changeAccountEmail(tx, account.id, input.email!);

    return {
      audit: {
        action: "person.updated",
        entityType: "Person",
        entityId: person.id,
        data: {
          before: { ...personSnapshot(person), ...(account ? { accountEmail: account.email } : {}) },
          after: { ...personSnapshot(updated), ...(account ? { accountEmail: accountEmailChanged ? input.email : account.email } : {}) },
        },
      },
      result: { personId: person.id },
    };
  },
};

/**
 * The account's sign-in address follows the person's, but only while the account is this
 * partnership's alone: one partnership's administrator must not change how someone signs in to
 * another partnership.
 */
async function changeAccountEmail(tx: TransactionClient, accountId: string, email: string): Promise<void> {
  const partnerships = await tx.user.count({ where: { accountId } });
  if (partnerships > 1) throw new ActionError("errors.validation", { email: ["people.validation.accountShared"] });
  if (await tx.account.findUnique({ where: { email }, select: { id: true } })) {
    throw new ActionError("errors.validation", { email: ["people.validation.emailTaken"] });
  }
  await tx.account.update({ where: { id: accountId }, data: { email } });
}
