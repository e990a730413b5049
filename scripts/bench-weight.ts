/**
 * `npm run bench:weight` (issue #16): what each page costs the browser to load. Starts the BUILT
 * app (run `npm run build` first; this builds nothing) as `npm start` serves it (scripts/start.ts,
 * with the build's Brotli assets) on a fresh embedded database with the demo data, opens every
 * page of scripts/lib/weight-pages.ts in Chromium signed out and as each demo role, and prints per
 * page the compressed bytes of JavaScript, CSS, the document and the rest (RSC prefetches, fonts,
 * icons) as the browser received them (Chrome's transfer size,
 * Network.loadingFinished's encodedDataLength, headers included), and the number of requests.
 *
 *   npm run build && npm run bench:weight
 *   npm run bench:weight -- --baseline=/tmp/main-checkout   # also that checkout's build, side by side
 *   npm run bench:weight -- --lighthouse                     # then Lighthouse's scores (this build)
 *   npm run bench:weight -- --lighthouse-only                # Lighthouse alone, no weighing
 *   LIGHTHOUSE_REPORTS=/tmp/lh npm run bench:weight -- --lighthouse-only   # keeping each JSON report
 *
 * With --lighthouse it then runs Lighthouse 12.2.3 (mobile preset, simulated throttling) on `/`
 * signed out, /sign-in, the yearly report and the proposal form (signed in as the administrator,
 * the session cookie sent as a header) and prints performance, accessibility and best practices,
 * with the metrics and the audits that did not pass. It reports only: scores never fail the run.
 *
 * Exits non-zero when a page goes over its JavaScript budget (read pages 125 kB, form pages 150 kB;
 * the baseline is shown, not judged), when the server does not compress its JavaScript, or when a
 * page fails to load. The servers, the browser and the temporary folder are removed on exit.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { openEmbeddedDatabase } from "@/server/db/connection";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/server/seed/demo-accounts";
import { migrateAndSeed } from "./lib/database";
import { freePort, hasBuild, ROOT, spawnNextServer, type NextServer } from "./lib/next-server";
import { loadPrecompressedAssets, staticFolder } from "./lib/precompressed-assets";
import { LIGHTHOUSE_CATEGORIES, runLighthouse } from "./lib/lighthouse";
import { JS_BUDGET_BYTES, weighedPages, type WeighedPage } from "./lib/weight-pages";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FOLDER_PREFIX = "samverkan-weight-";

const flags = (() => {
  try {
    return parseArgs({ options: { baseline: { type: "string" }, lighthouse: { type: "boolean", default: false }, "lighthouse-only": { type: "boolean", default: false } }, strict: true }).values;
  } catch (error) {
    console.error(`npm run bench:weight: ${error instanceof Error ? error.message : String(error)}\nFlags: --baseline=<another checkout with a build>, --lighthouse, --lighthouse-only`);
    process.exit(2);
  }
})();
const baselineRoot = flags.baseline ? path.resolve(flags.baseline) : null;

type Weight = { js: number; css: number; document: number; other: number; requests: number; uncompressedScripts: string[] };
type Visitor = { label: string; email: string | null };
type Row = { page: WeighedPage; visitor: string; weights: Map<string, Weight | "not shown"> };

const visitors: Visitor[] = [{ label: "signed out", email: null }, ...DEMO_ACCOUNTS.map((account) => ({ label: account.role, email: account.email }))];

// ---------------------------------------------------------------------------------------------
// Cleaning up, whatever happens.
const servers = new Set<NextServer>();
let browser: Browser | null = null;
const tempFolder = fs.mkdtempSync(path.join(os.tmpdir(), FOLDER_PREFIX));
let stopping = false;
async function cleanUp(): Promise<void> {
  await browser?.close().catch(() => undefined);
  for (const server of servers) await server.stop();
  fs.rmSync(tempFolder, { recursive: true, force: true });
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void cleanUp().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}
process.on("exit", () => {
  for (const server of servers) server.killNow();
  fs.rmSync(tempFolder, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------

/** One fresh demo database, copied for each server (two processes must never share a folder). */
async function demoDatabase(): Promise<string> {
  const dataDir = path.join(tempFolder, "seeded");
  const database = await openEmbeddedDatabase({ dataDir });
  try {
    await migrateAndSeed(database, { seed: true });
  } finally {
    await database.close();
  }
  return dataDir;
}

