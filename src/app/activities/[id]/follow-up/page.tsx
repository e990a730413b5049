import type { Metadata } from "next";
import { cache } from "react";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { FollowUpPageView } from "@/features/follow-ups/follow-up-page";
import { getActivityFollowUps } from "@/features/follow-ups/queries";
import { requireActor } from "@/server/auth/session";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

const load = cache(async (id: string) => {
  const actor = await requireActor(`/activities/${encodeURIComponent(id)}/follow-up`, "activity:follow-up");
  return getActivityFollowUps(actor, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load((await params).id);
  const t = await getTranslations("followUps");
  return { title: data ? t("page.heading", { title: data.activity.title }) : t("page.title") };
}

/**
 * Following up one activity: for its responsible people, the working group and administrators.
 * Whoever may not read the activity (another partnership's, a draft plan's for someone outside the
 * groups) is told it does not exist; a reader who may not follow it up gets 403.
 */
export default async function FollowUpPage({ params, searchParams }: Props) {
  const data = await load((await params).id);
  if (!data) notFound();
  if (!data.mayFollowUp) forbidden();
  const { saved } = await searchParams;
  return <FollowUpPageView data={data} saved={saved === "1"} />;
}
