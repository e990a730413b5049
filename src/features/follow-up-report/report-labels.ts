import type { ComplianceStatus } from "@/features/meetings/cadence";
import type { GroupKind, GroupRole } from "@/features/membership/composition";
import type { DecisionState } from "@/features/minutes/decision-state";
import { expectedJusteringBy } from "@/features/minutes/justering";
import type { IndicatorVerdict, SummaryKey } from "./aggregate";
import type { ActivityStatus, DecisionSubject, Dimension, FocusArea, ResultKind } from "./report-input";

/**
 * The report's words and number formats, shared by the page, the PDF and the CSV so that all three
 * say the same thing. Takes a translator over the whole catalogue (next-intl's getTranslations()
 * on the page, createTranslator in the downloads) and a formatter in the reader's language.
 */

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

export type NumberAndDateFormatter = {
  number(value: number, options?: Intl.NumberFormatOptions): string;
  dateTime(value: Date, options?: Intl.DateTimeFormatOptions): string;
};

/** Figures shown as a percentage; their change is in percentage points. */
export const PERCENT_KEYS: ReadonlySet<SummaryKey> = new Set<SummaryKey>(["donePercent"]);

export type ReportLabels = ReturnType<typeof reportLabels>;

export function reportLabels(translate: Translate, format: NumberAndDateFormatter) {
  const t = (key: string, values?: Record<string, string | number | Date>) => translate(`followUpReport.${key}`, values);
  const empty = t("summary.notApplicable");
  const count = (value: number | null) => (value === null ? empty : format.number(value, { maximumFractionDigits: 2 }));
  const percentValue = (value: number | null) => (value === null ? empty : t("summary.percentValue", { value: format.number(value) }));
  const change = (value: number | null) => {
    if (value === null) return empty;
    if (value === 0) return t("change.none");
    const magnitude = format.number(Math.abs(value), { maximumFractionDigits: 1 });
    return value > 0 ? t("change.up", { value: magnitude }) : t("change.down", { value: magnitude });
  };
  return {
    t,
    empty,
    count,
    percent: percentValue,
    change,
    /** A summary figure's value: a percentage for the shares, a count otherwise. */
    figure: (key: SummaryKey, value: number | null) => (PERCENT_KEYS.has(key) ? percentValue(value) : count(value)),
    figureChange: (key: SummaryKey, value: number | null) =>
      PERCENT_KEYS.has(key) && value !== null && value !== 0 ? t("summary.percentChange", { value: change(value) }) : change(value),
    summary: (key: SummaryKey) => t(`summary.${key}`),
    status: (status: ActivityStatus) => translate(`statuses.activity.${status}`),
    dimension: (dimension: Dimension) => t(`dimensions.${dimension}`),
    resultKind: (kind: ResultKind) => t(`resultKinds.${kind}`),
    verdict: (verdict: IndicatorVerdict) => t(`verdicts.${verdict}`),
    focusArea: (focusArea: FocusArea) => translate(`focusAreas.${focusArea}`),
    groupKind: (kind: GroupKind) => translate(`groupKinds.${kind}`),
    role: (role: GroupRole) => translate(`groupRoles.${role}`),
    subject: (subject: DecisionSubject) => translate(`minutes.subjects.${subject}`),
    compliance: (status: ComplianceStatus) => translate(`calendar.compliance.statuses.${status}`),
    cadenceColumn: (column: "group" | "required" | "scheduled" | "held" | "extra" | "cancelled" | "status") => translate(`calendar.compliance.${column}`),
    /** A whole day as the database keeps it (UTC midnight). */
    day: (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" }),
    /** An instant, as a date in Stockholm. */
    date: (date: Date) => format.dateTime(date, { dateStyle: "medium" }),
    list: (items: readonly string[]) => items.join(", "),
    /** What the pages' decision note (minutes/decision-state-note) says, in the same words; nothing for a decision in force. */
    decisionState: (state: DecisionState, meeting: { title: string; startsAt: Date }) => {
      if (state === "inForce") return "";
      const long = (value: Date) => format.dateTime(value, { dateStyle: "long" });
      return state === "awaitingJustering"
        ? translate("minutes.decisionState.awaitingJustering", { meeting: meeting.title, date: long(meeting.startsAt), expected: long(expectedJusteringBy(meeting.startsAt)) })
        : translate("minutes.decisionState.replaced");
    },
  };
}
