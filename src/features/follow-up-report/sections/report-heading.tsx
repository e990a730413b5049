import Link from "next/link";
import { neighbouringYears } from "../report-year";
import { LINK, type SectionProps } from "./section";

/** The report's opening: the partnership, the h1, the year's plan, the way to other years and the downloads. */
export function ReportHeading({ report, labels, locale }: SectionProps & { locale: string }) {
  const { t } = labels;
  const { year, previousYear } = report;
  const years = neighbouringYears(year, report.currentYear);
  return (
    <>
      <p className="text-sm font-semibold text-slate-700">{(locale === "en" && report.partnership.nameEn) || report.partnership.name}</p>
      <h1 className="mb-2 text-3xl font-bold">{t("title", { year })}</h1>
      <p className="max-w-3xl">{t("intro", { year, previousYear })}</p>
      {report.plan ? (
        <p className="mt-2 max-w-3xl">
          {t(`planState.${report.plan.status}`, { year })}{" "}
          {report.plan.adoptedBy ? (
            <Link href={`/meetings/${report.plan.adoptedBy.meeting.id}/minutes`} className={LINK}>
              {t("adoptedBy", {
                number: report.plan.adoptedBy.number,
                title: report.plan.adoptedBy.title,
                meeting: report.plan.adoptedBy.meeting.title,
                date: labels.date(report.plan.adoptedBy.meeting.startsAt),
              })}
            </Link>
          ) : null}
          {report.plan.adoptedBy && report.plan.adoptedBy.state !== "inForce" ? (
            <span className="mt-1 block text-sm text-amber-900">{labels.decisionState(report.plan.adoptedBy.state, report.plan.adoptedBy.meeting)}</span>
          ) : null}
        </p>
      ) : (
        <p className="mt-2 max-w-3xl rounded border-l-4 border-amber-700 bg-amber-50 p-3">{t("noPlan", { year })}</p>
      )}

      <nav aria-label={t("yearNav.label")} className="report-screen-only mt-4">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          {years.previous !== null ? (
            <li>
              <Link href={`/follow-up/${years.previous}`} className={LINK} rel="prev">
                {t("yearNav.previous", { year: years.previous })}
              </Link>
            </li>
          ) : null}
          <li>
            <Link href="/follow-up" className={LINK}>
              {t("yearNav.all")}
            </Link>
          </li>
          {years.next !== null ? (
            <li>
              <Link href={`/follow-up/${years.next}`} className={LINK} rel="next">
                {t("yearNav.next", { year: years.next })}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      <div className="report-screen-only mt-4 rounded border border-slate-300 bg-slate-50 p-3">
        <p className="font-semibold">{t("downloads.heading")}</p>
        <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <a href={`/follow-up/${year}/report.pdf`} className={LINK} download>
              {t("downloads.pdf")}
            </a>
          </li>
          <li>
            <a href={`/follow-up/${year}/report.csv`} className={LINK} download>
              {t("downloads.csv")}
            </a>
          </li>
        </ul>
        <p className="mt-1 text-sm text-slate-700">{t("downloads.print")}</p>
      </div>
    </>
  );
}
