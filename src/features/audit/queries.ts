import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { auditTimeRange, SYSTEM_ACTOR, type AuditFilter } from "./filter";

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  actorName: string | null;
  /** The event's data as stored: before/after and whatever else the change recorded. */
  data: unknown;
};

export type AuditFilterOptions = {
  actions: string[];
  actors: { id: string; name: string }[];
  /** Whether some events were caused by no user (e.g. the demo seed), so "the system" can be chosen. */
  hasSystemEvents: boolean;
  entityTypes: string[];
};

/** The where clause: always the actor's own partnership, then the filter. */
export function auditWhere(partnershipId: string, filter: AuditFilter = {}): Prisma.AuditEventWhereInput {
  const createdAt = auditTimeRange(filter);
  return {
    partnershipId,
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actor ? { actorUserId: filter.actor === SYSTEM_ACTOR ? null : filter.actor } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(createdAt.gte || createdAt.lt ? { createdAt } : {}),
  };
}

/** One page of the partnership's audit trail under a filter, newest first. */
export async function findAuditEvents(
  partnershipId: string,
  page: number,
  filter: AuditFilter = {},
): Promise<{ rows: AuditRow[]; hasMore: boolean }> {
  const prisma = await db();
  const events = await prisma.auditEvent.findMany({
    where: auditWhere(partnershipId, filter),
    orderBy: { id: "desc" },
    skip: Math.max(0, page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      entityType: true,
      entityId: true,
      data: true,
      actor: { select: { person: { select: { name: true } } } },
    },
  });
  return {
    rows: events.slice(0, AUDIT_PAGE_SIZE).map((event) => ({
      id: event.id.toString(),
      createdAt: event.createdAt,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      actorName: event.actor?.person.name ?? null,
      data: event.data,
    })),
    hasMore: events.length > AUDIT_PAGE_SIZE,
  };
}

/** What the filter's selects offer: the actions, people and record types present in the partnership's log. */
export async function findAuditFilterOptions(partnershipId: string): Promise<AuditFilterOptions> {
  const prisma = await db();
  const [actions, entityTypes, actors, systemEvent] = await Promise.all([
    prisma.auditEvent.findMany({ where: { partnershipId }, distinct: ["action"], orderBy: { action: "asc" }, select: { action: true } }),
    prisma.auditEvent.findMany({ where: { partnershipId }, distinct: ["entityType"], orderBy: { entityType: "asc" }, select: { entityType: true } }),
    prisma.user.findMany({
      where: { auditEvents: { some: { partnershipId } } },
      select: { id: true, person: { select: { name: true } } },
    }),
    prisma.auditEvent.findFirst({ where: { partnershipId, actorUserId: null }, select: { id: true } }),
  ]);
  return {
    actions: actions.map((event) => event.action),
    entityTypes: entityTypes.map((event) => event.entityType),
    actors: actors
      .map((user) => ({ id: user.id, name: user.person.name }))
      .sort((a, b) => a.name.localeCompare(b.name, "sv") || a.id.localeCompare(b.id)),
    hasSystemEvents: systemEvent !== null,
  };
}
