import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDatabase, type Database } from "@/server/db";
import type { MailMessage, MailSender } from "./sender";

/** After this many failed attempts a message is marked FAILED and no longer tried. */
export const MAX_DELIVERY_ATTEMPTS = 5;

/** A sender that has not answered by then counts as failed (the SMTP sender's own timeouts are shorter). */
export const SEND_TIMEOUT_MS = 60_000;

const LAST_ERROR_MAX_LENGTH = 1_000;

export type DeliveryReport = {
  sent: number;
  /** Failed this time, to be tried again on a later run. */
  retrying: number;
  /** Failed for the last time: now FAILED. */
  failed: number;
};

export type DeliveryOptions = {
  sender: MailSender;
  /** At most this many messages are tried in one call. */
  limit?: number;
  /** The process's database unless given (tests that play two app instances). */
  database?: Database;
};

type ClaimedRow = { id: string; toAddress: string; subject: string; text: string; icsContent: string | null; attempts: number };

type Outcome = { ok: true } | { ok: false; error: string };

/**
 * Sends pending outbox messages, oldest first, one at a time: SENT with sentAt on success; on
 * failure the attempt is counted and the error kept, and after MAX_DELIVERY_ATTEMPTS the message is
 * FAILED. A message that fails is not tried again in the same call (the next run retries it).
 *
 * Two app instances on one PostgreSQL server never send a message twice: each message is claimed
 * with `FOR UPDATE SKIP LOCKED` in a transaction of its own that lasts while it is sent, so the
 * other instance skips it, and marked before the lock is released. (A crash after the send but
 * before the commit sends it again on the next run: at least once, never twice concurrently.)
 * PGlite is one process, and a transaction there blocks every other query of the app, so there the
 * same claim runs without holding a transaction and calls in the process take turns instead.
 */
export async function deliverPendingMail({ sender, limit = 50, database }: DeliveryOptions): Promise<DeliveryReport> {
  const target = database ?? (await getDatabase());
  if (target.kind === "embedded") return oneAtATime(target, () => deliver(target, sender, limit));
  return deliver(target, sender, limit);
}

async function deliver(database: Database, sender: MailSender, limit: number): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  const tried: string[] = [];
  while (tried.length < limit) {
    const result = database.kind === "postgres" ? await deliverNextInTransaction(database, sender, tried) : await deliverNext(database.prisma, sender, tried);
    if (!result) break;
    tried.push(result.id);
    if (result.status === "SENT") report.sent++;
    else if (result.status === "FAILED") report.failed++;
    else report.retrying++;
  }
  return report;
}

type Step = { id: string; status: "SENT" | "PENDING" | "FAILED" } | null;

async function deliverNextInTransaction(database: Database, sender: MailSender, tried: string[]): Promise<Step> {
  return database.prisma.$transaction((tx) => deliverNext(tx, sender, tried), {
    // The row stays locked while it is sent; the transaction must outlive the send.
    timeout: SEND_TIMEOUT_MS + 15_000,
    maxWait: 10_000,
  });
}

type Client = Pick<Prisma.TransactionClient, "$queryRaw" | "outboxMessage">;

async function deliverNext(client: Client, sender: MailSender, tried: string[]): Promise<Step> {
  const row = await claimNext(client, tried);
  if (!row) return null;
  const outcome = await attempt(sender, { id: row.id, to: row.toAddress, subject: row.subject, text: row.text, icsContent: row.icsContent });
  const attempts = row.attempts + 1;
  if (outcome.ok) {
    await client.outboxMessage.update({ where: { id: row.id }, data: { status: "SENT", sentAt: new Date(), attempts, lastError: null } });
    return { id: row.id, status: "SENT" };
  }
  const status = attempts >= MAX_DELIVERY_ATTEMPTS ? "FAILED" : "PENDING";
  await client.outboxMessage.update({ where: { id: row.id }, data: { status, attempts, lastError: outcome.error } });
  return { id: row.id, status };
}

/** The oldest pending message not tried in this call and not being sent by another instance. */
async function claimNext(client: Client, tried: string[]): Promise<ClaimedRow | null> {
  const notTried = tried.length > 0 ? Prisma.sql`AND "id" NOT IN (${Prisma.join(tried)})` : Prisma.empty;
  const rows = await client.$queryRaw<ClaimedRow[]>`
    SELECT "id", "toAddress", "subject", "text", "icsContent", "attempts"
    FROM "OutboxMessage"
    WHERE "status" = 'PENDING' ${notTried}
    ORDER BY "createdAt", "id"
    LIMIT 1
    FOR UPDATE SKIP LOCKED`;
  return rows[0] ?? null;
}

async function attempt(sender: MailSender, message: MailMessage): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No answer from the mail sender within ${SEND_TIMEOUT_MS / 1000} s`)), SEND_TIMEOUT_MS);
  });
  try {
    await Promise.race([sender.send(message), timeout]);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** What goes into lastError: the error's code (e.g. EAUTH, ECONNECTION) and message, shortened. */
export function describeError(error: unknown): string {
  let text: string;
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    text = typeof code === "string" && code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message || error.name;
  } else {
    text = String(error);
  }
  return text.length > LAST_ERROR_MAX_LENGTH ? `${text.slice(0, LAST_ERROR_MAX_LENGTH - 1)}…` : text;
}

// Calls on one embedded database take turns (there is no row lock to keep them apart without a
// transaction). Kept per database object, so a test's fresh database starts with no queue.
const queues = new WeakMap<Database, Promise<unknown>>();

function oneAtATime<T>(database: Database, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(database) ?? Promise.resolve();
  const next = previous.then(work);
  queues.set(
    database,
    next.catch(() => undefined),
  );
  return next;
}
