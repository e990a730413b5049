import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { auditTimeRange, SYSTEM_ACTOR, type AuditFilter } from "./filter";

export const AUDIT_PAGE_SIZE = 50;

/**
 * Who caused an event: a user of the partnership, or an account acting outside any partnership
 * (the installation administrator creating it). An event with neither was the system's.
 */
export type AuditActor = { kind: "user"; name: string } | { kind: "account"; name: string; installationAdministrator: boolean };

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  /** Null for the system. */
  actor: AuditActor | null;
  /** The event's data as stored: before/after and whatever else the change recorded. */
  data: unknown;
};

export type AuditFilterOptions = {
  actions: string[];
  /** Users by their user id, accounts (acting without a user here) by their account id. */
  actors: (AuditActor & { id: string })[];
  /** Whether some events were caused by no user and no account (e.g. the demo seed), so "the system" can be chosen. */
  hasSystemEvents: boolean;
  entityTypes: string[];
};

/** The where clause: always the actor's own partnership, then the filter. */
export function auditWhere(partnershipId: string, filter: AuditFilter = {}): Prisma.AuditEventWhereInput {
  const createdAt = auditTimeRange(filter);
  return {
    partnershipId,
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actor ? actorWhere(filter.actor) : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(createdAt.gte || createdAt.lt ? { createdAt } : {}),
  };
}

/**
 * An actor id is a user's or, for events an account caused without a user, the account's: both are
 * cuids of their own tables, so one id never names both.
 */
function actorWhere(actor: string): Prisma.AuditEventWhereInput {
  if (actor === SYSTEM_ACTOR) return { actorUserId: null, actorAccountId: null };
  return { OR: [{ actorUserId: actor }, { actorUserId: null, actorAccountId: actor }] };
}

function actorOf(event: {
  actor: { person: { name: string } } | null;
  actorAccount: { name: string; installationAdministrator: boolean } | null;
}): AuditActor | null {
  if (event.actor) return { kind: "user", name: event.actor.person.name };
  if (event.actorAccount) return { kind: "account", name: event.actorAccount.name, installationAdministrator: event.actorAccount.installationAdministrator };
  return null;
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
      // Loaded for the whole page in one query, as the users are.
      actorAccount: { select: { name: true, installationAdministrator: true } },
    },
  });
  return {
    rows: events.slice(0, AUDIT_PAGE_SIZE).map((event) => ({
      id: event.id.toString(),
      createdAt: event.createdAt,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      actor: actorOf(event),
      data: event.data,
    })),
    hasMore: events.length > AUDIT_PAGE_SIZE,
  };
}

/** What the filter's selects offer: the actions, people and record types present in the partnership's log. */
export async function findAuditFilterOptions(partnershipId: string): Promise<AuditFilterOptions> {
  const prisma = await db();
  const [actions, entityTypes, users, accounts, systemEvent] = await Promise.all([
    prisma.auditEvent.findMany({ where: { partnershipId }, distinct: ["action"], orderBy: { action: "asc" }, select: { action: true } }),
    prisma.auditEvent.findMany({ where: { partnershipId }, distinct: ["entityType"], orderBy: { entityType: "asc" }, select: { entityType: true } }),
    prisma.user.findMany({
      where: { auditEvents: { some: { partnershipId } } },
      select: { id: true, person: { select: { name: true } } },
    }),
    prisma.account.findMany({
      where: { auditEvents: { some: { partnershipId, actorUserId: null } } },
      select: { id: true, name: true, installationAdministrator: true },
    }),
    prisma.auditEvent.findFirst({ where: { partnershipId, actorUserId: null, actorAccountId: null }, select: { id: true } }),
  ]);
  const actors: AuditFilterOptions["actors"] = [
    ...users.map((user) => ({ kind: "user" as const, id: user.id, name: user.person.name })),
    ...accounts.map((account) => ({ kind: "account" as const, ...account })),
  ];
  return {
    actions: actions.map((event) => event.action),
    entityTypes: entityTypes.map((event) => event.entityType),
    actors: actors.sort((a, b) => a.name.localeCompare(b.name, "sv") || a.id.localeCompare(b.id)),
    hasSystemEvents: systemEvent !== null,
  };
}
