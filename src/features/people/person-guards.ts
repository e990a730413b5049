import "server-only";
import { activeAdministrators } from "@/server/auth/administrators";
import { ActionError } from "@/server/actions/action-error";
import type { FieldErrors } from "@/lib/forms/form-checks";
import type { TransactionClient } from "@/server/actions/form-action";

/**
 * Checks the definitions share, run inside the action's transaction. Each throws an ActionError
 * (which rolls the transaction back) with a catalogue key the form shows.
 */

/** A person of the actor's own partnership, with their account; anything else is "not found". */
export async function findPerson(tx: TransactionClient, partnershipId: string, personId: string) {
  const person = await tx.person.findFirst({ where: { id: personId, partnershipId }, include: { user: { include: { account: true } } } });
  if (!person) throw new ActionError("people.refusals.notFound");
  return person;
}

export type PersonWithAccount = Awaited<ReturnType<typeof findPerson>>;

/** Anonymised people keep only what the records need; nothing about them can be changed any more. */
export function refuseAnonymised(person: PersonWithAccount): void {
  if (person.anonymisedAt) throw new ActionError("people.refusals.anonymised");
}

/**
 * Which record already uses an e-mail address in the partnership: another person, or another
 * person's account. (An account of another partnership with the address is the same human: it is
 * reused when the person is invited.) Both are stored in lower case.
 */
export async function emailInUse(
  tx: TransactionClient,
  partnershipId: string,
  email: string,
  personId: string | null,
): Promise<"person" | "account" | null> {
  const person = await tx.person.findFirst({
    where: { partnershipId, email, ...(personId ? { NOT: { id: personId } } : {}) },
    select: { id: true },
  });
  if (person) return "person";
  const user = await tx.user.findFirst({
    where: { partnershipId, account: { email }, ...(personId ? { NOT: { personId } } : {}) },
    select: { id: true },
  });
  return user ? "account" : null;
}

/** The form's error when the address is someone else's (a form check: reported with the other fields' errors). */
export async function takenEmailErrors(tx: TransactionClient, partnershipId: string, email: string | null | undefined, personId: string | null): Promise<FieldErrors> {
  return email && (await emailInUse(tx, partnershipId, email, personId)) ? { email: ["people.validation.emailTaken"] } : {};
}

/**
 * The party and unit must belong to the partnership, and the unit to the party. A unit chosen
 * without a party brings its own party.
 */
export async function resolvePartyAndUnit(
  tx: TransactionClient,
  partnershipId: string,
  input: { partyId: string | null; unitId: string | null },
): Promise<{ partyId: string | null; unitId: string | null }> {
  if (input.partyId && !(await tx.party.findFirst({ where: { id: input.partyId, partnershipId }, select: { id: true } }))) {
    throw new ActionError("errors.validation", { partyId: ["validation.invalid"] });
  }
  if (!input.unitId) return { partyId: input.partyId, unitId: null };
  const unit = await tx.organisationalUnit.findFirst({
    where: { id: input.unitId, party: { partnershipId } },
    select: { id: true, partyId: true },
  });
  if (!unit) throw new ActionError("errors.validation", { unitId: ["validation.invalid"] });
  if (input.partyId && unit.partyId !== input.partyId) {
    throw new ActionError("errors.validation", { unitId: ["people.validation.unitNotInParty"] });
  }
  return { partyId: unit.partyId, unitId: unit.id };
}

/**
 * Run after a change that could take away administration (a role change, a deactivation): a
 * partnership left without an active administrator could not be managed any more.
 */
export async function refuseLosingLastAdministrator(tx: TransactionClient, partnershipId: string): Promise<void> {
  const administrators = await activeAdministrators(tx, partnershipId);
  if (administrators.length === 0) throw new ActionError("people.refusals.lastAdministrator");
}

/** What the audit trail keeps of a person's editable details. */
export function personSnapshot(person: {
  name: string;
  email: string | null;
  title: string | null;
  partyId: string | null;
  unitId: string | null;
  active: boolean;
}) {
  return {
    name: person.name,
    email: person.email,
    title: person.title,
    partyId: person.partyId,
    unitId: person.unitId,
    active: person.active,
  };
}
