import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getActor } from "@/server/auth/session";
import { findActivityResults, type ActivityResults } from "./queries";

const LINK = "text-blue-900 underline";

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
  const [t, format] = [await getTranslations("results"), await getFormatter()];
  const headingId = `results-heading-${data.activityId}`;
  return (
    <section aria-labelledby={headingId} className="mb-8">
      <h2 id={headingId} className="mb-3 text-2xl font-bold">
        {t("section.heading")}
      </h2>
      {data.rows.length === 0 ? (
        <p className="mb-4">{t("section.none")}</p>
      ) : (
        <div className="mb-4 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("section.caption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-3">{t("register.columns.title")}</th>
                <th scope="col" className="py-2 pr-3">{t("register.columns.kind")}</th>
                <th scope="col" className="py-2 pr-3">{t("register.columns.date")}</th>
                <th scope="col" className="py-2 pr-3">{t("register.columns.published")}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <Link href={`/results/${encodeURIComponent(row.id)}`} className={`${LINK} font-semibold`}>
                      {row.title}
                    </Link>
                    {row.authors ? <span className="mt-1 block text-sm text-slate-700">{row.authors}</span> : null}
                  </th>
                  <td className="py-2 pr-3">{t(`kinds.${row.kind}`)}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{format.dateTime(row.date, { dateStyle: "medium", timeZone: "UTC" })}</td>
                  <td className="py-2 pr-3">{row.mayPublish ? t("register.yes") : t("register.no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
