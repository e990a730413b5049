/** Latency figures for the scripts that measure a running instance (loadtest, bench). */

/** The nearest-rank percentile of an ascending list: the smallest value with `p` % at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export type LatencySummary = { count: number; p50: number; p95: number; p99: number; max: number };

export function summarize(latencies: readonly number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN };
}

/** Milliseconds for a table cell: whole numbers, "–" for none. */
export function formatMs(value: number): string {
  return Number.isNaN(value) ? "–" : value.toFixed(0);
}

/** Rows of cells as an aligned table: the first column left-aligned, the others right-aligned. */
export function formatTable(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  return rows.map((cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  "));
}
