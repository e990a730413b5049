/**
 * `npm run loadtest` (issue #8, item 7): drives proposal submissions and page reads concurrently
 * against a RUNNING instance for a fixed time, prints throughput, p50/p95/p99 latency and errors
 * per kind of request, then checks that the proposals stored by the run are exactly the ones whose
 * submission was acknowledged. Exits non-zero when they differ (or when nothing was acknowledged).
 *
 * Everything goes through the application as a browser without JavaScript would: the real sign-in
 * form and the real proposal form (their server actions, named in React's hidden fields), posted as
 * multipart with this site's Origin, cookies kept per worker.
 *
 *   LOADTEST_URL          the running instance (default http://127.0.0.1:3000)
 *   LOADTEST_SECONDS      how long to start new requests (default 30)
 *   LOADTEST_CONCURRENCY  workers (default 8): half submit proposals, the rest read pages
 *   LOADTEST_DATABASE_URL or DATABASE_URL (postgresql://…): the server's PostgreSQL database, to
 *                         count the stored proposals there. Without one (the embedded database,
 *                         which the running server holds locked) they are counted through the app.
 *
 * A submission is acknowledged only when the server answers with its redirect to the saved draft,
 * /proposals/<id>?saved=draft. Each proposal's title carries a marker unique to the run.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { formatMs, formatTable, percentile } from "./lib/latency";
import { Client, describe, errorSummaryText, formFields, signIn as signInThroughForm, SignInRefused } from "./lib/web-client";

const BASE = new URL(process.env.LOADTEST_URL || "http://127.0.0.1:3000").origin;
const SECONDS = positive(process.env.LOADTEST_SECONDS, 30);
const CONCURRENCY = positive(process.env.LOADTEST_CONCURRENCY, 8);
const DATABASE_URL = (process.env.LOADTEST_DATABASE_URL || process.env.DATABASE_URL || "").trim();
const PASSWORD = "samverkan-demo";
const WRITER = "forskare@sh.example"; // CONTRIBUTOR: may create proposals
const READER = "admin@huddinge.example"; // ADMINISTRATOR: sees every page, and the audit log
const READ_PATHS = ["/", "/meetings", "/decisions", "/proposals", "/priority-areas"] as const;
const REQUEST_TIMEOUT_MS = 60_000; // the health check's; requests time out in lib/web-client.ts alike
const MARKER = `LOADTEST-${randomBytes(6).toString("hex")}`;

function positive(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return raw && Number.isFinite(value) && value > 0 ? value : fallback;
}

// ---------------------------------------------------------------------------------------------
// Measurements

type Kind = "sign-in" | "proposal form (GET)" | "proposal submit (POST)" | `read ${string}` | "verify";

class Stats {
  private latencies = new Map<Kind, number[]>();
  private errors = new Map<Kind, Map<string, number>>();

  record(kind: Kind, milliseconds: number): void {
    const list = this.latencies.get(kind) ?? [];
    list.push(milliseconds);
    this.latencies.set(kind, list);
  }

  error(kind: Kind, milliseconds: number, reason: string): void {
    this.record(kind, milliseconds);
    const reasons = this.errors.get(kind) ?? new Map<string, number>();
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    this.errors.set(kind, reasons);
  }

  errorCount(kind?: Kind): number {
    let total = 0;
    for (const [key, reasons] of this.errors) if (!kind || key === kind) for (const count of reasons.values()) total += count;
    return total;
  }

  print(elapsedSeconds: number): void {
    const rows: string[][] = [["kind", "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms"]];
    const kinds = [...this.latencies.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
    const allReads: number[] = [];
    for (const kind of kinds) {
      const list = this.latencies.get(kind)!;
      if (kind.startsWith("read ")) allReads.push(...list);
      const cells = row(kind, list, this.errorCount(kind), elapsedSeconds);
      // Sign-ins happen before the clock starts: no rate for them.
      if (kind === "sign-in") cells[3] = "–";
      rows.push(cells);
    }
    if (allReads.length > 0) {
      const readErrors = kinds.filter((kind) => kind.startsWith("read ")).reduce((sum, kind) => sum + this.errorCount(kind), 0);
      rows.push(row("read (all pages)", allReads, readErrors, elapsedSeconds));
    }
    for (const line of formatTable(rows)) console.log(line);
    if (this.errorCount() > 0) {
      console.log("\nErrors:");
      for (const [kind, reasons] of this.errors) for (const [reason, count] of reasons) console.log(`  ${kind}: ${count} × ${reason}`);
    }
  }
}

function order(kind: string): number {
  if (kind === "sign-in") return 0;
  if (kind.startsWith("proposal form")) return 1;
  if (kind.startsWith("proposal submit")) return 2;
  if (kind.startsWith("read ")) return 3;
  return 4;
}

function row(kind: string, list: number[], errors: number, elapsedSeconds: number): string[] {
  const sorted = [...list].sort((a, b) => a - b);
  return [kind, String(list.length), String(errors), (list.length / elapsedSeconds).toFixed(1), formatMs(percentile(sorted, 50)), formatMs(percentile(sorted, 95)), formatMs(percentile(sorted, 99)), formatMs(sorted.at(-1) ?? NaN)];
}

// ---------------------------------------------------------------------------------------------
// Signing in (the browser without JavaScript is lib/web-client.ts)

async function signIn(client: Client, email: string, stats: Stats): Promise<void> {
  const started = performance.now();
  try {
    await signInThroughForm(client, email, PASSWORD);
    stats.record("sign-in", performance.now() - started);
  } catch (error) {
    stats.error("sign-in", performance.now() - started, error instanceof SignInRefused ? error.reason : describe(error));
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// The workers

type Submission = { title: string; proposalId: string };

async function timed(stats: Stats, kind: Kind, work: () => Promise<string | null>): Promise<boolean> {
  const started = performance.now();
  try {
    const failure = await work();
    if (failure === null) stats.record(kind, performance.now() - started);
    else stats.error(kind, performance.now() - started, failure);
    return failure === null;
  } catch (error) {
    stats.error(kind, performance.now() - started, describe(error));
    return false;
  }
}

async function writer(client: Client, worker: number, deadline: number, stats: Stats, acknowledged: Submission[], attempted: { count: number }): Promise<void> {
  for (let sequence = 1; performance.now() < deadline; sequence++) {
    let data: FormData | null = null;
    await timed(stats, "proposal form (GET)", async () => {
      const page = await client.request("/proposals/new");
      if (page.status !== 200) return `HTTP ${page.status}${page.location ? ` → ${page.location}` : ""}`;
      data = formFields(page.body, 'name="submissionKey"');
      return null;
    });
    if (!data || performance.now() >= deadline) continue;
    const form: FormData = data;
    const title = `${MARKER} w${worker} #${sequence}`;
    form.set("title", title);
    form.set("intent", "draft");
    attempted.count++;
    await timed(stats, "proposal submit (POST)", async () => {
      const response = await client.request("/proposals/new", { method: "POST", body: form });
      const target = response.location ? new URL(response.location, BASE) : null;
      const id = target ? /^\/proposals\/([A-Za-z0-9_-]+)$/.exec(target.pathname)?.[1] : undefined;
      if (response.status === 303 && id && target!.searchParams.get("saved") === "draft") {
        acknowledged.push({ title, proposalId: id });
        return null;
      }
      return `HTTP ${response.status}${response.location ? ` → ${response.location}` : ""} ${errorSummaryText(response.body)}`.trim();
    });
  }
}

async function reader(client: Client, worker: number, deadline: number, stats: Stats): Promise<void> {
  for (let index = worker; performance.now() < deadline; index++) {
    const path = READ_PATHS[index % READ_PATHS.length]!;
    await timed(stats, `read ${path}`, async () => {
      const page = await client.request(path);
      return page.status === 200 ? null : `HTTP ${page.status}${page.location ? ` → ${page.location}` : ""}`;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// What was stored

type Stored = { method: string; ids: Set<string>; notes: string[] };

/** On PostgreSQL: the rows themselves. */
async function storedInPostgres(url: string): Promise<Stored> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ id: string }>(`SELECT id FROM "Proposal" WHERE title LIKE $1`, [`${MARKER} %`]);
    return { method: `PostgreSQL: SELECT id FROM "Proposal" WHERE title LIKE '${MARKER} %'`, ids: new Set(result.rows.map((entry) => entry.id)), notes: [] };
  } finally {
    await client.end();
  }
}

