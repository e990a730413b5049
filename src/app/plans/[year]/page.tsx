import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { getPlanPage } from "@/features/activity-plans/plan-queries";
import { PlanView } from "@/features/activity-plans/plan-view";
import { requireActor } from "@/server/auth/session";
import { planYearParam } from "@/features/activity-plans/plan-year";

type Props = { params: Promise<{ year: string }>; searchParams: Promise<{ removed?: string | string[] }> };

const load = cache(async (text: string) => {
  const actor = await requireActor(`/plans/${encodeURIComponent(text)}`, "partnership:view");
  const year = planYearParam(text);
  return year === null ? null : getPlanPage(actor, year);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).year);
  const t = await getTranslations("activityPlans");
  return { title: page ? t("planTitle", { year: page.year }) : t("title") };
}

/** One year's plan; drafts and proposals only for administrators and the groups' members (others: not found). */
export default async function PlanPage({ params, searchParams }: Props) {
  const page = await load((await params).year);
  if (!page) notFound();
  const { removed } = await searchParams;
  return <PlanView page={page} notice={removed ? "notices.removed" : null} />;
}
