import type { Actor } from "@/server/auth/actor";
import { testDatabase } from "../../support/test-database";

/** Shared by the people tests: the test file's database, actors from the demo data, form bodies. */
export const prisma = () => testDatabase().prisma;

export async function actorFor(email: string): Promise<Actor> {
  const user = await prisma().user.findUniqueOrThrow({ where: { email }, include: { person: true } });
  return {
    userId: user.id,
    personId: user.personId,
    partnershipId: user.person.partnershipId,
    name: user.person.name,
    email: user.email,
    roles: user.roles,
  };
}

export const ADMIN = "admin@huddinge.example";
export const READER = "lasare@huddinge.example";

/** A form body; an array becomes repeated fields, as a checkbox group sends them. */
export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

export const personNamed = (name: string) => prisma().person.findFirstOrThrow({ where: { name }, include: { user: true } });

export const auditCount = () => prisma().auditEvent.count();

/** The newest audit event with this action. */
export const lastEvent = (action: string) => prisma().auditEvent.findFirstOrThrow({ where: { action }, orderBy: { id: "desc" } });
