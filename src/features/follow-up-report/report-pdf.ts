import "server-only";
import PDFDocument from "pdfkit";
import type { FollowUpReport } from "./aggregate";
import { type ReportLabels } from "./report-labels";
import { drawPdfBarChart, pdfChartHeight, type PdfChart } from "./pdf-bar-chart";
import { pdfText } from "./report-pdf-text";
import { chartValues, COMPARISON_CHART_KEYS, STATUS_COLOURS } from "./sections/charts";
import { reportVerdict } from "./verdict";
import { verdictText } from "./verdict-text";

/**
 * The report as a PDF document written on the server with pdfkit and its built-in Helvetica (no
 * fonts to download, no browser): title, year, the summary figures and every table the page has,
 * in the same words. A tagged PDF (headings, paragraphs and tables marked as such, language set,
 * the title shown in the window) so that screen readers can read it; page numbers are artifacts.
 */

export { pdfText };

type Cell = string | { text: string; type?: "TH" | "TD"; scope?: "Column" | "Row"; align?: "left" | "right" };
type Column = { header: string; width: number; align?: "left" | "right" };

const MARGIN = 50;
const TEXT_COLOUR = "#0f172a";
const MUTED = "#334155";
const RULE = "#94a3b8";

export type PdfOptions = {
  locale: "sv" | "en";
  /** When it was made, as shown on the first page. */
  now: Date;
  /** Tests read the text; the download compresses. */
  compress?: boolean;
};

