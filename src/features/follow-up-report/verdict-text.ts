import type { ReportLabels } from "./report-labels";
import type { VerdictSentence } from "./verdict";

/** One sentence of the verdict in the reader's language, with its figures formatted as the report's tables format them. */
export function verdictText(sentence: VerdictSentence, labels: ReportLabels): string {
  const { t } = labels;
  switch (sentence.kind) {
    case "activities":
      return t("verdict.activities", {
        planned: sentence.planned,
        done: sentence.done,
        onTrack: sentence.onTrack,
        atRisk: sentence.atRisk,
        delayed: sentence.delayed,
        other: sentence.other,
      });
    case "noPlan":
      return t("verdict.noPlan", { year: sentence.year });
    case "cadence":
      return t(`verdict.cadence.${sentence.state}`, { held: sentence.held, required: sentence.required });
    case "priorityAreas":
      if (sentence.areas === 0) return t("verdict.priorityAreas.none", { year: sentence.year });
      if (sentence.withoutActivity.length === 0) return t("verdict.priorityAreas.covered", { year: sentence.year, count: sentence.areas });
      return t("verdict.priorityAreas.gaps", { year: sentence.year, count: sentence.withoutActivity.length, areas: labels.list(sentence.withoutActivity) });
    case "results":
      return t("verdict.results", { year: sentence.year, produced: sentence.produced, published: sentence.published });
    case "change":
      return t(`verdict.change.${sentence.key}`, {
        previousYear: sentence.previousYear,
        current: labels.figure(sentence.key, sentence.current),
        previous: labels.figure(sentence.key, sentence.previous),
        change: labels.figureChange(sentence.key, sentence.change),
      });
    case "noPrevious":
      return t("verdict.noPrevious", { previousYear: sentence.previousYear });
  }
}
