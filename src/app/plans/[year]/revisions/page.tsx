import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { findRevisions } from "@/features/activity-plans/revision-queries";
import { RevisionsView } from "@/features/activity-plans/revisions-view";
import { requireActor } from "@/server/auth/session";
import { planYearParam } from "@/features/activity-plans/plan-year";

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const year = planYearParam((await params).year);
  return { title: (await getTranslations("activityPlans.revisions"))("title", { year: year ?? "" }) };
}

/** A plan's revisions: number, date, who and why. */
export default async function RevisionsPage({ params }: Props) {
  const text = (await params).year;
  const actor = await requireActor(`/plans/${encodeURIComponent(text)}/revisions`, "partnership:view");
  const year = planYearParam(text);
  const list = year === null ? null : await findRevisions(actor, year);
  if (!list) notFound();
  return <RevisionsView list={list} />;
}
