import { UPLOAD_LIMITS } from "@/lib/uploads/upload-limits";
import Papa from "papaparse";
import { mapHeaders, type ColumnKey } from "./columns";
import type { Issue } from "./issue";

/** The largest file accepted, in bytes. */
export const MAX_FILE_BYTES = UPLOAD_LIMITS.membershipImportCsv;
/** The most data rows one file may hold: one import is one transaction. */
export const MAX_ROWS = 1000;
/** The longest text kept from one cell; longer values are reported, never stored. */
export const MAX_CELL_LENGTH = 1000;

export type Delimiter = ";" | ",";

/** One non-empty line of the file, numbered as a spreadsheet numbers it (the header is row 1). */
export type RawRow = {
  row: number;
  cells: Partial<Record<ColumnKey, string>>;
  issues: Issue[];
};

export type ParsedFile = {
  /** Problems with the file as a whole (encoding, header); when present, rows are not judged. */
  issues: Issue[];
  rows: RawRow[];
};

export type Decoded = { ok: true; text: string } | { ok: false; issue: Issue };

/**
 * The file's bytes as text. Only UTF-8 is accepted: Swedish Excel's plain "CSV" is Windows-1252,
 * which would silently turn "Åsa" into "�sa", so that is refused with advice instead.
 */
export function decodeCsv(bytes: Uint8Array): Decoded {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return { ok: false, issue: { key: "import.fileErrors.spreadsheet" } };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, issue: { key: "import.fileErrors.notUtf8" } };
  }
  if (text.includes("\u0000")) return { ok: false, issue: { key: "import.fileErrors.notCsv" } };
  return { ok: true, text };
}

/**
 * Semicolon (what Swedish Excel writes) or comma, judged on the header line: whichever occurs more
 * often outside quotes; semicolon on a tie.
 */
export function detectDelimiter(text: string): Delimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ";") semicolons += 1;
    else if (!quoted && char === ",") commas += 1;
  }
  return commas > semicolons ? "," : ";";
}

const isBlank = (value: string | undefined) => value === undefined || value.trim() === "";

/**
 * Parses an import file's text into rows keyed by column. Never throws: whatever the text, the
 * result is rows, row issues and file issues.
 */
export function parseCsv(input: string): ParsedFile {
  const text = input.replace(/^\uFEFF/, "");
  if (text.trim() === "") return { issues: [{ key: "import.fileErrors.empty" }], rows: [] };

  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false, dynamicTyping: false });
  const records = result.data.map((record) => (Array.isArray(record) ? record.map((cell) => String(cell ?? "")) : []));
  const [header = [], ...body] = records;

  const mapping = mapHeaders(header);
  if (mapping.issues.length > 0) return { issues: mapping.issues, rows: [] };

  const errorsByRecord = new Map<number, Issue[]>();
  for (const error of result.errors) {
    if (typeof error.row !== "number") continue;
    const key = error.type === "Quotes" ? "import.rowErrors.quotes" : "import.rowErrors.malformed";
    const list = errorsByRecord.get(error.row) ?? [];
    if (!list.some((issue) => issue.key === key)) list.push({ key });
    errorsByRecord.set(error.row, list);
  }
  if (errorsByRecord.has(0)) return { issues: [{ key: "import.fileErrors.header" }], rows: [] };

  const rows: RawRow[] = [];
  for (const [index, record] of body.entries()) {
    const recordIndex = index + 1;
    if (record.every((cell) => isBlank(cell))) continue;
    if (rows.length === MAX_ROWS) return { issues: [{ key: "import.fileErrors.tooManyRows", values: { max: MAX_ROWS } }], rows: [] };

    const issues: Issue[] = [...(errorsByRecord.get(recordIndex) ?? [])];
    const cells: Partial<Record<ColumnKey, string>> = {};
    for (const [position, cell] of record.entries()) {
      // A value beyond the header, or under an empty header, would be lost: report it.
      const column = mapping.columns[position] ?? null;
      if (column === null) {
        if (!isBlank(cell) && !issues.some((issue) => issue.key === "import.rowErrors.tooManyFields")) {
          issues.push({ key: "import.rowErrors.tooManyFields" });
        }
        continue;
      }
      const value = cell.normalize("NFC").trim();
      if (value.length > MAX_CELL_LENGTH) {
        issues.push({ key: "import.rowErrors.tooLong", column });
        cells[column] = value.slice(0, MAX_CELL_LENGTH);
      } else {
        cells[column] = value;
      }
    }
    rows.push({ row: recordIndex + 1, cells, issues });
  }
  if (rows.length === 0) return { issues: [{ key: "import.fileErrors.noRows" }], rows: [] };
  return { issues: [], rows };
}
