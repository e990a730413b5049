import { meetingIcsResponse } from "@/features/calendar/calendar-responses";
import { getActor } from "@/server/auth/session";
import { appOrigin } from "@/server/public-origin";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** One meeting as an .ics download: any meeting of one's partnership when signed in, else public ones only. */
export async function GET(_request: Request, { params }: Props): Promise<Response> {
  const [{ id }, actor, origin] = await Promise.all([params, getActor(), appOrigin()]);
  return meetingIcsResponse({ actor, meetingId: id, origin });
}
