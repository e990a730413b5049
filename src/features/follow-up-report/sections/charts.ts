import type { SummaryKey } from "../aggregate";
import type { ReportLabels } from "../report-labels";
import type { ActivityStatus } from "../report-input";

/** The figures compared with last year in the comparison chart (page and PDF): counts on one scale. */
export const COMPARISON_CHART_KEYS: readonly SummaryKey[] = ["plannedActivities", "doneActivities", "atRiskActivities", "resultsProduced", "meetingsHeld", "decisionsTaken", "proposalsReceived"];

/**
 * Each status its own colour in the status charts (page and PDF), all at least 4.5:1 against white;
 * every bar also carries its status's name and value, so nothing depends on colour.
 */
export const STATUS_COLOURS: Record<ActivityStatus, string> = {
  NOT_STARTED: "#475569",
  ON_TRACK: "#1e40af",
  AT_RISK: "#92400e",
  DELAYED: "#991b1b",
  DONE: "#166534",
  CANCELLED: "#6b21a8",
};

/** The props every chart of the report shares. */
export function chartDefaults(labels: ReportLabels) {
  return { tableToggleLabel: labels.t("charts.showTable"), emptyValue: labels.empty };
}

/** Every value of a chart in words, for its description. */
export function chartValues(labels: ReportLabels, items: readonly { label: string; values: readonly { series: string; value: number | null }[] }[]): string {
  return items
    .map((item) =>
      item.values.length === 1
        ? labels.t("charts.valueItem", { label: item.label, value: labels.count(item.values[0]!.value) })
        : labels.t("charts.seriesValues", {
            label: item.label,
            values: item.values.map((one) => labels.t("charts.seriesValue", { series: one.series, value: labels.count(one.value) })).join(", "),
          }),
    )
    .join("; ");
}
