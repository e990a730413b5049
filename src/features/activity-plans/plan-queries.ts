import "server-only";
import { stockholmYear } from "@/features/meetings/meeting-time";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { DECISION_REF_SELECT, toDecisionRef, type DecisionRef } from "./decision-ref";
import { findDecisionOptions, type DecisionOption } from "./decision-options";
import { activityChangeMode, availablePlanActions, creatableYears, mayEditPlan, maySeePlan, type PlanAction, type PlanStanding, type PlanStatus } from "./lifecycle";
import { planStandingFor } from "./plan-context";
import { textFingerprint } from "./snapshot-diff";

const PLAN_DECISIONS = {
  proposedByDecision: { select: DECISION_REF_SELECT },
  adoptedByDecision: { select: DECISION_REF_SELECT },
  closedByDecision: { select: DECISION_REF_SELECT },
} as const;

export type PlanRow = {
  id: string;
  year: number;
  status: PlanStatus;
  activityCount: number;
  proposedBy: DecisionRef | null;
  adoptedBy: DecisionRef | null;
  closedBy: DecisionRef | null;
};

export type PlanList = { plans: PlanRow[]; mayCreate: boolean; yearsToCreate: number[] };

/** The plans the actor may read, newest year first, and the years a plan may still be created for. */
export async function findPlans(actor: Actor): Promise<PlanList> {
  const prisma = await db();
  const standing = await planStandingFor(actor, prisma);
  const rows = await prisma.activityPlan.findMany({
    where: { partnershipId: actor.partnershipId },
    orderBy: { year: "desc" },
    select: { id: true, year: true, status: true, ...PLAN_DECISIONS, _count: { select: { activities: { where: { removedAt: null } } } } },
  });
  const plans = rows
    .filter((row) => maySeePlan(row.status, standing))
    .map((row) => ({
      id: row.id,
      year: row.year,
      status: row.status,
      activityCount: row._count.activities,
      proposedBy: toDecisionRef(row.proposedByDecision),
      adoptedBy: toDecisionRef(row.adoptedByDecision),
      closedBy: toDecisionRef(row.closedByDecision),
    }));
  const taken = new Set(rows.map((row) => row.year));
  const mayCreate = mayEditPlan(standing);
  return { plans, mayCreate, yearsToCreate: mayCreate ? creatableYears(stockholmYear(new Date())).filter((year) => !taken.has(year)) : [] };
}

export type PlanActivity = {
  id: string;
  title: string;
  status: string;
  progress: number;
  startsOn: Date;
  endsOn: Date;
  carriedOver: boolean;
  removedAt: Date | null;
};

export type PlanPage = {
  id: string;
  year: number;
  status: PlanStatus;
  summary: string;
  version: number;
  /** Fingerprint of the summary as shown, so a stale save can say whether it was changed meanwhile. */
  summaryBaseline: string;
  proposedBy: DecisionRef | null;
  adoptedBy: DecisionRef | null;
  closedBy: DecisionRef | null;
  /** Planned activities grouped by priority area (those without one last), and those taken out. */
  groups: { area: { id: string; title: string } | null; activities: PlanActivity[] }[];
  removed: PlanActivity[];
  revisionCount: number;
  standing: PlanStanding;
  actions: PlanAction[];
  /** May add and change activities now (a draft, or an adopted plan by revision). */
  mayChangeActivities: boolean;
  options: Partial<Record<"propose" | "adopt" | "close", DecisionOption[]>>;
};

/** One year's plan for the actor, or null when there is none they may read. */
export async function getPlanPage(actor: Actor, year: number): Promise<PlanPage | null> {
  const prisma = await db();
  const plan = await prisma.activityPlan.findFirst({
    where: { partnershipId: actor.partnershipId, year },
    select: {
      id: true,
      year: true,
      status: true,
      summary: true,
      version: true,
      createdAt: true,
      ...PLAN_DECISIONS,
      _count: { select: { revisions: true } },
      activities: {
        orderBy: [{ startsOn: "asc" }, { title: "asc" }],
        select: { id: true, title: true, status: true, progress: true, startsOn: true, endsOn: true, carriedOverFromId: true, removedAt: true, priorityArea: { select: { id: true, title: true } } },
      },
    },
  });
  if (!plan) return null;
  const standing = await planStandingFor(actor, prisma);
  if (!maySeePlan(plan.status, standing)) return null;

  const groups = new Map<string, { area: { id: string; title: string } | null; activities: PlanActivity[] }>();
  const removed: PlanActivity[] = [];
  for (const row of plan.activities) {
    const activity: PlanActivity = { id: row.id, title: row.title, status: row.status, progress: row.progress, startsOn: row.startsOn, endsOn: row.endsOn, carriedOver: row.carriedOverFromId !== null, removedAt: row.removedAt };
    if (row.removedAt) {
      removed.push(activity);
      continue;
    }
    const key = row.priorityArea?.id ?? "";
    const group = groups.get(key) ?? { area: row.priorityArea, activities: [] };
    group.activities.push(activity);
    groups.set(key, group);
  }
  const ordered = [...groups.values()].sort((a, b) => (a.area === null ? 1 : b.area === null ? -1 : a.area.title.localeCompare(b.area.title, "sv")));

  const actions = availablePlanActions(plan.status, standing);
  const target = {
    id: plan.id,
    year: plan.year,
    proposingMeetingId: plan.proposedByDecision?.meeting.id ?? null,
    createdAt: plan.createdAt,
    proposingMeetingStartsAt: plan.proposedByDecision?.meeting.startsAt ?? null,
    adoptingMeetingStartsAt: plan.adoptedByDecision?.meeting.startsAt ?? null,
  };
  const options: PlanPage["options"] = {};
  for (const step of ["propose", "adopt", "close"] as const) {
    if (actions.includes(step)) options[step] = await findDecisionOptions(actor.partnershipId, target, step);
  }
  const mode = activityChangeMode(plan.status);
  return {
    id: plan.id,
    year: plan.year,
    status: plan.status,
    summary: plan.summary,
    version: plan.version,
    summaryBaseline: textFingerprint(plan.summary),
    proposedBy: toDecisionRef(plan.proposedByDecision),
    adoptedBy: toDecisionRef(plan.adoptedByDecision),
    closedBy: toDecisionRef(plan.closedByDecision),
    groups: ordered,
    removed,
    revisionCount: plan._count.revisions,
    standing,
    actions,
    mayChangeActivities: mayEditPlan(standing) && (mode === "free" || mode === "revision"),
    options,
  };
}
