import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { proposalViewerFor, standingOf } from "@/features/proposals/proposal-context";
import { maySeeProposal } from "@/features/proposals/workflow";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { countsAsAdopted, decisionState } from "@/features/minutes/decision-state";
import { inForceOnly, nextYearOf, registerByYear, type AreaRecord, type DecisionRef, type RegisterYear } from "./register";

const DECISION_REF_SELECT = {
  id: true,
  number: true,
  title: true,
  text: true,
  meeting: { select: { id: true, title: true, startsAt: true } },
  minutes: { select: { status: true, correctedBy: { select: { status: true } } } },
} as const;

type DecisionRow = Prisma.DecisionGetPayload<{ select: typeof DECISION_REF_SELECT }>;

function toRef(row: DecisionRow): DecisionRef {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    text: row.text,
    meeting: row.meeting,
    inForce: countsAsAdopted(row.minutes),
    state: decisionState(row.minutes),
  };
}

const AREA_SELECT = {
  id: true,
  title: true,
  description: true,
  focusArea: true,
  dimensions: true,
  closedAt: true,
  thematicAreas: { select: { thematicArea: { select: { id: true, name: true, nameEn: true, sortOrder: true } } } },
  proposal: { select: { id: true, title: true, status: true, submittedAt: true, authorId: true } },
  decision: { select: DECISION_REF_SELECT },
  closedByDecision: { select: DECISION_REF_SELECT },
  years: { orderBy: { year: "asc" }, select: { year: true, decision: { select: DECISION_REF_SELECT } } },
} as const;

type AreaRow = Prisma.PriorityAreaGetPayload<{ select: typeof AREA_SELECT }>;

function toRecord(row: AreaRow, showProposal: boolean): AreaRecord {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    focusArea: row.focusArea,
    dimensions: row.dimensions,
    thematicAreas: row.thematicAreas.map((link) => link.thematicArea).sort((a, b) => a.sortOrder - b.sortOrder).map(({ id, name, nameEn }) => ({ id, name, nameEn })),
    proposal: showProposal && row.proposal ? { id: row.proposal.id, title: row.proposal.title } : null,
    decision: toRef(row.decision),
    years: row.years.map((year) => ({ year: year.year, decision: toRef(year.decision) })),
    closedBy: row.closedByDecision ? toRef(row.closedByDecision) : null,
    closedAt: row.closedAt,
    // The register's tables do not list activities; the area's own page loads them (areaActivities).
    activities: [],
  };
}

/**
 * The activities that carry the area out (the trace forward, issue #6), newest plan first: those
 * still in their plan, of plans the viewer may read — adopted and closed plans for everyone,
 * drafts and proposals for administrators and the groups' members.
 */
async function areaActivities(prisma: Awaited<ReturnType<typeof db>>, partnershipId: string, priorityAreaId: string, viewer: { isAdministrator: boolean; isWorkingGroupMember: boolean; isSteeringGroupMember: boolean }) {
  const seesDrafts = viewer.isAdministrator || viewer.isWorkingGroupMember || viewer.isSteeringGroupMember;
  const rows = await prisma.activity.findMany({
    where: { priorityAreaId, removedAt: null, plan: { partnershipId, ...(seesDrafts ? {} : { status: { in: ["ADOPTED", "CLOSED"] } }) } },
    orderBy: [{ plan: { year: "desc" } }, { title: "asc" }],
    select: { id: true, title: true },
  });
  return rows;
}

/** The register for a signed-in user of the partnership: every decided area, with the year's decisions. */
export async function findRegister(actor: Actor, year: number | null): Promise<{ years: RegisterYear[]; allYears: number[] }> {
  const prisma = await db();
  const rows = await prisma.priorityArea.findMany({ where: { partnershipId: actor.partnershipId }, select: AREA_SELECT });
  // Accepted proposals are decided, so every signed-in user may follow the trace back to them.
  const areas = rows.map((row) => toRecord(row, true));
  const allYears = [...new Set(areas.flatMap((area) => area.years.map((row) => row.year)))].sort((a, b) => b - a);
  return { years: registerByYear(areas, year), allYears };
}

/**
 * The public register: areas whose decisions are in force (approved minutes), with what the
 * decisions say — no proposal, author or contact person.
 */
export async function findPublicRegister(onlySlug?: string): Promise<{ partnershipName: string; years: RegisterYear[] }[]> {
  const prisma = await db();
  const partnerships = await prisma.partnership.findMany({
    where: onlySlug ? { slug: onlySlug } : {},
    orderBy: { createdAt: "asc" },
    select: { name: true, priorityAreas: { select: AREA_SELECT } },
  });
  return partnerships
    .map((partnership) => ({
      partnershipName: partnership.name,
      years: registerByYear(inForceOnly(partnership.priorityAreas.map((row) => ({ ...toRecord(row, false), description: "" })))),
    }))
    .filter((partnership) => partnership.years.length > 0);
}

export type LaterDecisionOption = { id: string; number: number; title: string; meetingTitle: string; startsAt: Date };

export type PriorityAreaPage = {
  area: AreaRecord;
  /** May record a later decision (steering-group members and administrators), and the decisions on offer. */
  mayDecide: boolean;
  nextYear: number | null;
  laterDecisions: LaterDecisionOption[];
};

export async function getPriorityAreaPage(actor: Actor, priorityAreaId: string): Promise<PriorityAreaPage | null> {
  if (priorityAreaId.length === 0 || priorityAreaId.length > 64) return null;
  const prisma = await db();
  const row = await prisma.priorityArea.findFirst({ where: { id: priorityAreaId, partnershipId: actor.partnershipId }, select: AREA_SELECT });
  if (!row) return null;
  const viewer = await proposalViewerFor(actor, prisma);
  const showProposal = row.proposal ? maySeeProposal(row.proposal, standingOf(viewer, row.proposal)) : false;
  const area = { ...toRecord(row, showProposal), activities: await areaActivities(prisma, actor.partnershipId, row.id, viewer) };
  const mayDecide = (viewer.isAdministrator || viewer.isSteeringGroupMember) && area.closedAt === null;
  const laterDecisions = mayDecide
    ? (
        await prisma.decision.findMany({
          where: {
            subject: "PRIORITY_AREAS",
            meeting: { status: "HELD", startsAt: { gt: area.decision.meeting.startsAt }, group: { partnershipId: actor.partnershipId, kind: "STEERING_GROUP" } },
            NOT: { minutes: { status: "APPROVED", correctedBy: { status: "APPROVED" } } },
          },
          orderBy: [{ meeting: { startsAt: "asc" } }, { number: "asc" }],
          select: { id: true, number: true, title: true, meeting: { select: { title: true, startsAt: true } } },
        })
      ).map((decision) => ({ id: decision.id, number: decision.number, title: decision.title, meetingTitle: decision.meeting.title, startsAt: decision.meeting.startsAt }))
    : [];
  return { area, mayDecide, nextYear: nextYearOf(area), laterDecisions };
}
