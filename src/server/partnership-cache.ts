import "server-only";
import { stockholmDay } from "@/lib/stockholm-day";
import { db } from "@/server/db";

/**
 * Values built from one partnership's data, kept in this process while nothing in the partnership
 * changed (issue #6, item 9; issue #15, item 6). Every change in the application writes an audit
 * event in its own transaction, so an entry is reused only while the partnership's audit trail is
 * exactly as it was when the entry was built (its number of events and the latest event's time:
 * the trail is append-only, so a commit always changes the count) and on the same Stockholm day
 * ("today" decides vacancies, deadlines and who is a member). Changes made outside the application
 * (a restore, a script) are covered by the entries' short life. Each instance keeps its own entries
 * and checks them against the shared database, so several instances never serve each other stale
 * values. Only what is the same for every reader who may see it belongs here.
 */
export type PartnershipCache<T> = {
  /** The value under `key` built earlier when nothing has changed since, otherwise `build()`'s, kept for the next reader. A build that fails is not kept. */
  get(partnershipId: string, key: string, now: Date, build: () => Promise<T>): Promise<T>;
  /** Forgets every entry (tests). */
  clear(): void;
};

const MAX_ENTRIES = 64;
const MAX_AGE_MS = 5 * 60_000;

type Entry<T> = { fingerprint: string; builtAt: number; value: Promise<T> };

/** The state of a partnership's audit trail, in one index-only read. */
async function auditFingerprint(partnershipId: string): Promise<string> {
  const prisma = await db();
  const [row] = await prisma.$queryRaw<{ events: bigint | number; latest: Date | null }[]>`
    SELECT count(*) AS "events", max("createdAt") AS "latest" FROM "AuditEvent" WHERE "partnershipId" = ${partnershipId}`;
  return `${String(row?.events ?? 0)}:${row?.latest ? new Date(row.latest).toISOString() : "-"}`;
}

export function createPartnershipCache<T>(): PartnershipCache<T> {
  const entries = new Map<string, Entry<T>>();
  return {
    async get(partnershipId, key, now, build) {
      const entryKey = `${partnershipId}:${key}`;
      const fingerprint = `${await auditFingerprint(partnershipId)}:${stockholmDay(now).toISOString()}`;
      const found = entries.get(entryKey);
      if (found && found.fingerprint === fingerprint && now.getTime() - found.builtAt < MAX_AGE_MS) {
        // Most recently used last, so the oldest is the first to go.
        entries.delete(entryKey);
        entries.set(entryKey, found);
        return found.value;
      }
      const value = build();
      const entry: Entry<T> = { fingerprint, builtAt: now.getTime(), value };
      entries.delete(entryKey);
      entries.set(entryKey, entry);
      while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      value.catch(() => {
        if (entries.get(entryKey) === entry) entries.delete(entryKey);
      });
      return value;
    },
    clear() {
      entries.clear();
    },
  };
}
