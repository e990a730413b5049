import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { findRecordableActivities } from "@/features/results/queries";
import { ResultForm } from "@/features/results/result-form";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results"))("form.newTitle") };
}

type Props = { searchParams: Promise<{ activity?: string | string[] }> };

/**
 * A new result, for the activities the actor may record results for (?activity= chooses one). The
 * submission key is made here, once per rendering of the form: sending it twice records one result.
 */
export default async function NewResultPage({ searchParams }: Props) {
  const { activity } = await searchParams;
  const chosen = Array.isArray(activity) ? activity[0] : activity;
  const actor = await requireActor(`/results/new${chosen ? `?activity=${encodeURIComponent(chosen)}` : ""}`, "activity:follow-up");
  const [t, activities] = [await getTranslations("results"), await findRecordableActivities(actor)];
  const preselected = activities.some((option) => option.id === chosen) ? chosen! : "";
  return (
    <div className="space-y-6">
      <p>
        <Link href={preselected ? `/activities/${encodeURIComponent(preselected)}` : "/results"} className="text-blue-900 underline">
          {t("form.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("form.newTitle")}</h1>
      <p className="max-w-3xl">{t("form.newIntro")}</p>
      {activities.length === 0 ? (
        <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-4">{t("form.noActivities")}</p>
      ) : (
        <ResultForm
          mode={{ kind: "create", submissionKey: randomUUID() }}
          values={{ activityId: preselected, kind: "", title: "", authors: "", date: "", identifier: "", url: "", description: "", mayPublish: false }}
          activities={activities}
        />
      )}
    </div>
  );
}
