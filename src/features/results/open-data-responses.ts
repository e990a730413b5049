import "server-only";
import { stockholmDay } from "@/lib/stockholm-day";
import { isoDay, openDataDocument, toCsv, toOpenDataRow } from "./open-data";
import { findOpenDataResults } from "./queries";

/**
 * The open-data files of the published results, as the route handlers answer them. Public: no
 * session is read. The partnership is named by `?partnership=<slug>`, or is the only one there is.
 */

const HEADERS = {
  // Open data: anyone may fetch it, from any site; it changes when a result is published or withdrawn.
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": "no-cache",
  "X-Content-Type-Options": "nosniff",
};

function notFound(): Response {
  return Response.json({ error: "not_found" }, { status: 404, headers: { ...HEADERS, "Cache-Control": "no-store" } });
}

function fileName(slug: string, now: Date, extension: "csv" | "json"): string {
  const safeSlug = slug.toLowerCase().replace(/[^a-z0-9-]+/g, "-").slice(0, 60) || "partnership";
  return `samverkan-results-${safeSlug}-${isoDay(stockholmDay(now))}.${extension}`;
}

export async function openDataCsvResponse(partnershipSlug: string | null, now: Date = new Date()): Promise<Response> {
  const data = await findOpenDataResults(partnershipSlug);
  if (!data) return notFound();
  return new Response(toCsv(data.results.map(toOpenDataRow)), {
    headers: {
      ...HEADERS,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName(data.slug, now, "csv")}"`,
    },
  });
}

export async function openDataJsonResponse(partnershipSlug: string | null, now: Date = new Date()): Promise<Response> {
  const data = await findOpenDataResults(partnershipSlug);
  if (!data) return notFound();
  return new Response(JSON.stringify(openDataDocument(data.partnershipName, data.results, now), null, 2), {
    headers: {
      ...HEADERS,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `inline; filename="${fileName(data.slug, now, "json")}"`,
    },
  });
}
