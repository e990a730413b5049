import Link from "next/link";
import { DecisionStateNote } from "@/features/minutes/decision-state-note";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { FilterActions } from "@/components/filters/filter-fields";
import { LaterDecisionForms } from "./later-decision-forms";
import type { PriorityAreaPage } from "./queries";
import type { DecisionRef, RegisterYear } from "./register";

const LINK = "text-blue-900 underline";

async function helpers() {
  const [t, tFocus, tProposals, format, locale] = [
    await getTranslations("priorityAreas"),
    await getTranslations("focusAreas"),
    await getTranslations("proposals"),
    await getFormatter(),
    await getLocale(),
  ];
  const decisionText = (decision: DecisionRef) =>
    t("decisionRef", { number: decision.number, title: decision.title, meeting: decision.meeting.title, date: format.dateTime(decision.meeting.startsAt, { dateStyle: "medium" }) });
  const name = (item: { name: string; nameEn: string | null }) => (locale === "en" && item.nameEn ? item.nameEn : item.name);
  return { t, tFocus, tProposals, format, decisionText, name };
}

/** One year's areas as a table; `links` for signed-in users (to the area, the minutes and the proposal). */
async function YearTable({ year, links }: { year: RegisterYear; links: boolean }) {
  const { t, tFocus, tProposals, decisionText, name } = await helpers();
  return (
    <section aria-labelledby={`year-${year.year}`} className="mb-8">
      <h2 id={`year-${year.year}`} className="mb-2 text-2xl font-bold">
        {t("year", { year: year.year })}
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("caption", { year: year.year })}</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="py-2 pr-3">{t("columns.area")}</th>
              <th scope="col" className="py-2 pr-3">{t("columns.focus")}</th>
              <th scope="col" className="py-2 pr-3">{t("columns.dimensions")}</th>
              <th scope="col" className="py-2 pr-3">{t("columns.decision")}</th>
            </tr>
          </thead>
          <tbody>
            {year.entries.map(({ area, decision, continued, continuesNextYear }) => (
              <tr key={area.id} className="border-b border-slate-300 align-top">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {links ? (
                    <Link href={`/priority-areas/${area.id}`} className={`${LINK} font-semibold`}>
                      {area.title}
                    </Link>
                  ) : (
                    <span className="font-semibold">{area.title}</span>
                  )}
                  <span className="mt-1 block text-sm text-slate-700">
                    {[continued ? t("continued") : null, continuesNextYear ? t("continuesNext") : null, area.closedAt ? t("closed") : null].filter(Boolean).join(" · ")}
                  </span>
                </th>
                <td className="py-2 pr-3">
                  {tFocus(area.focusArea)}
                  {area.thematicAreas.length > 0 ? <span className="mt-1 block text-sm">{area.thematicAreas.map(name).join(", ")}</span> : null}
                </td>
                <td className="py-2 pr-3">{area.dimensions.map((dimension) => tProposals(`dimensions.${dimension}`)).join(", ")}</td>
                <td className="py-2 pr-3">
                  {links ? (
                    <Link href={`/meetings/${decision.meeting.id}/minutes`} className={LINK}>
                      {decisionText(decision)}
                    </Link>
                  ) : (
                    decisionText(decision)
                  )}
                  <DecisionStateNote state={decision.state} meeting={decision.meeting} />
                  <span className="mt-1 block text-sm">{decision.text}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export async function RegisterView({ years, allYears, selected }: { years: RegisterYear[]; allYears: number[]; selected: number | null }) {
  const { t } = await helpers();
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-2 max-w-3xl">{t("intro")}</p>
      <p className="mb-6">
        <Link href="/priority-areas/public" className={LINK}>
          {t("publicLink")}
        </Link>
      </p>
      <form method="get" action="/priority-areas" role="search" aria-label={t("filter.label")} className="mb-6">
        <fieldset className="rounded border-2 border-slate-300 p-4">
          <legend className="px-1 text-lg font-bold">{t("filter.legend")}</legend>
          <label htmlFor="register-year" className="block font-semibold">
            {t("filter.year")}
          </label>
          <select id="register-year" name="year" defaultValue={selected ? String(selected) : ""} className="mt-1 block w-full max-w-xs rounded border-2 border-slate-700 bg-white px-3 py-2">
            <option value="">{t("filter.all")}</option>
            {allYears.map((year) => (
              <option key={year} value={String(year)}>
                {String(year)}
              </option>
            ))}
          </select>
          <FilterActions submitLabel={t("filter.submit")} clearHref="/priority-areas" clearLabel={t("filter.clear")} filtered={selected !== null} />
        </fieldset>
      </form>
      {years.length === 0 ? <p className="rounded border-l-4 border-slate-500 bg-slate-50 p-4">{t("empty")}</p> : null}
      {years.map((year) => (
        <YearTable key={year.year} year={year} links />
      ))}
    </div>
  );
}

export async function PublicRegisterView({ partnerships }: { partnerships: { partnershipName: string; years: RegisterYear[] }[] }) {
  const { t } = await helpers();
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("publicTitle")}</h1>
      <p className="mb-6 max-w-3xl">{t("publicIntro")}</p>
      {partnerships.length === 0 ? <p className="rounded border-l-4 border-slate-500 bg-slate-50 p-4">{t("empty")}</p> : null}
      {partnerships.map((partnership) => (
        <div key={partnership.partnershipName}>
          <p className="mb-4 text-xl font-semibold">{partnership.partnershipName}</p>
          {partnership.years.map((year) => (
            <YearTable key={year.year} year={year} links={false} />
          ))}
        </div>
      ))}
    </div>
  );
}

export async function PriorityAreaView({ page }: { page: PriorityAreaPage }) {
  const { t, tFocus, tProposals, format, decisionText, name } = await helpers();
  const { area } = page;
  const minutesLink = (decision: DecisionRef) => (
    <Link href={`/meetings/${decision.meeting.id}/minutes`} className={LINK}>
      {decisionText(decision)}
    </Link>
  );
  const row = (label: string, value: React.ReactNode) => (
    <div className="border-b border-slate-200 py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="whitespace-pre-line sm:col-span-2">{value}</dd>
    </div>
  );
  const options = page.laterDecisions.map((decision) => ({
    value: decision.id,
    label: `§ ${decision.number} ${decision.title} – ${decision.meetingTitle}, ${format.dateTime(decision.startsAt, { dateStyle: "medium" })}`,
  }));
  return (
    <article className="max-w-4xl">
      <p className="mb-4">
        <Link href="/priority-areas" className={LINK}>
          {t("back")}
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{area.title}</h1>
      <dl className="mb-8">
        {row(t("details.description"), area.description || t("details.none"))}
        {row(t("details.focusArea"), tFocus(area.focusArea))}
        {row(t("details.thematicAreas"), area.thematicAreas.map(name).join(", ") || t("details.none"))}
        {row(t("details.dimensions"), area.dimensions.map((dimension) => tProposals(`dimensions.${dimension}`)).join(", "))}
        {row(t("details.decision"), minutesLink(area.decision))}
        {row(
          t("details.years"),
          <ul>
            {area.years.map((year) => (
              <li key={year.year}>
                {String(year.year)}: {minutesLink(year.decision)}
              </li>
            ))}
          </ul>,
        )}
        {area.closedBy ? row(t("details.closedBy"), minutesLink(area.closedBy)) : null}
        {row(
          t("details.proposal"),
          area.proposal ? (
            <Link href={`/proposals/${area.proposal.id}`} className={LINK}>
              {area.proposal.title}
            </Link>
          ) : (
            t("details.noProposal")
          ),
        )}
        {row(
          t("details.activities"),
          area.activities.length > 0 ? (
            <ul>
              {area.activities.map((activity) => (
                <li key={activity.id}>
                  <Link href={`/activities/${activity.id}`} className={LINK}>
                    {activity.title}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            t("details.noActivities")
          ),
        )}
      </dl>
      {page.mayDecide ? <LaterDecisionForms priorityAreaId={area.id} options={options} nextYear={page.nextYear} /> : null}
    </article>
  );
}
