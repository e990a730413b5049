import Link from "next/link";
import { ReportTable } from "../report-table";
import { LINK, NoPlan, Section, type SectionProps } from "./section";

const DELAYED_BADGE = "border-red-800 bg-red-50 text-red-900";
const AT_RISK_BADGE = "border-amber-800 bg-amber-50 text-amber-900";

/** 4. The activities at risk or delayed, each linked to its page. */
export function AtRiskSection({ report, labels }: SectionProps) {
  const { t } = labels;
  const { year } = report;
  return (
    <Section id="report-at-risk" title={t("sections.atRisk")}>
      {report.atRisk === null ? (
        <NoPlan labels={labels} year={year} />
      ) : report.atRisk.length === 0 ? (
        <p>{t("atRisk.none")}</p>
      ) : (
        <ReportTable
          caption={t("atRisk.caption", { year })}
          rowHeader={{
            header: t("columns.activity"),
            cell: (row) => (
              <Link href={`/activities/${row.id}`} className={`${LINK} font-semibold`}>
                {row.title}
              </Link>
            ),
          }}
          columns={[
            {
              header: t("columns.status"),
              cell: (row) => (
                <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold whitespace-nowrap ${row.status === "DELAYED" ? DELAYED_BADGE : AT_RISK_BADGE}`}>
                  {labels.status(row.status)}
                </span>
              ),
            },
            { header: t("columns.progress"), numeric: true, cell: (row) => t("atRisk.progressValue", { value: row.progress }) },
            { header: t("columns.endsOn"), cell: (row) => labels.day(row.endsOn) },
            { header: t("columns.priorityArea"), cell: (row) => row.priorityAreaTitle ?? t("planVsOutcome.withoutArea") },
            { header: t("columns.responsible"), cell: (row) => (row.responsible.length > 0 ? labels.list(row.responsible) : t("atRisk.nobody")) },
          ]}
          rows={report.atRisk}
          rowKey={(row) => row.id}
        />
      )}
    </Section>
  );
}
