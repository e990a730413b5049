import type { Coverage, CoverageRow } from "../aggregate";
import { BarChart } from "../bar-chart";
import { comparisonColumns, countComparison, ReportTable } from "../report-table";
import { chartDefaults, chartValues } from "./charts";
import { GapMark, NoPlan, Section, type SectionProps } from "./section";

/** 6. How the activities cover the four sustainability dimensions and the two focus areas, with the gaps named. */
export function CoverageSection({ report, labels }: SectionProps) {
  return (
    <Section id="report-coverage" title={labels.t("sections.coverage")}>
      {report.coverage === null ? <NoPlan labels={labels} year={report.year} /> : <CoverageDetail report={report} labels={labels} coverage={report.coverage} />}
    </Section>
  );
}

function CoverageDetail({ report, labels, coverage }: SectionProps & { coverage: Coverage }) {
  const { t } = labels;
  const { year, previousYear } = report;
  const thisYear = String(year);
  const lastYear = String(previousYear);
  return (
    <>
      <div className="mb-3 rounded border-l-4 border-blue-900 bg-slate-50 p-3">
        <p className="font-semibold">{t("coverage.gapsHeading")}</p>
        {coverage.dimensionGaps.length === 0 && coverage.focusAreaGaps.length === 0 ? (
          <p>{t("coverage.noGaps")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {coverage.dimensionGaps.length > 0 ? <li>{t("coverage.dimensionGaps", { list: labels.list(coverage.dimensionGaps.map(labels.dimension)) })}</li> : null}
            {coverage.focusAreaGaps.length > 0 ? <li>{t("coverage.focusGaps", { list: labels.list(coverage.focusAreaGaps.map(labels.focusArea)) })}</li> : null}
          </ul>
        )}
      </div>
      <BarChart
        {...chartDefaults(labels)}
        id={`chart-coverage-${year}`}
        title={t("charts.coverageTitle", { year, previousYear })}
        description={t("charts.coverageDescription", {
          values: chartValues(
            labels,
            coverage.dimensions.map((row) => ({
              label: labels.dimension(row.key),
              values: [{ series: thisYear, value: row.count }, ...(report.previousPlan ? [{ series: lastYear, value: row.previous }] : [])],
            })),
          ),
        })}
        categoryLabel={t("columns.dimension")}
        categories={coverage.dimensions.map((row) => ({ key: row.key, label: labels.dimension(row.key) }))}
        series={[
          { key: "current", label: thisYear, values: coverage.dimensions.map((row) => row.count) },
          ...(report.previousPlan ? [{ key: "previous", label: lastYear, values: coverage.dimensions.map((row) => row.previous) }] : []),
        ]}
      />
      <CoverageTable
        report={report}
        labels={labels}
        caption={t("coverage.dimensionsCaption", { year })}
        header={t("columns.dimension")}
        name={labels.dimension}
        rows={coverage.dimensions}
      />
      <CoverageTable
        report={report}
        labels={labels}
        spaced
        caption={t("coverage.focusCaption", { year })}
        header={t("columns.focusArea")}
        name={labels.focusArea}
        rows={coverage.focusAreas}
      />
      <p className="mt-2 text-sm text-slate-700">{t("coverage.rule")}</p>
    </>
  );
}

/** Activities per dimension or focus area against last year; one that none covers is marked as a gap. */
function CoverageTable<K extends string>({
  report,
  labels,
  caption,
  header,
  name,
  rows,
  spaced = false,
}: SectionProps & { caption: string; header: string; name: (key: K) => string; rows: readonly CoverageRow<K>[]; spaced?: boolean }) {
  return (
    <ReportTable
      caption={caption}
      spaced={spaced}
      rowHeader={{
        header,
        cell: (row) => (
          <>
            {name(row.key)}
            {row.count === 0 ? <GapMark labels={labels} /> : null}
          </>
        ),
      }}
      columns={comparisonColumns(labels, report, countComparison)}
      rows={rows}
      rowKey={(row) => row.key}
    />
  );
}
