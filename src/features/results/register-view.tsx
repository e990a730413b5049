import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ResultRegister } from "./queries";
import { RESULT_KINDS, type ResultFilter } from "./rules";

const LINK = "text-blue-900 underline";

/** The signed-in results register: every result of the partnership, newest first, filtered by year and kind with a plain GET form. */
export async function ResultRegisterView({ register, filter }: { register: ResultRegister; filter: ResultFilter }) {
  const [t, format] = [await getTranslations("results"), await getFormatter()];
  const filtered = filter.year !== null || filter.kind !== null;
  const selectClass = "mt-1 block w-full max-w-xs rounded border-2 border-slate-700 bg-white px-3 py-2";
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("register.title")}</h1>
      <p className="mb-2 max-w-3xl">{t("register.intro")}</p>
      <p className="mb-6 flex flex-wrap items-center gap-4">
        {register.mayRecord ? (
          <Link href="/results/new" className="rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900">
            {t("register.new")}
          </Link>
        ) : null}
        <Link href="/results/public" className={LINK}>
          {t("register.publicLink")}
        </Link>
      </p>
      <form method="get" action="/results" role="search" aria-label={t("register.filter.label")} className="mb-6">
        <fieldset className="rounded border-2 border-slate-300 p-4">
          <legend className="px-1 text-lg font-bold">{t("register.filter.legend")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <label htmlFor="results-year" className="block font-semibold">
                {t("register.filter.year")}
              </label>
              <select id="results-year" name="year" defaultValue={filter.year ? String(filter.year) : ""} className={selectClass}>
                <option value="">{t("register.filter.all")}</option>
                {register.years.map((year) => (
                  <option key={year} value={String(year)}>
                    {String(year)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="results-kind" className="block font-semibold">
                {t("register.filter.kind")}
              </label>
              <select id="results-kind" name="kind" defaultValue={filter.kind ?? ""} className={selectClass}>
                <option value="">{t("register.filter.all")}</option>
                {RESULT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`kinds.${kind}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <button type="submit" className="rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900">
              {t("register.filter.submit")}
            </button>
            {filtered ? (
              <Link href="/results" className={LINK}>
                {t("register.filter.clear")}
              </Link>
            ) : null}
          </div>
        </fieldset>
      </form>
      {register.rows.length === 0 ? (
        <p className="rounded border-l-4 border-slate-500 bg-slate-50 p-4">{t("register.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-lg font-semibold">{filtered ? t("register.captionFiltered") : t("register.caption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-3">{t("register.columns.title")}</th>
                <th scope="col" className="py-2 pr-3">{t("register.columns.kind")}</th>
                <th scope="col" className="py-2 pr-3">{t("register.columns.date")}</th>
                <th scope="col" className="py-2 pr-3">{t("register.columns.activity")}</th>
                <th scope="col" className="py-2 pr-3">{t("register.columns.published")}</th>
              </tr>
            </thead>
            <tbody>
              {register.rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <Link href={`/results/${encodeURIComponent(row.id)}`} className={`${LINK} font-semibold`}>
                      {row.title}
                    </Link>
                    {row.authors ? <span className="mt-1 block text-sm text-slate-700">{row.authors}</span> : null}
                  </th>
                  <td className="py-2 pr-3">{t(`kinds.${row.kind}`)}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{format.dateTime(row.date, { dateStyle: "medium", timeZone: "UTC" })}</td>
                  <td className="py-2 pr-3">
                    <Link href={`/activities/${encodeURIComponent(row.activity.id)}`} className={LINK}>
                      {t("register.activityYear", { title: row.activity.title, year: row.activity.planYear })}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">{row.mayPublish ? t("register.yes") : t("register.no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
