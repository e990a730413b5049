import type { ReactNode } from "react";
import type { FollowUpReport } from "../aggregate";
import type { ReportLabels } from "../report-labels";

/** What every section of the report is drawn from. */
export type SectionProps = { report: FollowUpReport; labels: ReportLabels };

export const LINK = "text-blue-900 underline";

/** One section of the report: an h2 that names it, and what it shows. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="report-section mt-10">
      <h2 id={id} className="mb-3 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** In place of what a year without an adopted plan cannot show. */
export function NoPlan({ labels, year }: { labels: ReportLabels; year: number }) {
  return <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">{labels.t("noPlanShort", { year })}</p>;
}

/** The note under a row's name that nothing was planned for it: a gap. */
export function GapMark({ labels }: { labels: ReportLabels }) {
  return <span className="block text-sm font-semibold text-amber-900">{labels.t("planVsOutcome.gapMark")}</span>;
}
