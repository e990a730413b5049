import "server-only";
import { createPartnershipCache } from "@/server/partnership-cache";
import type { FollowUpReport } from "./aggregate";

/**
 * The aggregated reports this process has built, so that a report nobody changed is not read and
 * computed again for every reader (issue #6, item 9: the report is what a whole steering group
 * opens at once). A report is the same for every user of its partnership; it is reused while the
 * partnership's audit trail and the Stockholm day are unchanged (src/server/partnership-cache.ts).
 */
const reports = createPartnershipCache<FollowUpReport>();

/** The report of `year` for the partnership: the one built earlier when nothing has changed since, otherwise `build()`'s. */
export function cachedReport(partnershipId: string, year: number, now: Date, build: () => Promise<FollowUpReport>): Promise<FollowUpReport> {
  return reports.get(partnershipId, String(year), now, build);
}

/** Forgets every entry (tests). */
export function clearReportCache(): void {
  reports.clear();
}
