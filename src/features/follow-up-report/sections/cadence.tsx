import { ComplianceTable } from "@/features/calendar/compliance-table";
import { Section, type SectionProps } from "./section";

/** 8. Whether both groups met as often as the agreement says, this year and last. */
export function CadenceSection({ report, labels }: SectionProps) {
  const { t } = labels;
  const { year, previousYear } = report;
  return (
    <Section id="report-cadence" title={t("sections.cadence")}>
      <p className="mb-3 max-w-3xl">{t("cadence.intro")}</p>
      <div className="space-y-4">
        <ComplianceTable year={year} relation={null} rows={report.cadence.rows} caption={t("cadence.caption", { year })} />
        <ComplianceTable year={previousYear} relation={null} rows={report.cadence.previousRows} caption={t("cadence.caption", { year: previousYear })} />
      </div>
    </Section>
  );
}
