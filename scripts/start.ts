/**
 * `npm start`: build if there is no build, migrate, seed an empty database with the demo
 * partnership, then serve on PORT (default 3000) and print where and how to sign in.
 *
 * The server runs in this very process (scripts/lib/serve.ts), so SIGTERM or SIGINT to it stops
 * everything: the server closes the database and exits (src/server/shutdown.ts). It also stops
 * when the process that started it is killed (scripts/lib/parent-watch.ts).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { trustedProxyHopsFrom } from "@/server/auth/client-address";
import { DEMO_ACCOUNTS, DEMO_INSTALLATION_ADMINISTRATOR, DEMO_PASSWORD, DEMO_SECOND_PARTNERSHIP_ACCOUNTS, DEMO_STEERING_GROUP_ACCOUNTS } from "@/server/seed/demo-accounts";
import { ensureAuthSecret } from "./lib/auth-secret";
import { migrateAndSeed, withConfiguredDatabase } from "./lib/database";
import { watchParents } from "./lib/parent-watch";
import { serveApp } from "./lib/serve";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT || 3000);
// Where to listen: every interface unless BIND_ADDRESS says otherwise (e.g. 127.0.0.1).
const hostname = process.env.BIND_ADDRESS || undefined;
const trustedProxyHops = trustedProxyHopsFrom(process.env);
process.env.NEXT_TELEMETRY_DISABLED = "1";

// Until the server has installed its own handler (src/server/shutdown.ts, which closes the database
// first), a signal simply ends the process: between the steps above the database is closed.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (process.listenerCount(signal) === 1) process.exit(signal === "SIGINT" ? 130 : 143);
  });
}
watchParents(() => {
  console.error("[start] the process that started the server is gone: stopping.");
  process.kill(process.pid, "SIGTERM");
});

if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("No build found: building the application (about a minute)…");
  const build = spawnSync("npm", ["run", "build"], { cwd: root, env: process.env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let demoAccountsPresent = false;
await withConfiguredDatabase(async (database) => {
  await migrateAndSeed(database, { seed: true });
  demoAccountsPresent = (await database.prisma.account.count({ where: { email: DEMO_ACCOUNTS[0].email } })) > 0;
});
if (process.exitCode) process.exit(process.exitCode);

process.env.AUTH_SECRET = ensureAuthSecret(path.join(root, "data"));
// The server closes the database itself on SIGINT/SIGTERM (src/instrumentation.ts → src/server/shutdown.ts).
process.env.NEXT_MANUAL_SIG_HANDLE = "true";
// Next.js's production server; set before it is loaded.
(process.env as Record<string, string>).NODE_ENV = "production";

await serveApp({ dir: root, port, hostname, trustedProxyHops });

const url = `http://${hostname ?? "localhost"}:${port}`;
console.log(`\nSamverkan is running on ${url}${trustedProxyHops ? ` (behind ${trustedProxyHops} trusted proxy hop(s))` : ""}`);
if (demoAccountsPresent) {
  console.log(`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  for (const account of [...DEMO_ACCOUNTS, ...DEMO_STEERING_GROUP_ACCOUNTS]) console.log(`  ${account.role.padEnd(22)} ${account.email}`);
  console.log("In the second partnership (ledning@huddinge.example takes part in both):");
  for (const account of DEMO_SECOND_PARTNERSHIP_ACCOUNTS) console.log(`  ${account.role.padEnd(22)} ${account.email}`);
  console.log(`  ${"INSTALLATION ADMIN".padEnd(22)} ${DEMO_INSTALLATION_ADMINISTRATOR.email}`);
}
console.log("Stop with Ctrl+C.\n");
