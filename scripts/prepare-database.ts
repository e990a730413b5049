// Used by `npm run dev`: migrate and seed an empty database before the dev server starts.
import { migrateAndSeed, withConfiguredDatabase } from "./lib/database";

await withConfiguredDatabase((database) => migrateAndSeed(database, { seed: true }));
