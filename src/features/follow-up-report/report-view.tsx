import { getLocale } from "@/i18n/server";
import { resolveLocale } from "@/i18n/locales";
import type { FollowUpReport } from "./aggregate";
import { labelsFor } from "./labels-for-locale";
import { AtRiskSection } from "./sections/at-risk";
import { CadenceSection } from "./sections/cadence";
import { ComparisonSection } from "./sections/comparison";
import { CoverageSection } from "./sections/coverage";
import { DecisionsSection } from "./sections/decisions";
import { IndicatorsSection } from "./sections/indicators";
import { MembershipSection } from "./sections/membership";
import { PlanVsOutcomeSection } from "./sections/plan-vs-outcome";
import { ProposalsSection } from "./sections/proposals";
import { ReportHeading } from "./sections/report-heading";
import { ResultsSection } from "./sections/results";
import { StatusSection } from "./sections/status";
import { SummarySection } from "./sections/summary";
import { VerdictSection } from "./sections/verdict";

/**
 * The yearly follow-up report as one page (issue #6, item 5): the same for every signed-in user of
 * the partnership. Sections in a fixed order, each an h2 in its own file under sections/; every
 * chart has its table, and every table is a ReportTable (report-table.tsx). The class
 * "follow-up-report" is what the print styles (report-print.css) hang on.
 */
export async function FollowUpReportView({ report }: { report: FollowUpReport }) {
  const locale = resolveLocale(await getLocale());
  const labels = labelsFor(locale);
  const props = { report, labels };
  return (
    <article className="follow-up-report">
      <ReportHeading {...props} locale={locale} />
      <VerdictSection {...props} />
      <SummarySection {...props} />
      <PlanVsOutcomeSection {...props} />
      <StatusSection {...props} />
      <AtRiskSection {...props} />
      <IndicatorsSection {...props} />
      <CoverageSection {...props} />
      <ResultsSection {...props} />
      <CadenceSection {...props} />
      <MembershipSection {...props} />
      <ProposalsSection {...props} />
      <DecisionsSection {...props} />
      <ComparisonSection {...props} />
    </article>
  );
}
