/**
 * `npm run bench` (issue #6, item 9): seeds ten years of history (10 activity plans, ~500
 * activities with indicators, follow-ups and results, ~50 meetings with minutes and decisions,
 * ~300 people, proposals every year) for each of two partnerships (issue #15, item 6; the first is
 * measured, the second sits beside it) into a fresh embedded database (PGlite, in a temporary
 * folder) and a fresh PostgreSQL database (created on the server and dropped afterwards), starts
 * the BUILT app on each, signs in as a steering-group member and measures one page — by default
 * this year's follow-up report — under concurrent load, at each of several numbers of clients.
 * Prints requests, throughput, p50/p95/p99, max and errors per database and number of clients, and
 * whether p95 is under 100 ms on PostgreSQL with two concurrent clients.
 *
 * On PostgreSQL it serves the app as the README's deployment does on a machine of several cores:
 * one instance per core (--instances), the clients spread over them the way a load balancer keeps
 * each connection on one instance. The embedded database belongs to one process, so one instance.
 *
 *   npm run build && npm run bench
 *   npm run bench -- --duration=20 --concurrency=2,8 --warmup=5 --path=/follow-up/2026 --only=postgres
 *
 * Flags (or environment variables):
 *   --duration     BENCH_DURATION      measured seconds per database and number of clients (default 15)
 *   --warmup       BENCH_WARMUP        seconds of the same load before measuring (default 5)
 *   --concurrency  BENCH_CONCURRENCY   numbers of clients, comma-separated, each client waiting for
 *                                      its answer before asking again (default 1,2,4,8)
 *   --instances    BENCH_INSTANCES     app instances on PostgreSQL (default: the number of cores)
 *   --path         BENCH_PATH          the page (default /follow-up/<this year>)
 *   --only         BENCH_ONLY          embedded | postgres (default both)
 *   --postgres-url BENCH_POSTGRES_URL  a role that may create databases (default postgresql://postgres@127.0.0.1:5432/postgres)
 *
 * It also prints the page's latency for one client alone and, on PostgreSQL, about how many
 * queries (transactions, by PostgreSQL's statistics) the server runs per page.
 *
 * Then the start page, "Min översikt" (issue #14, item 6): GET / for one client, for the same time,
 * as the steering-group member given every role for the run (so every part of the page is built:
 * the year in brief, meetings, proposals, minutes, follow-ups, calls, composition, cadence, mail and
 * the agreement), judged against p95 ≤ 100 ms on PostgreSQL.
 *
 * Exits non-zero when a request failed (or the setup did), never for a missed latency target.
 * Everything it creates — the temporary folder, the database, the servers — is removed on exit,
 * Ctrl-C included; a janitor process (lib/bench-reaper.ts) removes it even if this one is killed.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { openEmbeddedDatabase, openPostgresDatabase, type Database } from "@/server/db/connection";
import { prepareDatabase } from "@/server/db/prepare";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/server/seed/demo-accounts";
import { createDatabase, databaseUrl, dropDatabase, randomSuffix } from "../tests/support/postgres-admin";
import { fetchPage, runLoad, signedInClients, type LoadResult } from "./lib/bench-load";
import { startReaper, type Reaper, type ReaperEntry } from "./lib/bench-reaper";
import { seedBenchPartnerships } from "./lib/bench-partnerships";
import type { BenchSizes } from "./lib/bench-seed";
import { formatMs, formatTable, summarize, type LatencySummary } from "./lib/latency";
import { freePort, hasBuild, ROOT, spawnNextServer, type NextServer } from "./lib/next-server";
import type { Client } from "./lib/web-client";

type Target = "embedded" | "postgres";
const TARGET_LABEL: Record<Target, string> = { embedded: "embedded (PGlite)", postgres: "PostgreSQL" };
const TARGET_P95_MS = 100;
/**
 * The load the target is judged at: two clients that each ask again the moment they are answered,
 * some forty report views a second — far beyond a steering group opening its report together.
 * The larger numbers of clients show where the machine's cores are saturated.
 */
