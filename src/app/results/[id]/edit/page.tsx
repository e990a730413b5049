import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { isoDay } from "@/features/results/open-data";
import { getResultForEdit } from "@/features/results/queries";
import { ResultForm } from "@/features/results/result-form";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results"))("form.editTitle") };
}

type Props = { params: Promise<{ id: string }> };

/** Editing a result: for those who may record results of its activity; the form carries the version it shows. */
export default async function EditResultPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/results/${encodeURIComponent(id)}/edit`, "activity:follow-up");
  const edit = await getResultForEdit(actor, id);
  if (edit === null) notFound();
  if (edit === "forbidden") forbidden();
  const { page, activities } = edit;
  const t = await getTranslations("results");
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/results/${encodeURIComponent(page.id)}`} className="text-blue-900 underline">
          {t("form.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("form.editTitle")}</h1>
      <ResultForm
        mode={{ kind: "edit", resultId: page.id, version: page.version }}
        values={{
          activityId: page.activity.id,
          kind: page.kind,
          title: page.title,
          authors: page.authors,
          date: isoDay(page.date),
          identifier: page.identifier ?? "",
          url: page.url ?? "",
          description: page.description,
          mayPublish: page.mayPublish,
        }}
        activities={activities}
      />
    </div>
  );
}
