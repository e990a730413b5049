import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./next-server";

/**
 * Lighthouse 12.2.3 (a pinned devDependency) on one page of a running build, through its own
 * command line: the mobile preset with simulated throttling, Chromium started by chrome-launcher
 * (CHROME_PATH). A signed-in page gets the session cookie as a request header. It reports; nothing
 * here judges the scores (issue #16, item 2).
 */

export const LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

type Audit = {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  details?: { items?: { node?: { selector?: string; snippet?: string }; score?: number }[] };
};
export type LighthouseResult = {
  scores: Record<LighthouseCategory, number | null>;
  /** The metrics behind the performance score, as Lighthouse words them (e.g. "2.1 s"). */
  metrics: Record<string, string>;
  /** The audits of the three categories that did not pass, for "what holds a score down". */
  failing: string[];
};

const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-sync --disable-background-networking --disable-component-update";

export async function runLighthouse(url: string, options: { chromePath: string; cookie?: string; saveTo?: string }): Promise<LighthouseResult> {
  const args = [
    path.join(ROOT, "node_modules", "lighthouse", "cli", "index.js"),
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    `--only-categories=${LIGHTHOUSE_CATEGORIES.join(",")}`,
    `--chrome-flags=${CHROME_FLAGS}`,
    ...(options.cookie ? [`--extra-headers=${JSON.stringify({ Cookie: options.cookie })}`] : []),
  ];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, CHROME_PATH: options.chromePath }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`lighthouse ${url} exited with ${code}: ${stderr.trim().split("\n").slice(-5).join("\n")}`);

  if (options.saveTo) fs.writeFileSync(options.saveTo, stdout);
  const report = JSON.parse(stdout) as {
    categories: Record<LighthouseCategory, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, Audit>;
  };
  const scores = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((category) => [category, report.categories[category]?.score ?? null])) as LighthouseResult["scores"];
  const metrics = Object.fromEntries(METRICS.map((id) => [id, report.audits[id]?.displayValue ?? "–"]));
  const failing = new Set<string>();
  for (const category of LIGHTHOUSE_CATEGORIES) {
    for (const ref of report.categories[category]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 0.9 || !["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode)) continue;
      if (METRICS.includes(audit.id)) continue;
      failing.add(`${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
    }
  }
  // What moved, when something did: the layout-shift metric alone does not say.
  for (const item of report.audits["layout-shifts"]?.details?.items ?? []) {
    if (item.node?.selector) failing.add(`performance: layout shift ${item.score?.toFixed(3) ?? "?"} of ${item.node.selector}`);
  }
  return { scores, metrics, failing: [...failing] };
}
