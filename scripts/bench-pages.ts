/**
 * `npm run bench:pages` (issue #16, item 4): server time per page, one signed-in client asking one
 * page at a time, for one build or several side by side in one run. Seeds the demo (both demo
 * partnerships, as `npm start` does) into a fresh database — PostgreSQL (created and dropped on
 * the server) or the embedded one (a temporary folder) — serves each BUILT checkout on it in turn,
 * signs in through the real form and asks each page a number of times after a warm-up. Prints p50,
 * p90 and min per page and build, and the CPU time the server used per request (from /proc: it
 * does not grow when another program holds the CPU, so it compares builds more steadily). It fails
 * only when a page does not answer 200.
 *
 *   npm run build && npm run bench:pages
 *   npm run bench:pages -- --compare=/path/to/other/checkout --database=embedded --requests=40
 *
 * Flags:
 *   --database   postgres (default) | embedded
 *   --requests   measured requests per page (default 30)
 *   --warmup     unmeasured requests per page before them (default 50): a server in use runs code V8
 *                has optimised, which takes some hundred calls of a function; with only a few, the
 *                figures are the JIT's warm-up more than the page (issue #16)
 *   --as         the e-mail to sign in with (default the demo administrator, who sees every page)
 *   --paths      comma-separated pages (default: /, /meetings, /decisions, /proposals, /priority-areas, /api/health)
 *   --compare    other checkouts with a build (comma-separated), measured after this one, in the same run
 *   --rounds     how many times the builds take turns (default 2), so a slow moment hits each alike
 *   --postgres-url  a role that may create databases (default postgresql://postgres@127.0.0.1:5432/postgres)
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { openEmbeddedDatabase, openPostgresDatabase, type Database } from "@/server/db/connection";
import { prepareDatabase } from "@/server/db/prepare";
import { DEMO_PASSWORD } from "@/server/seed/demo-accounts";
import { seedDemo } from "@/server/seed/demo";
import { createDatabase, databaseUrl, dropDatabase, randomSuffix } from "../tests/support/postgres-admin";
import { fetchPage, signedInClients } from "./lib/bench-load";
import { formatTable, percentile } from "./lib/latency";
import { freePort, hasBuild, ROOT, spawnNextServer } from "./lib/next-server";

const { values } = parseArgs({
  options: {
    database: { type: "string", default: "postgres" },
    requests: { type: "string", default: "30" },
    as: { type: "string", default: "admin@huddinge.example" },
    paths: { type: "string", default: "/,/meetings,/decisions,/proposals,/priority-areas,/api/health" },
    compare: { type: "string", default: "" },
    rounds: { type: "string", default: "2" },
    warmup: { type: "string", default: "50" },
    "postgres-url": { type: "string", default: "postgresql://postgres@127.0.0.1:5432/postgres" },
  },
});
const embedded = values.database === "embedded";
const requests = Math.max(1, Number(values.requests) || 30);
const rounds = Math.max(1, Number(values.rounds) || 2);
const paths = values.paths.split(",").filter(Boolean);
const roots = [ROOT, ...values.compare.split(",").filter(Boolean).map((root) => path.resolve(root))];
const warmupRequests = Math.max(0, Number(values.warmup) || 0);
// USER_HZ: what /proc/<pid>/stat counts CPU time in (100 on every Linux this runs on).
const CLOCK_TICKS_PER_SECOND = 100;

for (const root of roots) {
  if (!hasBuild(root)) {
    console.error(`No production build in ${root}: run \`npm run build\` there first.`);
    process.exit(1);
  }
}

const cleanups: (() => Promise<void>)[] = [];
let env: Record<string, string | undefined>;
let database: Database;
if (embedded) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-pages-"));
  cleanups.push(async () => fs.rmSync(folder, { recursive: true, force: true }));
  env = { SAMVERKAN_DATA_DIR: folder, DATABASE_URL: undefined };
  database = await openEmbeddedDatabase({ dataDir: folder });
} else {
  const name = `samverkan_bench_pages_${process.pid}_${randomSuffix()}`;
  await createDatabase(values["postgres-url"], name, "template0");
  cleanups.push(() => dropDatabase(values["postgres-url"], name));
  const url = databaseUrl(values["postgres-url"], name);
  env = { DATABASE_URL: url, SAMVERKAN_DATA_DIR: undefined };
  database = await openPostgresDatabase(url, 4);
}

type Row = { build: string; path: string; times: number[]; cpuMs: number };
const rows: Row[] = [];
try {
  await prepareDatabase(database, { afterMigrate: async ({ prisma }) => void (await seedDemo(prisma)) });
  await database.close();
  console.log(`Demo seeded (${embedded ? "embedded database" : "PostgreSQL"}); ${requests} requests per page after ${warmupRequests} unmeasured, as ${values.as}, ${rounds} rounds.`);
  const authSecret = randomBytes(32).toString("base64url");
  for (let round = 0; round < rounds; round++) {
    for (const root of roots) {
      const server = spawnNextServer({ port: await freePort(), root, program: "npm start", env: { ...env, AUTH_SECRET: authSecret, JOBS_DISABLED: "1", AUTH_URL: undefined } });
      try {
        await server.ready();
        const [client] = await signedInClients([server.url], values.as, DEMO_PASSWORD, 1);
        for (const page of paths) {
          for (let index = 0; index < warmupRequests; index++) await fetchPage(client!, page);
          let row = rows.find((candidate) => candidate.build === root && candidate.path === page);
          if (!row) rows.push((row = { build: root, path: page, times: [], cpuMs: 0 }));
          const cpuBefore = groupCpuMs(server.pid);
          for (let index = 0; index < requests; index++) {
            const started = performance.now();
            const answer = await fetchPage(client!, page);
            if (answer.failure) throw new Error(`GET ${page} on ${root} answered ${answer.failure}`);
            row.times.push(performance.now() - started);
          }
          row.cpuMs += groupCpuMs(server.pid) - cpuBefore;
        }
      } finally {
        await server.stop();
      }
    }
  }
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => console.error(`cleanup: ${error}`));
}

/**
 * CPU time (user + system) the server's processes have used so far, from /proc: unlike the time a
 * request takes, it does not grow when another program holds the CPU. Linux only; NaN elsewhere.
 */
function groupCpuMs(groupId: number): number {
  try {
    let ticks = 0;
    for (const entry of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      } catch {
        continue; // gone meanwhile
      }
      // After the command's closing parenthesis: state, ppid, pgrp, … utime (14th field), stime (15th).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === groupId) ticks += Number(fields[11]) + Number(fields[12]);
    }
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

const label = (root: string) => (root === ROOT ? "this checkout" : path.relative(ROOT, root) || root);
const figures = (root: string, page: string) => {
  const row = rows.find((candidate) => candidate.build === root && candidate.path === page)!;
  const sorted = [...row.times].sort((a, b) => a - b);
  return [percentile(sorted, 50), percentile(sorted, 90), sorted[0]!, row.cpuMs / row.times.length].map((value) => value.toFixed(1));
};
console.log(
  formatTable([
    ["page", ...roots.flatMap((root) => [`${label(root)}: p50 ms`, "p90", "min", "CPU ms/request"])],
    ...paths.map((page) => [page, ...roots.flatMap((root) => figures(root, page))]),
  ]).join("\n"),
);
