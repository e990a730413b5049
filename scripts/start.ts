/**
 * `npm start`: build if there is no build, migrate, seed an empty database with the demo
 * partnership, then serve on PORT (default 3000) and print where and how to sign in.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_STEERING_GROUP_ACCOUNTS } from "@/server/seed/demo-accounts";
import { ensureAuthSecret } from "./lib/auth-secret";
import { migrateAndSeed, withConfiguredDatabase } from "./lib/database";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", ".bin", "next");
const port = Number(process.env.PORT || 3000);
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("No build found: building the application (about a minute)…");
  const build = spawnSync(nextBin, ["build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let demoAccountsPresent = false;
await withConfiguredDatabase(async (database) => {
  await migrateAndSeed(database, { seed: true });
  demoAccountsPresent = (await database.prisma.user.count({ where: { email: DEMO_ACCOUNTS[0].email } })) > 0;
});
if (process.exitCode) process.exit(process.exitCode);

env.AUTH_SECRET = ensureAuthSecret(path.join(root, "data"));
// The server closes the database itself on SIGINT/SIGTERM (src/instrumentation.ts).
env.NEXT_MANUAL_SIG_HANDLE = "true";

const server = spawn(nextBin, ["start", "--port", String(port)], { cwd: root, env, stdio: "inherit", detached: true });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // The server runs in its own process group: signal the whole group, or next-server lingers.
    if (server.pid) process.kill(-server.pid, signal);
  });
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

const url = `http://localhost:${port}`;
console.log(`\nSamverkan is starting on ${url}`);
if (demoAccountsPresent) {
  console.log(`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  for (const account of [...DEMO_ACCOUNTS, ...DEMO_STEERING_GROUP_ACCOUNTS]) console.log(`  ${account.role.padEnd(22)} ${account.email}`);
}
console.log("Stop with Ctrl+C.\n");
