import type { Actor } from "@/server/auth/actor";
import type { Role } from "@/lib/roles";
import { testDatabase } from "./test-database";

/**
 * The actor of an account, as the session would give it to a server action: its user in
 * `partnershipId` when given, else in the oldest partnership it takes part in (as getActor does
 * without a chosen partnership).
 */
export async function actorFor(email: string, partnershipId?: string): Promise<Actor> {
  const user = await testDatabase().prisma.user.findFirstOrThrow({
    where: { account: { email }, ...(partnershipId ? { partnershipId } : {}) },
    orderBy: [{ person: { partnership: { createdAt: "asc" } } }, { partnershipId: "asc" }],
    include: { person: true, account: true },
  });
  return actorOf(user);
}

/** The actor of a user row read with its person and account. */
export function actorOf(user: { id: string; personId: string; partnershipId: string; roles: Role[]; person: { name: string }; account: { id: string; email: string } | null }): Actor {
  if (!user.account) throw new Error(`User ${user.id} has no account (anonymised).`);
  return {
    userId: user.id,
    accountId: user.account.id,
    personId: user.personId,
    partnershipId: user.partnershipId,
    name: user.person.name,
    email: user.account.email,
    roles: user.roles,
  };
}

/** A form body; an array becomes repeated fields, as a checkbox group sends them. */
export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}
