import type { FocusOutcomeRow, PlanOutcomeRow } from "../aggregate";
import { BarChart } from "../bar-chart";
import type { ReportLabels } from "../report-labels";
import { ReportTable, type ReportColumn } from "../report-table";
import { chartDefaults, chartValues } from "./charts";
import { GapMark, NoPlan, Section, type SectionProps } from "./section";

/** 2. What was planned and what was done, per priority area and per focus area. */
export function PlanVsOutcomeSection({ report, labels }: SectionProps) {
  const { t } = labels;
  return (
    <Section id="report-plan-vs-outcome" title={t("sections.planVsOutcome")}>
      <h3 className="mb-2 text-xl font-semibold">{t("sections.byPriorityArea")}</h3>
      <ByPriorityArea report={report} labels={labels} />
      <h3 className="mt-6 mb-2 text-xl font-semibold">{t("sections.byFocusArea")}</h3>
      <ByFocusArea report={report} labels={labels} />
    </Section>
  );
}

function ByPriorityArea({ report, labels }: SectionProps) {
  const { t } = labels;
  const { year } = report;
  if (report.byPriorityArea === null) return <NoPlan labels={labels} year={year} />;
  if (report.byPriorityArea.length === 0) return <p>{t("planVsOutcome.noAreas", { year })}</p>;
  const areaTitle = (row: PlanOutcomeRow) => row.title ?? t("planVsOutcome.withoutArea");
  return (
    <>
      <BarChart
        {...chartDefaults(labels)}
        id={`chart-areas-${year}`}
        title={t("charts.areaTitle", { year })}
        description={t("charts.areaDescription", {
          year,
          values: chartValues(
            labels,
            report.byPriorityArea.map((row) => ({
              label: areaTitle(row),
              values: [
                { series: t("columns.planned"), value: row.planned },
                { series: t("columns.done"), value: row.done },
              ],
            })),
          ),
        })}
        categoryLabel={t("columns.priorityArea")}
        categories={report.byPriorityArea.map((row) => ({ key: row.key ?? "none", label: areaTitle(row) }))}
        series={[
          { key: "planned", label: t("columns.planned"), values: report.byPriorityArea.map((row) => row.planned) },
          { key: "done", label: t("columns.done"), values: report.byPriorityArea.map((row) => row.done) },
        ]}
      />
      <ReportTable
        caption={t("planVsOutcome.areaCaption", { year })}
        rowHeader={{
          header: t("columns.priorityArea"),
          cell: (row) => (
            <>
              {row.key ? (
                <a href={`/priority-areas/${row.key}`}>
                  {row.title}
                </a>
              ) : (
                t("planVsOutcome.withoutArea")
              )}
              {row.gap ? <GapMark labels={labels} /> : null}
            </>
          ),
        }}
        columns={outcomeColumns(labels, ["planned", "done", "atRisk", "cancelled"])}
        rows={report.byPriorityArea}
        rowKey={(row) => row.key ?? "none"}
      />
      <p className="mt-2">
        {report.priorityAreaGaps.length > 0
          ? t("planVsOutcome.areaGaps", { year, areas: labels.list(report.priorityAreaGaps.map((gap) => gap.title)) })
          : t("planVsOutcome.noAreaGaps", { year })}
      </p>
    </>
  );
}

function ByFocusArea({ report, labels }: SectionProps) {
  const { t } = labels;
  const { year, previousYear } = report;
  if (report.byFocusArea === null) return <NoPlan labels={labels} year={year} />;
  return (
    <ReportTable
      caption={t("planVsOutcome.focusCaption", { year })}
      rowHeader={{
        header: t("columns.focusArea"),
        cell: (row) => (
          <>
            {labels.focusArea(row.focusArea)}
            {row.gap ? <GapMark labels={labels} /> : null}
          </>
        ),
      }}
      columns={[
        ...outcomeColumns<FocusOutcomeRow>(labels, ["planned", "done", "atRisk"]),
        { header: t("columns.previousPlanned", { year: previousYear }), numeric: true, cell: (row) => labels.count(row.previousPlanned) },
        { header: t("columns.previousDone", { year: previousYear }), numeric: true, cell: (row) => labels.count(row.previousDone) },
      ]}
      rows={report.byFocusArea}
      rowKey={(row) => row.focusArea}
    />
  );
}

/** The counts of activities by outcome, as columns, followed by the share done. */
function outcomeColumns<Row extends PlanOutcomeRow>(labels: ReportLabels, counts: readonly ("planned" | "done" | "atRisk" | "cancelled")[]): ReportColumn<Row>[] {
  return [
    ...counts.map((key): ReportColumn<Row> => ({ header: labels.t(`columns.${key}`), numeric: true, cell: (row) => labels.count(row[key]) })),
    { header: labels.t("columns.donePercent"), numeric: true, cell: (row) => labels.percent(row.donePercent) },
  ];
}
