import { localeOf, reportDownload } from "@/features/follow-up-report/downloads";
import { getActor } from "@/server/auth/session";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ year: string }> };

/** The year's follow-up report as CSV, for every signed-in user of the partnership (their own partnership's data). */
export async function GET(request: Request, { params }: Props): Promise<Response> {
  const [{ year }, actor] = await Promise.all([params, getActor()]);
  return reportDownload({ actor, yearSegment: year, format: "csv", locale: localeOf(request) });
}
