import { z } from "zod";

/**
 * The audit log's filter, read from the page's query string. Pure: every parameter is checked on
 * its own, and one that does not hold is dropped and named, never an error page.
 */

export const AUDIT_TIME_ZONE = "Europe/Stockholm";
export const MAX_AUDIT_PAGE = 10_000;

export type AuditFilter = {
  action?: string;
  /** A user's id, an account's id (for what it did without a user here), or "system" for events neither caused. */
  actor?: string;
  entityType?: string;
  /** Calendar days in Stockholm, YYYY-MM-DD, both inclusive. */
  from?: string;
  to?: string;
};

/** The query-string names, also used for the notice about ignored values. */
export type AuditParam = "action" | "actor" | "entity" | "from" | "to" | "page" | "range";

export type ParsedAuditParams = { filter: AuditFilter; page: number; ignored: AuditParam[] };

export const SYSTEM_ACTOR = "system";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && date.getUTCFullYear() >= 1970;
  });

const SCHEMAS = {
  // Dotted verbs such as "membership.added": no empty parts.
  action: z
    .string()
    .regex(/^[a-z0-9_.]{1,100}$/)
    .refine((value) => value.split(".").every((part) => part.length > 0)),
  actor: z.union([z.literal(SYSTEM_ACTOR), z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)]),
  entity: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/),
  from: isoDay,
  to: isoDay,
  page: z.string().regex(/^\d{1,6}$/).transform(Number).pipe(z.number().int().min(1).max(MAX_AUDIT_PAGE)),
} as const;

type RawParams = Record<string, string | string[] | undefined>;

export function parseAuditParams(params: RawParams): ParsedAuditParams {
  const ignored: AuditParam[] = [];
  const read = <Key extends keyof typeof SCHEMAS>(key: Key): z.output<(typeof SCHEMAS)[Key]> | undefined => {
    const raw = params[key];
    if (raw === undefined || raw === "") return undefined;
    const parsed = typeof raw === "string" ? SCHEMAS[key].safeParse(raw.trim()) : null;
    if (!parsed?.success) {
      ignored.push(key);
      return undefined;
    }
    return parsed.data as z.output<(typeof SCHEMAS)[Key]>;
  };

  const filter: AuditFilter = {};
  const action = read("action");
  const actor = read("actor");
  const entityType = read("entity");
  let from = read("from");
  let to = read("to");
  const page = read("page") ?? 1;
  if (from && to && from > to) {
    ignored.push("range");
    from = undefined;
    to = undefined;
  }
  if (action) filter.action = action;
  if (actor) filter.actor = actor;
  if (entityType) filter.entityType = entityType;
  if (from) filter.from = from;
  if (to) filter.to = to;
  return { filter, page, ignored };
}

/** The query string for a page of the log under a filter, for links that keep the filter. */
export function auditQuery(filter: AuditFilter, page = 1): string {
  const params = new URLSearchParams();
  if (filter.action) params.set("action", filter.action);
  if (filter.actor) params.set("actor", filter.actor);
  if (filter.entityType) params.set("entity", filter.entityType);
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}

export function hasFilter(filter: AuditFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined);
}

/** How far a time zone is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  const wallClock = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wallClock - Math.floor(instant / 1000) * 1000;
}

/** The instant a calendar day (YYYY-MM-DD) begins in a time zone, e.g. 2026-03-29 00:00 in Stockholm. */
export function startOfDayIn(day: string, timeZone: string = AUDIT_TIME_ZONE): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const midnightAsUtc = Date.UTC(year, month - 1, date);
  const first = midnightAsUtc - offsetAt(midnightAsUtc, timeZone);
  // Across a change to or from summer time the offset at the result may differ from the guess.
  return new Date(midnightAsUtc - offsetAt(first, timeZone));
}

/** The instants [gte, lt) a filter's from/to days cover, in Stockholm time. */
export function auditTimeRange(filter: AuditFilter, timeZone: string = AUDIT_TIME_ZONE): { gte?: Date; lt?: Date } {
  const range: { gte?: Date; lt?: Date } = {};
  if (filter.from) range.gte = startOfDayIn(filter.from, timeZone);
  if (filter.to) {
    const [year, month, date] = filter.to.split("-").map(Number) as [number, number, number];
    const next = new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
    range.lt = startOfDayIn(next, timeZone);
  }
  return range;
}

/**
 * Drops filter values that name nothing in the partnership's log (an action, person or record type
 * not present), so the form's selects always show the filter that is applied.
 */
export function restrictToOptions(
  parsed: ParsedAuditParams,
  options: { actions: readonly string[]; actorIds: readonly string[]; hasSystemEvents: boolean; entityTypes: readonly string[] },
): ParsedAuditParams {
  const filter = { ...parsed.filter };
  const ignored = [...parsed.ignored];
  if (filter.action && !options.actions.includes(filter.action)) {
    delete filter.action;
    ignored.push("action");
  }
  if (filter.actor && !(filter.actor === SYSTEM_ACTOR ? options.hasSystemEvents : options.actorIds.includes(filter.actor))) {
    delete filter.actor;
    ignored.push("actor");
  }
  if (filter.entityType && !options.entityTypes.includes(filter.entityType)) {
    delete filter.entityType;
    ignored.push("entity");
  }
  return { ...parsed, filter, ignored };
}
