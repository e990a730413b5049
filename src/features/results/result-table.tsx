import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import type { ResultRow } from "./queries";

const LINK = "text-blue-900 underline";
const CELL = "py-2 pr-3";

type ResultTableProps = {
  rows: readonly ResultRow[];
  caption: string;
  /** The caption for screen readers only, where the section's heading already names the table. */
  captionHidden?: boolean;
  /** The column with each result's activity and its plan year; left out where all come from one activity. */
  withActivity?: boolean;
  /** Space below the table, where more of its section follows. */
  spaceBelow?: boolean;
};

/**
 * Results as a table, in the order given: each title linked to the result's page with its authors
 * under it, the kind, the date, the activity it came from (optional) and whether it may be
 * published. The register and an activity's results section both show it.
 */
export async function ResultTable({ rows, caption, captionHidden = false, withActivity = false, spaceBelow = false }: ResultTableProps) {
  const [t, format] = [await getTranslations("results"), await getFormatter()];
  return (
    <div className={spaceBelow ? "mb-4 overflow-x-auto" : "overflow-x-auto"}>
      <table className="w-full border-collapse text-left">
        <caption className={captionHidden ? "sr-only" : "mb-2 text-left text-lg font-semibold"}>{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className={CELL}>
              {t("register.columns.title")}
            </th>
            <th scope="col" className={CELL}>
              {t("register.columns.kind")}
            </th>
            <th scope="col" className={CELL}>
              {t("register.columns.date")}
            </th>
            {withActivity ? (
              <th scope="col" className={CELL}>
                {t("register.columns.activity")}
              </th>
            ) : null}
            <th scope="col" className={CELL}>
              {t("register.columns.published")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-300 align-top">
              <th scope="row" className={`${CELL} font-normal`}>
                <Link href={`/results/${encodeURIComponent(row.id)}`} className={`${LINK} font-semibold`}>
                  {row.title}
                </Link>
                {row.authors ? <span className="mt-1 block text-sm text-slate-700">{row.authors}</span> : null}
              </th>
              <td className={CELL}>{t(`kinds.${row.kind}`)}</td>
              <td className={`${CELL} whitespace-nowrap`}>{format.dateTime(row.date, { dateStyle: "medium", timeZone: "UTC" })}</td>
              {withActivity ? (
                <td className={CELL}>
                  <Link href={`/activities/${encodeURIComponent(row.activity.id)}`} className={LINK}>
                    {t("register.activityYear", { title: row.activity.title, year: row.activity.planYear })}
                  </Link>
                </td>
              ) : null}
              <td className={CELL}>{row.mayPublish ? t("register.yes") : t("register.no")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
