import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI is used here for `prisma generate` and for `prisma migrate diff` between schema
// files (scripts/new-migration.ts). The application applies migrations itself
// (src/server/db/migrations.ts) because the CLI's migrate commands are unreliable through driver
// adapters on these machines. `engine: "js"` needs an adapter even for a schema-only diff, so
// without DATABASE_URL the CLI gets a throwaway in-memory PGlite: no server, nothing on disk.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (connectionString) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString });
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    return new PrismaPGlite(new PGlite());
  },
});
