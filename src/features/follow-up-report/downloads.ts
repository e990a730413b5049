import "server-only";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "@/i18n/locales";
import { hasPermission } from "@/lib/permissions";
import type { Actor } from "@/server/auth/actor";
import { getFollowUpReport } from "./queries";
import { reportCsv } from "./report-csv";
import { labelsFor } from "./labels-for-locale";
import { renderReportPdf } from "./report-pdf";
import { parseReportYear, reportFileName } from "./report-year";

/**
 * The report's downloads (PDF and CSV) behind their route handlers, testable without Next: the
 * signed-in user's own partnership only (401 signed out, 403 without "follow-up:view", 404 for a
 * year out of range), as an attachment that is never cached by a shared cache.
 */

export type ReportFormat = "pdf" | "csv";

const answer = (status: number) => new Response(null, { status, headers: { "Cache-Control": "no-store" } });

/** The language chosen in the cookie, read from the request itself (as the pages read it). */
export function localeOf(request: Request): Locale {
  const cookie = request.headers.get("cookie") ?? "";
  const match = cookie.split(";").map((part) => part.trim()).find((part) => part.startsWith(`${LOCALE_COOKIE}=`));
  return resolveLocale(match ? decodeURIComponent(match.slice(LOCALE_COOKIE.length + 1)) : null);
}

export async function reportDownload(input: {
  actor: Actor | null;
  yearSegment: string;
  format: ReportFormat;
  locale: Locale;
  now?: Date;
  compressPdf?: boolean;
}): Promise<Response> {
  const { actor, format, locale } = input;
  if (!actor) return answer(401);
  if (!hasPermission(actor.roles, "follow-up:view")) return answer(403);
  const now = input.now ?? new Date();
  const year = parseReportYear(input.yearSegment, stockholmYear(now));
  if (year === null) return answer(404);

  const report = await getFollowUpReport(actor.partnershipId, year, now);
  const labels = labelsFor(locale);
  const headers = {
    "Content-Disposition": `attachment; filename="${reportFileName(year, format)}"`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
  if (format === "csv") {
    return new Response(reportCsv(report, labels, locale), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  }
  const pdf = await renderReportPdf(report, labels, { locale, now, compress: input.compressPdf ?? true });
  return new Response(new Uint8Array(pdf), { headers: { ...headers, "Content-Type": "application/pdf", "Content-Length": String(pdf.length) } });
}
