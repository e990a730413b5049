// Migrates, then seeds the demo partnership if the database holds no partnership yet.
import { isDatabaseEmpty } from "@/server/seed/demo-partnership";
import { migrateAndSeed, withConfiguredDatabase } from "./lib/database";

await withConfiguredDatabase(async (database) => {
  await migrateAndSeed(database, { seed: false });
  if (!(await isDatabaseEmpty(database.prisma))) {
    console.log("The database already holds a partnership: nothing seeded. `npm run db:reset` starts over.");
    return;
  }
  await migrateAndSeed(database, { seed: true });
});
