import { openDataJsonResponse } from "@/features/results/open-data-responses";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Public open data: the published results as JSON, with a metadata object. `?partnership=<slug>` picks the partnership. */
export async function GET(request: Request): Promise<Response> {
  return openDataJsonResponse(new URL(request.url).searchParams.get("partnership"));
}
