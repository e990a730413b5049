import Papa from "papaparse";
import { stockholmParts } from "@/features/meetings/meeting-time";
import type { FollowUpReport, SummaryKey } from "./aggregate";
import { PERCENT_KEYS, type ReportLabels } from "./report-labels";

/**
 * The report as one CSV file in "long" form: every figure is a row of four columns — section,
 * item, measure, value — so the file parses the same whatever the section, and a spreadsheet can
 * filter or pivot it. UTF-8 with a byte-order mark (Excel reads å, ä and ö right); semicolons and
 * decimal commas in Swedish, as Swedish Excel expects, commas and decimal points in English.
 * Text from users never starts a formula: a cell that is not a number and begins with = + - @ or
 * a control character is prefixed with an apostrophe.
 */

export type CsvCell = string | number | null;
export type CsvRow = readonly [section: string, item: string, measure: string, value: CsvCell];

const FORMULA_START = /^[=+\-@\t\r\n]/;

/** A cell as written: numbers in the locale's decimal style, text defused against formula injection. */
export function csvCell(value: CsvCell, locale: "sv" | "en"): string {
  if (value === null) return "";
  if (typeof value === "number") {
    const text = String(Math.round(value * 100) / 100);
    return locale === "sv" ? text.replace(".", ",") : text;
  }
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export function reportCsvRows(report: FollowUpReport, labels: ReportLabels): CsvRow[] {
  const { t } = labels;
  const { year, previousYear } = report;
  const rows: CsvRow[] = [];
  const thisYear = t("columns.year", { year });
  const lastYear = t("columns.previousYear", { year: previousYear });
  const change = t("columns.change");
  const compared = (section: string, item: string, value: { current: number | null; previous: number | null; change: number | null }) => {
    rows.push([section, item, thisYear, value.current], [section, item, lastYear, value.previous], [section, item, change, value.change]);
  };
  const noPlan = (section: string) => rows.push([section, t("csv.planStatus"), thisYear, t("csv.noPlan")]);

  const planSection = t("csv.planStatus");
  rows.push([planSection, report.partnership.name, thisYear, report.plan ? t(`planState.${report.plan.status}`, { year }) : t("csv.noPlan")]);
  rows.push([planSection, report.partnership.name, lastYear, report.previousPlan ? t(`planState.${report.previousPlan.status}`, { year: previousYear }) : t("csv.noPlan")]);

  const summary = t("sections.summary");
  for (const row of report.summary) {
    compared(summary, summaryItem(labels, row.key), row);
  }

  const byArea = t("sections.byPriorityArea");
  if (report.byPriorityArea === null) noPlan(byArea);
  for (const row of report.byPriorityArea ?? []) {
    const item = row.title ?? t("planVsOutcome.withoutArea");
    rows.push(
      [byArea, item, t("columns.planned"), row.planned],
      [byArea, item, t("columns.done"), row.done],
      [byArea, item, t("columns.atRisk"), row.atRisk],
      [byArea, item, t("columns.cancelled"), row.cancelled],
      [byArea, item, `${t("columns.donePercent")} (%)`, row.donePercent],
    );
    if (row.gap) rows.push([byArea, item, t("csv.gap"), t("planVsOutcome.gapMark")]);
  }

  const byFocus = t("sections.byFocusArea");
  if (report.byFocusArea === null) noPlan(byFocus);
  for (const row of report.byFocusArea ?? []) {
    const item = labels.focusArea(row.focusArea);
    rows.push(
      [byFocus, item, t("columns.planned"), row.planned],
      [byFocus, item, t("columns.done"), row.done],
      [byFocus, item, t("columns.atRisk"), row.atRisk],
      [byFocus, item, `${t("columns.donePercent")} (%)`, row.donePercent],
      [byFocus, item, t("columns.previousPlanned", { year: previousYear }), row.previousPlanned],
      [byFocus, item, t("columns.previousDone", { year: previousYear }), row.previousDone],
    );
  }

  const status = t("sections.status");
  if (report.statusCounts === null) noPlan(status);
  for (const row of report.statusCounts ?? []) compared(status, labels.status(row.status), row);

  const atRisk = t("sections.atRisk");
  if (report.atRisk === null) noPlan(atRisk);
  else rows.push([atRisk, t("summary.atRiskActivities"), t("csv.count"), report.atRisk.length]);
  for (const row of report.atRisk ?? []) {
    rows.push(
      [atRisk, row.title, t("columns.status"), labels.status(row.status)],
      [atRisk, row.title, `${t("columns.progress")} (%)`, row.progress],
      [atRisk, row.title, t("columns.endsOn"), isoDay(row.endsOn)],
      [atRisk, row.title, t("columns.priorityArea"), row.priorityAreaTitle ?? t("planVsOutcome.withoutArea")],
      [atRisk, row.title, t("columns.responsible"), labels.list(row.responsible)],
    );
  }

  const indicators = t("sections.indicators");
  if (report.indicators === null || report.indicatorCounts === null) noPlan(indicators);
  else for (const verdict of ["met", "notMet", "notReported", "noTarget"] as const) rows.push([indicators, labels.verdict(verdict), t("csv.count"), report.indicatorCounts[verdict]]);
  for (const row of report.indicators ?? []) {
    const item = `${row.name} – ${row.activityTitle}`;
    rows.push(
      [indicators, item, t("columns.target"), row.target],
      [indicators, item, t("columns.outcome"), row.outcome],
      [indicators, item, `${t("columns.percentOfTarget")} (%)`, row.percentOfTarget],
      [indicators, item, t("columns.verdict"), labels.verdict(row.verdict)],
    );
  }

  const coverage = t("sections.coverage");
  if (report.coverage === null) noPlan(coverage);
  if (report.coverage) {
    for (const row of report.coverage.dimensions) compared(coverage, labels.dimension(row.key), { current: row.count, previous: row.previous, change: row.change });
    for (const row of report.coverage.focusAreas) compared(coverage, labels.focusArea(row.key), { current: row.count, previous: row.previous, change: row.change });
    for (const gap of report.coverage.dimensionGaps) rows.push([coverage, labels.dimension(gap), t("csv.gap"), t("planVsOutcome.gapMark")]);
    for (const gap of report.coverage.focusAreaGaps) rows.push([coverage, labels.focusArea(gap), t("csv.gap"), t("planVsOutcome.gapMark")]);
  }

  const results = t("sections.results");
  for (const row of report.results.byKind) compared(results, labels.resultKind(row.key), { current: row.count, previous: row.previous, change: row.change });
  compared(results, t("results.total"), report.results.total);
  for (const row of report.results.list) {
    rows.push(
      [results, row.title, t("columns.kind"), labels.resultKind(row.kind)],
      [results, row.title, t("columns.date"), isoDay(row.date)],
      [results, row.title, t("columns.activity"), row.activityTitle],
    );
  }

  const cadence = t("sections.cadence");
  for (const [cycleYear, cadenceRows] of [
    [year, report.cadence.rows],
    [previousYear, report.cadence.previousRows],
  ] as const) {
    for (const row of cadenceRows) {
      const item = `${labels.groupKind(row.groupKind)} ${cycleYear}`;
      const c = row.compliance;
      rows.push(
        [cadence, item, labels.cadenceColumn("required"), c.required],
        [cadence, item, labels.cadenceColumn("scheduled"), c.scheduled],
        [cadence, item, labels.cadenceColumn("held"), c.held],
        [cadence, item, labels.cadenceColumn("extra"), c.extra],
        [cadence, item, labels.cadenceColumn("cancelled"), c.cancelled],
        [cadence, item, t("columns.status"), labels.compliance(c.status)],
      );
    }
  }

  const membership = t("sections.membership");
  for (const group of report.membership.groups) {
    const item = labels.groupKind(group.kind);
    compared(membership, `${item}: ${t("columns.startedIn", { year })}`, group.started);
    compared(membership, `${item}: ${t("columns.endedIn", { year })}`, group.ended);
    for (const change of group.changes) {
      rows.push([membership, change.personName, `${t(`membership.changes.${change.change}`)} (${item}, ${labels.role(change.role)}${change.seatTitle ? `, ${change.seatTitle}` : ""})`, isoDay(change.date)]);
    }
  }
  for (const vacancy of report.membership.vacancies) {
    rows.push([membership, vacancy.seatTitle, t("membership.vacanciesHeading"), [vacancy.groupKind ? labels.groupKind(vacancy.groupKind) : null, vacancy.partyName].filter(Boolean).join(", ")]);
  }

  const proposals = t("sections.proposals");
  for (const key of ["received", "accepted", "rejected", "withdrawn", "pending"] as const) {
    const current = report.proposals.current[key];
    const previous = report.proposals.previous[key];
    compared(proposals, t(`proposals.${key}`), { current, previous, change: current - previous });
  }

  const decisions = t("sections.decisions");
  compared(decisions, t("summary.decisionsTaken"), { current: report.decisions.length, previous: report.previousDecisionCount, change: report.decisions.length - report.previousDecisionCount });
  for (const decision of report.decisions) {
    const item = `${t("decisions.paragraph", { number: decision.number })} ${decision.title}`;
    rows.push(
      [decisions, item, t("columns.subject"), labels.subject(decision.subject)],
      [decisions, item, t("columns.meeting"), decision.meeting.title],
      [decisions, item, t("columns.date"), stockholmParts(decision.meeting.startsAt).date],
      [decisions, item, t("columns.group"), decision.groupKind ? labels.groupKind(decision.groupKind) : ""],
    );
  }
  return rows;
}

function summaryItem(labels: ReportLabels, key: SummaryKey): string {
  return PERCENT_KEYS.has(key) ? `${labels.summary(key)} (%)` : labels.summary(key);
}

/** The whole file: byte-order mark, header, rows; CRLF line ends. */
export function reportCsv(report: FollowUpReport, labels: ReportLabels, locale: "sv" | "en"): string {
  const { t } = labels;
  const header = [t("columns.section"), t("columns.item"), t("columns.measure"), t("columns.value")];
  const data = reportCsvRows(report, labels).map((row) => row.map((cell) => csvCell(cell, locale)));
  const body = Papa.unparse({ fields: header.map((cell) => csvCell(cell, locale)), data }, { delimiter: locale === "sv" ? ";" : ",", newline: "\r\n", quotes: false });
  return `\uFEFF${body}\r\n`;
}
