import { scaleBand, scaleLinear } from "d3-scale";

/**
 * A horizontal bar chart drawn on the server as SVG: no JavaScript in the browser, so it prints
 * and works without it. d3-scale does the maths (bands for the rows, a linear scale with nice
 * ticks for the values). Accessible by construction:
 * - the SVG is one image (role="img") named by its <title> and described by a <desc> that states
 *   every value in words;
 * - the same values are in a table next to it (inside <details>, so the page is not doubled);
 * - the series differ by pattern as well as colour (solid / hatched), and every bar carries its
 *   value as text, so nothing depends on colour; both colours pass 3:1 against white.
 * Colours are SVG presentation attributes, not style attributes, which the Content-Security-Policy
 * would refuse.
 */

export type ChartSeries = { key: string; label: string; values: readonly (number | null)[] };

export type BarChartProps = {
  /** Unique on the page: the ids of the title, description and patterns start with it. */
  id: string;
  title: string;
  /** Everything the chart shows, in words, for people who do not see it. */
  description: string;
  /** The heading of the data table's first column. */
  categoryLabel: string;
  /** A category's own colour (single-series charts, e.g. one per status): its label still names it. */
  categories: readonly { key: string; label: string; colour?: string }[];
  /** One or two series (e.g. this year and last year); the second is hatched. */
  series: readonly ChartSeries[];
  tableToggleLabel: string;
  /** What stands for a missing value. */
  emptyValue: string;
  formatValue?: (value: number) => string;
};

const WIDTH = 640;
const LABEL_HEIGHT = 18;
const BAR_HEIGHT = 16;
const BAR_GAP = 3;
const ROW_GAP = 12;
const AXIS_HEIGHT = 24;
const LEGEND_HEIGHT = 26;
const LEFT = 4;
/** blue-900 and slate-600: 10.4:1 and 7.6:1 against white. */
const SERIES_COLOURS = ["#1e3a8a", "#475569"] as const;
const TEXT_COLOUR = "#0f172a";
const GRID_COLOUR = "#cbd5e1";
const MAX_LABEL_CHARACTERS = 80;

function shorten(label: string): string {
  return label.length > MAX_LABEL_CHARACTERS ? `${label.slice(0, MAX_LABEL_CHARACTERS - 1)}…` : label;
}

export function BarChart({ id, title, description, categoryLabel, categories, series, tableToggleLabel, emptyValue, formatValue = String }: BarChartProps) {
  const shown = series.slice(0, 2);
  const legend = shown.length > 1 ? LEGEND_HEIGHT : 0;
  const rowHeight = LABEL_HEIGHT + shown.length * (BAR_HEIGHT + BAR_GAP) + ROW_GAP;
  const top = legend + 4;
  const plotHeight = Math.max(1, categories.length) * rowHeight;
  const height = top + plotHeight + AXIS_HEIGHT;
  // Room right of the longest bar for its value (and, with two series, the series' name).
  const plotWidth = WIDTH - LEFT - (shown.length > 1 ? 104 : 48);

  const max = Math.max(1, ...shown.flatMap((one) => one.values.map((value) => value ?? 0)));
  const x = scaleLinear().domain([0, max]).nice(5).range([0, plotWidth]);
  const ticks = x.ticks(Math.min(5, x.domain()[1]!)).filter((tick) => Number.isInteger(tick));
  const rows = scaleBand<string>()
    .domain(categories.map((category) => category.key))
    .range([top, top + plotHeight])
    .paddingInner(0);
  const bars = scaleBand<string>()
    .domain(shown.map((one) => one.key))
    .range([0, shown.length * (BAR_HEIGHT + BAR_GAP)])
    .paddingInner(BAR_GAP / (BAR_HEIGHT + BAR_GAP));

  const titleId = `${id}-title`;
  const descriptionId = `${id}-desc`;
  const patternId = `${id}-hatch`;
  const fillOf = (index: number) => (index === 0 ? SERIES_COLOURS[0] : `url(#${patternId})`);
  const text = (value: number | null) => (value === null ? emptyValue : formatValue(value));

  return (
    <figure className="report-chart my-4">
      <figcaption className="mb-1 font-semibold">{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descriptionId}`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        className="max-w-3xl"
        fontSize="13"
        fill={TEXT_COLOUR}
      >
        <title id={titleId}>{title}</title>
        <desc id={descriptionId}>{description}</desc>
        <defs>
          <pattern id={patternId} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke={SERIES_COLOURS[1]} strokeWidth="3" />
          </pattern>
        </defs>

        {shown.length > 1 ? (
          <g transform={`translate(${LEFT},4)`}>
            {shown.map((one, index) => (
              <g key={one.key} transform={`translate(${index * 180},0)`}>
                <rect width="16" height="14" fill={fillOf(index)} stroke={SERIES_COLOURS[index]} strokeWidth="1.5" />
                <text x="22" y="12">
                  {one.label}
                </text>
              </g>
            ))}
          </g>
        ) : null}

        <g transform={`translate(${LEFT},0)`}>
          {ticks.map((tick) => (
            <g key={tick} transform={`translate(${x(tick)},0)`}>
              <line y1={top} y2={top + plotHeight} stroke={GRID_COLOUR} strokeWidth="1" />
              <text y={top + plotHeight + 16} textAnchor="middle" fontSize="11">
                {formatValue(tick)}
              </text>
            </g>
          ))}
          {categories.map((category, row) => {
            const y = rows(category.key) ?? top;
            return (
              <g key={category.key} transform={`translate(0,${y})`}>
                <text y="13" fontWeight="600">
                  {shorten(category.label)}
                </text>
                {shown.map((one, index) => {
                  const value = one.values[row] ?? null;
                  const length = value === null ? 0 : x(value);
                  const barY = LABEL_HEIGHT + (bars(one.key) ?? 0);
                  return (
                    <g key={one.key}>
                      {length > 0 ? (
                        <rect
                          y={barY}
                          width={length}
                          height={BAR_HEIGHT}
                          fill={shown.length === 1 && category.colour ? category.colour : fillOf(index)}
                          stroke={shown.length === 1 && category.colour ? category.colour : SERIES_COLOURS[index]}
                          strokeWidth="1.5"
                        />
                      ) : null}
                      <text x={length + 6} y={barY + BAR_HEIGHT - 3}>
                        {shown.length > 1 ? `${text(value)} (${one.label})` : text(value)}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </g>
      </svg>
      <details className="report-chart-table mt-2">
        <summary className="cursor-pointer font-semibold text-blue-900 underline">{tableToggleLabel}</summary>
        <div className="overflow-x-auto">
          <table className="mt-2 border-collapse text-left">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-1 pr-4">
                  {categoryLabel}
                </th>
                {shown.map((one) => (
                  <th key={one.key} scope="col" className="py-1 pr-4 text-right">
                    {one.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((category, row) => (
                <tr key={category.key} className="border-b border-slate-300">
                  <th scope="row" className="py-1 pr-4 font-normal">
                    {category.label}
                  </th>
                  {shown.map((one) => (
                    <td key={one.key} className="py-1 pr-4 text-right">
                      {text(one.values[row] ?? null)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