const TARGET_CONCURRENCY = 2;
const FOLDER_PREFIX = "samverkan-bench-";
const DATABASE_PREFIX = "samverkan_bench_";
const OWNER_FILE = "owner.pid";
const STEERING_MEMBER = DEMO_ACCOUNTS.find((account) => account.role === "STEERING_GROUP_MEMBER")!.email;
/** The start page, measured with one client (issue #14, item 6). */
const START_PAGE = "/";
const START_PAGE_CLIENTS = 1;
const EVERY_ROLE = ["ADMINISTRATOR", "STEERING_GROUP_MEMBER", "WORKING_GROUP_MEMBER", "CONTRIBUTOR", "READER"] as const;

const year = stockholmYear(new Date());
const flags = (() => {
  try {
    return parseArgs({
      options: {
        duration: { type: "string" },
        warmup: { type: "string" },
        concurrency: { type: "string" },
        instances: { type: "string" },
        path: { type: "string" },
        only: { type: "string" },
        "postgres-url": { type: "string" },
      },
      strict: true,
    }).values;
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
})();
const settings = {
  seconds: positive(flags.duration ?? process.env.BENCH_DURATION, 15),
  warmupSeconds: nonNegative(flags.warmup ?? process.env.BENCH_WARMUP, 5),
  concurrencies: clientCounts(flags.concurrency ?? process.env.BENCH_CONCURRENCY ?? "1,2,4,8"),
  postgresInstances: Math.round(positive(flags.instances ?? process.env.BENCH_INSTANCES, os.availableParallelism())),
  path: normalisePath(flags.path ?? process.env.BENCH_PATH ?? `/follow-up/${year}`),
  targets: targetsFrom(flags.only ?? process.env.BENCH_ONLY),
  postgresUrl: (flags["postgres-url"] ?? process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres").trim(),
};

function positive(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) usage(`not a positive number: ${raw}`);
  return value;
}
function clientCounts(raw: string): number[] {
  const counts = raw.split(",").map((part) => Number(part.trim()));
  if (counts.length === 0 || counts.some((count) => !Number.isInteger(count) || count <= 0)) usage(`--concurrency must be whole numbers of clients, such as 2 or 1,2,4,8, not ${raw}`);
  return [...new Set(counts)].sort((a, b) => a - b);
}
function nonNegative(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) usage(`not a number of seconds: ${raw}`);
  return value;
}
function normalisePath(raw: string): string {
  if (!raw.startsWith("/") || raw.startsWith("//")) usage(`--path must be a path on the app, such as /follow-up/${year}`);
  return raw;
}
function targetsFrom(raw: string | undefined): Target[] {
  if (!raw) return ["embedded", "postgres"];
  if (raw === "embedded" || raw === "postgres") return [raw];
  usage(`--only must be embedded or postgres, not ${raw}`);
}
function usage(problem: string): never {
  console.error(`npm run bench: ${problem}\nFlags: --duration=<s> --warmup=<s> --concurrency=<n>[,<n>…] --instances=<n> --path=</page> --only=embedded|postgres --postgres-url=<url>`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Cleaning up: whatever happens, the servers stop and the folder and the database go.

const cleanups: { label: string; run: () => Promise<void> }[] = [];
// Outlives this process: it removes what is left should this process be killed (see bench-reaper.ts).
let reaper: Reaper | null = null;
let tempFolder: string | null = null;
const liveServers = new Set<NextServer>();
let stopping: Promise<never> | null = null;

/** Runs the cleanups registered last first, down to the first `keep` of them. */
async function cleanUp(keep = 0): Promise<void> {
  while (cleanups.length > keep) {
    const { label, run } = cleanups.pop()!;
    try {
      await run();
    } catch (error) {
      console.error(`Cleaning up (${label}) failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

function stop(exitCode: number): Promise<never> {
  stopping ??= (async () => {
    console.error("\nStopping: removing the servers, the database and the temporary folder…");
    await cleanUp();
    process.exit(exitCode);
  })();
  return stopping;
}

// `on`, not `once`: npm and tsx relay the signal too, and a second one without a listener would
// end the process before it has cleaned up.
process.on("SIGINT", () => void stop(130));
process.on("SIGTERM", () => void stop(143));
// The last resort when the process ends some other way: nothing that needs waiting for.
process.on("exit", () => {
  for (const server of liveServers) server.killNow();
  if (tempFolder) fs.rmSync(tempFolder, { recursive: true, force: true });
});

/** Leftovers of earlier runs whose process is gone (killed with SIGKILL, say). */
async function removeStaleLeftovers(): Promise<void> {
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (!name.startsWith(FOLDER_PREFIX)) continue;
    const folder = path.join(os.tmpdir(), name);
    let owner = Number.NaN;
    try {
      owner = Number(fs.readFileSync(path.join(folder, OWNER_FILE), "utf8"));
    } catch {
      // No owner file: still being created, or not ours to judge.
      continue;
    }
    if (Number.isInteger(owner) && owner > 0 && !processAlive(owner)) fs.rmSync(folder, { recursive: true, force: true });
  }
  if (!settings.targets.includes("postgres")) return;
  const admin = new pg.Client({ connectionString: settings.postgresUrl });
  try {
    await admin.connect();
    const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [DATABASE_PREFIX]);
    for (const { datname } of rows) {
      const owner = Number(/^samverkan_bench_(\d+)_[0-9a-f]+$/.exec(datname)?.[1]);
      if (Number.isInteger(owner) && !processAlive(owner)) await dropDatabase(settings.postgresUrl, datname);
    }
  } catch {
    // The server is checked properly when the PostgreSQL run starts.
  } finally {
    await admin.end().catch(() => undefined);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// ---------------------------------------------------------------------------------------------
// One database: seed, serve, measure

type Outcome = {
  target: Target;
  sizes?: BenchSizes;
  seedSeconds?: number;
  instances?: number;
  /** By number of clients. */
  loads: Map<number, LoadResult>;
  /** Latencies of requests made one at a time after the load: the page's own time, without queueing. */
  unloaded?: LatencySummary;
  transactionsPerPage?: number | null;
  /** GET / ("Min översikt") for one client, as a person with every role. */
  startPage?: LoadResult;
  failure?: string;
};

async function seed(database: Database): Promise<BenchSizes> {
  let sizes: BenchSizes | undefined;
  await prepareDatabase(database, {
    afterMigrate: async ({ prisma }) => {
      const { measured, other } = await seedBenchPartnerships(prisma, { year });
      sizes = measured.sizes;
      console.log(`Beside it, a second partnership of ${sizeLine(other.sizes)}; the steering-group member takes part in both and is measured in the first.`);
      // Every part of the start page for the measured person; the report reads the same whatever the roles.
      await prisma.user.updateMany({ where: { partnershipId: measured.partnershipId, account: { email: STEERING_MEMBER } }, data: { roles: [...EVERY_ROLE] } });
    },
  });
  return sizes!;
}

function sizeLine(sizes: BenchSizes): string {
  return Object.entries(sizes)
    .map(([name, count]) => `${count} ${name}`)
    .join(", ");
}

async function bench(target: Target, folder: string): Promise<Outcome> {
  const outcome: Outcome = { target, loads: new Map() };
  console.log(`\n=== ${TARGET_LABEL[target]} ===`);

  // The database, fresh.
  let env: Record<string, string | undefined>;
  let databaseName: string | null = null;
  const seedStarted = performance.now();
  let database: Database;
  if (target === "embedded") {
    const dataDir = path.join(folder, "pglite");
    env = { SAMVERKAN_DATA_DIR: dataDir, DATABASE_URL: undefined };
    database = await openEmbeddedDatabase({ dataDir });
    cleanups.push({ label: "removing the embedded database", run: async () => fs.rmSync(dataDir, { recursive: true, force: true }) });
  } else {
    databaseName = `${DATABASE_PREFIX}${process.pid}_${randomSuffix()}`;
    try {
      await createDatabase(settings.postgresUrl, databaseName, "template0");
    } catch (error) {
      throw new Error(`Could not create a database with ${describeUrl(settings.postgresUrl)} (${error instanceof Error ? error.message : String(error)}). Is PostgreSQL running there? Set --postgres-url or BENCH_POSTGRES_URL.`);
    }
    const entry: ReaperEntry = { kind: "database", adminUrl: settings.postgresUrl, name: databaseName };
    reaper?.watch(entry);
    cleanups.push({
      label: `dropping ${databaseName}`,
      run: async () => {
        await dropDatabase(entry.adminUrl, entry.name);
        reaper?.forget(entry);
      },
    });
    const url = databaseUrl(settings.postgresUrl, databaseName);
    env = { DATABASE_URL: url, SAMVERKAN_DATA_DIR: undefined };
    database = await openPostgresDatabase(url, 4);
  }
  const closeDatabase = { label: "closing the database", run: () => database.close() };
  cleanups.push(closeDatabase);
  console.log(`Seeding two partnerships of ten years each into ${database.location}…`);
  outcome.sizes = await seed(database);
  if (stopping) return stopping;
  await database.close();
  cleanups.splice(cleanups.indexOf(closeDatabase), 1);
  outcome.seedSeconds = (performance.now() - seedStarted) / 1000;
  console.log(`Seeded in ${outcome.seedSeconds.toFixed(1)} s: ${sizeLine(outcome.sizes)}.`);

  // The built app on it, as many instances as asked (one on the embedded database); each one's stop
  // is registered before anything can interrupt its start.
  const instances = target === "postgres" ? settings.postgresInstances : 1;
  outcome.instances = instances;
  const authSecret = randomBytes(32).toString("base64url");
  const servers: NextServer[] = [];
  const stops: { label: string; run: () => Promise<void> }[] = [];
  for (let index = 0; index < instances; index++) {
    const port = await freePort();
    if (stopping) return stopping;
    const server = spawnNextServer({ port, env: { ...env, AUTH_SECRET: authSecret, JOBS_DISABLED: "1", AUTH_URL: undefined } });
    servers.push(server);
    liveServers.add(server);
    const group: ReaperEntry = { kind: "group", pid: server.pid };
    reaper?.watch(group);
    const stopServer = {
      label: `stopping the server on ${server.url}`,
      run: async () => {
        await server.stop();
        reaper?.forget(group);
        liveServers.delete(server);
      },
    };
    stops.push(stopServer);
    cleanups.push(stopServer);
  }

  try {
    await Promise.all(servers.map((server) => server.ready()));
    console.log(`Serving on ${servers.map((server) => server.url).join(", ")} (next start, ${instances === 1 ? "one instance" : `${instances} instances`}, pid ${servers.map((server) => server.pid).join(", ")}).`);
    const most = Math.max(...settings.concurrencies);
    const clients = await signedInClients(
      servers.map((server) => server.url),
      STEERING_MEMBER,
      DEMO_PASSWORD,
      most,
    );
    const first = await fetchPage(clients[0]!, settings.path);
    if (first.failure) {
      outcome.failure = `GET ${settings.path} as ${STEERING_MEMBER} answered ${first.failure}${first.failure.startsWith("HTTP 404") ? " (does this build have that page? try --path=/priority-areas)" : ""}`;
      console.log(outcome.failure);
      return outcome;
    }
    console.log(`Signed in ${most} clients as ${STEERING_MEMBER}; GET ${settings.path} answers 200 (${(first.bytes / 1024).toFixed(0)} KiB).`);
    for (const concurrency of settings.concurrencies) {
      if (stopping) return stopping;
      console.log(`${concurrency} concurrent ${concurrency === 1 ? "client" : "clients"}: ${settings.warmupSeconds} s warm-up, then ${settings.seconds} s measured…`);
      // Round-robin sign-in: the first `concurrency` clients are spread evenly over the instances.
      const load = await runLoad({ path: settings.path, warmupSeconds: settings.warmupSeconds, seconds: settings.seconds }, clients.slice(0, concurrency));
      outcome.loads.set(concurrency, load);
      printLoad(load);
    }
    if (stopping) return stopping;
    console.log(`The start page: GET ${START_PAGE} for ${START_PAGE_CLIENTS} client as a person with every role, ${settings.warmupSeconds} s warm-up, then ${settings.seconds} s measured…`);
    outcome.startPage = await runLoad({ path: START_PAGE, warmupSeconds: settings.warmupSeconds, seconds: settings.seconds }, clients.slice(0, START_PAGE_CLIENTS));
    printLoad(outcome.startPage);
    const probe = await oneAtATime(target === "postgres" ? databaseName : null, clients[0]!);
    outcome.unloaded = probe.latency;
    outcome.transactionsPerPage = probe.transactionsPerPage;
    console.log(
      `One client, ${probe.latency.count} requests one at a time: p50 ${formatMs(probe.latency.p50)} ms, max ${formatMs(probe.latency.max)} ms` +
        (probe.transactionsPerPage == null ? "." : `; ${probe.transactionsPerPage.toFixed(1)} database transactions per page (PostgreSQL's statistics).`),
    );
  } finally {
    for (const stopServer of stops) {
      await stopServer.run();
      cleanups.splice(cleanups.indexOf(stopServer), 1);
    }
    if (outcome.failure || [...outcome.loads.values()].some((load) => load.errors > 0)) {
      for (const server of servers) {
        const log = server.output().trim();
        if (log) console.log(`The last output of the server on ${server.url}:\n${log.split("\n").slice(-30).join("\n")}`);
      }
    }
  }
  return outcome;
}

function printLoad(load: LoadResult): void {
  console.log(
    `${load.count} requests in ${load.elapsedSeconds.toFixed(1)} s (${load.throughput.toFixed(1)}/s), ${load.errors} errors; ` +
      `p50 ${formatMs(load.p50)} ms, p95 ${formatMs(load.p95)} ms, p99 ${formatMs(load.p99)} ms, max ${formatMs(load.max)} ms.`,
  );
  for (const [reason, count] of load.errorReasons) console.log(`  ${count} × ${reason}`);
}

/**
 * Requests made one at a time by one client after the load: the page's latency without queueing
 * and, on PostgreSQL, how many transactions the server runs against the database per page —
 * PostgreSQL's own count for the database (pg_stat_database, read from the admin database so that
 * the reading is not counted). Each query outside a transaction is a transaction of its own, so
 * this is about the number of queries per page, the session check included.
 */
async function oneAtATime(databaseName: string | null, client: Client, requests = 20): Promise<{ latency: LatencySummary; transactionsPerPage: number | null }> {
  const admin = databaseName ? new pg.Client({ connectionString: settings.postgresUrl }) : null;
  await admin?.connect();
  try {
    const read = async () =>
      Number((await admin!.query<{ count: string }>(`SELECT (xact_commit + xact_rollback)::text AS "count" FROM pg_stat_database WHERE datname = $1`, [databaseName])).rows[0]?.count ?? NaN);
    // A backend reports its counts at most once a second, and one that reported less than a second
    // ago waits until it has been idle for 10 s: the count is read once it stood still that long.
    const settled = async () => {
      if (!admin) return null;
      let previous = await read();
      for (let attempt = 0; attempt < 3; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 11_000));
        const current = await read();
        if (current === previous) return current;
        previous = current;
      }
      return null;
    };
    const before = await settled();
    const latencies: number[] = [];
    let failed = false;
    for (let index = 0; index < requests; index++) {
      const started = performance.now();
      failed ||= (await fetchPage(client, settings.path)).failure !== null;
      latencies.push(performance.now() - started);
    }
    const after = await settled();
    return { latency: summarize(latencies), transactionsPerPage: failed || before === null || after === null ? null : (after - before) / requests };
  } finally {
    await admin?.end();
  }
}

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `postgresql://${parsed.username ? `${parsed.username}@` : ""}${parsed.host}${parsed.pathname}`;
  } catch {
    return "the PostgreSQL URL";
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  if (!hasBuild()) {
    console.error(`No build found (${path.join(ROOT, ".next", "BUILD_ID")} is missing). The benchmark measures the built app: run \`npm run build\` first, then \`npm run bench\`.`);
    return 2;
  }
  await removeStaleLeftovers();
  reaper = startReaper();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), FOLDER_PREFIX));
  tempFolder = folder;
  reaper.watch({ kind: "folder", path: folder });
  fs.writeFileSync(path.join(folder, OWNER_FILE), String(process.pid));
  cleanups.push({
    label: "removing the temporary folder",
    run: async () => {
      fs.rmSync(folder, { recursive: true, force: true });
      reaper?.forget({ kind: "folder", path: folder });
    },
  });

  console.log(
    `Benchmark of GET ${settings.path} as a steering-group member: ${settings.concurrencies.join(", ")} concurrent clients, ${settings.warmupSeconds} s warm-up and ${settings.seconds} s measured for each, on ${settings.targets.map((target) => TARGET_LABEL[target]).join(" and ")}.`,
  );
  console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}.`);

  const outcomes: Outcome[] = [];
  for (const target of settings.targets) {
    if (stopping) return stopping;
    try {
      outcomes.push(await bench(target, folder));
    } catch (error) {
      // Interrupted: the cleanup under way closed what this run was using.
      if (stopping) return stopping;
      const failure = error instanceof Error ? error.message : String(error);
      console.log(`FAILED on ${TARGET_LABEL[target]}: ${failure}`);
      outcomes.push({ target, failure, loads: new Map() });
    }
    // What this target made goes before the next one starts (its server, database or data folder).
    await cleanUp(1);
  }

  console.log(`\nGET ${settings.path}, ${settings.seconds} s measured after ${settings.warmupSeconds} s warm-up at each number of clients:\n`);
  const rows = [["database", "instances", "clients", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "1 client p50", "tx/page"]];
  for (const outcome of outcomes) {
    const name = TARGET_LABEL[outcome.target];
    const instances = String(outcome.instances ?? "–");
    if (outcome.loads.size === 0) rows.push([name, instances, "–", "–", "–", "–", "–", "–", "–", "failed", "–", "–"]);
    for (const [concurrency, load] of outcome.loads) {
      rows.push([
        name,
        instances,
        String(concurrency),
        String(load.count),
        load.throughput.toFixed(1),
        formatMs(load.p50),
        formatMs(load.p95),
        formatMs(load.p99),
        formatMs(load.max),
        String(load.errors),
        formatMs(outcome.unloaded?.p50 ?? NaN),
        outcome.transactionsPerPage == null ? "–" : outcome.transactionsPerPage.toFixed(1),
      ]);
    }
  }
  for (const line of formatTable(rows)) console.log(line);
  const sizes = outcomes.find((outcome) => outcome.sizes)?.sizes;
  if (sizes) console.log(`\nData: ${sizeLine(sizes)}.`);

  const postgres = outcomes.find((outcome) => outcome.target === "postgres");
  const judged = postgres?.loads.get(TARGET_CONCURRENCY);
  if (judged) {
    const met = judged.p95 < TARGET_P95_MS;
    console.log(`Target p95 < ${TARGET_P95_MS} ms on PostgreSQL with ${TARGET_CONCURRENCY} concurrent clients: ${met ? "met" : "MISSED"} (p95 ${formatMs(judged.p95)} ms, ${postgres!.instances} ${postgres!.instances === 1 ? "instance" : "instances"}).`);
  } else if (postgres) {
    console.log(`Target p95 < ${TARGET_P95_MS} ms on PostgreSQL: not judged (it is judged at ${TARGET_CONCURRENCY} concurrent clients; add ${TARGET_CONCURRENCY} to --concurrency).`);
  }
  console.log(`\nGET ${START_PAGE} ("Min översikt", every part), ${START_PAGE_CLIENTS} client, ${settings.seconds} s measured after ${settings.warmupSeconds} s warm-up:\n`);
  const startRows = [["database", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors"]];
  for (const outcome of outcomes) {
    const load = outcome.startPage;
    startRows.push(load ? [TARGET_LABEL[outcome.target], String(load.count), load.throughput.toFixed(1), formatMs(load.p50), formatMs(load.p95), formatMs(load.p99), formatMs(load.max), String(load.errors)] : [TARGET_LABEL[outcome.target], "–", "–", "–", "–", "–", "–", "failed"]);
  }
  for (const line of formatTable(startRows)) console.log(line);
  if (postgres?.startPage) {
    const met = postgres.startPage.p95 <= TARGET_P95_MS;
    console.log(`Target p95 ≤ ${TARGET_P95_MS} ms for the start page on PostgreSQL with one client: ${met ? "met" : "MISSED"} (p95 ${formatMs(postgres.startPage.p95)} ms).`);
  }
  const errorsOf = (outcome: Outcome) => [...outcome.loads.values(), ...(outcome.startPage ? [outcome.startPage] : [])].reduce((sum, load) => sum + load.errors, 0);
  const failed = outcomes.filter((outcome) => outcome.failure || errorsOf(outcome) > 0);
  if (failed.length > 0) {
    console.log(`\nFAILED: ${failed.map((outcome) => `${TARGET_LABEL[outcome.target]}: ${outcome.failure ?? `${errorsOf(outcome)} request(s) failed`}`).join("; ")}`);
    return 1;
  }
  return 0;
}

const exitCode = await main().catch((error: unknown) => {
  console.error(error);
  return 1;
});
if (!stopping) {
  await cleanUp();
  process.exit(exitCode);
}
