import "server-only";
import { db } from "@/server/db";

export const OUTBOX_PAGE_SIZE = 50;

export type OutboxStatus = "PENDING" | "SENT" | "FAILED";

export type OutboxRow = {
  id: string;
  to: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  hasCalendar: boolean;
  createdAt: Date;
  sentAt: Date | null;
};

export type OutboxCounts = Record<OutboxStatus, number>;

/** One page of the partnership's outbox, newest first. The body is not shown, so it is not read. */
export async function findOutboxMessages(partnershipId: string, page: number): Promise<{ rows: OutboxRow[]; hasMore: boolean }> {
  const prisma = await db();
  const messages = await prisma.outboxMessage.findMany({
    where: { partnershipId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: Math.max(0, page - 1) * OUTBOX_PAGE_SIZE,
    take: OUTBOX_PAGE_SIZE + 1,
    select: { id: true, toAddress: true, subject: true, status: true, attempts: true, lastError: true, icsContent: true, createdAt: true, sentAt: true },
  });
  return {
    rows: messages.slice(0, OUTBOX_PAGE_SIZE).map((message) => ({
      id: message.id,
      to: message.toAddress,
      subject: message.subject,
      status: message.status,
      attempts: message.attempts,
      lastError: message.lastError,
      hasCalendar: message.icsContent !== null,
      createdAt: message.createdAt,
      sentAt: message.sentAt,
    })),
    hasMore: messages.length > OUTBOX_PAGE_SIZE,
  };
}

/** How many of the partnership's messages are pending, sent and failed. */
export async function countOutboxMessages(partnershipId: string): Promise<OutboxCounts> {
  const prisma = await db();
  const groups = await prisma.outboxMessage.groupBy({ by: ["status"], where: { partnershipId }, _count: { _all: true } });
  const counts: OutboxCounts = { PENDING: 0, SENT: 0, FAILED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}