function stockholmDay(date: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/**
 * On the embedded database, which the running server holds locked: through the app. Every
 * proposal created writes its `proposal.created` audit event in the same transaction, so the
 * administrator's audit log (filtered to that action, paged to the end) names every proposal the
 * run stored, whether or not its request was answered. Each acknowledged proposal's own page is
 * then read by its author, so that each one is seen as a stored row too.
 */
async function storedThroughTheApp(acknowledged: Submission[], runStarted: Date, stats: Stats): Promise<Stored> {
  const admin = new Client(BASE);
  await signIn(admin, READER, stats);
  const ids = new Set<string>();
  const from = stockholmDay(runStarted);
  const to = stockholmDay(new Date());
  let pages = 0;
  for (let page = 1; page <= 10_000; page++) {
    const response = await admin.request(`/admin/audit?action=proposal.created&entity=Proposal&from=${from}&to=${to}&page=${page}`);
    if (response.status !== 200) throw new Error(`audit log page ${page}: HTTP ${response.status}`);
    pages = page;
    // Each event's details (a <details> element of its own) show its entity id as
    // <code class="break-all">id</code>, then its data, the title among them. Only the rendered
    // table counts: the page's RSC payload after it repeats the data.
    let rows = 0;
    for (const match of response.body.matchAll(/<details>([\s\S]*?)<\/details>/g)) {
      const details = match[1]!;
      const id = /<code class="break-all">([A-Za-z0-9_-]{8,64})<\/code>/.exec(details)?.[1];
      if (!id) continue;
      rows++;
      if (details.includes(`${MARKER} w`)) ids.add(id);
    }
    if (rows === 0) break;
  }

  const author = new Client(BASE);
  await signIn(author, WRITER, stats);
  const missingPages: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(CONCURRENCY, 4)) }, async () => {
      while (next < acknowledged.length) {
        const submission = acknowledged[next++]!;
        await timed(stats, "verify", async () => {
          const page = await author.request(`/proposals/${submission.proposalId}`);
          if (page.status === 200 && page.body.includes(submission.title)) return null;
          missingPages.push(submission.proposalId);
          return `HTTP ${page.status}: /proposals/${submission.proposalId} does not show "${submission.title}"`;
        });
      }
    }),
  );
  return {
    method: `the app: the administrator's audit log (proposal.created, ${from}–${to}, ${pages} page(s)) and each acknowledged proposal's page read by its author`,
    ids,
    notes: missingPages.length > 0 ? [`${missingPages.length} acknowledged proposal(s) whose page does not show them: ${missingPages.slice(0, 10).join(", ")}`] : [],
  };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const writers = Math.max(1, Math.ceil(CONCURRENCY / 2));
  const readers = Math.max(0, CONCURRENCY - writers);
  console.log(`Load test of ${BASE}: ${SECONDS} s, ${CONCURRENCY} workers (${writers} submitting proposals as ${WRITER}, ${readers} reading pages as ${READER}).`);
  console.log(`Run marker: ${MARKER}`);

  const health = await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).catch((error: unknown) => error);
  if (!(health instanceof Response) || health.status !== 200) {
    console.error(`The instance at ${BASE} is not healthy (${health instanceof Response ? `HTTP ${health.status}` : describe(health)}). Start it with npm start.`);
    return 2;
  }

  // Every worker signs in first, through the real form; the clock starts when all have.
  const stats = new Stats();
  const signIns = await Promise.allSettled(
    Array.from({ length: writers + readers }, async (_, index) => {
      const client = new Client(BASE);
      await signIn(client, index < writers ? WRITER : READER, stats);
      return client;
    }),
  );
  const failedSignIns = signIns.filter((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
  if (failedSignIns.length > 0) {
    for (const failure of failedSignIns) console.error(describe(failure.reason));
    console.error("\nFAILED: not every worker could sign in.");
    return 1;
  }
  const clients = signIns.map((outcome) => (outcome as PromiseFulfilledResult<Client>).value);

  const acknowledged: Submission[] = [];
  const attempted = { count: 0 };
  const runStarted = new Date();
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  const outcomes = await Promise.allSettled([
    ...clients.slice(0, writers).map((client, index) => writer(client, index + 1, deadline, stats, acknowledged, attempted)),
    ...clients.slice(writers).map((client, index) => reader(client, index, deadline, stats)),
  ]);
  const elapsed = (performance.now() - started) / 1000;
  const failedWorkers = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");

  console.log(`\nRan ${elapsed.toFixed(1)} s after the sign-ins (requests in flight at the deadline were awaited).\n`);
  stats.print(elapsed);
  console.log(`\nSubmissions: ${attempted.count} sent, ${acknowledged.length} acknowledged (${(acknowledged.length / elapsed).toFixed(1)}/s).`);
  for (const failure of failedWorkers) console.log(`A worker stopped: ${describe(failure.reason)}`);

  console.log("\nCounting the proposals the run stored…");
  const stored = DATABASE_URL.startsWith("postgres") ? await storedInPostgres(DATABASE_URL) : await storedThroughTheApp(acknowledged, runStarted, stats);
  const acknowledgedIds = new Set(acknowledged.map((submission) => submission.proposalId));
  const lost = [...acknowledgedIds].filter((id) => !stored.ids.has(id));
  const unacknowledged = [...stored.ids].filter((id) => !acknowledgedIds.has(id));
  console.log(`Counted through ${stored.method}.`);
  console.log(`Stored: ${stored.ids.size}. Acknowledged: ${acknowledged.length} (${acknowledgedIds.size} distinct proposals).`);
  for (const note of stored.notes) console.log(note);

  const problems: string[] = [...stored.notes];
  if (stored.ids.size !== acknowledged.length) problems.push(`stored ${stored.ids.size} ≠ acknowledged ${acknowledged.length}`);
  if (acknowledgedIds.size !== acknowledged.length) problems.push(`${acknowledged.length - acknowledgedIds.size} acknowledgement(s) name a proposal already acknowledged`);
  if (lost.length > 0) problems.push(`${lost.length} acknowledged but not stored: ${lost.slice(0, 10).join(", ")}`);
  if (unacknowledged.length > 0) problems.push(`${unacknowledged.length} stored but never acknowledged: ${unacknowledged.slice(0, 10).join(", ")}`);
  if (acknowledged.length === 0) problems.push("no submission was acknowledged: the run proves nothing");
  if (failedWorkers.length > 0) problems.push(`${failedWorkers.length} worker(s) stopped`);

  if (problems.length > 0) {
    console.log(`\nFAILED: ${problems.join("; ")}`);
    return 1;
  }
  console.log(`\nOK: every acknowledged submission is stored, and nothing else was (${stored.ids.size} proposals).`);
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error);
  return 1;
});
