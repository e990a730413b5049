import type { ReportLabels } from "../report-labels";

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
