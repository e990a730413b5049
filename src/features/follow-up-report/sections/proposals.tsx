import type { ProposalCounts } from "../aggregate";
import { comparisonColumns, ReportTable } from "../report-table";
import { Section, type SectionProps } from "./section";

const PROPOSAL_FIGURES: readonly (keyof ProposalCounts)[] = ["received", "accepted", "rejected", "withdrawn", "pending"];

/** 10. The proposals of priority areas received in the year's call and what became of them. */
export function ProposalsSection({ report, labels }: SectionProps) {
  const { t } = labels;
  const { current, previous } = report.proposals;
  return (
    <Section id="report-proposals" title={t("sections.proposals")}>
      <ReportTable
        caption={t("proposals.caption", { year: report.year })}
        rowHeader={{ header: t("columns.figure"), cell: (key) => t(`proposals.${key}`) }}
        columns={comparisonColumns(labels, report, (key: keyof ProposalCounts) => ({ current: current[key], previous: previous[key], change: current[key] - previous[key] }))}
        rows={PROPOSAL_FIGURES}
        rowKey={(key) => key}
      />
    </Section>
  );
}
