import { groupFeedResponse } from "@/features/calendar/calendar-responses";
import { appOrigin } from "@/server/public-origin";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

/**
 * A group's calendar feed for subscription. Calendar clients send no session: private meetings
 * come only with a personal `?token=`; without one the feed holds the public meetings.
 */
export async function GET(request: Request, { params }: Props): Promise<Response> {
  const [{ slug }, origin] = await Promise.all([params, appOrigin()]);
  const search = new URL(request.url).searchParams;
  return groupFeedResponse({ slug, token: search.get("token"), partnershipSlug: search.get("partnership"), origin });
}
