import { describe, expect, it } from "vitest";
import { neighbouringYears, parseReportYear, reportFileName } from "./report-year";

describe("the report's year", () => {
  it("is four digits from 2000 up to next year; anything else is not found", () => {
    expect(parseReportYear("2026", 2026)).toBe(2026);
    expect(parseReportYear("2027", 2026)).toBe(2027);
    expect(parseReportYear("2000", 2026)).toBe(2000);
    for (const segment of ["2028", "1999", "26", "02026", "2026.5", "abcd", "", "२०२६"]) expect(parseReportYear(segment, 2026), segment).toBeNull();
  });

  it("links to the years before and after only within the range", () => {
    expect(neighbouringYears(2026, 2026)).toEqual({ previous: 2025, next: 2027 });
    expect(neighbouringYears(2027, 2026)).toEqual({ previous: 2026, next: null });
    expect(neighbouringYears(2000, 2026)).toEqual({ previous: null, next: 2001 });
  });

  it("names the downloads after the year", () => {
    expect(reportFileName(2026, "pdf")).toBe("samverkan-uppfoljning-2026.pdf");
    expect(reportFileName(2025, "csv")).toBe("samverkan-uppfoljning-2025.csv");
  });
});
