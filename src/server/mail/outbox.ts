import "server-only";
import type { Prisma } from "@/generated/prisma/client";

export type OutgoingMail = {
  partnershipId: string | null;
  to: string;
  subject: string;
  text: string;
  /** An iCalendar document to attach (a meeting invitation). */
  icsContent?: string;
  /**
   * Makes the message idempotent: a second message with the same key is not written. Reminders
   * and notices name what they are about, e.g. `agreement-reminder:<agreementId>:<key>:<userId>`.
   */
  dedupeKey?: string;
};

type Writer = Pick<Prisma.TransactionClient, "outboxMessage">;

/**
 * Queues mail in the same transaction as the change that causes it (a transactional outbox), so a
 * notice is sent if and only if the change was saved. Delivery happens afterwards
 * (see ./delivery.ts). Returns how many messages were newly queued.
 */
export async function queueMail(tx: Writer, messages: readonly OutgoingMail[]): Promise<number> {
  if (messages.length === 0) return 0;
  const { count } = await tx.outboxMessage.createMany({
    data: messages.map((message) => ({
      partnershipId: message.partnershipId,
      toAddress: message.to,
      subject: message.subject,
      text: message.text,
      icsContent: message.icsContent ?? null,
      dedupeKey: message.dedupeKey ?? null,
    })),
    skipDuplicates: true,
  });
  return count;
}
