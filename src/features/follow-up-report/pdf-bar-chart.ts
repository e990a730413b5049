import "server-only";
import type PDFDocument from "pdfkit";
import { pdfText } from "./report-pdf-text";

/**
 * A horizontal bar chart drawn into the report's PDF, the counterpart of bar-chart.tsx on the page:
 * one row per category, one bar per series (the first solid, the second hatched), every bar with
 * its value written beside it and, with two series, the series' name, so nothing depends on colour.
 * Tagged as one Figure whose alternative text states every value.
 */

export type PdfChart = {
  title: string;
  /** Every value in words: the figure's alternative text. */
  description: string;
  categories: readonly { label: string; colour?: string }[];
  series: readonly { label: string; values: readonly (number | null)[] }[];
  emptyValue: string;
  format: (value: number) => string;
};

const COLOURS = ["#1e3a8a", "#475569"] as const;
const TEXT = "#0f172a";
const LABEL_HEIGHT = 11;
const BAR_HEIGHT = 9;
const BAR_GAP = 2;
const ROW_GAP = 6;

/** The height the chart takes, so that the caller can keep it on one page. */
export function pdfChartHeight(chart: PdfChart): number {
  const series = Math.min(2, chart.series.length);
  return 16 + chart.categories.length * (LABEL_HEIGHT + series * (BAR_HEIGHT + BAR_GAP) + ROW_GAP);
}

export function drawPdfBarChart(doc: InstanceType<typeof PDFDocument>, parent: PDFKit.PDFStructureElement, chart: PdfChart, at: { x: number; y: number; width: number }): void {
  const series = chart.series.slice(0, 2);
  const max = Math.max(1, ...series.flatMap((one) => one.values.map((value) => value ?? 0)));
  const labelRoom = series.length > 1 ? 90 : 40;
  const plotWidth = at.width - labelRoom;
  const figure = doc.struct("Figure", { alt: pdfText(chart.description) }, () => {
    doc.font("Helvetica-Bold").fontSize(9).fillColor(TEXT).text(pdfText(chart.title), at.x, at.y, { width: at.width, lineBreak: false });
    let y = at.y + 16;
    chart.categories.forEach((category, row) => {
      doc.font("Helvetica").fontSize(8).fillColor(TEXT).text(pdfText(category.label), at.x, y, { width: at.width, lineBreak: false });
      y += LABEL_HEIGHT;
      series.forEach((one, index) => {
        const value = one.values[row] ?? null;
        const length = value === null ? 0 : Math.max(value > 0 ? 1 : 0, (value / max) * plotWidth);
        if (length > 0) {
          doc.save();
          const own = series.length === 1 ? category.colour : undefined;
          doc.rect(at.x, y, length, BAR_HEIGHT).fillAndStroke(own ?? (index === 0 ? COLOURS[0] : "#ffffff"), own ?? COLOURS[index]!);
          if (index === 1) {
            // Hatching: diagonal lines inside the bar, so the second series differs by pattern too.
            doc.rect(at.x, y, length, BAR_HEIGHT).clip();
            for (let x = at.x - BAR_HEIGHT; x < at.x + length; x += 4) doc.moveTo(x, y + BAR_HEIGHT).lineTo(x + BAR_HEIGHT, y).lineWidth(0.8).stroke(COLOURS[1]);
          }
          doc.restore();
        }
        const text = value === null ? chart.emptyValue : chart.format(value);
        doc
          .font("Helvetica")
          .fontSize(7.5)
          .fillColor(TEXT)
          .text(pdfText(series.length > 1 ? `${text} (${one.label})` : text), at.x + length + 3, y + 1, { width: labelRoom - 3, lineBreak: false });
        y += BAR_HEIGHT + BAR_GAP;
      });
      y += ROW_GAP;
    });
  });
  parent.add(figure);
}
