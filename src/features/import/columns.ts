import type { Issue } from "./issue";

/**
 * The columns an import file may have, and the header names (Swedish and English) that name them.
 * Pure: used by the parser, the preview and the downloadable template.
 */

export const COLUMN_KEYS = [
  "name",
  "email",
  "title",
  "party",
  "unit",
  "group",
  "role",
  "startDate",
  "endDate",
  "thematicAreas",
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export const REQUIRED_COLUMNS: readonly ColumnKey[] = ["name", "email", "party"];

/** The header names accepted for each column, already normalised (see normaliseLabel). */
export const HEADER_ALIASES: Record<ColumnKey, readonly string[]> = {
  name: ["namn", "name", "fullständigt namn", "full name"],
  email: ["e-post", "epost", "e-postadress", "epostadress", "e-mail", "email", "mail"],
  title: ["titel", "title", "befattning"],
  party: ["part", "party", "organisation"],
  unit: ["enhet", "unit", "förvaltning", "institution", "förvaltning/institution"],
  group: ["grupp", "group"],
  role: ["roll", "role"],
  startDate: ["startdatum", "start", "start date", "från", "from"],
  endDate: ["slutdatum", "end", "end date", "till", "to"],
  thematicAreas: ["tematiska områden", "tematiskt område", "thematic areas", "thematic area", "områden", "areas"],
};

/** The header names the template writes, per language. */
export const TEMPLATE_HEADERS: Record<"sv" | "en", Record<ColumnKey, string>> = {
  sv: {
    name: "namn",
    email: "e-post",
    title: "titel",
    party: "part",
    unit: "enhet",
    group: "grupp",
    role: "roll",
    startDate: "startdatum",
    endDate: "slutdatum",
    thematicAreas: "tematiska områden",
  },
  en: {
    name: "name",
    email: "email",
    title: "title",
    party: "party",
    unit: "unit",
    group: "group",
    role: "role",
    startDate: "start",
    endDate: "end",
    thematicAreas: "thematic areas",
  },
};

/**
 * How labels and values are compared: Unicode NFC (files saved on a Mac may hold "Å" as "A" plus a
 * combining ring), no byte-order mark, trimmed, inner whitespace collapsed, Swedish lower case.
 */
export function normaliseLabel(value: string): string {
  return value.normalize("NFC").replace(/^\uFEFF/, "").trim().replace(/\s+/g, " ").toLocaleLowerCase("sv");
}

const COLUMN_BY_ALIAS = new Map<string, ColumnKey>(
  COLUMN_KEYS.flatMap((key) => HEADER_ALIASES[key].map((alias) => [alias, key] as const)),
);

export function columnForHeader(header: string): ColumnKey | null {
  return COLUMN_BY_ALIAS.get(normaliseLabel(header)) ?? null;
}

export type HeaderMapping = {
  /** For each position in a row, the column it holds; null for empty headers (ignored). */
  columns: (ColumnKey | null)[];
  issues: Issue[];
};

/**
 * Maps a header row to columns. Empty headers (spreadsheets often leave trailing separators) are
 * ignored; an unknown or repeated header is an error rather than silently dropped data.
 */
export function mapHeaders(headers: readonly string[]): HeaderMapping {
  const issues: Issue[] = [];
  const seen = new Set<ColumnKey>();
  const columns = headers.map((header): ColumnKey | null => {
    if (normaliseLabel(header) === "") return null;
    const column = columnForHeader(header);
    if (!column) {
      issues.push({ key: "import.fileErrors.unknownColumn", values: { header: header.trim().slice(0, 80) } });
      return null;
    }
    if (seen.has(column)) {
      issues.push({ key: "import.fileErrors.duplicateColumn", values: { header: header.trim().slice(0, 80) } });
      return null;
    }
    seen.add(column);
    return column;
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!seen.has(column)) issues.push({ key: "import.fileErrors.missingColumn", column });
  }
  return { columns, issues };
}
