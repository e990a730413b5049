import type { FollowUpReport, SummaryKey } from "./aggregate";

/**
 * The report at a glance (issue #14, item 3): a handful of sentences written from the report's
 * own figures — the activities' status, the meeting cadence, priority areas without activities,
 * the results and the change from the year before — each with its figure and the section that
 * shows the detail. Pure and language-free: `verdictText` (verdict-text.ts) puts a sentence into
 * words, so the report page, the PDF and a start page say the same thing.
 */

/** The id of the report section a sentence links to (the sections' h2 ids). */
export type VerdictSection = "report-status" | "report-plan-vs-outcome" | "report-cadence" | "report-results" | "report-comparison";

export type VerdictSentence =
  | {
      kind: "activities";
      section: "report-status";
      planned: number;
      done: number;
      onTrack: number;
      atRisk: number;
      delayed: number;
      /** Not started or cancelled: the rest of the planned activities. */
      other: number;
    }
  | { kind: "noPlan"; section: "report-plan-vs-outcome"; year: number }
  /** Kept: every group held the meetings the agreement requires; onTrack: the year is not over and the rest are scheduled. */
  | { kind: "cadence"; section: "report-cadence"; state: "kept" | "onTrack" | "behind" | "missed"; held: number; required: number }
  /** areas: the priority areas the plan reports on (prioritised for the year, or named by an activity). */
  | { kind: "priorityAreas"; section: "report-plan-vs-outcome"; year: number; areas: number; withoutActivity: readonly string[] }
  | { kind: "results"; section: "report-results"; year: number; produced: number; published: number }
  | { kind: "change"; section: "report-comparison"; previousYear: number; key: SummaryKey; current: number; previous: number; change: number }
  | { kind: "noPrevious"; section: "report-comparison"; previousYear: number };

/** The figures the change sentence prefers, in order: the first that both years have. */
const CHANGE_KEYS: readonly SummaryKey[] = ["donePercent", "doneActivities", "resultsProduced", "meetingsHeld"];

export function reportVerdict(report: FollowUpReport): VerdictSentence[] {
  const sentences: VerdictSentence[] = [];

  if (report.statusCounts === null) {
    sentences.push({ kind: "noPlan", section: "report-plan-vs-outcome", year: report.year });
  } else {
    const count = (status: string) => report.statusCounts!.find((row) => row.status === status)?.current ?? 0;
    const planned = report.statusCounts.reduce((sum, row) => sum + (row.current ?? 0), 0);
    const done = count("DONE");
    const onTrack = count("ON_TRACK");
    const atRisk = count("AT_RISK");
    const delayed = count("DELAYED");
    sentences.push({ kind: "activities", section: "report-status", planned, done, onTrack, atRisk, delayed, other: planned - done - onTrack - atRisk - delayed });
  }

  const cadence = report.cadence.rows.map((row) => row.compliance);
  if (cadence.length > 0) {
    const held = cadence.reduce((sum, row) => sum + Math.min(row.held, row.required), 0);
    const required = cadence.reduce((sum, row) => sum + row.required, 0);
    const statuses = new Set(cadence.map((row) => row.status));
    const state = statuses.has("missed") ? "missed" : [...statuses].every((status) => status === "met") ? "kept" : statuses.has("toSchedule") ? "behind" : "onTrack";
    sentences.push({ kind: "cadence", section: "report-cadence", state, held, required });
  }

  if (report.byPriorityArea !== null) {
    const areas = report.byPriorityArea.filter((row) => row.key !== null).length;
    sentences.push({ kind: "priorityAreas", section: "report-plan-vs-outcome", year: report.year, areas, withoutActivity: report.priorityAreaGaps.map((gap) => gap.title) });
  }

  sentences.push({ kind: "results", section: "report-results", year: report.year, produced: report.results.total.current ?? 0, published: report.results.published });

  const summary = new Map(report.summary.map((row) => [row.key, row]));
  const compared = CHANGE_KEYS.map((key) => summary.get(key)).find((row) => row && row.current !== null && row.previous !== null && row.change !== null);
  if (report.previousPlan && compared) {
    sentences.push({
      kind: "change",
      section: "report-comparison",
      previousYear: report.previousYear,
      key: compared.key,
      current: compared.current!,
      previous: compared.previous!,
      change: compared.change!,
    });
  } else {
    sentences.push({ kind: "noPrevious", section: "report-comparison", previousYear: report.previousYear });
  }
  return sentences;
}
