import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ResultRegister } from "./queries";
import { ResultTable } from "./result-table";
import { RESULT_KINDS, type ResultFilter } from "./rules";

const LINK = "text-blue-900 underline";

/** The signed-in results register: every result of the partnership, newest first, filtered by year and kind with a plain GET form. */
export async function ResultRegisterView({ register, filter }: { register: ResultRegister; filter: ResultFilter }) {
  const t = await getTranslations("results");
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
        <ResultTable rows={register.rows} caption={filtered ? t("register.captionFiltered") : t("register.caption")} withActivity />
      )}
    </div>
  );
}
