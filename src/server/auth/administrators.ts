import "server-only";
import type { Prisma } from "@/generated/prisma/client";

export type AdministratorRow = { id: string; email: string; name: string; partnershipId: string };

/**
 * The active administrators (active user with an account, active person) of one partnership, or of
 * every partnership when `partnershipId` is null, ordered by e-mail address.
 *
 * The role is checked here rather than with Prisma's `roles: { has: … }`: through the PGlite driver
 * adapter that filter sends the enum value where PostgreSQL expects an array ("malformed array
 * literal") when run outside Vitest (scripts, the server). Accounts are few, so filtering the
 * partnership's active accounts costs nothing.
 */
export async function activeAdministrators(tx: Pick<Prisma.TransactionClient, "user">, partnershipId: string | null): Promise<AdministratorRow[]> {
  const users = await tx.user.findMany({
    where: { active: true, accountId: { not: null }, person: { active: true }, ...(partnershipId ? { partnershipId } : {}) },
    orderBy: { account: { email: "asc" } },
    select: { id: true, roles: true, partnershipId: true, account: { select: { email: true } }, person: { select: { name: true } } },
  });
  return users
    .filter((user) => user.roles.includes("ADMINISTRATOR") && user.account)
    .map((user) => ({ id: user.id, email: user.account!.email, name: user.person.name, partnershipId: user.partnershipId }));
}
