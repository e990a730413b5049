import Link from "next/link";
import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ComplianceTable } from "@/features/calendar/compliance-table";
import type { Comparison, FollowUpReport, SummaryKey } from "./aggregate";
import { BarChart } from "./bar-chart";
import { reportLabels, type ReportLabels, type Translate } from "./report-labels";
import { neighbouringYears } from "./report-year";

/**
 * The yearly follow-up report as one page (issue #6, item 5): the same for every signed-in user of
 * the partnership. Sections in a fixed order, each an h2; every chart has its table. The class
 * "follow-up-report" is what the print styles (report-print.css) hang on.
 */

const LINK = "text-blue-900 underline";
const TABLE = "w-full border-collapse text-left";
const CAPTION = "mb-1 text-left text-lg font-semibold";
const HEAD_ROW = "border-b-2 border-slate-700";
const ROW = "border-b border-slate-300 align-top";
const CELL = "py-1 pr-3";
const NUMBER = "py-1 pr-3 text-right tabular-nums";

/** The figures compared with last year in the chart at the end: counts on one scale. */
const COMPARISON_CHART_KEYS: SummaryKey[] = ["plannedActivities", "doneActivities", "atRiskActivities", "resultsProduced", "meetingsHeld", "decisionsTaken", "proposalsReceived"];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="report-section mt-10">
      <h2 id={id} className="mb-3 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function ComparisonCells({ value, labels }: { value: Comparison; labels: ReportLabels }) {
  return (
    <>
      <td className={NUMBER}>{labels.count(value.current)}</td>
      <td className={NUMBER}>{labels.count(value.previous)}</td>
      <td className={NUMBER}>{labels.change(value.change)}</td>
    </>
  );
}

function ComparisonHeads({ labels, report }: { labels: ReportLabels; report: FollowUpReport }) {
  return (
    <>
      <th scope="col" className={`${CELL} text-right`}>
        {labels.t("columns.year", { year: report.year })}
      </th>
      <th scope="col" className={`${CELL} text-right`}>
        {labels.t("columns.previousYear", { year: report.previousYear })}
      </th>
      <th scope="col" className={`${CELL} text-right`}>
        {labels.t("columns.change")}
      </th>
    </>
  );
}

function NoPlan({ labels, year }: { labels: ReportLabels; year: number }) {
  return <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">{labels.t("noPlanShort", { year })}</p>;
}

function chartValues(labels: ReportLabels, items: readonly { label: string; values: readonly { series: string; value: number | null }[] }[]): string {
  return items
    .map((item) =>
      item.values.length === 1
        ? labels.t("charts.valueItem", { label: item.label, value: labels.count(item.values[0]!.value) })
        : labels.t("charts.seriesValues", {
            label: item.label,
            values: item.values.map((one) => labels.t("charts.seriesValue", { series: one.series, value: labels.count(one.value) })).join(", "),
          }),
    )
    .join("; ");
}

