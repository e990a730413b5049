import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { getEditActivityPage } from "@/features/activity-plans/activity-form-queries";
import { ActivityForm } from "@/features/activity-plans/activity-form";
import { requireActor } from "@/server/auth/session";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activityPlans.form"))("editTitle") };
}

/** Every field of an activity; the form carries the version and what it showed, so a stale save says what changed. */
export default async function EditActivityPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/activities/${encodeURIComponent(id)}/edit`, "partnership:view");
  const page = await getEditActivityPage(actor, id);
  if (!page) notFound();
  const [t, tForm] = [await getTranslations("activityPlans"), await getTranslations("activityPlans.form")];
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/activities/${page.activityId}`} className="text-blue-900 underline">
          {page.title}
        </Link>
        {" · "}
        <Link href={`/plans/${page.plan.year}`} className="text-blue-900 underline">
          {t("planTitle", { year: page.plan.year })}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{tForm("editTitle")}</h1>
      {page.refusal ? (
        <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-4">{tForm(`refused.${page.refusal}`)}</p>
      ) : (
        <ActivityForm
          mode={{ kind: "edit", activityId: page.activityId, version: page.version, baseline: page.baseline }}
          values={page.values}
          options={page.options}
          needsReason={page.needsReason}
          year={page.plan.year}
        />
      )}
    </div>
  );
}
