import type { Comparison } from "../aggregate";
import { BarChart } from "../bar-chart";
import { comparisonColumns, ReportTable } from "../report-table";
import { chartDefaults, chartValues, STATUS_COLOURS } from "./charts";
import { NoPlan, Section, type SectionProps } from "./section";

/** 3. How many activities stand at each status. */
export function StatusSection({ report, labels }: SectionProps) {
  const { t } = labels;
  const { year } = report;
  const thisYear = String(year);
  return (
    <Section id="report-status" title={t("sections.status")}>
      {report.statusCounts === null ? (
        <NoPlan labels={labels} year={year} />
      ) : (
        <>
          <BarChart
            {...chartDefaults(labels)}
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
            categories={report.statusCounts.map((row) => ({ key: row.status, label: labels.status(row.status), colour: STATUS_COLOURS[row.status] }))}
            series={[{ key: "current", label: thisYear, values: report.statusCounts.map((row) => row.current) }]}
          />
          <ReportTable
            caption={t("status.caption", { year })}
            rowHeader={{ header: t("columns.status"), cell: (row) => labels.status(row.status) }}
            columns={comparisonColumns(labels, report, (row: Comparison) => row)}
            rows={report.statusCounts}
            rowKey={(row) => row.status}
          />
        </>
      )}
    </Section>
  );
}
