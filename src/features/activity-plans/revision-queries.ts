import "server-only";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { maySeePlan, type PlanStatus } from "./lifecycle";
import { planStandingFor } from "./plan-context";
import { readSnapshot, type PlanSnapshot } from "./snapshot";
import { diffSnapshots, type SnapshotDiff } from "./snapshot-diff";

export type RevisionRow = { number: number; createdAt: Date; reason: string; createdByName: string | null; activityCount: number };

export type RevisionList = { plan: { id: string; year: number; status: PlanStatus }; revisions: RevisionRow[] };

async function visiblePlan(actor: Actor, year: number) {
  const prisma = await db();
  const plan = await prisma.activityPlan.findFirst({ where: { partnershipId: actor.partnershipId, year }, select: { id: true, year: true, status: true } });
  if (!plan || !maySeePlan(plan.status, await planStandingFor(actor, prisma))) return null;
  return plan;
}

const BY = { select: { person: { select: { name: true } } } } as const;

/** A plan's revisions, newest first: 0 is the plan as adopted, each later one a change with its reason. */
export async function findRevisions(actor: Actor, year: number): Promise<RevisionList | null> {
  const plan = await visiblePlan(actor, year);
  if (!plan) return null;
  const rows = await (await db()).activityPlanRevision.findMany({
    where: { planId: plan.id },
    orderBy: { number: "desc" },
    select: { number: true, createdAt: true, reason: true, snapshot: true, createdBy: BY },
  });
  return {
    plan,
    revisions: rows.map((row) => ({ number: row.number, createdAt: row.createdAt, reason: row.reason, createdByName: row.createdBy?.person.name ?? null, activityCount: readSnapshot(row.snapshot).activities.length })),
  };
}

export type RevisionComparison = {
  plan: { id: string; year: number; status: PlanStatus };
  revision: Omit<RevisionRow, "activityCount">;
  /** The revision compared with (number − 1), or null for the plan as adopted. */
  previous: number | null;
  latest: number;
  snapshot: PlanSnapshot;
  diff: SnapshotDiff;
};

/** One revision compared with the one before it. */
export async function getRevisionComparison(actor: Actor, year: number, number: number): Promise<RevisionComparison | null> {
  const plan = await visiblePlan(actor, year);
  if (!plan) return null;
  const prisma = await db();
  const rows = await prisma.activityPlanRevision.findMany({
    where: { planId: plan.id, number: { in: [number - 1, number] } },
    select: { number: true, createdAt: true, reason: true, snapshot: true, createdBy: BY },
  });
  const current = rows.find((row) => row.number === number);
  if (!current) return null;
  const before = rows.find((row) => row.number === number - 1) ?? null;
  const latest = await prisma.activityPlanRevision.findFirst({ where: { planId: plan.id }, orderBy: { number: "desc" }, select: { number: true } });
  const snapshot = readSnapshot(current.snapshot);
  return {
    plan,
    revision: { number: current.number, createdAt: current.createdAt, reason: current.reason, createdByName: current.createdBy?.person.name ?? null },
    previous: before ? before.number : null,
    latest: latest?.number ?? number,
    snapshot,
    diff: diffSnapshots(before ? readSnapshot(before.snapshot) : null, snapshot),
  };
}
