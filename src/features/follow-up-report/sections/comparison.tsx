import { BarChart } from "../bar-chart";
import { chartDefaults, chartValues, COMPARISON_CHART_KEYS } from "./charts";
import { Section, type SectionProps } from "./section";


/** 12. The main figures of the year against last year's, as a chart. */
export function ComparisonSection({ report, labels }: SectionProps) {
  const { t } = labels;
  const { year, previousYear } = report;
  const thisYear = String(year);
  const lastYear = String(previousYear);
  const rows = report.summary.filter((row) => COMPARISON_CHART_KEYS.includes(row.key));
  return (
    <Section id="report-comparison" title={t("sections.comparison")}>
      <p className="mb-2 max-w-3xl">{t("comparison.intro")}</p>
      {!report.previousPlan ? <p className="mb-2 text-sm text-slate-700">{t("noPreviousPlan", { year: previousYear })}</p> : null}
      <BarChart
        {...chartDefaults(labels)}
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
    </Section>
  );
}