export async function renderReportPdf(report: FollowUpReport, labels: ReportLabels, options: PdfOptions): Promise<Buffer> {
  const { t } = labels;
  const { year, previousYear } = report;
  const partnershipName = (options.locale === "en" && report.partnership.nameEn) || report.partnership.name;
  const title = t("pdf.title", { year });

  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
    compress: options.compress ?? true,
    bufferPages: true,
    tagged: true,
    lang: options.locale === "en" ? "en-GB" : "sv-SE",
    displayTitle: true,
    info: { Title: pdfText(title), Subject: pdfText(t("pdf.subtitle", { partnership: partnershipName })), Author: pdfText(partnershipName), CreationDate: options.now },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const root = doc.struct("Document");
  doc.addStructure(root);
  const width = doc.page.width - MARGIN * 2;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const ensureRoom = (points: number) => {
    if (doc.y + points > bottom()) doc.addPage();
  };
  type Tagged = PDFKit.Mixins.TextOptions & { structParent?: unknown; structType?: string };
  const write = (text: string, structType: string, font: string, size: number, colour = TEXT_COLOUR, extra: Tagged = {}) => {
    doc.font(font).fontSize(size).fillColor(colour);
    doc.text(pdfText(text), MARGIN, doc.y, { width, structParent: root, structType, ...extra } as Tagged);
  };
  const heading = (text: string) => {
    ensureRoom(90);
    doc.moveDown(0.8);
    write(text, "H2", "Helvetica-Bold", 14);
    doc.moveDown(0.3);
  };
  const subheading = (text: string) => {
    ensureRoom(70);
    doc.moveDown(0.4);
    write(text, "H3", "Helvetica-Bold", 11);
    doc.moveDown(0.2);
  };
  const paragraph = (text: string, colour = TEXT_COLOUR) => {
    ensureRoom(30);
    write(text, "P", "Helvetica", 9.5, colour);
    doc.moveDown(0.4);
  };
  const table = (caption: string, columns: Column[], rows: Cell[][]) => {
    subheading(caption);
    const total = columns.reduce((sum, column) => sum + column.width, 0);
    doc.font("Helvetica").fontSize(8.5).fillColor(TEXT_COLOUR);
    doc.table({
      structParent: root,
      position: { x: MARGIN, y: doc.y },
      maxWidth: width,
      columnStyles: columns.map((column) => ({ width: (column.width / total) * width, align: { x: column.align ?? "left", y: "top" } })),
      defaultStyle: { border: { top: 0, left: 0, right: 0, bottom: 0.5 }, borderColor: RULE, padding: [3, 4] },
      rowStyles: (row: number) => (row === 0 ? { border: { top: 0, left: 0, right: 0, bottom: 1 }, borderColor: TEXT_COLOUR } : undefined),
      data: [
        columns.map((column) => ({ text: pdfText(column.header), type: "TH" as const, scope: "Column", font: { src: "Helvetica-Bold" } })),
        ...rows.map((row) =>
          row.map((cell, index) => {
            const value = typeof cell === "string" ? { text: cell } : cell;
            return {
              ...value,
              text: pdfText(value.text),
              type: value.type ?? (index === 0 ? ("TH" as const) : ("TD" as const)),
              ...(index === 0 ? { scope: "Row" } : {}),
              font: { src: index === 0 ? "Helvetica-Bold" : "Helvetica" },
            };
          }),
        ),
      ],
    } as unknown as PDFKit.Mixins.TableOptionsWithData);
    doc.x = MARGIN;
    doc.moveDown(0.6);
  };
  const compared = (value: { current: number | null; previous: number | null; change: number | null }) => [labels.count(value.current), labels.count(value.previous), labels.change(value.change)];
  const comparedColumns = (first: string): Column[] => [
    { header: first, width: 4 },
    { header: t("columns.year", { year }), width: 1.3, align: "right" },
    { header: t("columns.previousYear", { year: previousYear }), width: 1.9, align: "right" },
    { header: t("columns.change"), width: 1.3, align: "right" },
  ];
  const noPlan = () => paragraph(t("noPlanShort", { year }), MUTED);
  const chart = (figure: PdfChart) => {
    const height = pdfChartHeight(figure);
    ensureRoom(height + 10);
    const top = doc.y;
    drawPdfBarChart(doc, root, figure, { x: MARGIN, y: top, width });
    doc.x = MARGIN;
    doc.y = top + height + 4;
  };
  const chartOptions = { emptyValue: labels.empty, format: (value: number) => labels.count(value) };

  // Title page header
  write(partnershipName, "P", "Helvetica", 10, MUTED);
  doc.moveDown(0.2);
  write(title, "H1", "Helvetica-Bold", 22);
  doc.moveDown(0.3);
  paragraph(t("intro", { year, previousYear }));
  paragraph(t("pdf.madeOn", { date: labels.date(options.now) }), MUTED);
  if (report.plan) {
    const adopted = report.plan.adoptedBy
      ? ` ${t("adoptedBy", { number: report.plan.adoptedBy.number, title: report.plan.adoptedBy.title, meeting: report.plan.adoptedBy.meeting.title, date: labels.date(report.plan.adoptedBy.meeting.startsAt) })}`
      : "";
    const adoptionState = report.plan.adoptedBy ? labels.decisionState(report.plan.adoptedBy.state, report.plan.adoptedBy.meeting) : "";
    paragraph(`${t(`planState.${report.plan.status}`, { year })}${adopted}${adoptionState && ` ${adoptionState}`}`);
  } else {
    paragraph(t("noPlan", { year }));
  }

  // 0. The verdict
  heading(t("sections.verdict"));
  for (const sentence of reportVerdict(report)) paragraph(`\u2022 ${verdictText(sentence, labels)}`);

  // 1. Summary
  heading(t("sections.summary"));
  table(
    t("summary.caption"),
    comparedColumns(t("columns.figure")),
    report.summary.map((row) => [labels.summary(row.key), labels.figure(row.key, row.current), labels.figure(row.key, row.previous), labels.figureChange(row.key, row.change)]),
  );
  paragraph(t("summary.carriedOverNote"), MUTED);
  const comparedRows = report.summary.filter((row) => COMPARISON_CHART_KEYS.includes(row.key));
  chart({
    ...chartOptions,
    title: t("charts.comparisonTitle", { previousYear }),
    description: t("charts.comparisonDescription", {
      year,
      previousYear,
      values: chartValues(
        labels,
        comparedRows.map((row) => ({ label: labels.summary(row.key), values: [{ series: String(year), value: row.current }, { series: String(previousYear), value: row.previous }] })),
      ),
    }),
    categories: comparedRows.map((row) => ({ label: labels.summary(row.key) })),
    series: [
      { label: String(year), values: comparedRows.map((row) => row.current) },
      { label: String(previousYear), values: comparedRows.map((row) => row.previous) },
    ],
  });

  // 2. Plan vs outcome
  heading(t("sections.planVsOutcome"));
  if (report.byPriorityArea === null || report.byFocusArea === null) {
    noPlan();
  } else {
    if (report.byPriorityArea.length === 0) paragraph(t("planVsOutcome.noAreas", { year }));
    else {
      table(
        t("planVsOutcome.areaCaption", { year }),
        [
          { header: t("columns.priorityArea"), width: 4 },
          { header: t("columns.planned"), width: 1.2, align: "right" },
          { header: t("columns.done"), width: 1, align: "right" },
          { header: t("columns.atRisk"), width: 1.6, align: "right" },
          { header: t("columns.cancelled"), width: 1.1, align: "right" },
          { header: t("columns.donePercent"), width: 1.2, align: "right" },
        ],
        report.byPriorityArea.map((row) => [
          `${row.title ?? t("planVsOutcome.withoutArea")}${row.gap ? ` (${t("planVsOutcome.gapMark")})` : ""}`,
          labels.count(row.planned),
          labels.count(row.done),
          labels.count(row.atRisk),
          labels.count(row.cancelled),
          labels.percent(row.donePercent),
        ]),
      );
      paragraph(
        report.priorityAreaGaps.length > 0
          ? t("planVsOutcome.areaGaps", { year, areas: labels.list(report.priorityAreaGaps.map((gap) => gap.title)) })
          : t("planVsOutcome.noAreaGaps", { year }),
      );
    }
    table(
      t("planVsOutcome.focusCaption", { year }),
      [
        { header: t("columns.focusArea"), width: 4 },
        { header: t("columns.planned"), width: 1.2, align: "right" },
        { header: t("columns.done"), width: 1, align: "right" },
        { header: t("columns.atRisk"), width: 1.6, align: "right" },
        { header: t("columns.donePercent"), width: 1.2, align: "right" },
        { header: t("columns.previousPlanned", { year: previousYear }), width: 1.4, align: "right" },
        { header: t("columns.previousDone", { year: previousYear }), width: 1.3, align: "right" },
      ],
      report.byFocusArea.map((row) => [
        labels.focusArea(row.focusArea),
        labels.count(row.planned),
        labels.count(row.done),
        labels.count(row.atRisk),
        labels.percent(row.donePercent),
        labels.count(row.previousPlanned),
        labels.count(row.previousDone),
      ]),
    );
  }

  // 3. Status counts
  const statusChart: PdfChart | null = report.statusCounts && {
    ...chartOptions,
    title: t("charts.statusTitle", { year }),
    description: t("charts.statusDescription", {
      year,
      values: chartValues(labels, report.statusCounts.map((row) => ({ label: labels.status(row.status), values: [{ series: String(year), value: row.current }] }))),
    }),
    categories: report.statusCounts.map((row) => ({ label: labels.status(row.status), colour: STATUS_COLOURS[row.status] })),
    series: [{ label: String(year), values: report.statusCounts.map((row) => row.current) }],
  };
  // The heading stays with its chart.
  if (statusChart) ensureRoom(pdfChartHeight(statusChart) + 60);
  heading(t("sections.status"));
  if (report.statusCounts === null || statusChart === null) noPlan();
  else {
    chart(statusChart);
    table(t("status.caption", { year }), comparedColumns(t("columns.status")), report.statusCounts.map((row) => [labels.status(row.status), ...compared(row)]));
  }

  // 4. At risk
  heading(t("sections.atRisk"));
  if (report.atRisk === null) noPlan();
  else if (report.atRisk.length === 0) paragraph(t("atRisk.none"));
  else
    table(
      t("atRisk.caption", { year }),
      [
        { header: t("columns.activity"), width: 3.2 },
        { header: t("columns.status"), width: 1.3 },
        { header: t("columns.progress"), width: 1.1, align: "right" },
        { header: t("columns.endsOn"), width: 1.4 },
        { header: t("columns.priorityArea"), width: 2.2 },
        { header: t("columns.responsible"), width: 2.2 },
      ],
      report.atRisk.map((row) => [
        row.title,
        labels.status(row.status),
        t("atRisk.progressValue", { value: row.progress }),
        labels.day(row.endsOn),
        row.priorityAreaTitle ?? t("planVsOutcome.withoutArea"),
        row.responsible.length > 0 ? labels.list(row.responsible) : t("atRisk.nobody"),
      ]),
    );

  // 5. Indicators
  heading(t("sections.indicators"));
  if (report.indicators === null || report.indicatorCounts === null) noPlan();
  else if (report.indicators.length === 0) paragraph(t("indicators.none"));
  else {
    const counts = report.indicatorCounts;
    paragraph(t("indicators.counts", { met: counts.met, withTarget: counts.met + counts.notMet + counts.notReported, notMet: counts.notMet, notReported: counts.notReported, noTarget: counts.noTarget }));
    table(
      t("indicators.caption", { year }),
      [
        { header: t("columns.indicator"), width: 2.6 },
        { header: t("columns.activity"), width: 2.6 },
        { header: t("columns.target"), width: 1, align: "right" },
        { header: t("columns.outcome"), width: 1.2, align: "right" },
        { header: t("columns.percentOfTarget"), width: 1.2, align: "right" },
        { header: t("columns.verdict"), width: 1.6 },
      ],
      report.indicators.map((row) => [
        row.unit ? `${row.name} (${row.unit})` : row.name,
        row.activityTitle,
        row.target === null ? t("indicators.noValue") : labels.count(row.target),
        row.outcome === null ? t("indicators.notReported") : labels.count(row.outcome),
        row.percentOfTarget === null ? t("indicators.noValue") : t("indicators.percentValue", { value: row.percentOfTarget }),
        labels.verdict(row.verdict),
      ]),
    );
    paragraph(t("indicators.rule"), MUTED);
  }

  // 6. Coverage
  heading(t("sections.coverage"));
  if (report.coverage === null) noPlan();
  else {
    const { coverage } = report;
    if (coverage.dimensionGaps.length === 0 && coverage.focusAreaGaps.length === 0) paragraph(t("coverage.noGaps"));
    if (coverage.dimensionGaps.length > 0) paragraph(t("coverage.dimensionGaps", { list: labels.list(coverage.dimensionGaps.map(labels.dimension)) }));
    if (coverage.focusAreaGaps.length > 0) paragraph(t("coverage.focusGaps", { list: labels.list(coverage.focusAreaGaps.map(labels.focusArea)) }));
    table(
      t("coverage.dimensionsCaption", { year }),
      comparedColumns(t("columns.dimension")),
      coverage.dimensions.map((row) => [labels.dimension(row.key), ...compared({ current: row.count, previous: row.previous, change: row.change })]),
    );
    table(
      t("coverage.focusCaption", { year }),
      comparedColumns(t("columns.focusArea")),
      coverage.focusAreas.map((row) => [labels.focusArea(row.key), ...compared({ current: row.count, previous: row.previous, change: row.change })]),
    );
    paragraph(t("coverage.rule"), MUTED);
  }

  // 7. Results
  heading(t("sections.results"));
  table(t("results.byKindCaption", { year }), comparedColumns(t("columns.kind")), [
    ...report.results.byKind.map((row) => [labels.resultKind(row.key), ...compared({ current: row.count, previous: row.previous, change: row.change })]),
    [t("results.total"), ...compared(report.results.total)],
  ]);
  if (report.results.list.length === 0) paragraph(t("results.none", { year }));
  else
    table(
      t("results.listCaption", { year }),
      [
        { header: t("columns.title"), width: 3.5 },
        { header: t("columns.kind"), width: 1.6 },
        { header: t("columns.date"), width: 1.3 },
        { header: t("columns.activity"), width: 3 },
      ],
      report.results.list.map((row) => [row.title, labels.resultKind(row.kind), labels.day(row.date), row.activityTitle]),
    );

  // 8. Cadence
  heading(t("sections.cadence"));
  paragraph(t("cadence.intro"));
  for (const [cycleYear, rows] of [
    [year, report.cadence.rows],
    [previousYear, report.cadence.previousRows],
  ] as const) {
    table(
      t("cadence.caption", { year: cycleYear }),
      [
        { header: labels.cadenceColumn("group"), width: 3 },
        { header: labels.cadenceColumn("required"), width: 1, align: "right" },
        { header: labels.cadenceColumn("scheduled"), width: 1.2, align: "right" },
        { header: labels.cadenceColumn("held"), width: 1, align: "right" },
        { header: labels.cadenceColumn("extra"), width: 1.3, align: "right" },
        { header: labels.cadenceColumn("cancelled"), width: 1.2, align: "right" },
        { header: labels.cadenceColumn("status"), width: 1.8 },
      ],
      rows.map((row) => [
        labels.groupKind(row.groupKind),
        labels.count(row.compliance.required),
        labels.count(row.compliance.scheduled),
        labels.count(row.compliance.held),
        labels.count(row.compliance.extra),
        labels.count(row.compliance.cancelled),
        labels.compliance(row.compliance.status),
      ]),
    );
  }

  // 9. Membership
  heading(t("sections.membership"));
  table(
    t("membership.changesCaption", { year }),
    [
      { header: t("columns.group"), width: 3 },
      { header: t("columns.startedIn", { year }), width: 1.5, align: "right" },
      { header: t("columns.startedIn", { year: previousYear }), width: 1.5, align: "right" },
      { header: t("columns.endedIn", { year }), width: 1.5, align: "right" },
      { header: t("columns.endedIn", { year: previousYear }), width: 1.5, align: "right" },
    ],
    report.membership.groups.map((group) => [
      labels.groupKind(group.kind),
      labels.count(group.started.current),
      labels.count(group.started.previous),
      labels.count(group.ended.current),
      labels.count(group.ended.previous),
    ]),
  );
  const changes = report.membership.groups.flatMap((group) => group.changes.map((change) => ({ group, change })));
  if (changes.length === 0) paragraph(t("membership.noChanges", { year }));
  else
    table(
      t("membership.listCaption", { year }),
      [
        { header: t("columns.person"), width: 2.4 },
        { header: t("columns.group"), width: 2.2 },
        { header: t("columns.role"), width: 1.4 },
        { header: t("columns.seat"), width: 2.2 },
        { header: t("columns.change"), width: 1.3 },
        { header: t("columns.date"), width: 1.3 },
      ],
      changes.map(({ group, change }) => [
        change.personName,
        labels.groupKind(group.kind),
        labels.role(change.role),
        change.seatTitle ?? labels.empty,
        t(`membership.changes.${change.change}`),
        labels.day(change.date),
      ]),
    );
  if (report.membership.vacancies.length === 0) {
    subheading(t("membership.vacanciesHeading"));
    paragraph(t("membership.noVacancies"));
  } else
    table(
      t("membership.vacanciesHeading"),
      [
        { header: t("columns.seat"), width: 3 },
        { header: t("columns.group"), width: 2.5 },
        { header: t("columns.party"), width: 2.5 },
      ],
      report.membership.vacancies.map((vacancy) => [vacancy.seatTitle, vacancy.groupKind ? labels.groupKind(vacancy.groupKind) : labels.empty, vacancy.partyName]),
    );

  // 10. Proposals
  heading(t("sections.proposals"));
  table(
    t("proposals.caption", { year }),
    comparedColumns(t("columns.figure")),
    (["received", "accepted", "rejected", "withdrawn", "pending"] as const).map((key) => {
      const current = report.proposals.current[key];
      const previous = report.proposals.previous[key];
      return [t(`proposals.${key}`), ...compared({ current, previous, change: current - previous })];
    }),
  );

  // 11. Decisions
  heading(t("sections.decisions"));
  if (report.decisions.length === 0) paragraph(t("decisions.none", { year }));
  else
    table(
      t("decisions.caption", { year }),
      [
        { header: t("columns.decision"), width: 4 },
        { header: t("columns.subject"), width: 1.6 },
        { header: t("columns.meeting"), width: 3.2 },
      ],
      report.decisions.map((decision) => [
        `${t("decisions.paragraph", { number: decision.number })} ${decision.title}`,
        labels.subject(decision.subject),
        `${t("decisions.meetingOn", { meeting: decision.meeting.title, date: labels.date(decision.meeting.startsAt) })}${decision.groupKind ? ` (${labels.groupKind(decision.groupKind)})` : ""}`,
      ]),
    );
  paragraph(t("decisions.previousCount", { count: report.previousDecisionCount }));

  root.end();

  // Page numbers, as artifacts (not content) of each page.
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const marginBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor(MUTED)
      .text(pdfText(`${title} · ${t("pdf.page", { page: index + 1, pages: range.count })}`), MARGIN, doc.page.height - MARGIN + 10, { width, align: "right", lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = marginBottom;
  }
  doc.end();
  return finished;
}
