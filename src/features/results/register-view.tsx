import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { FilterActions, FilterSelect } from "@/components/filters/filter-fields";
import type { ResultRegister } from "./queries";
import { ResultTable } from "./result-table";
import { RESULT_KINDS, type ResultFilter } from "./rules";

const LINK = "text-blue-900 underline";

/** The signed-in results register: every result of the partnership, newest first, filtered by year and kind with a plain GET form. */
export async function ResultRegisterView({ register, filter }: { register: ResultRegister; filter: ResultFilter }) {
  const t = await getTranslations("results");
  const filtered = filter.year !== null || filter.kind !== null;
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
            <FilterSelect
              id="results-year"
              name="year"
              label={t("register.filter.year")}
              allLabel={t("register.filter.all")}
              value={filter.year ? String(filter.year) : ""}
              options={register.years.map((year) => ({ value: String(year), label: String(year) }))}
              narrow
            />
            <FilterSelect
              id="results-kind"
              name="kind"
              label={t("register.filter.kind")}
              allLabel={t("register.filter.all")}
              value={filter.kind ?? ""}
              options={RESULT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
              narrow
            />
          </div>
          <FilterActions submitLabel={t("register.filter.submit")} clearHref="/results" clearLabel={t("register.filter.clear")} filtered={filtered} />
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
