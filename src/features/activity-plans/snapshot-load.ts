import type { Prisma } from "@/generated/prisma/client";
import { activitySnapshot, planSnapshot, type ActivitySnapshot, type PlanSnapshot } from "./snapshot";

/*
 * Reading a plan's snapshot from the database. Not server-only: it takes the client (or the
 * transaction) it reads with, so the demo seed and scripts can keep revisions in the same shape.
 */

const NAMED = { select: { id: true, name: true } } as const;

/** What a snapshot needs of an activity. */
export const ACTIVITY_SNAPSHOT_SELECT = {
  id: true,
  title: true,
  description: true,
  focusArea: true,
  dimensions: true,
  collaborationKinds: true,
  startsOn: true,
  endsOn: true,
  expectedResults: true,
  carriedOverFromId: true,
  priorityArea: { select: { id: true, title: true } },
  thematicArea: NAMED,
  municipalResponsible: NAMED,
  universityResponsible: NAMED,
  municipalUnit: NAMED,
  universityUnit: NAMED,
  indicators: { select: { id: true, name: true, unit: true, targetValue: true, sortOrder: true } },
} as const satisfies Prisma.ActivitySelect;

type Reader = Pick<Prisma.TransactionClient, "activity" | "activityPlan">;

/** One activity as a snapshot keeps it. */
export async function loadActivitySnapshot(reader: Reader, activityId: string): Promise<ActivitySnapshot> {
  return activitySnapshot(await reader.activity.findUniqueOrThrow({ where: { id: activityId }, select: ACTIVITY_SNAPSHOT_SELECT }));
}

/** The plan and its planned (not removed) activities as they stand now. */
export async function loadPlanSnapshot(reader: Reader, planId: string): Promise<PlanSnapshot> {
  const plan = await reader.activityPlan.findUniqueOrThrow({ where: { id: planId }, select: { id: true, year: true, summary: true } });
  const activities = await reader.activity.findMany({ where: { planId, removedAt: null }, select: ACTIVITY_SNAPSHOT_SELECT });
  return planSnapshot(plan, activities);
}
