import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

/** WCAG 2.1 level A and AA, which the accessibility act (and the statement page) promises. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/** Runs axe on the page as it is now and fails with a readable list when anything is violated. */
export async function expectNoAxeViolations(page: Page, testInfo?: TestInfo): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (results.violations.length > 0 && testInfo) {
    await testInfo.attach(`axe ${new URL(page.url()).pathname}`, {
      body: JSON.stringify(results.violations, null, 2),
      contentType: "application/json",
    });
  }
  // Compared in short form, so a failure shows the readable list above a small diff.
  const summary = results.violations.map((violation) => `${violation.id} (${violation.nodes.length} element(s))`);
  expect(summary, describeViolations(page.url(), results.violations)).toEqual([]);
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
