import type { ReactNode } from "react";
import type { Comparison, CoverageRow, FollowUpReport } from "./aggregate";
import type { ReportLabels } from "./report-labels";

/**
 * The one table markup of the follow-up report: a caption, column headers with scope="col", a
 * header cell with scope="row" opening each row, numbers right-aligned in tabular figures. The
 * report's sections describe their columns; the markup and its classes live only here.
 *
 * A year's report has about a thousand cells, and every class on a cell is sent twice (in the HTML
 * and in the React payload) and rendered on every view: the cells' spacing, the rows' rules and
 * the links' look are set once on the table instead, and a cell carries a class only where it
 * differs (figures, row headers).
 */

const TABLE =
  "w-full border-collapse text-left [&_td]:py-1 [&_td]:pr-3 [&_th]:py-1 [&_th]:pr-3 [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-300 [&_tbody_tr]:align-top [&_a]:text-blue-900 [&_a]:underline";
const CAPTION = "mb-1 text-left text-lg font-semibold";
const HEAD_ROW = "border-b-2 border-slate-700";
const NUMBER = "text-right tabular-nums";

export type ReportColumn<Row> = {
  header: ReactNode;
  /** A column of figures: its header and cells are right-aligned, its cells in tabular figures. */
  numeric?: boolean;
  cell: (row: Row) => ReactNode;
};

export type ReportTableProps<Row> = {
  caption: string;
  /** The caption for screen readers only, where a heading right above already names the table. */
  captionHidden?: boolean;
  /** Space above the table, where it follows other content of its section. */
  spaced?: boolean;
  /** The first column: each row's header (th scope="row"). */
  rowHeader: Omit<ReportColumn<Row>, "numeric">;
  columns: readonly ReportColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** A closing row in bold after the others, such as a total. */
  total?: Row;
};

export function ReportTable<Row>({ caption, captionHidden = false, spaced = false, rowHeader, columns, rows, rowKey, total }: ReportTableProps<Row>) {
  const cells = (row: Row) =>
    columns.map((column, index) => (
      <td key={index} className={column.numeric ? NUMBER : undefined}>
        {column.cell(row)}
      </td>
    ));
  return (
    <div className={spaced ? "mt-4 overflow-x-auto" : "overflow-x-auto"}>
      <table className={TABLE}>
        <caption className={captionHidden ? "sr-only" : CAPTION}>{caption}</caption>
        <thead>
          <tr className={HEAD_ROW}>
            <th scope="col">{rowHeader.header}</th>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={column.numeric ? "text-right" : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              <th scope="row" className="font-normal">
                {rowHeader.cell(row)}
              </th>
              {cells(row)}
            </tr>
          ))}
          {total !== undefined ? (
            <tr className="font-semibold">
              <th scope="row">
                {rowHeader.cell(total)}
              </th>
              {cells(total)}
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

/** How a comparison's values and change are written; counts unless a row says otherwise. */
export type ComparisonFormat<Row> = {
  value: (row: Row, value: number | null) => string;
  change: (row: Row, change: number | null) => string;
};

/** The three columns "this year", "last year" and "change" of a figure compared with last year. */
export function comparisonColumns<Row>(
  labels: ReportLabels,
  report: Pick<FollowUpReport, "year" | "previousYear">,
  value: (row: Row) => Comparison,
  format: ComparisonFormat<Row> = { value: (_row, number) => labels.count(number), change: (_row, change) => labels.change(change) },
): ReportColumn<Row>[] {
  return [
    { header: labels.t("columns.year", { year: report.year }), numeric: true, cell: (row) => format.value(row, value(row).current) },
    { header: labels.t("columns.previousYear", { year: report.previousYear }), numeric: true, cell: (row) => format.value(row, value(row).previous) },
    { header: labels.t("columns.change"), numeric: true, cell: (row) => format.change(row, value(row).change) },
  ];
}

/** A count of this year against last year's (coverage, results by kind), as comparisonColumns reads it. */
export function countComparison(row: CoverageRow<string>): Comparison {
  return { current: row.count, previous: row.previous, change: row.change };
}
