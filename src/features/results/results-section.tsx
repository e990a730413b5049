import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { getActor } from "@/server/auth/session";
import { findActivityResults, type ActivityResults } from "./queries";
import { ResultTable } from "./result-table";

/**
 * The results that came from one activity, shown on the activity page under its h1: each linking
 * to its page, and the way to record one for those who may. Shows nothing to someone who may not
 * read the activity.
 */
export async function ResultsSection({ activityId }: { activityId: string }) {
  const actor = await getActor();
  const data = actor ? await findActivityResults(actor, activityId) : null;
  if (!data) return null;
  return <ResultsSectionView data={data} />;
}

/** The section's markup, from its data (rendered directly by the view tests). */
export async function ResultsSectionView({ data }: { data: ActivityResults }) {
  const t = await getTranslations("results");
  const headingId = `results-heading-${data.activityId}`;
  return (
    <section aria-labelledby={headingId} className="mb-8">
      <h2 id={headingId} className="mb-3 text-2xl font-bold">
        {t("section.heading")}
      </h2>
      {data.rows.length === 0 ? (
        <p className="mb-4">{t("section.none")}</p>
      ) : (
        <ResultTable rows={data.rows} caption={t("section.caption")} captionHidden spaceBelow />
      )}
      {data.mayRecord ? (
        <p>
          <Link href={`/results/new?activity=${encodeURIComponent(data.activityId)}`} className="inline-block rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900">
            {t("section.add")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
