import "server-only";
import { stockholmParts } from "@/features/meetings/meeting-time";
import { db } from "@/server/db";
import type { FollowUpReport } from "./aggregate";

/**
 * The aggregated reports this process has built, so that a report nobody changed is not read and
 * computed again for every reader (issue #6, item 9: the report is what a whole steering group
 * opens at once). A report is the same for every user of its partnership, and it can only change
 * when something in the partnership changes — and every change in the application writes an audit
 * event in its own transaction. So an entry is reused only while the partnership's audit trail is
 * exactly as it was when the entry was built (its number of events and the latest event's time:
 * the trail is append-only, so a commit always changes the count) and on the same Stockholm day
 * ("today" decides vacancies and who is a member). Changes made outside the application (a
 * restore, a script) are covered by the entries' short life. Each instance keeps its own entries
 * and checks them against the shared database, so several instances never serve each other stale
 * reports.
 */

const MAX_ENTRIES = 64;
const MAX_AGE_MS = 5 * 60_000;

type Entry = { fingerprint: string; builtAt: number; report: Promise<FollowUpReport> };

const entries = new Map<string, Entry>();

/** The state of a partnership's audit trail, in one index-only read. */
async function auditFingerprint(partnershipId: string): Promise<string> {
  const prisma = await db();
  const [row] = await prisma.$queryRaw<{ events: bigint | number; latest: Date | null }[]>`
    SELECT count(*) AS "events", max("createdAt") AS "latest" FROM "AuditEvent" WHERE "partnershipId" = ${partnershipId}`;
  return `${String(row?.events ?? 0)}:${row?.latest ? new Date(row.latest).toISOString() : "-"}`;
}

/**
 * The report of `year` for the partnership: the one built earlier when nothing has changed since,
 * otherwise `build()`'s, kept for the next reader. A build that fails is not kept.
 */
export async function cachedReport(partnershipId: string, year: number, now: Date, build: () => Promise<FollowUpReport>): Promise<FollowUpReport> {
  const key = `${partnershipId}:${year}`;
  const fingerprint = `${await auditFingerprint(partnershipId)}:${stockholmParts(now).date}`;
  const found = entries.get(key);
  if (found && found.fingerprint === fingerprint && now.getTime() - found.builtAt < MAX_AGE_MS) {
    // Most recently used last, so the oldest is the first to go.
    entries.delete(key);
    entries.set(key, found);
    return found.report;
  }
  const report = build();
  const entry: Entry = { fingerprint, builtAt: now.getTime(), report };
  entries.delete(key);
  entries.set(key, entry);
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  report.catch(() => {
    if (entries.get(key) === entry) entries.delete(key);
  });
  return report;
}

/** Forgets every entry (tests). */
export function clearReportCache(): void {
  entries.clear();
}
