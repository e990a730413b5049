import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TransactionClient } from "@/server/actions/form-action";
import { loadPlanSnapshot } from "./snapshot-load";

export { ACTIVITY_SNAPSHOT_SELECT, loadActivitySnapshot, loadPlanSnapshot } from "./snapshot-load";

/**
 * Keeps the plan as it stands after a change as its next revision (0 when it is adopted), with
 * the reason and who made it. Call it with the plan locked, after the change.
 */
export async function writeRevision(tx: TransactionClient, planId: string, reason: string, createdById: string): Promise<number> {
  const last = await tx.activityPlanRevision.findFirst({ where: { planId }, orderBy: { number: "desc" }, select: { number: true } });
  const number = last ? last.number + 1 : 0;
  const snapshot = await loadPlanSnapshot(tx, planId);
  await tx.activityPlanRevision.create({ data: { planId, number, reason, snapshot: snapshot as unknown as Prisma.InputJsonValue, createdById } });
  return number;
}
