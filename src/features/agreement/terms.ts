import { isoDay, sameDay } from "./dates";

/**
 * The agreement's terms as plain data: what a terms version holds, what an amendment changes and
 * what two versions are compared by. Pure, shared by the server and the forms.
 */

export const FOCUS_AREAS = ["EDUCATION_AND_COMPETENCE", "RESEARCH_AND_DEVELOPMENT"] as const;
export type FocusArea = (typeof FOCUS_AREAS)[number];

export const SUSTAINABILITY_DIMENSIONS = ["SOCIAL", "ECOLOGICAL", "ECONOMIC", "CULTURAL"] as const;
export type SustainabilityDimension = (typeof SUSTAINABILITY_DIMENSIONS)[number];

export type Terms = {
  purpose: string;
  focusAreas: FocusArea[];
  dimensions: SustainabilityDimension[];
  rightsClause: string;
  disputeClause: string;
  startDate: Date;
  /** Null: until further notice. */
  endDate: Date | null;
  noticePeriodMonths: number;
  endsAtYearEnd: boolean;
};

/** Every term, in the order the agreement page and the comparison show them. */
export const TERM_NAMES = [
  "purpose",
  "focusAreas",
  "dimensions",
  "rightsClause",
  "disputeClause",
  "startDate",
  "endDate",
  "noticePeriodMonths",
  "endsAtYearEnd",
] as const satisfies readonly (keyof Terms)[];
export type TermName = (typeof TERM_NAMES)[number];

/** The terms an amendment may change. The start date is history once the agreement has begun. */
export const AMENDABLE_TERMS = [
  "purpose",
  "focusAreas",
  "dimensions",
  "rightsClause",
  "disputeClause",
  "endDate",
  "noticePeriodMonths",
  "endsAtYearEnd",
] as const satisfies readonly TermName[];
export type AmendableTerm = (typeof AMENDABLE_TERMS)[number];

/** What an amendment changes: the new value of each term it names, and nothing else. */
export type TermChanges = Partial<Pick<Terms, AmendableTerm>>;

export type TermsVersion = { number: number; effectiveDate: Date; terms: Terms };

export const MAX_NOTICE_PERIOD_MONTHS = 120;

export function isAmendableTerm(value: string): value is AmendableTerm {
  return (AMENDABLE_TERMS as readonly string[]).includes(value);
}

/** The version in force on a day: the newest (by number) whose effective date has come. */
export function versionInForce<Version extends { number: number; effectiveDate: Date }>(versions: Version[], onDay: Date): Version | null {
  let result: Version | null = null;
  for (const version of versions) {
    if (version.effectiveDate <= onDay && (!result || version.number > result.number)) result = version;
  }
  return result;
}

/** The versions approved but not yet in force on a day, oldest first. */
export function upcomingVersions<Version extends { number: number; effectiveDate: Date }>(versions: Version[], onDay: Date): Version[] {
  const current = versionInForce(versions, onDay);
  return versions.filter((version) => version.number > (current?.number ?? 0)).sort((a, b) => a.number - b.number);
}

export function termValuesEqual(term: TermName, a: Terms[TermName], b: Terms[TermName]): boolean {
  switch (term) {
    case "startDate":
    case "endDate":
      return sameDay(a as Date | null, b as Date | null);
    case "focusAreas":
    case "dimensions": {
      const left = [...(a as string[])].sort();
      const right = [...(b as string[])].sort();
      return left.length === right.length && left.every((value, index) => value === right[index]);
    }
    default:
      return a === b;
  }
}

/** The terms with an amendment's changes applied. */
export function applyChanges(terms: Terms, changes: TermChanges): Terms {
  const result: Terms = { ...terms };
  for (const term of AMENDABLE_TERMS) {
    if (term in changes && changes[term] !== undefined) Object.assign(result, { [term]: changes[term] });
  }
  return result;
}

/** The named changes that would actually change something, compared with `terms`. */
export function effectiveChanges(terms: Terms, changes: TermChanges): TermChanges {
  const result: TermChanges = {};
  for (const term of AMENDABLE_TERMS) {
    const value = changes[term];
    if (value === undefined || termValuesEqual(term, terms[term], value)) continue;
    Object.assign(result, { [term]: value });
  }
  return result;
}

export type TermComparison = { term: TermName; before: Terms[TermName]; after: Terms[TermName]; changed: boolean };

/** Field by field: every term of two versions, and whether it differs. */
export function compareTerms(before: Terms, after: Terms): TermComparison[] {
  return TERM_NAMES.map((term) => ({ term, before: before[term], after: after[term], changed: !termValuesEqual(term, before[term], after[term]) }));
}

/** Changes as stored in the amendment's JSON column: days as YYYY-MM-DD. */
export function changesToJson(changes: TermChanges): Record<string, string | number | boolean | string[] | null> {
  const json: Record<string, string | number | boolean | string[] | null> = {};
  for (const term of AMENDABLE_TERMS) {
    const value = changes[term];
    if (value === undefined) continue;
    json[term] = value instanceof Date ? isoDay(value) : (value as string | number | boolean | string[] | null);
  }
  return json;
}
