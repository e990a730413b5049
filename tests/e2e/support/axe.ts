import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

/** WCAG 2.1 level A and AA, which the accessibility act (and the statement page) promises. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/**
 * Runs axe on the page as it is now and fails with a readable list when anything is violated.
 * Legacy mode runs axe in the page's own frame only (the app has no iframes) instead of opening a
 * blank page per scan to collate frames, and only violations are collected: much faster, with the
 * same findings, which matters for the accessibility matrix's hundreds of scans on two cores.
 */
export async function expectNoAxeViolations(page: Page, testInfo?: TestInfo, options: { soft?: boolean; context?: string } = {}): Promise<void> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ["violations"] }).withTags(WCAG_TAGS).analyze();
  if (results.violations.length > 0 && testInfo) {
    await testInfo.attach(`axe ${options.context ?? new URL(page.url()).pathname}`, {
      body: JSON.stringify(results.violations, null, 2),
      contentType: "application/json",
    });
  }
  // Compared in short form, so a failure shows the readable list above a small diff. Soft: the
  // accessibility matrix goes on to the next page and reports every page's findings at the end.
  const summary = results.violations.map((violation) => `${violation.id} (${violation.nodes.length} element(s))`);
  const message = `${options.context ? `${options.context}: ` : ""}${describeViolations(page.url(), results.violations)}`;
  (options.soft ? expect.soft : expect)(summary, message).toEqual([]);
}

export function describeViolations(url: string, violations: AxeResults["violations"]): string {
  if (violations.length === 0) return `axe: no violations on ${url}`;
  const lines = [`axe: ${violations.length} violation(s) on ${url}`];
  for (const violation of violations) {
    lines.push(`- [${violation.impact ?? "unknown"}] ${violation.id}: ${violation.help} (${violation.helpUrl})`);
    for (const node of violation.nodes.slice(0, 10)) {
      lines.push(`    at ${node.target.join(" ")}`);
      if (node.failureSummary) lines.push(...node.failureSummary.split("\n").map((line) => `      ${line}`));
    }
    if (violation.nodes.length > 10) lines.push(`    … and ${violation.nodes.length - 10} more`);
  }
  return lines.join("\n");
}
