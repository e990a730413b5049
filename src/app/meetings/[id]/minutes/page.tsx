import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { minutesPath } from "@/features/minutes/justering-mail";
import { MinutesView } from "@/features/minutes/minutes-view";
import { getMinutesPage } from "@/features/minutes/queries";
import { getActor } from "@/server/auth/session";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ minutes?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("minutes"))("title") };
}

/**
 * A meeting's minutes. Signed-out visitors see approved minutes of public meetings only; anyone
 * else signed out is sent to sign in (whether or not the meeting exists, so nothing leaks).
 */
export default async function MeetingMinutesPage({ params, searchParams }: Props) {
  const [{ id }, query, actor] = await Promise.all([params, searchParams, getActor()]);
  const selected = Array.isArray(query.minutes) ? query.minutes[0] : query.minutes;
  const page = await getMinutesPage(actor, id, selected ?? null);
  if (!page) {
    if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(minutesPath(id))}`);
    notFound();
  }
  return <MinutesView page={page} />;
}
