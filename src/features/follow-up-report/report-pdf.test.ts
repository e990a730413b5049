import { describe, expect, it } from "vitest";
import { pdfText } from "./report-pdf";

describe("text for the PDF's standard font", () => {
  it("keeps Swedish letters and the typographic marks Helvetica has, and replaces what it cannot draw", () => {
    expect(pdfText("Åsa Öberg – § 3 ”citat” €")).toBe("Åsa Öberg – § 3 ”citat” €");
    expect(pdfText("Łódź")).toBe("?ódz");
    expect(pdfText("Ša")).toBe("Ša");
    expect(pdfText("ő")).toBe("o");
    expect(pdfText("a\u2212b")).toBe("a-b");
    expect(pdfText("a\u00a0b\u2003c")).toBe("a\u00a0b c");
    expect(pdfText("😀")).toBe("?");
  });
});
