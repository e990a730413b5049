import type { Actor } from "@/server/auth/actor";
import { testDatabase } from "./test-database";

/** The actor of a demo account, as the session would give it to a server action. */
export async function actorFor(email: string): Promise<Actor> {
  const user = await testDatabase().prisma.user.findUniqueOrThrow({ where: { email }, include: { person: true } });
  return {
    userId: user.id,
    personId: user.personId,
    partnershipId: user.person.partnershipId,
    name: user.person.name,
    email: user.email,
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
