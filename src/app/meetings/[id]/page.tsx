import type { Metadata } from "next";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { MeetingView } from "@/features/meetings/meeting-view";
import { getMeetingPage, type MeetingAccess, type MeetingPage } from "@/features/meetings/queries";
import { meetingViewerFor } from "@/features/meetings/viewer";
import { getActor } from "@/server/auth/session";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string | string[]; upload?: string | string[] }>;
};

/** The viewer's access and the meeting, loaded once per request for the metadata and the page. */
const load = cache(async (id: string): Promise<{ access: MeetingAccess; page: MeetingPage | null }> => {
  const actor = await getActor();
  const access: MeetingAccess = actor ? { viewer: await meetingViewerFor(actor), partnershipId: actor.partnershipId } : { viewer: null, partnershipId: null };
  return { access, page: await getMeetingPage(id, access) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await load((await params).id);
  return { title: page?.title ?? (await getTranslations("meetings"))("title") };
}

/** Outcomes an upload without JavaScript comes back with; anything else in the URL is ignored. */
const UPLOAD_ERRORS = new Set([
  "meetings.documents.refusals.empty",
  "meetings.documents.refusals.tooLarge",
  "meetings.documents.refusals.typeNotAllowed",
  "meetings.documents.refusals.contentMismatch",
  "meetings.refusals.cancelled",
  "errors.validation",
  "errors.forbidden",
  "errors.notFound",
  "errors.signedOut",
  "errors.unexpected",
  "validation.required",
  "validation.tooLong",
  "validation.invalid",
]);

function noticeFrom(params: { saved?: string | string[]; upload?: string | string[] }): { key: string; kind: "success" | "error" } | null {
  if (params.saved === "scheduled" || params.saved === "edited") return { key: `meetings.saveNotices.${params.saved}`, kind: "success" };
  if (params.upload === "uploaded") return { key: "meetings.documents.uploadedMessage", kind: "success" };
  if (typeof params.upload === "string" && UPLOAD_ERRORS.has(params.upload)) return { key: params.upload, kind: "error" };
  return null;
}

/**
 * A meeting. Signed-in users of its partnership see it (underlag only as the group's members);
 * visitors who are not signed in see it only when it is public. For any other meeting a visitor is
 * sent to sign in — the same answer whether or not the meeting exists, so nothing is revealed, and
 * members following the link in their notice get to the meeting after signing in.
 */
export default async function MeetingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { access, page } = await load(id);
  if (!page) {
    if (!access.partnershipId) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/meetings/${id}`)}`);
    notFound();
  }
  return <MeetingView page={page} now={new Date()} notice={noticeFrom(await searchParams)} />;
}
