import { describe, expect, it } from "vitest";
import { columnForHeader, mapHeaders, normaliseLabel } from "./columns";

describe("columnForHeader", () => {
  it("accepts Swedish and English header names in any case and spacing", () => {
    expect(columnForHeader("Namn")).toBe("name");
    expect(columnForHeader(" NAME ")).toBe("name");
    expect(columnForHeader("E-post")).toBe("email");
    expect(columnForHeader("email")).toBe("email");
    expect(columnForHeader("Tematiska  områden")).toBe("thematicAreas");
    expect(columnForHeader("thematic areas")).toBe("thematicAreas");
    expect(columnForHeader("Startdatum")).toBe("startDate");
    expect(columnForHeader("slutdatum")).toBe("endDate");
    expect(columnForHeader("LÄROSÄTE")).toBeNull();
  });

  it("matches decomposed Unicode (as macOS may save it) like composed", () => {
    const decomposed = "Tematiska omra\u030Aden";
    expect(decomposed).not.toBe("Tematiska områden");
    expect(columnForHeader(decomposed)).toBe("thematicAreas");
    expect(normaliseLabel("\uFEFFNamn")).toBe("namn");
  });
});

describe("mapHeaders", () => {
  it("maps positions to columns and ignores empty trailing headers", () => {
    const mapping = mapHeaders(["namn", "e-post", "part", "", " "]);
    expect(mapping.columns).toEqual(["name", "email", "party", null, null]);
    expect(mapping.issues).toEqual([]);
  });

  it("reports unknown, repeated and missing required columns", () => {
    const mapping = mapHeaders(["namn", "namn", "telefon"]);
    expect(mapping.issues).toEqual([
      { key: "import.fileErrors.duplicateColumn", values: { header: "namn" } },
      { key: "import.fileErrors.unknownColumn", values: { header: "telefon" } },
      { key: "import.fileErrors.missingColumn", column: "email" },
      { key: "import.fileErrors.missingColumn", column: "party" },
    ]);
  });
});
