import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BOM, neutraliseFormula, OPEN_DATA_FIELDS, openDataDocument, toCsv, toOpenDataRow, type PublishedResult } from "./open-data";

const result = (overrides: Partial<PublishedResult> = {}): PublishedResult => ({
  id: "r1",
  kind: "PUBLICATION",
  title: "Lärande i förskolan",
  authors: "Åsa Öberg, Johan Ekberg",
  date: new Date("2026-03-15T00:00:00Z"),
  identifier: "10.1234/abc",
  url: null,
  description: "En studie.",
  activityTitle: "VFU i förskolan",
  ...overrides,
});

describe("neutraliseFormula", () => {
  it("puts an apostrophe before a cell a spreadsheet would read as a formula", () => {
    expect(neutraliseFormula("=HYPERLINK(\"http://evil\")")).toBe("'=HYPERLINK(\"http://evil\")");
    expect(neutraliseFormula("+46 8 123")).toBe("'+46 8 123");
    expect(neutraliseFormula("-2+3")).toBe("'-2+3");
    expect(neutraliseFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseFormula("\t=1")).toBe("'\t=1");
    expect(neutraliseFormula("\r=1")).toBe("'\r=1");
  });

  it("leaves every other cell as it is", () => {
    for (const value of ["", "Lärande", "10.1234/abc", "a=b", " =1", "'quoted", "2026-03-15"]) expect(neutraliseFormula(value)).toBe(value);
  });
});

describe("the open-data row", () => {
  it("has stable English fields, an ISO date, and the identifier's resolver as the link", () => {
    expect(toOpenDataRow(result())).toEqual({
      id: "r1",
      kind: "PUBLICATION",
      title: "Lärande i förskolan",
      authors: "Åsa Öberg, Johan Ekberg",
      date: "2026-03-15",
      identifier: "10.1234/abc",
      identifierType: "DOI",
      link: "https://doi.org/10.1234/abc",
      url: null,
      description: "En studie.",
      activity: "VFU i förskolan",
    });
    expect(toOpenDataRow(result({ identifier: "diva2:42" })).link).toBe("https://www.diva-portal.org/smash/record.jsf?pid=diva2:42");
    expect(toOpenDataRow(result({ identifier: "ISBN 1", url: "https://example.se/" }))).toMatchObject({ identifierType: "OTHER", link: "https://example.se/" });
    expect(toOpenDataRow(result({ identifier: null, url: null }))).toMatchObject({ identifierType: null, link: null });
  });

  it("comes in a document with the partnership, the time and the rights note", () => {
    const document = openDataDocument("Huddinge–Södertörn", [result()], new Date("2026-11-27T10:00:00Z"));
    expect(document.metadata).toMatchObject({ partnership: "Huddinge–Södertörn", generatedAt: "2026-11-27T10:00:00.000Z", count: 1, fields: OPEN_DATA_FIELDS });
    expect(document.metadata.rights.en).toContain("freely publish");
    expect(document.results).toHaveLength(1);
  });
});

describe("toCsv", () => {
  it("starts with the BOM and the header, and parses back to the same rows", () => {
    const rows = [toOpenDataRow(result()), toOpenDataRow(result({ id: "r2", title: 'Med "citat", komma\noch radbrytning', identifier: null, url: "https://example.se/?a=1,2" }))];
    const csv = toCsv(rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split("\r\n")[0]).toBe(OPEN_DATA_FIELDS.join(","));
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(2);
    expect(parsed.data[0]).toMatchObject({ id: "r1", title: "Lärande i förskolan", authors: "Åsa Öberg, Johan Ekberg", date: "2026-03-15", link: "https://doi.org/10.1234/abc", url: "" });
    expect(parsed.data[1]).toMatchObject({ title: 'Med "citat", komma\noch radbrytning', identifier: "", url: "https://example.se/?a=1,2" });
  });

  it("neutralises formulas in every cell", () => {
    const csv = toCsv([toOpenDataRow(result({ title: "=cmd|' /C calc'!A0", authors: "@evil", description: "+1" }))]);
    const [row] = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(row).toMatchObject({ title: "'=cmd|' /C calc'!A0", authors: "'@evil", description: "'+1" });
  });

  it("is only the header when nothing is published", () => {
    expect(toCsv([])).toBe(`${BOM}${OPEN_DATA_FIELDS.join(",")}\r\n`);
    expect(toCsv([toOpenDataRow(result())]).endsWith("activity\r\n")).toBe(false);
    expect(toCsv([toOpenDataRow(result())]).endsWith("VFU i förskolan\r\n")).toBe(true);
  });
});
