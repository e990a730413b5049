import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * `npm run db:migration:new` diffs prisma/schema.prisma against the snapshot taken when the last
 * migration was made (prisma/migrations/schema-at-last-migration.prisma). If the schema changed
 * since, a migration is missing; the integration test drift.test.ts checks the SQL itself.
 */
describe("prisma/schema.prisma", () => {
  it("has no change without a migration", () => {
    const read = (file: string) => fs.readFileSync(path.resolve(file), "utf8").replace(/\r\n/g, "\n");
    const schema = read("prisma/schema.prisma");
    const snapshot = read("prisma/migrations/schema-at-last-migration.prisma");

    expect(
      schema,
      "prisma/schema.prisma differs from the schema of the last migration " +
        "(prisma/migrations/schema-at-last-migration.prisma): create the migration with " +
        "`npm run db:migration:new -- <name>` and review its migration.sql",
    ).toBe(snapshot);
  });
});
