import { ReportTable } from "../report-table";
import { NoPlan, Section, type SectionProps } from "./section";

/** 5. Each indicator's outcome against its target. */
export function IndicatorsSection({ report, labels }: SectionProps) {
  const { t } = labels;
  const { year } = report;
  return (
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
          <ReportTable
            caption={t("indicators.caption", { year })}
            rowHeader={{
              header: t("columns.indicator"),
              cell: (row) => (
                <>
                  {row.name}
                  {row.unit ? <span className="text-slate-700"> ({row.unit})</span> : null}
                </>
              ),
            }}
            columns={[
              {
                header: t("columns.activity"),
                cell: (row) => (
                  <a href={`/activities/${row.activityId}`}>
                    {row.activityTitle}
                  </a>
                ),
              },
              { header: t("columns.target"), numeric: true, cell: (row) => (row.target === null ? t("indicators.noValue") : labels.count(row.target)) },
              { header: t("columns.outcome"), numeric: true, cell: (row) => (row.outcome === null ? t("indicators.notReported") : labels.count(row.outcome)) },
              {
                header: t("columns.percentOfTarget"),
                numeric: true,
                cell: (row) => (row.percentOfTarget === null ? t("indicators.noValue") : t("indicators.percentValue", { value: row.percentOfTarget })),
              },
              { header: t("columns.verdict"), cell: (row) => labels.verdict(row.verdict) },
            ]}
            rows={report.indicators}
            rowKey={(row) => row.id}
          />
          <p className="mt-2 text-sm text-slate-700">{t("indicators.rule")}</p>
        </>
      )}
    </Section>
  );
}
