import { openDataCsvResponse } from "@/features/results/open-data-responses";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Public open data: the published results as CSV (UTF-8 with BOM). `?partnership=<slug>` picks the partnership. */
export async function GET(request: Request): Promise<Response> {
  return openDataCsvResponse(new URL(request.url).searchParams.get("partnership"));
}
