import type { Comparison } from "../aggregate";
import { comparisonColumns, countComparison, ReportTable } from "../report-table";
import { Section, type SectionProps } from "./section";

type KindRow = { key: string; name: string; value: Comparison };

/** 7. The results produced in the year: per kind against last year, then each one. */
export function ResultsSection({ report, labels }: SectionProps) {
  const { t } = labels;
  const { year } = report;
  const byKind: KindRow[] = report.results.byKind.map((row) => ({ key: row.key, name: labels.resultKind(row.key), value: countComparison(row) }));
  return (
    <Section id="report-results" title={t("sections.results")}>
      <ReportTable
        caption={t("results.byKindCaption", { year })}
        rowHeader={{ header: t("columns.kind"), cell: (row) => row.name }}
        columns={comparisonColumns(labels, report, (row: KindRow) => row.value)}
        rows={byKind}
        rowKey={(row) => row.key}
        total={{ key: "total", name: t("results.total"), value: report.results.total }}
      />
      {report.results.list.length === 0 ? (
        <p className="mt-3">{t("results.none", { year })}</p>
      ) : (
        <ReportTable
          spaced
          caption={t("results.listCaption", { year })}
          rowHeader={{ header: t("columns.title"), cell: (row) => row.title }}
          columns={[
            { header: t("columns.kind"), cell: (row) => labels.resultKind(row.kind) },
            { header: t("columns.date"), cell: (row) => labels.day(row.date) },
            {
              header: t("columns.activity"),
              cell: (row) => (
                <a href={`/activities/${row.activityId}`}>
                  {row.activityTitle}
                </a>
              ),
            },
          ]}
          rows={report.results.list}
          rowKey={(row) => row.id}
        />
      )}
    </Section>
  );
}
