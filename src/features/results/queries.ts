import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { activityStandingFor } from "@/features/follow-ups/activity-access";
import { mayReadActivity } from "@/features/follow-ups/rules";
import { MINUTES_IN_FORCE } from "@/features/minutes/minutes-in-force";
import { proposalViewerFor } from "@/features/proposals/proposal-context";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import type { PublishedResult } from "./open-data";
import { mayRecordResult, resultActivityRefusal, type ResultFilter, type ResultKind } from "./rules";

/**
 * The results' reads. Every signed-in user of the partnership reads its register (results come
 * only from adopted and closed plans, which everyone signed in reads); the public reads the
 * published ones. The partnership is part of each query's where clause.
 */

const ID_MAX = 64;
const ADOPTED_OR_CLOSED = { in: ["ADOPTED", "CLOSED"] as ("ADOPTED" | "CLOSED")[] };

export type ResultRow = {
  id: string;
  kind: ResultKind;
  title: string;
  authors: string;
  date: Date;
  identifier: string | null;
  url: string | null;
  mayPublish: boolean;
  activity: { id: string; title: string; planYear: number };
};

const ROW_SELECT = {
  id: true,
  kind: true,
  title: true,
  authors: true,
  date: true,
  identifier: true,
  url: true,
  mayPublish: true,
  activity: { select: { id: true, title: true, plan: { select: { year: true } } } },
} as const satisfies Prisma.ResultSelect;

function toRow(row: Prisma.ResultGetPayload<{ select: typeof ROW_SELECT }>): ResultRow {
  return { ...row, activity: { id: row.activity.id, title: row.activity.title, planYear: row.activity.plan.year } };
}

const NEWEST_FIRST: Prisma.ResultOrderByWithRelationInput[] = [{ date: "desc" }, { createdAt: "desc" }, { id: "asc" }];

export type ActivityOption = { id: string; title: string; planYear: number };

/**
 * The activities the actor may record results for: those of adopted and closed plans still in their
 * plan — all of them for administrators and the working group, their own for responsible people.
 */
export async function findRecordableActivities(actor: Actor): Promise<ActivityOption[]> {
  const prisma = await db();
  const rows = await prisma.activity.findMany({
    where: await recordableWhere(actor, prisma),
    orderBy: [{ plan: { year: "desc" } }, { title: "asc" }, { id: "asc" }],
    select: { id: true, title: true, plan: { select: { year: true } } },
  });
  return rows.map((row) => ({ id: row.id, title: row.title, planYear: row.plan.year }));
}

/** How many activities the actor may record results for (the start page's count), by the same rule. */
export async function countRecordableActivities(actor: Actor): Promise<number> {
  const prisma = await db();
  return prisma.activity.count({ where: await recordableWhere(actor, prisma) });
}

async function recordableWhere(actor: Actor, prisma: Awaited<ReturnType<typeof db>>): Promise<Prisma.ActivityWhereInput> {
  const viewer = await proposalViewerFor(actor, prisma);
  const everyActivity = viewer.isAdministrator || viewer.isWorkingGroupMember;
  return {
    plan: { partnershipId: actor.partnershipId, status: ADOPTED_OR_CLOSED },
    removedAt: null,
    ...(everyActivity ? {} : { OR: [{ municipalResponsibleId: actor.personId }, { universityResponsibleId: actor.personId }] }),
  };
}

export type ResultRegister = {
  rows: ResultRow[];
  /** The years that have results, newest first, for the filter. */
  years: number[];
  /** The actor may record a result for at least one activity. */
  mayRecord: boolean;
};

export async function findResultRegister(actor: Actor, filter: ResultFilter): Promise<ResultRegister> {
  const prisma = await db();
  const where: Prisma.ResultWhereInput = {
    partnershipId: actor.partnershipId,
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.year ? { date: { gte: new Date(Date.UTC(filter.year, 0, 1)), lt: new Date(Date.UTC(filter.year + 1, 0, 1)) } } : {}),
  };
  const [rows, dates, recordable] = await Promise.all([
    prisma.result.findMany({ where, orderBy: NEWEST_FIRST, select: ROW_SELECT }),
    prisma.result.findMany({ where: { partnershipId: actor.partnershipId }, distinct: ["date"], select: { date: true } }),
    findRecordableActivities(actor),
  ]);
  const years = [...new Set(dates.map((row) => row.date.getUTCFullYear()))].sort((a, b) => b - a);
  return { rows: rows.map(toRow), years, mayRecord: recordable.length > 0 };
}

export type ResultPage = ResultRow & {
  description: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  createdByName: string | null;
  activity: ResultRow["activity"] & { priorityArea: { id: string; title: string } | null; removed: boolean };
  mayEdit: boolean;
};

