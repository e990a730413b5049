// Applies pending migrations to the configured database (PGlite folder, or DATABASE_URL).
import { migrateAndSeed, withConfiguredDatabase } from "./lib/database";

await withConfiguredDatabase((database) => migrateAndSeed(database, { seed: false }));
