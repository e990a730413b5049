import type { AnnualCycle, AnnualCycleEvent } from "./annual-cycle";

type LegendKey = "STEERING_GROUP" | "WORKING_GROUP" | "proposalDeadline" | "cancelled";

type Props = {
  cycle: AnnualCycle;
  title: string;
  description: string;
  /** Twelve short month names, January first. */
  monthLabels: string[];
  legend: Record<LegendKey, string>;
};

const SIZE = 400;
const CENTER = SIZE / 2;
const OUTER = 188;
const INNER = 142;
const LABEL_RADIUS = (OUTER + INNER) / 2;

/** Colours with at least 4.5:1 against white; the shape repeats the kind (circle, square, diamond). */
const COLOURS = { STEERING_GROUP: "#1e3a8a", WORKING_GROUP: "#166534", proposalDeadline: "#92400e" } as const;

function dayFraction(year: number, date: string): number {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  // The middle of the day, so an event never sits exactly on a month boundary.
  return (Date.UTC(y, m - 1, d) + 12 * 3600 * 1000 - start) / (end - start);
}

function point(fraction: number, radius: number): { x: number; y: number } {
  // January starts at the top and the year runs clockwise.
  const angle = fraction * 2 * Math.PI - Math.PI / 2;
  return { x: CENTER + radius * Math.cos(angle), y: CENTER + radius * Math.sin(angle) };
}

const round = (value: number) => Math.round(value * 10) / 10;

function eventRadius(event: AnnualCycleEvent): number {
  if (event.kind === "proposalDeadline") return 70;
  return event.groupKind === "STEERING_GROUP" ? 118 : 94;
}

function Marker({ event, year }: { event: AnnualCycleEvent; year: number }) {
  const { x, y } = point(dayFraction(year, event.date), eventRadius(event));
  if (event.kind === "proposalDeadline") {
    const s = 8;
    return <polygon points={`${round(x)},${round(y - s)} ${round(x + s)},${round(y)} ${round(x)},${round(y + s)} ${round(x - s)},${round(y)}`} fill={COLOURS.proposalDeadline} />;
  }
  const colour = COLOURS[event.groupKind];
  const cancelled = event.status === "CANCELLED";
  const fill = cancelled ? "#ffffff" : colour;
  if (event.groupKind === "STEERING_GROUP") {
    return <rect x={round(x - 7)} y={round(y - 7)} width={14} height={14} fill={fill} stroke={colour} strokeWidth={2.5} />;
  }
  return <circle cx={round(x)} cy={round(y)} r={7} fill={fill} stroke={colour} strokeWidth={2.5} />;
}

/**
 * The year as a wheel: twelve month segments, January at the top, with a marker per event. A
 * picture of the list below it (role="img" with a title and a description that says so), drawn
 * on the server as plain SVG.
 */
export function AnnualCycleWheel({ cycle, title, description, monthLabels, legend }: Props) {
  const events = cycle.months.flatMap((month) => month.events);
  const monthStarts = Array.from({ length: 12 }, (_, index) => dayFraction(cycle.year, `${cycle.year}-${String(index + 1).padStart(2, "0")}-01`) - 0.5 / 366);
  const titleId = `cycle-wheel-title-${cycle.year}`;
  const descriptionId = `cycle-wheel-description-${cycle.year}`;

  return (
    <figure className="max-w-md break-inside-avoid">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby={`${titleId} ${descriptionId}`} className="h-auto w-full">
        <title id={titleId}>{title}</title>
        <desc id={descriptionId}>{description}</desc>
        <circle cx={CENTER} cy={CENTER} r={OUTER} fill="#f8fafc" stroke="#334155" strokeWidth={2} />
        <circle cx={CENTER} cy={CENTER} r={INNER} fill="#ffffff" stroke="#334155" strokeWidth={1.5} />
        {monthStarts.map((start, index) => {
          const from = point(start, INNER);
          const to = point(start, OUTER);
          const next = monthStarts[index + 1] ?? 1 + monthStarts[0]!;
          const label = point((start + next) / 2, LABEL_RADIUS);
          return (
            <g key={index}>
              <line x1={round(from.x)} y1={round(from.y)} x2={round(to.x)} y2={round(to.y)} stroke="#334155" strokeWidth={1.5} />
              <text x={round(label.x)} y={round(label.y)} textAnchor="middle" dominantBaseline="central" fontSize={15} fill="#0f172a">
                {monthLabels[index]}
              </text>
            </g>
          );
        })}
        <text x={CENTER} y={CENTER} textAnchor="middle" dominantBaseline="central" fontSize={32} fontWeight={700} fill="#0f172a">
          {cycle.year}
        </text>
        {events.map((event) => (
          <Marker key={event.key} event={event} year={cycle.year} />
        ))}
      </svg>
      {/* The key to the picture; hidden from assistive technology, which reads the list instead. */}
      <div aria-hidden="true">
        <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
          <li className="flex items-center gap-2">
            <svg width="14" height="14" viewBox="0 0 14 14"><rect x="1" y="1" width="12" height="12" fill={COLOURS.STEERING_GROUP} /></svg>
            {legend.STEERING_GROUP}
          </li>
          <li className="flex items-center gap-2">
            <svg width="14" height="14" viewBox="0 0 14 14"><circle cx="7" cy="7" r="6" fill={COLOURS.WORKING_GROUP} /></svg>
            {legend.WORKING_GROUP}
          </li>
          {events.some((event) => event.kind === "proposalDeadline") ? (
            <li className="flex items-center gap-2">
              <svg width="14" height="14" viewBox="0 0 14 14"><polygon points="7,0 14,7 7,14 0,7" fill={COLOURS.proposalDeadline} /></svg>
              {legend.proposalDeadline}
            </li>
          ) : null}
          {events.some((event) => event.kind === "meeting" && event.status === "CANCELLED") ? (
            <li className="flex items-center gap-2">
              <svg width="14" height="14" viewBox="0 0 14 14"><circle cx="7" cy="7" r="5" fill="#ffffff" stroke="#334155" strokeWidth="2" /></svg>
              {legend.cancelled}
            </li>
          ) : null}
        </ul>
      </div>
    </figure>
  );
}
