import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { linkClass } from "./work-block";

/** The year's activity counts as the follow-up report gives them; planned is null without an adopted plan. */
export type YearInBriefCounts = {
  year: number;
  planned: number | null;
  done: number;
  onTrack: number;
  notStarted: number;
  atRisk: number;
  delayed: number;
};

const ROWS = ["done", "onTrack", "notStarted", "atRisk", "delayed"] as const;

/**
 * This year's follow-up in brief, for the steering group: the counts and a link to the report.
 * `children` is where the report's verdict (short sentences) goes, above the figures.
 */
export async function YearInBrief({ counts, children }: { counts: YearInBriefCounts; children?: React.ReactNode }) {
  const t = await getTranslations("overview.brief");
  return (
    <section aria-labelledby="brief-heading" className="space-y-3">
      <h3 id="brief-heading" className="text-lg font-semibold">
        {t("heading", { year: counts.year })}
      </h3>
      {children}
      {counts.planned === null ? (
        <p>{t("noPlan", { year: counts.year })}</p>
      ) : (
        <>
          <p>{t("planned", { count: counts.planned })}</p>
          <table className="border-collapse text-left">
            <caption className="sr-only">{t("caption", { year: counts.year })}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-1 pr-6">{t("status")}</th>
                <th scope="col" className="py-1 text-right">{t("number")}</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map((key) => (
                <tr key={key} className="border-b border-slate-300">
                  <th scope="row" className="py-1 pr-6 font-normal">{t(key)}</th>
                  <td className="py-1 text-right tabular-nums">{counts[key]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p>
        <Link href={`/follow-up/${counts.year}`} className={linkClass}>
          {t("reportLink", { year: counts.year })}
        </Link>
      </p>
    </section>
  );
}
