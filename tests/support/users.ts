import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/lib/roles";
import { grantAccess } from "@/server/auth/accounts";

type Client = Pick<Prisma.TransactionClient, "account" | "user" | "person">;

/**
 * Gives an existing person a user in their partnership, signing in with the account for `email`
 * (made when missing), as the seed does. Returns the user row with its account id.
 */
export async function createUser(
  client: Client,
  user: { personId: string; email: string; roles: Role[]; passwordHash?: string | null; active?: boolean },
): Promise<{ id: string; personId: string; partnershipId: string; accountId: string; roles: Role[] }> {
  const person = await client.person.findUniqueOrThrow({ where: { id: user.personId }, select: { partnershipId: true, name: true } });
  const { userId, accountId } = await grantAccess(client, {
    partnershipId: person.partnershipId,
    personId: user.personId,
    email: user.email,
    name: person.name,
    roles: user.roles,
    passwordHash: user.passwordHash,
  });
  if (user.active === false) await client.user.update({ where: { id: userId }, data: { active: false } });
  return { id: userId, personId: user.personId, partnershipId: person.partnershipId, accountId, roles: user.roles };
}