/** One result of the actor's partnership, with its trace back to the activity and its priority area. */
export async function getResultPage(actor: Actor, resultId: string): Promise<ResultPage | null> {
  if (resultId.length === 0 || resultId.length > ID_MAX) return null;
  const prisma = await db();
  const row = await prisma.result.findFirst({
    where: { id: resultId, partnershipId: actor.partnershipId },
    select: {
      ...ROW_SELECT,
      description: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { person: { select: { name: true } } } },
      activity: {
        select: {
          id: true,
          title: true,
          removedAt: true,
          municipalResponsibleId: true,
          universityResponsibleId: true,
          plan: { select: { year: true, status: true } },
          priorityArea: { select: { id: true, title: true } },
        },
      },
    },
  });
  if (!row) return null;
  const standing = await activityStandingFor(actor, row.activity, prisma);
  if (!mayReadActivity(standing, row.activity.plan.status)) return null;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    authors: row.authors,
    date: row.date,
    identifier: row.identifier,
    url: row.url,
    mayPublish: row.mayPublish,
    description: row.description,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdByName: row.createdBy?.person.name ?? null,
    activity: {
      id: row.activity.id,
      title: row.activity.title,
      planYear: row.activity.plan.year,
      priorityArea: row.activity.priorityArea,
      removed: row.activity.removedAt !== null,
    },
    mayEdit: mayRecordResult(standing) && resultActivityRefusal(row.activity, true) === null,
  };
}

export type ResultForEdit = { page: ResultPage; activities: ActivityOption[] };

/** The result and the activities it may be moved to (its own always among them); null when the actor may not edit it. */
export async function getResultForEdit(actor: Actor, resultId: string): Promise<ResultForEdit | null | "forbidden"> {
  const page = await getResultPage(actor, resultId);
  if (!page) return null;
  if (!page.mayEdit) return "forbidden";
  const activities = await findRecordableActivities(actor);
  if (!activities.some((activity) => activity.id === page.activity.id)) {
    activities.unshift({ id: page.activity.id, title: page.activity.title, planYear: page.activity.planYear });
  }
  return { page, activities };
}

export type ActivityResults = { activityId: string; rows: ResultRow[]; mayRecord: boolean };

/** The results that came from one activity, newest first; null when the actor may not read the activity. */
export async function findActivityResults(actor: Actor, activityId: string): Promise<ActivityResults | null> {
  if (activityId.length === 0 || activityId.length > ID_MAX) return null;
  const prisma = await db();
  const activity = await prisma.activity.findFirst({
    where: { id: activityId, plan: { partnershipId: actor.partnershipId } },
    select: { id: true, removedAt: true, municipalResponsibleId: true, universityResponsibleId: true, plan: { select: { status: true } } },
  });
  if (!activity) return null;
  const standing = await activityStandingFor(actor, activity, prisma);
  if (!mayReadActivity(standing, activity.plan.status)) return null;
  const rows = await prisma.result.findMany({ where: { activityId: activity.id, partnershipId: actor.partnershipId }, orderBy: NEWEST_FIRST, select: ROW_SELECT });
  return { activityId: activity.id, rows: rows.map(toRow), mayRecord: mayRecordResult(standing) && resultActivityRefusal(activity) === null };
}

// ---------------------------------------------------------------------------------------------
// The public's reads: published results only, with nothing the public page does not show.
// ---------------------------------------------------------------------------------------------

/** Published results: marked so, of plans adopted by justerade minutes (a decision awaiting justering is not public yet: minutes/decision-state.ts). */
export const PUBLISHED_WHERE = {
  mayPublish: true,
  activity: { plan: { status: ADOPTED_OR_CLOSED, adoptedByDecision: { minutes: MINUTES_IN_FORCE } } },
} satisfies Prisma.ResultWhereInput;

const PUBLISHED_SELECT = {
  id: true,
  kind: true,
  title: true,
  authors: true,
  date: true,
  identifier: true,
  url: true,
  description: true,
  activity: { select: { title: true } },
} as const satisfies Prisma.ResultSelect;

function toPublished(row: Prisma.ResultGetPayload<{ select: typeof PUBLISHED_SELECT }>): PublishedResult {
  const { activity, ...rest } = row;
  return { ...rest, activityTitle: activity.title };
}

export type PublicPartnershipResults = { partnershipName: string; partnershipNameEn: string | null; slug: string; results: PublishedResult[] };

/** Every partnership's published results, newest first, for the public page (as the other public pages, one section per partnership). */
export async function findPublicResults(): Promise<PublicPartnershipResults[]> {
  const prisma = await db();
  const partnerships = await prisma.partnership.findMany({
    orderBy: { createdAt: "asc" },
    select: { name: true, nameEn: true, slug: true, results: { where: PUBLISHED_WHERE, orderBy: NEWEST_FIRST, select: PUBLISHED_SELECT } },
  });
  return partnerships.map((partnership) => ({
    partnershipName: partnership.name,
    partnershipNameEn: partnership.nameEn,
    slug: partnership.slug,
    results: partnership.results.map(toPublished),
  }));
}

/**
 * One partnership's published results for the open data: the one named by its slug, or — when
 * none is named — the only partnership there is (null when the slug is unknown or there are several).
 */
export async function findOpenDataResults(partnershipSlug: string | null): Promise<{ partnershipName: string; slug: string; results: PublishedResult[] } | null> {
  const prisma = await db();
  const select = { name: true, slug: true, results: { where: PUBLISHED_WHERE, orderBy: NEWEST_FIRST, select: PUBLISHED_SELECT } } as const;
  let partnership;
  if (partnershipSlug !== null) {
    if (partnershipSlug.length === 0 || partnershipSlug.length > 100) return null;
    partnership = await prisma.partnership.findUnique({ where: { slug: partnershipSlug }, select });
  } else {
    const all = await prisma.partnership.findMany({ select, take: 2 });
    partnership = all.length === 1 ? all[0] : null;
  }
  if (!partnership) return null;
  return { partnershipName: partnership.name, slug: partnership.slug, results: partnership.results.map(toPublished) };
}
