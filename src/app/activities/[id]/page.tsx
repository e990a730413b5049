import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { getActivityPage } from "@/features/activity-plans/activity-queries";
import { ActivityView } from "@/features/activity-plans/activity-view";
import { FollowUpSection } from "@/features/follow-ups/follow-up-section";
import { ResultsSection } from "@/features/results/results-section";
import { requireActor } from "@/server/auth/session";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

const load = cache(async (id: string) => {
  const actor = await requireActor(`/activities/${encodeURIComponent(id)}`, "partnership:view");
  return getActivityPage(actor, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).id);
  return { title: page?.title ?? (await getTranslations("activityPlans"))("title") };
}

const NOTICES: Record<string, string> = { created: "notices.created", edited: "notices.edited", carried: "notices.carried" };

/** One activity with its trace, follow-up and results; activities of drafts only for the groups and administrators. */
export default async function ActivityPage({ params, searchParams }: Props) {
  const { id } = await params;
  const page = await load(id);
  if (!page) notFound();
  const { saved } = await searchParams;
  const notice = typeof saved === "string" ? (NOTICES[saved] ?? null) : null;
  return (
    <ActivityView page={page} notice={notice}>
      <FollowUpSection activityId={page.id} />
      <ResultsSection activityId={page.id} />
    </ActivityView>
  );
}
