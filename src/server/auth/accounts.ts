import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/lib/roles";

type Tx = Pick<Prisma.TransactionClient, "account">;

/**
 * The installation's account for an e-mail address, made (without a password) when there is none:
 * the same human in a second partnership signs in with the account they already have.
 */
export async function accountForEmail(tx: Tx, email: string, name: string): Promise<{ id: string; email: string; passwordHash: string | null; sessionVersion: number }> {
  return tx.account.upsert({
    where: { email },
    create: { email, name },
    update: {},
    select: { id: true, email: true, passwordHash: true, sessionVersion: true },
  });
}

/** Ends every session of an account, so that a change of roles or access applies at once. */
export async function endSessions(tx: Tx, accountId: string | null): Promise<void> {
  if (accountId) await tx.account.update({ where: { id: accountId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * Gives an existing person of a partnership a user there, signing in with the account for their
 * e-mail address (made when missing, with the password hash given). For seeding and setting up; an
 * administrator's invitation goes through the people feature's invitePerson.
 */
export async function grantAccess(
  tx: Pick<Prisma.TransactionClient, "account" | "user">,
  access: { partnershipId: string; personId: string; email: string; name: string; roles: Role[]; passwordHash?: string | null },
): Promise<{ userId: string; accountId: string }> {
  const account = await tx.account.upsert({
    where: { email: access.email },
    create: { email: access.email, name: access.name, passwordHash: access.passwordHash ?? null },
    update: {},
    select: { id: true },
  });
  const user = await tx.user.create({
    data: { partnershipId: access.partnershipId, personId: access.personId, accountId: account.id, roles: access.roles },
    select: { id: true },
  });
  return { userId: user.id, accountId: account.id };
}
