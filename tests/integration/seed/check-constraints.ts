import { expect } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";

/**
 * Every CHECK constraint of the given tables (how many, returned), its own expression evaluated over every row: a row
 * the constraint would reject is counted. Seeds write with createMany and raw SQL, so this is the
 * proof that what they wrote is what the application could have written.
 */
export async function expectCheckConstraintsHold(prisma: PrismaClient, tables: string[]): Promise<number> {
  const constraints = await prisma.$queryRawUnsafe<{ table: string; name: string; definition: string }[]>(
    `SELECT c.relname::text AS "table", con.conname::text AS "name", pg_get_constraintdef(con.oid) AS "definition"
       FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
      WHERE con.contype = 'c' AND c.relname::text = ANY (string_to_array($1, ','))`,
    tables.join(","),
  );
  for (const constraint of constraints) {
    const expression = constraint.definition.replace(/^CHECK\s*/, "");
    const [row] = await prisma.$queryRawUnsafe<{ violations: number }[]>(`SELECT count(*)::int AS "violations" FROM "${constraint.table}" WHERE NOT (${expression})`);
    expect(row!.violations, `${constraint.table}.${constraint.name}`).toBe(0);
  }
  return constraints.length;
}
