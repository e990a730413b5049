import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { getRevisionComparison } from "@/features/activity-plans/revision-queries";
import { RevisionComparisonView } from "@/features/activity-plans/revisions-view";
import { requireActor } from "@/server/auth/session";
import { planYearParam } from "@/features/activity-plans/plan-year";

type Props = { params: Promise<{ year: string; number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, number } = await params;
  return { title: (await getTranslations("activityPlans.comparison"))("title", { number, year }) };
}

/** One revision compared with the one before it. */
export default async function RevisionComparisonPage({ params }: Props) {
  const { year: text, number } = await params;
  const actor = await requireActor(`/plans/${encodeURIComponent(text)}/revisions/${encodeURIComponent(number)}`, "partnership:view");
  const year = planYearParam(text);
  const comparison = year === null || !/^\d{1,6}$/.test(number) ? null : await getRevisionComparison(actor, year, Number(number));
  if (!comparison) notFound();
  return <RevisionComparisonView comparison={comparison} />;
}
