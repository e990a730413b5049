import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { TransactionClient } from "@/server/actions/form-action";
import { indicatorField, type IndicatorInput } from "./schemas";

type Existing = { id: string; _count: { outcomes: number } };

/**
 * Writes an activity's indicators as the form sent them, in the form's order: rows naming an
 * existing indicator update it, new rows create one, and existing indicators the form no longer
 * names are removed — unless outcomes were reported for them, which keeps them (refused on the
 * row). Every check comes before the first write.
 */
export async function writeIndicators(
  tx: TransactionClient,
  activityId: string,
  rows: readonly IndicatorInput[],
  cleared: readonly { row: number; id: string }[],
  existing: readonly Existing[],
): Promise<void> {
  const known = new Map(existing.map((indicator) => [indicator.id, indicator]));
  const errors: Record<string, string[]> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.id === null) continue;
    if (!known.has(row.id) || seen.has(row.id)) errors[indicatorField(row.row, "Name")] = ["validation.invalid"];
    seen.add(row.id);
  }
  const removed = existing.filter((indicator) => !seen.has(indicator.id));
  for (const indicator of removed) {
    if (indicator._count.outcomes === 0) continue;
    const row = cleared.find((entry) => entry.id === indicator.id);
    errors[row ? indicatorField(row.row, "Name") : "indicators"] = ["activityPlans.refusals.indicatorHasOutcomes"];
  }
  if (Object.keys(errors).length > 0) throw new ActionError("errors.validation", errors);

  if (removed.length > 0) await tx.activityIndicator.deleteMany({ where: { activityId, id: { in: removed.map((indicator) => indicator.id) } } });
  for (const [position, row] of rows.entries()) {
    const data = { name: row.name, unit: row.unit, targetValue: row.targetValue, sortOrder: position };
    if (row.id !== null) await tx.activityIndicator.update({ where: { id: row.id }, data });
    else await tx.activityIndicator.create({ data: { activityId, ...data } });
  }
}
