import type { SummaryRow } from "../aggregate";
import { comparisonColumns, ReportTable } from "../report-table";
import { Section, type SectionProps } from "./section";

/** 1. The year's figures against last year's. */
export function SummarySection({ report, labels }: SectionProps) {
  const { t } = labels;
  return (
    <Section id="report-summary" title={t("sections.summary")}>
      <ReportTable
        caption={t("summary.caption")}
        rowHeader={{ header: t("columns.figure"), cell: (row) => labels.summary(row.key) }}
        columns={comparisonColumns(labels, report, (row: SummaryRow) => row, {
          value: (row, value) => labels.figure(row.key, value),
          change: (row, change) => labels.figureChange(row.key, change),
        })}
        rows={report.summary}
        rowKey={(row) => row.key}
      />
      {!report.previousPlan ? <p className="mt-2 text-sm text-slate-700">{t("noPreviousPlan", { year: report.previousYear })}</p> : null}
      <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("summary.carriedOverNote")}</p>
    </Section>
  );
}
