import "server-only";
import { standingOf, proposalViewerFor } from "@/features/proposals/proposal-context";
import { maySeeProposal } from "@/features/proposals/workflow";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { carryOverRefusal, type CarryOverRefusal } from "./carry-over";
import { DECISION_REF_SELECT, toDecisionRef, type DecisionRef } from "./decision-ref";
import { activityChangeMode, mayEditPlan, maySeePlan, type PlanStatus } from "./lifecycle";

const NAMED = { select: { id: true, name: true, nameEn: true } } as const;
const PERSON = { select: { id: true, name: true } } as const;

export type Named = { id: string; name: string; nameEn?: string | null };

export type ActivityTrace = {
  priorityArea: { id: string; title: string; decision: DecisionRef; yearDecision: DecisionRef | null } | null;
  proposal: { id: string; title: string; putForward: DecisionRef | null } | null;
  planProposedBy: DecisionRef | null;
  planAdoptedBy: DecisionRef | null;
  planClosedBy: DecisionRef | null;
};

export type ActivityPage = {
  id: string;
  version: number;
  title: string;
  description: string;
  plan: { id: string; year: number; status: PlanStatus };
  focusArea: string;
  thematicArea: Named | null;
  dimensions: string[];
  collaborationKinds: string[];
  municipalResponsible: Named | null;
  universityResponsible: Named | null;
  municipalUnit: Named | null;
  universityUnit: Named | null;
  startsOn: Date;
  endsOn: Date;
  expectedResults: string;
  status: string;
  progress: number;
  followedUpAt: Date | null;
  removedAt: Date | null;
  indicators: { id: string; name: string; unit: string; targetValue: number | null; outcomeValue: number | null }[];
  /** The chain across years: the activity this one continues, and the one continuing it (when the reader may see it). */
  continuedFrom: { id: string; year: number } | null;
  continuedIn: { id: string; year: number } | null;
  trace: ActivityTrace;
  /** May edit or remove it now; `needsReason` when the change is a revision of an adopted plan. */
  mayChange: boolean;
  needsReason: boolean;
  /** Carrying over: null when the actor may not; else whether the rules allow it now and into which year. */
  carryOver: { year: number; refusal: CarryOverRefusal | null; needsReason: boolean } | null;
};

/** One activity with its trace, for a reader who may see its plan; null otherwise. */
export async function getActivityPage(actor: Actor, activityId: string): Promise<ActivityPage | null> {
  if (activityId.length === 0 || activityId.length > 64) return null;
  const prisma = await db();
  const row = await prisma.activity.findFirst({
    where: { id: activityId, plan: { partnershipId: actor.partnershipId } },
    include: {
      plan: {
        select: {
          id: true,
          year: true,
          status: true,
          proposedByDecision: { select: DECISION_REF_SELECT },
          adoptedByDecision: { select: DECISION_REF_SELECT },
          closedByDecision: { select: DECISION_REF_SELECT },
        },
      },
      thematicArea: NAMED,
      municipalResponsible: PERSON,
      universityResponsible: PERSON,
      municipalUnit: NAMED,
      universityUnit: NAMED,
      indicators: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, name: true, unit: true, targetValue: true, outcomeValue: true } },
      carriedOverFrom: { select: { id: true, plan: { select: { year: true } } } },
      carriedOverTo: { select: { id: true, plan: { select: { year: true, status: true } } } },
      priorityArea: {
        select: {
          id: true,
          title: true,
          decision: { select: DECISION_REF_SELECT },
          years: { select: { year: true, decision: { select: DECISION_REF_SELECT } } },
          proposal: {
            select: { id: true, title: true, status: true, submittedAt: true, authorId: true, putForwardDecision: { select: DECISION_REF_SELECT } },
          },
        },
      },
    },
  });
  if (!row) return null;
  const viewer = await proposalViewerFor(actor, prisma);
  const standing = { isAdministrator: viewer.isAdministrator, isWorkingGroupMember: viewer.isWorkingGroupMember, isSteeringGroupMember: viewer.isSteeringGroupMember };
  if (!maySeePlan(row.plan.status, standing)) return null;

  const area = row.priorityArea;
  const yearDecision = area?.years.find((entry) => entry.year === row.plan.year)?.decision ?? null;
  const proposal = area?.proposal && maySeeProposal(area.proposal, standingOf(viewer, area.proposal)) ? area.proposal : null;
  const mode = activityChangeMode(row.plan.status);
  const mayChange = mayEditPlan(standing) && row.removedAt === null && (mode === "free" || mode === "revision");

  let carryOver: ActivityPage["carryOver"] = null;
  if (mayEditPlan(standing)) {
    const year = row.plan.year + 1;
    const target = await prisma.activityPlan.findFirst({ where: { partnershipId: actor.partnershipId, year }, select: { status: true } });
    const refusal = carryOverRefusal({
      activity: { status: row.status, removedAt: row.removedAt, carriedOverToId: row.carriedOverTo?.id ?? null },
      sourcePlanStatus: row.plan.status,
      target,
      reason: "form",
    });
    carryOver = { year, refusal, needsReason: target?.status === "ADOPTED" };
  }
  const continuedIn = row.carriedOverTo && maySeePlan(row.carriedOverTo.plan.status, standing) ? { id: row.carriedOverTo.id, year: row.carriedOverTo.plan.year } : null;

  return {
    id: row.id,
    version: row.version,
    title: row.title,
    description: row.description,
    plan: { id: row.plan.id, year: row.plan.year, status: row.plan.status },
    focusArea: row.focusArea,
    thematicArea: row.thematicArea,
    dimensions: row.dimensions,
    collaborationKinds: row.collaborationKinds,
    municipalResponsible: row.municipalResponsible,
    universityResponsible: row.universityResponsible,
    municipalUnit: row.municipalUnit,
    universityUnit: row.universityUnit,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    expectedResults: row.expectedResults,
    status: row.status,
    progress: row.progress,
    followedUpAt: row.followedUpAt,
    removedAt: row.removedAt,
    indicators: row.indicators,
    continuedFrom: row.carriedOverFrom ? { id: row.carriedOverFrom.id, year: row.carriedOverFrom.plan.year } : null,
    continuedIn,
    trace: {
      priorityArea: area
        ? { id: area.id, title: area.title, decision: toDecisionRef(area.decision), yearDecision: yearDecision && yearDecision.id !== area.decision.id ? toDecisionRef(yearDecision) : null }
        : null,
      proposal: proposal ? { id: proposal.id, title: proposal.title, putForward: toDecisionRef(proposal.putForwardDecision) } : null,
      planProposedBy: toDecisionRef(row.plan.proposedByDecision),
      planAdoptedBy: toDecisionRef(row.plan.adoptedByDecision),
      planClosedBy: toDecisionRef(row.plan.closedByDecision),
    },
    mayChange,
    needsReason: mode === "revision",
    carryOver,
  };
}
