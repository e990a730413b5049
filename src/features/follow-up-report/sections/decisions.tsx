import { ReportTable } from "../report-table";
import { Section, type SectionProps } from "./section";

/** 11. The decisions in force of the year's meetings, each linked to its minutes. */
export function DecisionsSection({ report, labels }: SectionProps) {
  const { t } = labels;
  const { year } = report;
  return (
    <Section id="report-decisions" title={t("sections.decisions")}>
      {report.decisions.length === 0 ? (
        <p>{t("decisions.none", { year })}</p>
      ) : (
        <ReportTable
          caption={t("decisions.caption", { year })}
          rowHeader={{
            header: t("columns.decision"),
            cell: (decision) => (
              <>
                <span className="whitespace-nowrap">{t("decisions.paragraph", { number: decision.number })}</span> {decision.title}
              </>
            ),
          }}
          columns={[
            { header: t("columns.subject"), cell: (decision) => labels.subject(decision.subject) },
            {
              header: t("columns.meeting"),
              cell: (decision) => (
                <>
                  <a href={`/meetings/${decision.meeting.id}/minutes`}>
                    {t("decisions.meetingOn", { meeting: decision.meeting.title, date: labels.date(decision.meeting.startsAt) })}
                  </a>
                  {decision.groupKind ? <span className="block text-sm text-slate-700">{labels.groupKind(decision.groupKind)}</span> : null}
                </>
              ),
            },
          ]}
          rows={report.decisions}
          rowKey={(decision) => decision.id}
        />
      )}
      <p className="mt-2">{t("decisions.previousCount", { count: report.previousDecisionCount })}</p>
    </Section>
  );
}