export async function FollowUpReportView({ report }: { report: FollowUpReport }) {
  const [translate, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const labels = reportLabels(translate as unknown as Translate, format);
  const { t } = labels;
  const { year, previousYear } = report;
  const years = neighbouringYears(year, report.currentYear);
  const chartCommon = { tableToggleLabel: t("charts.showTable"), emptyValue: labels.empty };
  const thisYear = String(year);
  const lastYear = String(previousYear);

  return (
    <article className="follow-up-report">
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

      {/* 1. Summary figures */}
      <Section id="report-summary" title={t("sections.summary")}>
        <div className="overflow-x-auto">
          <table className={TABLE}>
            <caption className={CAPTION}>{t("summary.caption")}</caption>
            <thead>
              <tr className={HEAD_ROW}>
                <th scope="col" className={CELL}>
                  {t("columns.figure")}
                </th>
                <ComparisonHeads labels={labels} report={report} />
              </tr>
            </thead>
            <tbody>
              {report.summary.map((row) => (
                <tr key={row.key} className={ROW}>
                  <th scope="row" className={`${CELL} font-normal`}>
                    {labels.summary(row.key)}
                  </th>
                  <td className={NUMBER}>{labels.figure(row.key, row.current)}</td>
                  <td className={NUMBER}>{labels.figure(row.key, row.previous)}</td>
                  <td className={NUMBER}>{labels.figureChange(row.key, row.change)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {!report.previousPlan ? <p className="mt-2 text-sm text-slate-700">{t("noPreviousPlan", { year: previousYear })}</p> : null}
        <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("summary.carriedOverNote")}</p>
      </Section>

      {/* 2. Plan vs outcome */}
      <Section id="report-plan-vs-outcome" title={t("sections.planVsOutcome")}>
        <h3 className="mb-2 text-xl font-semibold">{t("sections.byPriorityArea")}</h3>
        {report.byPriorityArea === null ? (
          <NoPlan labels={labels} year={year} />
        ) : report.byPriorityArea.length === 0 ? (
          <p>{t("planVsOutcome.noAreas", { year })}</p>
        ) : (
          <>
            <BarChart
              {...chartCommon}
              id={`chart-areas-${year}`}
              title={t("charts.areaTitle", { year })}
              description={t("charts.areaDescription", {
                year,
                values: chartValues(
                  labels,
                  report.byPriorityArea.map((row) => ({
                    label: row.title ?? t("planVsOutcome.withoutArea"),
                    values: [
                      { series: t("columns.planned"), value: row.planned },
                      { series: t("columns.done"), value: row.done },
                    ],
                  })),
                ),
              })}
              categoryLabel={t("columns.priorityArea")}
              categories={report.byPriorityArea.map((row) => ({ key: row.key ?? "none", label: row.title ?? t("planVsOutcome.withoutArea") }))}
              series={[
                { key: "planned", label: t("columns.planned"), values: report.byPriorityArea.map((row) => row.planned) },
                { key: "done", label: t("columns.done"), values: report.byPriorityArea.map((row) => row.done) },
              ]}
            />
            <div className="overflow-x-auto">
              <table className={TABLE}>
                <caption className={CAPTION}>{t("planVsOutcome.areaCaption", { year })}</caption>
                <thead>
                  <tr className={HEAD_ROW}>
                    <th scope="col" className={CELL}>
                      {t("columns.priorityArea")}
                    </th>
                    <th scope="col" className={`${CELL} text-right`}>
                      {t("columns.planned")}
                    </th>
                    <th scope="col" className={`${CELL} text-right`}>
                      {t("columns.done")}
                    </th>
                    <th scope="col" className={`${CELL} text-right`}>
                      {t("columns.atRisk")}
                    </th>
                    <th scope="col" className={`${CELL} text-right`}>
                      {t("columns.cancelled")}
                    </th>
                    <th scope="col" className={`${CELL} text-right`}>
                      {t("columns.donePercent")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.byPriorityArea.map((row) => (
                    <tr key={row.key ?? "none"} className={ROW}>
                      <th scope="row" className={`${CELL} font-normal`}>
                        {row.key ? (
                          <Link href={`/priority-areas/${row.key}`} className={LINK}>
                            {row.title}
                          </Link>
                        ) : (
                          t("planVsOutcome.withoutArea")
                        )}
                        {row.gap ? <span className="block text-sm font-semibold text-amber-900">{t("planVsOutcome.gapMark")}</span> : null}
                      </th>
                      <td className={NUMBER}>{labels.count(row.planned)}</td>
                      <td className={NUMBER}>{labels.count(row.done)}</td>
                      <td className={NUMBER}>{labels.count(row.atRisk)}</td>
                      <td className={NUMBER}>{labels.count(row.cancelled)}</td>
                      <td className={NUMBER}>{labels.percent(row.donePercent)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="mt-2">
              {report.priorityAreaGaps.length > 0
                ? t("planVsOutcome.areaGaps", { year, areas: labels.list(report.priorityAreaGaps.map((gap) => gap.title)) })
                : t("planVsOutcome.noAreaGaps", { year })}
            </p>
          </>
        )}

        <h3 className="mt-6 mb-2 text-xl font-semibold">{t("sections.byFocusArea")}</h3>
        {report.byFocusArea === null ? (
          <NoPlan labels={labels} year={year} />
        ) : (
          <div className="overflow-x-auto">
            <table className={TABLE}>
              <caption className={CAPTION}>{t("planVsOutcome.focusCaption", { year })}</caption>
              <thead>
                <tr className={HEAD_ROW}>
                  <th scope="col" className={CELL}>
                    {t("columns.focusArea")}
                  </th>
                  <th scope="col" className={`${CELL} text-right`}>
                    {t("columns.planned")}
                  </th>
                  <th scope="col" className={`${CELL} text-right`}>
                    {t("columns.done")}
                  </th>
                  <th scope="col" className={`${CELL} text-right`}>
                    {t("columns.atRisk")}
                  </th>
                  <th scope="col" className={`${CELL} text-right`}>
                    {t("columns.donePercent")}
                  </th>
                  <th scope="col" className={`${CELL} text-right`}>
                    {t("columns.previousPlanned", { year: previousYear })}
                  </th>
                  <th scope="col" className={`${CELL} text-right`}>
                    {t("columns.previousDone", { year: previousYear })}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.byFocusArea.map((row) => (
                  <tr key={row.focusArea} className={ROW}>
                    <th scope="row" className={`${CELL} font-normal`}>
                      {labels.focusArea(row.focusArea)}
                      {row.gap ? <span className="block text-sm font-semibold text-amber-900">{t("planVsOutcome.gapMark")}</span> : null}
                    </th>
                    <td className={NUMBER}>{labels.count(row.planned)}</td>
                    <td className={NUMBER}>{labels.count(row.done)}</td>
                    <td className={NUMBER}>{labels.count(row.atRisk)}</td>
                    <td className={NUMBER}>{labels.percent(row.donePercent)}</td>
                    <td className={NUMBER}>{labels.count(row.previousPlanned)}</td>
                    <td className={NUMBER}>{labels.count(row.previousDone)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      {/* 3. Status counts */}
      <Section id="report-status" title={t("sections.status")}>
        {report.statusCounts === null ? (
          <NoPlan labels={labels} year={year} />
        ) : (
          <>
            <BarChart
              {...chartCommon}
              id={`chart-status-${year}`}
              title={t("charts.statusTitle", { year })}
              description={t("charts.statusDescription", {
                year,
                values: chartValues(
                  labels,
                  report.statusCounts.map((row) => ({ label: labels.status(row.status), values: [{ series: thisYear, value: row.current }] })),
                ),
              })}
              categoryLabel={t("columns.status")}
              categories={report.statusCounts.map((row) => ({ key: row.status, label: labels.status(row.status) }))}
              series={[{ key: "current", label: thisYear, values: report.statusCounts.map((row) => row.current) }]}
            />
            <div className="overflow-x-auto">
              <table className={TABLE}>
                <caption className={CAPTION}>{t("status.caption", { year })}</caption>
                <thead>
                  <tr className={HEAD_ROW}>
                    <th scope="col" className={CELL}>
                      {t("columns.status")}
                    </th>
                    <ComparisonHeads labels={labels} report={report} />
                  </tr>
                </thead>
                <tbody>
                  {report.statusCounts.map((row) => (
                    <tr key={row.status} className={ROW}>
                      <th scope="row" className={`${CELL} font-normal`}>
                        {labels.status(row.status)}
                      </th>
                      <ComparisonCells value={row} labels={labels} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Section>

      {/* 4. Activities at risk */}
      <Section id="report-at-risk" title={t("sections.atRisk")}>
        {report.atRisk === null ? (
          <NoPlan labels={labels} year={year} />
        ) : report.atRisk.length === 0 ? (
          <p>{t("atRisk.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className={TABLE}>
              <caption className={CAPTION}>{t("atRisk.caption", { year })}</caption>
              <thead>
                <tr className={HEAD_ROW}>
                  <th scope="col" className={CELL}>
                    {t("columns.activity")}
                  </th>
                  <th scope="col" className={CELL}>
                    {t("columns.status")}
                  </th>
                  <th scope="col" className={`${CELL} text-right`}>
                    {t("columns.progress")}
                  </th>
                  <th scope="col" className={CELL}>
                    {t("columns.endsOn")}
                  </th>
                  <th scope="col" className={CELL}>
                    {t("columns.priorityArea")}
                  </th>
                  <th scope="col" className={CELL}>
                    {t("columns.responsible")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.atRisk.map((row) => (
                  <tr key={row.id} className={ROW}>
                    <th scope="row" className={`${CELL} font-normal`}>
                      <Link href={`/activities/${row.id}`} className={`${LINK} font-semibold`}>
                        {row.title}
                      </Link>
                    </th>
                    <td className={CELL}>
                      <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold whitespace-nowrap ${row.status === "DELAYED" ? "border-red-800 bg-red-50 text-red-900" : "border-amber-800 bg-amber-50 text-amber-900"}`}>
                        {labels.status(row.status)}
                      </span>
                    </td>
                    <td className={NUMBER}>{t("atRisk.progressValue", { value: row.progress })}</td>
                    <td className={CELL}>{labels.day(row.endsOn)}</td>
                    <td className={CELL}>{row.priorityAreaTitle ?? t("planVsOutcome.withoutArea")}</td>
                    <td className={CELL}>{row.responsible.length > 0 ? labels.list(row.responsible) : t("atRisk.nobody")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      {/* 5. Indicators vs targets */}
      <Section id="report-indicators" title={t("sections.indicators")}>
        {report.indicators === null || report.indicatorCounts === null ? (
          <NoPlan labels={labels} year={year} />
        ) : report.indicators.length === 0 ? (
          <p>{t("indicators.none")}</p>
        ) : (
          <>
            <p className="mb-2 max-w-3xl">
              {t("indicators.counts", {
                met: report.indicatorCounts.met,
                withTarget: report.indicatorCounts.met + report.indicatorCounts.notMet + report.indicatorCounts.notReported,
                notMet: report.indicatorCounts.notMet,
                notReported: report.indicatorCounts.notReported,
                noTarget: report.indicatorCounts.noTarget,
              })}
            </p>
            <div className="overflow-x-auto">
              <table className={TABLE}>
                <caption className={CAPTION}>{t("indicators.caption", { year })}</caption>
                <thead>
                  <tr className={HEAD_ROW}>
                    <th scope="col" className={CELL}>
                      {t("columns.indicator")}
                    </th>
                    <th scope="col" className={CELL}>
                      {t("columns.activity")}
                    </th>
                    <th scope="col" className={`${CELL} text-right`}>
                      {t("columns.target")}
                    </th>
                    <th scope="col" className={`${CELL} text-right`}>
                      {t("columns.outcome")}
                    </th>
                    <th scope="col" className={`${CELL} text-right`}>
                      {t("columns.percentOfTarget")}
                    </th>
                    <th scope="col" className={CELL}>
                      {t("columns.verdict")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.indicators.map((row) => (
                    <tr key={row.id} className={ROW}>
                      <th scope="row" className={`${CELL} font-normal`}>
                        {row.name}
                        {row.unit ? <span className="text-slate-700"> ({row.unit})</span> : null}
                      </th>
                      <td className={CELL}>
                        <Link href={`/activities/${row.activityId}`} className={LINK}>
                          {row.activityTitle}
                        </Link>
                      </td>
                      <td className={NUMBER}>{row.target === null ? t("indicators.noValue") : labels.count(row.target)}</td>
                      <td className={NUMBER}>{row.outcome === null ? t("indicators.notReported") : labels.count(row.outcome)}</td>
                      <td className={NUMBER}>{row.percentOfTarget === null ? t("indicators.noValue") : t("indicators.percentValue", { value: row.percentOfTarget })}</td>
                      <td className={CELL}>{labels.verdict(row.verdict)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="mt-2 text-sm text-slate-700">{t("indicators.rule")}</p>
          </>
        )}
      </Section>

      {/* 6. Coverage of dimensions and focus areas */}
      <Section id="report-coverage" title={t("sections.coverage")}>
        {report.coverage === null ? (
          <NoPlan labels={labels} year={year} />
        ) : (
          <>
            <div className="mb-3 rounded border-l-4 border-blue-900 bg-slate-50 p-3">
              <p className="font-semibold">{t("coverage.gapsHeading")}</p>
              {report.coverage.dimensionGaps.length === 0 && report.coverage.focusAreaGaps.length === 0 ? (
                <p>{t("coverage.noGaps")}</p>
              ) : (
                <ul className="list-disc pl-6">
                  {report.coverage.dimensionGaps.length > 0 ? (
                    <li>{t("coverage.dimensionGaps", { list: labels.list(report.coverage.dimensionGaps.map(labels.dimension)) })}</li>
                  ) : null}
                  {report.coverage.focusAreaGaps.length > 0 ? (
                    <li>{t("coverage.focusGaps", { list: labels.list(report.coverage.focusAreaGaps.map(labels.focusArea)) })}</li>
                  ) : null}
                </ul>
              )}
            </div>
            <BarChart
              {...chartCommon}
              id={`chart-coverage-${year}`}
              title={t("charts.coverageTitle", { year, previousYear })}
              description={t("charts.coverageDescription", {
                values: chartValues(
                  labels,
                  report.coverage.dimensions.map((row) => ({
                    label: labels.dimension(row.key),
                    values: [
                      { series: thisYear, value: row.count },
                      ...(report.previousPlan ? [{ series: lastYear, value: row.previous }] : []),
                    ],
                  })),
                ),
              })}
              categoryLabel={t("columns.dimension")}
              categories={report.coverage.dimensions.map((row) => ({ key: row.key, label: labels.dimension(row.key) }))}
              series={[
                { key: "current", label: thisYear, values: report.coverage.dimensions.map((row) => row.count) },
                ...(report.previousPlan ? [{ key: "previous", label: lastYear, values: report.coverage.dimensions.map((row) => row.previous) }] : []),
              ]}
            />
            <div className="overflow-x-auto">
              <table className={TABLE}>
                <caption className={CAPTION}>{t("coverage.dimensionsCaption", { year })}</caption>
                <thead>
                  <tr className={HEAD_ROW}>
                    <th scope="col" className={CELL}>
                      {t("columns.dimension")}
                    </th>
                    <ComparisonHeads labels={labels} report={report} />
                  </tr>
                </thead>
                <tbody>
                  {report.coverage.dimensions.map((row) => (
                    <tr key={row.key} className={ROW}>
                      <th scope="row" className={`${CELL} font-normal`}>
                        {labels.dimension(row.key)}
                        {row.count === 0 ? <span className="block text-sm font-semibold text-amber-900">{t("planVsOutcome.gapMark")}</span> : null}
                      </th>
                      <ComparisonCells value={{ current: row.count, previous: row.previous, change: row.change }} labels={labels} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="mt-4 overflow-x-auto">
              <table className={TABLE}>
                <caption className={CAPTION}>{t("coverage.focusCaption", { year })}</caption>
                <thead>
                  <tr className={HEAD_ROW}>
                    <th scope="col" className={CELL}>
                      {t("columns.focusArea")}
                    </th>
                    <ComparisonHeads labels={labels} report={report} />
                  </tr>
                </thead>
                <tbody>
                  {report.coverage.focusAreas.map((row) => (
                    <tr key={row.key} className={ROW}>
                      <th scope="row" className={`${CELL} font-normal`}>
                        {labels.focusArea(row.key)}
                        {row.count === 0 ? <span className="block text-sm font-semibold text-amber-900">{t("planVsOutcome.gapMark")}</span> : null}
                      </th>
                      <ComparisonCells value={{ current: row.count, previous: row.previous, change: row.change }} labels={labels} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="mt-2 text-sm text-slate-700">{t("coverage.rule")}</p>
          </>
        )}
      </Section>

      {/* 7. Results */}
      <Section id="report-results" title={t("sections.results")}>
        <div className="overflow-x-auto">
          <table className={TABLE}>
            <caption className={CAPTION}>{t("results.byKindCaption", { year })}</caption>
            <thead>
              <tr className={HEAD_ROW}>
                <th scope="col" className={CELL}>
                  {t("columns.kind")}
                </th>
                <ComparisonHeads labels={labels} report={report} />
              </tr>
            </thead>
            <tbody>
              {report.results.byKind.map((row) => (
                <tr key={row.key} className={ROW}>
                  <th scope="row" className={`${CELL} font-normal`}>
                    {labels.resultKind(row.key)}
                  </th>
                  <ComparisonCells value={{ current: row.count, previous: row.previous, change: row.change }} labels={labels} />
                </tr>
              ))}
              <tr className={`${ROW} font-semibold`}>
                <th scope="row" className={CELL}>
                  {t("results.total")}
                </th>
                <ComparisonCells value={report.results.total} labels={labels} />
              </tr>
            </tbody>
          </table>
        </div>
        {report.results.list.length === 0 ? (
          <p className="mt-3">{t("results.none", { year })}</p>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className={TABLE}>
              <caption className={CAPTION}>{t("results.listCaption", { year })}</caption>
              <thead>
                <tr className={HEAD_ROW}>
                  <th scope="col" className={CELL}>
                    {t("columns.title")}
                  </th>
                  <th scope="col" className={CELL}>
                    {t("columns.kind")}
                  </th>
                  <th scope="col" className={CELL}>
                    {t("columns.date")}
                  </th>
                  <th scope="col" className={CELL}>
                    {t("columns.activity")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.results.list.map((row) => (
                  <tr key={row.id} className={ROW}>
                    <th scope="row" className={`${CELL} font-normal`}>
                      {row.title}
                    </th>
                    <td className={CELL}>{labels.resultKind(row.kind)}</td>
                    <td className={CELL}>{labels.day(row.date)}</td>
                    <td className={CELL}>
                      <Link href={`/activities/${row.activityId}`} className={LINK}>
                        {row.activityTitle}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      {/* 8. Cadence */}
      <Section id="report-cadence" title={t("sections.cadence")}>
        <p className="mb-3 max-w-3xl">{t("cadence.intro")}</p>
        <div className="space-y-4">
          <ComplianceTable year={year} relation={null} rows={report.cadence.rows} caption={t("cadence.caption", { year })} />
          <ComplianceTable year={previousYear} relation={null} rows={report.cadence.previousRows} caption={t("cadence.caption", { year: previousYear })} />
        </div>
      </Section>

      {/* 9. Membership changes and vacancies */}
      <Section id="report-membership" title={t("sections.membership")}>
        <div className="overflow-x-auto">
          <table className={TABLE}>
            <caption className={CAPTION}>{t("membership.changesCaption", { year })}</caption>
            <thead>
              <tr className={HEAD_ROW}>
                <th scope="col" className={CELL}>
                  {t("columns.group")}
                </th>
                <th scope="col" className={`${CELL} text-right`}>
                  {t("columns.startedIn", { year })}
                </th>
                <th scope="col" className={`${CELL} text-right`}>
                  {t("columns.startedIn", { year: previousYear })}
                </th>
                <th scope="col" className={`${CELL} text-right`}>
                  {t("columns.endedIn", { year })}
                </th>
                <th scope="col" className={`${CELL} text-right`}>
                  {t("columns.endedIn", { year: previousYear })}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.membership.groups.map((group) => (
                <tr key={group.groupId} className={ROW}>
                  <th scope="row" className={`${CELL} font-normal`}>
                    {labels.groupKind(group.kind)}
                  </th>
                  <td className={NUMBER}>{labels.count(group.started.current)}</td>
                  <td className={NUMBER}>{labels.count(group.started.previous)}</td>
                  <td className={NUMBER}>{labels.count(group.ended.current)}</td>
                  <td className={NUMBER}>{labels.count(group.ended.previous)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {report.membership.groups.every((group) => group.changes.length === 0) ? (
          <p className="mt-3">{t("membership.noChanges", { year })}</p>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className={TABLE}>
              <caption className={CAPTION}>{t("membership.listCaption", { year })}</caption>
              <thead>
                <tr className={HEAD_ROW}>
                  <th scope="col" className={CELL}>
                    {t("columns.person")}
                  </th>
                  <th scope="col" className={CELL}>
                    {t("columns.group")}
                  </th>
                  <th scope="col" className={CELL}>
                    {t("columns.role")}
                  </th>
                  <th scope="col" className={CELL}>
                    {t("columns.seat")}
                  </th>
                  <th scope="col" className={CELL}>
                    {t("columns.change")}
                  </th>
                  <th scope="col" className={CELL}>
                    {t("columns.date")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.membership.groups.flatMap((group) =>
                  group.changes.map((change) => (
                    <tr key={change.id} className={ROW}>
                      <th scope="row" className={`${CELL} font-normal`}>
                        {change.personName}
                      </th>
                      <td className={CELL}>{labels.groupKind(group.kind)}</td>
                      <td className={CELL}>{labels.role(change.role)}</td>
                      <td className={CELL}>{change.seatTitle ?? labels.empty}</td>
                      <td className={CELL}>{t(`membership.changes.${change.change}`)}</td>
                      <td className={CELL}>{labels.day(change.date)}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        )}
        <h3 className="mt-6 mb-2 text-xl font-semibold">{t("membership.vacanciesHeading")}</h3>
        {report.membership.vacancies.length === 0 ? (
          <p>{t("membership.noVacancies")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className={TABLE}>
              <caption className="sr-only">{t("membership.vacanciesCaption")}</caption>
              <thead>
                <tr className={HEAD_ROW}>
                  <th scope="col" className={CELL}>
                    {t("columns.seat")}
                  </th>
                  <th scope="col" className={CELL}>
                    {t("columns.group")}
                  </th>
                  <th scope="col" className={CELL}>
                    {t("columns.party")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.membership.vacancies.map((vacancy) => (
                  <tr key={vacancy.seatId} className={ROW}>
                    <th scope="row" className={`${CELL} font-normal`}>
                      {vacancy.seatTitle}
                    </th>
                    <td className={CELL}>{vacancy.groupKind ? labels.groupKind(vacancy.groupKind) : labels.empty}</td>
                    <td className={CELL}>{vacancy.partyName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      {/* 10. Proposals */}
      <Section id="report-proposals" title={t("sections.proposals")}>
        <div className="overflow-x-auto">
          <table className={TABLE}>
            <caption className={CAPTION}>{t("proposals.caption", { year })}</caption>
            <thead>
              <tr className={HEAD_ROW}>
                <th scope="col" className={CELL}>
                  {t("columns.figure")}
                </th>
                <ComparisonHeads labels={labels} report={report} />
              </tr>
            </thead>
            <tbody>
              {(["received", "accepted", "rejected", "withdrawn", "pending"] as const).map((key) => (
                <tr key={key} className={ROW}>
                  <th scope="row" className={`${CELL} font-normal`}>
                    {t(`proposals.${key}`)}
                  </th>
                  <ComparisonCells
                    value={{ current: report.proposals.current[key], previous: report.proposals.previous[key], change: report.proposals.current[key] - report.proposals.previous[key] }}
                    labels={labels}
                  />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      {/* 11. Decisions */}
      <Section id="report-decisions" title={t("sections.decisions")}>
        {report.decisions.length === 0 ? (
          <p>{t("decisions.none", { year })}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className={TABLE}>
              <caption className={CAPTION}>{t("decisions.caption", { year })}</caption>
              <thead>
                <tr className={HEAD_ROW}>
                  <th scope="col" className={CELL}>
                    {t("columns.decision")}
                  </th>
                  <th scope="col" className={CELL}>
                    {t("columns.subject")}
                  </th>
                  <th scope="col" className={CELL}>
                    {t("columns.meeting")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.decisions.map((decision) => (
                  <tr key={decision.id} className={ROW}>
                    <th scope="row" className={`${CELL} font-normal`}>
                      <span className="whitespace-nowrap">{t("decisions.paragraph", { number: decision.number })}</span> {decision.title}
                    </th>
                    <td className={CELL}>{labels.subject(decision.subject)}</td>
                    <td className={CELL}>
                      <Link href={`/meetings/${decision.meeting.id}/minutes`} className={LINK}>
                        {t("decisions.meetingOn", { meeting: decision.meeting.title, date: labels.date(decision.meeting.startsAt) })}
                      </Link>
                      {decision.groupKind ? <span className="block text-sm text-slate-700">{labels.groupKind(decision.groupKind)}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="mt-2">{t("decisions.previousCount", { count: report.previousDecisionCount })}</p>
      </Section>

      {/* 12. Comparison with the previous year */}
      <Section id="report-comparison" title={t("sections.comparison")}>
        <p className="mb-2 max-w-3xl">{t("comparison.intro")}</p>
        {!report.previousPlan ? <p className="mb-2 text-sm text-slate-700">{t("noPreviousPlan", { year: previousYear })}</p> : null}
        {(() => {
          const rows = report.summary.filter((row) => COMPARISON_CHART_KEYS.includes(row.key));
          return (
            <BarChart
              {...chartCommon}
              id={`chart-comparison-${year}`}
              title={t("charts.comparisonTitle", { previousYear })}
              description={t("charts.comparisonDescription", {
                year,
                previousYear,
                values: chartValues(
                  labels,
                  rows.map((row) => ({
                    label: labels.summary(row.key),
                    values: [
                      { series: thisYear, value: row.current },
                      { series: lastYear, value: row.previous },
                    ],
                  })),
                ),
              })}
              categoryLabel={t("columns.figure")}
              categories={rows.map((row) => ({ key: row.key, label: labels.summary(row.key) }))}
              series={[
                { key: "current", label: thisYear, values: rows.map((row) => row.current) },
                { key: "previous", label: lastYear, values: rows.map((row) => row.previous) },
              ]}
            />
          );
        })()}
      </Section>
    </article>
  );
}
