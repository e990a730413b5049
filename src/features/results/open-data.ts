import Papa from "papaparse";
import { identifierHref, identifierType, type IdentifierType } from "./identifiers";

/**
 * The published results as open data (issue #6, item 4): one row shape with stable English field
 * names for both the CSV and the JSON file. Only what the public page shows is in it: the result,
 * its authors as published and the activity's title — no internal ids but the result's own, no
 * person other than the authors, nothing of an unpublished result.
 */

export type PublishedResult = {
  id: string;
  kind: string;
  title: string;
  authors: string;
  date: Date;
  identifier: string | null;
  url: string | null;
  description: string;
  activityTitle: string;
};

export type OpenDataRow = {
  id: string;
  kind: string;
  title: string;
  authors: string;
  /** YYYY-MM-DD. */
  date: string;
  identifier: string | null;
  identifierType: IdentifierType | null;
  /** Where the result is found: the identifier's resolver (doi.org, DiVA), else its URL. */
  link: string | null;
  url: string | null;
  description: string;
  activity: string;
};

export const OPEN_DATA_FIELDS = ["id", "kind", "title", "authors", "date", "identifier", "identifierType", "link", "url", "description", "activity"] as const satisfies readonly (keyof OpenDataRow)[];

/** A whole day as stored (UTC midnight) in ISO form. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export function toOpenDataRow(result: PublishedResult): OpenDataRow {
  const identifierHrefValue = result.identifier ? identifierHref(result.identifier) : null;
  return {
    id: result.id,
    kind: result.kind,
    title: result.title,
    authors: result.authors,
    date: isoDay(result.date),
    identifier: result.identifier,
    identifierType: result.identifier ? identifierType(result.identifier) : null,
    link: identifierHrefValue ?? result.url,
    url: result.url,
    description: result.description,
    activity: result.activityTitle,
  };
}

/** The partnership agreement's rights clause, which is why these results may be published at all. */
export const RIGHTS = {
  en: "Under the partnership agreement, researchers, teachers, students and the municipality may freely publish and use the results of the collaboration. Each result is listed here because it is marked as cleared for publication.",
  sv: "Enligt avtalet om strategiskt partnerskap får forskare, lärare, studenter och kommunen fritt publicera och använda resultaten av samverkan. Varje resultat finns här för att det är markerat att det får publiceras.",
} as const;

export type OpenDataDocument = {
  metadata: {
    title: string;
    partnership: string;
    generatedAt: string;
    count: number;
    rights: typeof RIGHTS;
    fields: readonly string[];
  };
  results: OpenDataRow[];
};

export function openDataDocument(partnershipName: string, results: PublishedResult[], generatedAt: Date): OpenDataDocument {
  return {
    metadata: {
      title: "Published results of the partnership",
      partnership: partnershipName,
      generatedAt: generatedAt.toISOString(),
      count: results.length,
      rights: RIGHTS,
      fields: OPEN_DATA_FIELDS,
    },
    results: results.map(toOpenDataRow),
  };
}

// A spreadsheet reads a cell that starts with one of these as a formula (CSV injection, OWASP):
// = + - @, and tab or carriage return, which some programs strip before reading the rest.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet shows as text: one that would start a formula gets a leading apostrophe. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The UTF-8 byte order mark, so Excel opens the file as UTF-8 (å, ä, ö) instead of guessing. */
export const BOM = "\uFEFF";

/** The rows as CSV (RFC 4180): a header of the field names, every cell neutralised, CRLF line ends, with the BOM. */
export function toCsv(rows: OpenDataRow[]): string {
  const data = rows.map((row) => OPEN_DATA_FIELDS.map((field) => neutraliseFormula(row[field] ?? "")));
  // Papa ends the header-only file with a line break and a file with rows without one: every record ends with one here.
  const body = Papa.unparse({ fields: [...OPEN_DATA_FIELDS], data }, { newline: "\r\n", quotes: false, escapeFormulae: false }).replace(/\r\n$/, "");
  return `${BOM}${body}\r\n`;
}
