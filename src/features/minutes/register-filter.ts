import { DECISION_SUBJECTS, type DecisionSubject, type GroupKind } from "./preparation";

/**
 * The decision register's search, read from the URL of its GET form. Values that are not valid
 * are dropped (the form shows them as unset), never an error. Pure.
 */

export const GROUP_KINDS: readonly GroupKind[] = ["STEERING_GROUP", "WORKING_GROUP"];
export const REGISTER_QUERY_MAX = 200;
const MAX_PAGE = 10_000;

export type RegisterFilter = {
  /** Free text, matched case-insensitively in the decision's title and text. */
  q?: string;
  group?: GroupKind;
  /** The cycle (calendar year in Stockholm) of the meeting. */
  year?: number;
  subject?: DecisionSubject;
};

type Params = Record<string, string | string[] | undefined>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

export function parseRegisterParams(params: Params): { filter: RegisterFilter; page: number } {
  const filter: RegisterFilter = {};
  const q = single(params.q).slice(0, REGISTER_QUERY_MAX);
  if (q) filter.q = q;
  const group = single(params.group);
  if ((GROUP_KINDS as readonly string[]).includes(group)) filter.group = group as GroupKind;
  const year = single(params.year);
  if (/^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2200) filter.year = Number(year);
  const subject = single(params.subject);
  if ((DECISION_SUBJECTS as readonly string[]).includes(subject)) filter.subject = subject as DecisionSubject;
  const pageText = single(params.page);
  const page = /^\d{1,5}$/.test(pageText) ? Math.min(Math.max(Number(pageText), 1), MAX_PAGE) : 1;
  return { filter, page };
}

/** The register's URL for a filter and page, for pagination links (empty values left out). */
export function registerHref(filter: RegisterFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.group) params.set("group", filter.group);
  if (filter.year) params.set("year", String(filter.year));
  if (filter.subject) params.set("subject", filter.subject);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/decisions?${query}` : "/decisions";
}

export function hasRegisterFilter(filter: RegisterFilter): boolean {
  return Boolean(filter.q || filter.group || filter.year || filter.subject);
}
