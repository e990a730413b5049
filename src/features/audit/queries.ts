import "server-only";
import { db } from "@/server/db";

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  actorName: string | null;
};

/** One page of the partnership's audit trail, newest first. */
export async function findAuditEvents(partnershipId: string, page: number): Promise<{ rows: AuditRow[]; hasMore: boolean }> {
  const prisma = await db();
  const events = await prisma.auditEvent.findMany({
    where: { partnershipId },
    orderBy: { id: "desc" },
    skip: Math.max(0, page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      entityType: true,
      entityId: true,
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
    })),
    hasMore: events.length > AUDIT_PAGE_SIZE,
  };
}
