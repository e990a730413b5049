import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { getNewActivityPage } from "@/features/activity-plans/activity-form-queries";
import { ActivityForm, EMPTY_ACTIVITY } from "@/features/activity-plans/activity-form";
import { requireActor } from "@/server/auth/session";
import { planYearParam } from "@/features/activity-plans/plan-year";

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const year = planYearParam((await params).year);
  return { title: (await getTranslations("activityPlans.form"))("newTitle", { year: year ?? "" }) };
}

/** A new activity in a year's plan: for the working group while the plan is a draft, or adopted (a revision). */
export default async function NewActivityPage({ params }: Props) {
  const text = (await params).year;
  const actor = await requireActor(`/plans/${encodeURIComponent(text)}/activities/new`, "partnership:view");
  const year = planYearParam(text);
  const page = year === null ? null : await getNewActivityPage(actor, year);
  if (!page) notFound();
  const [t, tForm] = [await getTranslations("activityPlans"), await getTranslations("activityPlans.form")];
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/plans/${page.plan.year}`} className="text-blue-900 underline">
          {t("backToPlan", { year: page.plan.year })}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{tForm("newTitle", { year: page.plan.year })}</h1>
      {page.refusal ? (
        <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-4">{tForm(`refused.${page.refusal}`)}</p>
      ) : (
        <ActivityForm mode={{ kind: "create", planId: page.plan.id }} values={EMPTY_ACTIVITY} options={page.options} needsReason={page.needsReason} year={page.plan.year} />
      )}
    </div>
  );
}
