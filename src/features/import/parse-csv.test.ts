import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCsv, detectDelimiter, MAX_ROWS, parseCsv } from "./parse-csv";
import { planImport } from "./plan";
import { HEADER, REFERENCE } from "./reference.fixture";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeCsv", () => {
  it("reads UTF-8 with Swedish characters, with or without a byte-order mark", () => {
    expect(decodeCsv(utf8("namn\nÅsa Öberg"))).toEqual({ ok: true, text: "namn\nÅsa Öberg" });
    const withBom = decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("namn;e-post")]));
    expect(withBom.ok && parseCsv(withBom.text).issues).toEqual([
      { key: "import.fileErrors.missingColumn", column: "party" },
    ]);
  });

  it("refuses Windows-1252 (Excel's plain CSV), workbooks and binary files with advice", () => {
    // "Åsa" in Windows-1252: Å is the single byte 0xC5, which is not valid UTF-8 here.
    expect(decodeCsv(new Uint8Array([0xc5, 0x73, 0x61]))).toEqual({ ok: false, issue: { key: "import.fileErrors.notUtf8" } });
    expect(decodeCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toEqual({ ok: false, issue: { key: "import.fileErrors.spreadsheet" } });
    expect(decodeCsv(new Uint8Array([0x61, 0x00, 0x62]))).toEqual({ ok: false, issue: { key: "import.fileErrors.notCsv" } });
  });
});

describe("detectDelimiter", () => {
  it("prefers what the header line uses, semicolons on a tie, ignoring quoted text", () => {
    expect(detectDelimiter("namn;e-post;part\nA, B;c;d")).toBe(";");
    expect(detectDelimiter("namn,e-post,part\n")).toBe(",");
    expect(detectDelimiter('"namn;x",e-post,part')).toBe(",");
    expect(detectDelimiter("namn")).toBe(";");
  });
});

describe("parseCsv", () => {
  it("strips a byte-order mark and reads semicolon-separated rows with Swedish characters", () => {
    const parsed = parseCsv(`\uFEFF${HEADER}\nÅsa Öberg;asa@example.se;Lektor;Ängelholms kommun;;;;;;\n`);
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        row: 2,
        issues: [],
        cells: { name: "Åsa Öberg", email: "asa@example.se", title: "Lektor", party: "Ängelholms kommun", unit: "", group: "", role: "", startDate: "", endDate: "", thematicAreas: "" },
      },
    ]);
  });

  it("reads comma-separated files with quoted fields holding commas, quotes and semicolons", () => {
    const parsed = parseCsv('name,email,title,party\r\n"Öberg, Åsa",asa@example.se,"Lektor ""senior""; pedagogik",kommun\r\n');
    expect(parsed.rows[0]?.cells).toEqual({ name: "Öberg, Åsa", email: "asa@example.se", title: 'Lektor "senior"; pedagogik', party: "kommun" });
  });

  it("skips empty lines but numbers rows as in the file", () => {
    const parsed = parseCsv(`${HEADER}\n\nA;a@example.se;;kommun\n;;;;\n\nB;b@example.se;;kommun\n\n`);
    expect(parsed.rows.map((row) => [row.row, row.cells.name])).toEqual([
      [3, "A"],
      [6, "B"],
    ]);
  });

  it("normalises decomposed characters to the composed form", () => {
    const parsed = parseCsv(`namn;e-post;part\nA\u030Asa O\u0308berg;a@example.se;kommun`);
    expect(parsed.rows[0]?.cells.name).toBe("Åsa Öberg");
  });

  it("reports an unterminated quote and values outside the header as row errors", () => {
    const parsed = parseCsv(`namn;e-post;part\nA;a@example.se;kommun;extra\n"B;b@example.se;kommun\n`);
    expect(parsed.rows.map((row) => [row.row, row.issues.map((issue) => issue.key)])).toEqual([
      [2, ["import.rowErrors.tooManyFields"]],
      [3, ["import.rowErrors.quotes"]],
    ]);
  });

  it("reports an empty file, a header without rows, a bad header and too many rows as file errors", () => {
    expect(parseCsv("").issues).toEqual([{ key: "import.fileErrors.empty" }]);
    expect(parseCsv("\uFEFF \n\n").issues).toEqual([{ key: "import.fileErrors.empty" }]);
    expect(parseCsv(`${HEADER}\n\n`).issues).toEqual([{ key: "import.fileErrors.noRows" }]);
    expect(parseCsv("namn;telefon\nA;1").issues).toEqual([
      { key: "import.fileErrors.unknownColumn", values: { header: "telefon" } },
      { key: "import.fileErrors.missingColumn", column: "email" },
      { key: "import.fileErrors.missingColumn", column: "party" },
    ]);
    const many = [HEADER, ...Array.from({ length: MAX_ROWS + 1 }, (_, index) => `P${index};p${index}@example.se;;kommun`)].join("\n");
    expect(parseCsv(many).issues).toEqual([{ key: "import.fileErrors.tooManyRows", values: { max: MAX_ROWS } }]);
  });
});

describe("parsing never throws", () => {
  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom("", "Åsa Öberg", "kommun", "lärosäte", "ledningsgrupp", "arbetsgrupp", "ordförande", "2026-02-30", "2026-01-01", '"', ";", ",", "\n", "|", "\uFEFF"),
  );

  it("turns any text into rows and issues, never an exception", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const parsed = parseCsv(text);
        expect(Array.isArray(parsed.rows)).toBe(true);
        planImport(parsed, REFERENCE, []);
      }),
      { numRuns: 500 },
    );
  });

  it("turns any rows under a valid header into typed records or row errors", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 15 }), fc.constantFrom(";", ","), (rows, delimiter) => {
        const text = [HEADER.replaceAll(";", delimiter), ...rows.map((row) => row.join(delimiter))].join("\n");
        const plan = planImport(parseCsv(text), REFERENCE, []);
        for (const row of plan.rows) {
          // Every row is either importable (a record and a person outcome) or has an error, never both.
          expect(row.record === null).toBe(row.issues.length > 0);
          expect(row.person === null).toBe(row.issues.length > 0);
        }
        expect(plan.valid).toBe(plan.fileIssues.length === 0 && plan.rows.length > 0 && plan.rows.every((row) => row.issues.length === 0));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeCsv(bytes);
        if (decoded.ok) planImport(parseCsv(decoded.text), REFERENCE, []);
      }),
      { numRuns: 300 },
    );
  });
});
