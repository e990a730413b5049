import { validSetupFields } from "@/features/installation/setup.fixture";
import { setUpPartnership } from "@/features/installation/setup-definition";
import { executeInstallationAction, type InstallationAccount } from "@/server/actions/installation-action";
import { testDatabase } from "../../support/test-database";

export { validSetupFields };

/** A form body; an array becomes repeated fields, as a checkbox group sends them. */
export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  return data;
}

export const prisma = () => testDatabase().prisma;

export const ORIGIN = "https://samverkan.test";

/** An account as the session gives it, made here: an installation administrator or not, no partnership. */
export async function makeAccount(email: string, options: { installationAdministrator?: boolean; passwordHash?: string | null } = {}): Promise<InstallationAccount & { email: string }> {
  return prisma().account.create({
    data: { email, name: email.split("@")[0]!, installationAdministrator: options.installationAdministrator ?? false, passwordHash: options.passwordHash ?? null },
    select: { id: true, email: true, installationAdministrator: true },
  });
}

export const setUp = (account: InstallationAccount | null, changes: Record<string, string | string[]> = {}) =>
  executeInstallationAction(setUpPartnership, account, form({ ...validSetupFields(), ...changes }), { origin: ORIGIN });

/** Everything a setup writes, counted: a refused one must leave every count as it was. */
export async function counts() {
  const p = prisma();
  const [partnerships, organisations, parties, agreements, terms, groups, seats, thematicAreas, people, users, accounts, invitations, outbox, audit] = await Promise.all([
    p.partnership.count(),
    p.organisation.count(),
    p.party.count(),
    p.agreement.count(),
    p.agreementTermsVersion.count(),
    p.group.count(),
    p.seat.count(),
    p.thematicArea.count(),
    p.person.count(),
    p.user.count(),
    p.account.count(),
    p.invitation.count(),
    p.outboxMessage.count(),
    p.auditEvent.count(),
  ]);
  return { partnerships, organisations, parties, agreements, terms, groups, seats, thematicAreas, people, users, accounts, invitations, outbox, audit };
}