async function startServer(root: string, seeded: string, name: string): Promise<NextServer> {
  const dataDir = path.join(tempFolder, name);
  fs.cpSync(seeded, dataDir, { recursive: true });
  const server = spawnNextServer({
    root,
    program: "npm start",
    port: await freePort(),
    env: { SAMVERKAN_DATA_DIR: dataDir, DATABASE_URL: undefined, AUTH_SECRET: randomBytes(32).toString("base64url"), JOBS_DISABLED: "1", AUTH_URL: undefined },
  });
  servers.add(server);
  await server.ready();
  return server;
}

async function signIn(context: BrowserContext, baseUrl: string, email: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.locator("#field-email").fill(email);
  await page.locator("#field-password").fill(DEMO_PASSWORD);
  await page.locator("form button[type=submit]").last().click();
  await page.waitForURL((url) => url.pathname !== "/sign-in");
  await page.close();
}

/** Loads the page with an empty cache and adds up what arrived until the network was idle. */
async function weigh(context: BrowserContext, baseUrl: string, pagePath: string): Promise<Weight | "not shown"> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const kinds = new Map<string, { type: string; url: string; encoding: string | undefined }>();
  const weight: Weight = { js: 0, css: 0, document: 0, other: 0, requests: 0, uncompressedScripts: [] };
  cdp.on("Network.responseReceived", (event) => {
    const headers = Object.fromEntries(Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
    kinds.set(event.requestId, { type: event.type, url: event.response.url, encoding: headers["content-encoding"] });
  });
  cdp.on("Network.loadingFinished", (event) => {
    const kind = kinds.get(event.requestId);
    if (!kind) return;
    weight.requests++;
    const bytes = event.encodedDataLength;
    if (kind.type === "Script") {
      weight.js += bytes;
      // The server compresses only what is worth it (Next's compression skips bodies under 1 KiB).
      if (!kind.encoding && bytes > 2048) weight.uncompressedScripts.push(kind.url);
    } else if (kind.type === "Stylesheet") weight.css += bytes;
    else if (kind.type === "Document") weight.document += bytes;
    else weight.other += bytes;
  });
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  try {
    const response = await page.goto(`${baseUrl}${pagePath}`, { waitUntil: "networkidle" });
    const landed = new URL(page.url()).pathname;
    if (!response || response.status() !== 200 || landed !== pagePath) return "not shown";
    return weight;
  } finally {
    await page.close();
  }
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

function describe(weight: Weight | "not shown" | undefined): string[] {
  if (!weight || weight === "not shown") return ["–", "–", "–", "–", "–"];
  return [kB(weight.js), kB(weight.css), kB(weight.document), kB(weight.other), String(weight.requests)];
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ")).join("\n");
}

async function main(): Promise<number> {
  for (const [label, root] of [["this checkout", ROOT], ...(baselineRoot ? [["the baseline", baselineRoot]] : [])] as const) {
    if (!hasBuild(root)) {
      console.error(`No build in ${label} (${root}): run \`npm run build\` there first.`);
      return 2;
    }
  }
  if (loadPrecompressedAssets(staticFolder(ROOT)).size === 0) {
    console.error("The build has no Brotli copies of its assets: build with `npm run build` (not `next build` alone).");
    return 2;
  }
  const pages = weighedPages(stockholmYear(new Date()));
  console.log("Seeding a fresh embedded database with the demo partnership…");
  const seeded = await demoDatabase();
  const builds: { name: string; server: NextServer }[] = [{ name: "this build", server: await startServer(ROOT, seeded, "current") }];
  if (baselineRoot) builds.push({ name: "baseline", server: await startServer(baselineRoot, seeded, "baseline") });
  for (const build of builds) console.log(`${build.name}: ${build.server.url} (${build.name === "baseline" ? baselineRoot : ROOT})`);

  browser = await chromium.launch({ executablePath: CHROMIUM });
  if (flags["lighthouse-only"]) {
    await lighthouse(builds[0]!.server, stockholmYear(new Date()));
    return 0;
  }
  const rows: Row[] = [];
  for (const visitor of visitors) {
    const wanted = pages.filter((page) => page.audience === "both" || (page.audience === "signed-out") === (visitor.email === null));
    const contexts = new Map<string, BrowserContext>();
    for (const build of builds) {
      const context = await browser.newContext();
      if (visitor.email) await signIn(context, build.server.url, visitor.email);
      contexts.set(build.name, context);
    }
    for (const page of wanted) {
      const row: Row = { page, visitor: visitor.label, weights: new Map() };
      for (const build of builds) row.weights.set(build.name, await weigh(contexts.get(build.name)!, build.server.url, page.path));
      rows.push(row);
    }
    for (const context of contexts.values()) await context.close();
  }

  const header = ["page", "kind", "visitor", "JS kB", "CSS kB", "doc kB", "other kB", "requests"];
  const lines: string[][] = [baselineRoot ? [...header, "baseline JS kB", "CSS", "doc", "other", "requests"] : header];
  const problems: string[] = [];
  for (const row of rows) {
    const current = row.weights.get("this build");
    const baseline = row.weights.get("baseline");
    if (!row.weights.size || [...row.weights.values()].every((weight) => weight === "not shown")) continue;
    lines.push([row.page.path, row.page.kind, row.visitor, ...describe(current), ...(baselineRoot ? describe(baseline) : [])]);
    if (current && current !== "not shown") {
      const budget = JS_BUDGET_BYTES[row.page.kind];
      if (current.js > budget) problems.push(`${row.page.path} (${row.page.kind}, ${row.visitor}): ${kB(current.js)} kB of JavaScript, ${kB(current.js - budget)} kB over the ${kB(budget)} kB budget`);
      for (const url of current.uncompressedScripts) problems.push(`${row.page.path}: ${url} was sent uncompressed`);
    }
  }
  console.log(`\nCompressed transfer sizes (kB = 1000 bytes), empty cache, until the network was idle:\n\n${table(lines)}\n`);
  if (flags.lighthouse) await lighthouse(builds[0]!.server, stockholmYear(new Date()));
  const unseen = pages.filter((page) => !rows.some((row) => row.page === page && row.weights.get("this build") !== "not shown"));
  for (const page of unseen) problems.push(`${page.path}: no visitor could open it`);
  if (problems.length) {
    console.log(`Over budget or failed:\n${[...new Set(problems)].map((problem) => `  ${problem}`).join("\n")}`);
    return 1;
  }
  console.log(`Every page within its JavaScript budget (read pages ${kB(JS_BUDGET_BYTES.read)} kB, form pages ${kB(JS_BUDGET_BYTES.form)} kB).`);
  return 0;
}

// LIGHTHOUSE_REPORTS=<folder>: Lighthouse's whole JSON report of each page is kept there.
const reportsFolder = process.env.LIGHTHOUSE_REPORTS ? path.resolve(process.env.LIGHTHOUSE_REPORTS) : null;

/** Lighthouse on the issue's four pages of this build; printed, not judged. */
async function lighthouse(server: NextServer, year: number): Promise<void> {
  if (reportsFolder) fs.mkdirSync(reportsFolder, { recursive: true });
  const context = await browser!.newContext();
  await signIn(context, server.url, DEMO_ACCOUNTS[0].email);
  const cookie = (await context.cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
  await context.close();
  const targets = [
    { path: "/", visitor: "signed out", cookie: undefined },
    { path: "/sign-in", visitor: "signed out", cookie: undefined },
    { path: `/follow-up/${year}`, visitor: DEMO_ACCOUNTS[0].role, cookie },
    { path: "/proposals/new", visitor: DEMO_ACCOUNTS[0].role, cookie },
  ];
  const lines = [["page", "visitor", ...LIGHTHOUSE_CATEGORIES, "FCP", "LCP", "TBT", "CLS", "SI"]];
  const notes: string[] = [];
  for (const target of targets) {
    console.log(`Lighthouse: ${target.path} (${target.visitor})…`);
    const saveTo = reportsFolder ? path.join(reportsFolder, `${target.path.replace(/\W+/g, "-").replace(/^-|-$/g, "") || "start"}.json`) : undefined;
    const result = await runLighthouse(`${server.url}${target.path}`, { chromePath: CHROMIUM, cookie: target.cookie, saveTo });
    lines.push([
      target.path,
      target.visitor,
      ...LIGHTHOUSE_CATEGORIES.map((category) => (result.scores[category] === null ? "–" : String(Math.round(result.scores[category]! * 100)))),
      ...Object.values(result.metrics),
    ]);
    for (const failing of result.failing) notes.push(`  ${target.path}: ${failing}`);
  }
  console.log(`\nLighthouse 12.2.3, mobile preset, simulated throttling (scores 0–100; reported, not judged):\n\n${table(lines)}\n`);
  if (notes.length) console.log(`Audits that did not pass:\n${notes.join("\n")}\n`);
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
  for (const server of servers) {
    const log = server.output().trim();
    if (log) console.error(`The last output of the server on ${server.url}:\n${log.split("\n").slice(-20).join("\n")}`);
  }
} finally {
  await cleanUp();
}
process.exit(exitCode);
