import "server-only";
import { groupKindFromSlug } from "@/features/membership/group-slug";
import { hasPermission } from "@/lib/permissions";
import type { Actor } from "@/server/auth/actor";
import { calendarTranslator, feedName, meetingIcsFileName, toIcsMeeting, type CalendarDetail } from "./calendar-entries";
import { meetingsCalendar } from "./ics";
import { findFeedTokenOwner, findGroupFeed, findPublicFeedPartnershipId, getCalendarMeeting } from "./queries";

/**
 * The calendar's HTTP answers, apart from Next's request APIs so that integration tests call them
 * with an actor or a token directly. The route handlers only read the session, the URL and the
 * origin and hand over.
 */

const CALENDAR_TYPE = "text/calendar; charset=utf-8";

function notFound(): Response {
  return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
}

/**
 * One meeting as an .ics attachment. Signed-in users of the meeting's partnership get every
 * meeting with full details; anyone else only a public meeting, with public details. Everything
 * else is a 404, so the answer does not tell whether a private meeting exists.
 */
export async function meetingIcsResponse(input: { actor: Actor | null; meetingId: string; origin: string }): Promise<Response> {
  const meeting = await getCalendarMeeting(input.meetingId);
  if (!meeting) return notFound();
  const member = input.actor !== null && hasPermission(input.actor.roles, "partnership:view") && input.actor.partnershipId === meeting.partnershipId;
  if (!member && !meeting.isPublic) return notFound();
  const detail: CalendarDetail = member ? "full" : "public";

  const t = calendarTranslator();
  const body = meetingsCalendar([toIcsMeeting(meeting, detail, { origin: input.origin, t })], { name: meeting.title, method: "PUBLISH" });
  return new Response(body, {
    headers: {
      "Content-Type": CALENDAR_TYPE,
      "Content-Disposition": `attachment; filename="${meetingIcsFileName(meeting)}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/**
 * A group's subscribable feed. With a valid personal token (its owner's account active) every
 * meeting of the owner's partnership's group, with full details; without one only the public
 * meetings, with public details. A request that carries a token is never cached anywhere.
 */
export async function groupFeedResponse(input: {
  slug: string;
  token: string | null;
  partnershipSlug: string | null;
  origin: string;
}): Promise<Response> {
  const kind = groupKindFromSlug(input.slug);
  if (!kind) return notFound();

  const owner = input.token ? await findFeedTokenOwner(input.token) : null;
  const partnershipId = owner?.partnershipId ?? (await findPublicFeedPartnershipId(input.partnershipSlug));
  if (!partnershipId) return notFound();
  const feed = await findGroupFeed(partnershipId, kind, { includePrivate: owner !== null });
  if (!feed) return notFound();

  const detail: CalendarDetail = owner ? "full" : "public";
  const t = calendarTranslator();
  const body = meetingsCalendar(
    feed.meetings.map((meeting) => toIcsMeeting(meeting, detail, { origin: input.origin, t })),
    { name: feedName(t, feed.partnershipName, kind), method: "PUBLISH" },
  );
  return new Response(body, {
    headers: {
      "Content-Type": CALENDAR_TYPE,
      "Content-Disposition": `inline; filename="${input.slug}.ics"`,
      "Cache-Control": input.token !== null ? "private, no-store" : "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
      "X-Robots-Tag": "noindex",
      "Referrer-Policy": "no-referrer",
    },
  });
}
