import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { FilterActions, FilterSelect } from "@/components/filters/filter-fields";
import { minutesPath } from "./justering-mail";
import { DECISION_SUBJECTS } from "./preparation";
import type { RegisterRow } from "./queries";
import { GROUP_KINDS, hasRegisterFilter, REGISTER_QUERY_MAX, registerHref, type RegisterFilter } from "./register-filter";

const EXCERPT = 240;

type Props = { rows: RegisterRow[]; hasMore: boolean; filter: RegisterFilter; page: number; years: number[] };

/**
 * The decision register (beslutsregister): decisions of the minutes in force across meetings, and
 * for the group's members the decisions of drafts, marked as such. The search is a plain GET form,
 * so it works without JavaScript and a search can be shared as a link.
 */
export async function DecisionRegister({ rows, hasMore, filter, page, years }: Props) {
  const [t, tStatus, tMinutes, tGroup, tCommon, format] = await Promise.all([
    getTranslations("minutes.register"),
    getTranslations("statuses.minutes"),
    getTranslations("minutes"),
    getTranslations("groupKinds"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  const filtered = hasRegisterFilter(filter);
  const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text);

  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>

      <form method="get" action="/decisions" role="search" aria-label={t("search.label")} className="mb-6">
        <fieldset className="rounded border-2 border-slate-300 p-4">
          <legend className="px-1 text-lg font-bold">{t("search.legend")}</legend>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <div className="sm:col-span-2 lg:col-span-4">
              <label htmlFor="register-q" className="block font-semibold">
                {t("search.text")}
              </label>
              <p id="register-q-hint" className="text-sm text-slate-700">
                {t("search.textHint")}
              </p>
              <input
                id="register-q"
                name="q"
                type="search"
                maxLength={REGISTER_QUERY_MAX}
                defaultValue={filter.q ?? ""}
                aria-describedby="register-q-hint"
                className="mt-1 block w-full max-w-2xl rounded border-2 border-slate-700 px-3 py-2"
              />
            </div>
            <FilterSelect
              id="register-group"
              name="group"
              label={t("search.group")}
              allLabel={t("search.allGroups")}
              value={filter.group ?? ""}
              options={GROUP_KINDS.map((kind) => ({ value: kind, label: tGroup(kind) }))}
            />
            <FilterSelect
              id="register-year"
              name="year"
              label={t("search.year")}
              allLabel={t("search.allYears")}
              value={filter.year ? String(filter.year) : ""}
              options={years.map((year) => ({ value: String(year), label: String(year) }))}
            />
            <FilterSelect
              id="register-subject"
              name="subject"
              label={t("search.subject")}
              allLabel={t("search.allSubjects")}
              value={filter.subject ?? ""}
              options={DECISION_SUBJECTS.map((subject) => ({ value: subject, label: tMinutes(`subjects.${subject}`) }))}
            />
          </div>
          <FilterActions submitLabel={t("search.submit")} clearHref="/decisions" clearLabel={t("search.clear")} filtered={filtered} />
        </fieldset>
      </form>

      {rows.length === 0 ? (
        <p role="status" className="rounded border-l-4 border-slate-500 bg-slate-50 p-4">
          {filtered ? t("emptyFiltered") : t("empty")}
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-lg font-semibold">{filtered ? t("captionFiltered") : t("caption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-3">{t("columns.number")}</th>
                <th scope="col" className="py-2 pr-3">{t("columns.decision")}</th>
                <th scope="col" className="py-2 pr-3">{t("columns.date")}</th>
                <th scope="col" className="py-2 pr-3">{t("columns.group")}</th>
                <th scope="col" className="py-2 pr-3">{t("columns.meeting")}</th>
                <th scope="col" className="py-2 pr-3">{t("columns.subject")}</th>
                <th scope="col" className="py-2 pr-3">{t("columns.preparedBy")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-300 align-top">
                  <td className="py-2 pr-3 whitespace-nowrap">
                    <Link href={minutesPath(row.meeting.id)} className="text-blue-900 underline" aria-label={t("numberLink", { number: row.number, title: row.title })}>
                      § {row.number}
                    </Link>
                  </td>
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <span className="font-semibold">{row.title}</span>
                    {row.state !== "IN_FORCE" ? (
                      <span className="ml-2 rounded border border-amber-700 bg-amber-50 px-1 text-sm font-semibold text-amber-900">
                        {tStatus(row.state)}
                      </span>
                    ) : null}
                    {row.inCorrection ? <span className="ml-2 rounded border border-slate-600 px-1 text-sm">{t("inCorrection")}</span> : null}
                    <span className="mt-1 block text-slate-800">{excerpt(row.text)}</span>
                  </th>
                  <td className="py-2 pr-3 whitespace-nowrap">{date(row.meeting.startsAt)}</td>
                  <td className="py-2 pr-3">{tGroup(row.meeting.groupKind)}</td>
                  <td className="py-2 pr-3">
                    <Link href={`/meetings/${row.meeting.id}`} className="text-blue-900 underline">
                      {row.meeting.title}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">{tMinutes(`subjects.${row.subject}`)}</td>
                  <td className="py-2 pr-3">
                    {row.preparedBy ? (
                      <Link href={`/meetings/${row.preparedBy.id}`} className="text-blue-900 underline">
                        {row.preparedBy.title} ({date(row.preparedBy.startsAt)})
                      </Link>
                    ) : (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="sr-only">{t("noPreparation")}</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {page > 1 || hasMore ? (
        <nav aria-label={t("pagination")} className="mt-6 flex items-center gap-6">
          {page > 1 ? (
            <Link href={registerHref(filter, page - 1)} className="text-blue-900 underline">
              {tCommon("previous")}
            </Link>
          ) : null}
          <span aria-current="page">{t("page", { page })}</span>
          {hasMore ? (
            <Link href={registerHref(filter, page + 1)} className="text-blue-900 underline">
              {tCommon("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
