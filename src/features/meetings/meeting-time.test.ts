import { describe, expect, it } from "vitest";
import { instantFromStockholm, stockholmParts, stockholmYear, stockholmYearBounds } from "./meeting-time";

describe("Stockholm meeting times", () => {
  it("converts winter time (UTC+1) and summer time (UTC+2)", () => {
    expect(instantFromStockholm("2027-01-15", "13:00")?.toISOString()).toBe("2027-01-15T12:00:00.000Z");
    expect(instantFromStockholm("2027-06-15", "13:00")?.toISOString()).toBe("2027-06-15T11:00:00.000Z");
  });

  it("refuses dates and times that do not exist", () => {
    expect(instantFromStockholm("2027-02-30", "10:00")).toBeNull();
    expect(instantFromStockholm("2027-13-01", "10:00")).toBeNull();
    expect(instantFromStockholm("2027-01-01", "24:00")).toBeNull();
    expect(instantFromStockholm("2027-1-1", "9:00")).toBeNull();
    expect(instantFromStockholm("", "")).toBeNull();
  });

  it("puts a New Year's Eve evening meeting in the year it is in Stockholm, not in UTC", () => {
    // 23:30 on 31 December in Stockholm is 22:30 UTC the same day; 00:30 on 1 January is still 31 December in UTC.
    const newYearsNight = instantFromStockholm("2028-01-01", "00:30")!;
    expect(newYearsNight.toISOString()).toBe("2027-12-31T23:30:00.000Z");
    expect(stockholmYear(newYearsNight)).toBe(2028);
    expect(stockholmYear(instantFromStockholm("2027-12-31", "23:30")!)).toBe(2027);
  });

  it("round-trips wall-clock parts across the summer-time switch", () => {
    for (const [date, time] of [["2027-03-28", "01:30"], ["2027-03-28", "03:30"], ["2027-10-31", "01:30"], ["2027-10-31", "04:00"]] as const) {
      const parts = stockholmParts(instantFromStockholm(date, time)!);
      expect([parts.date, parts.time]).toEqual([date, time]);
    }
  });

  it("bounds a cycle by Stockholm midnights", () => {
    const { start, end } = stockholmYearBounds(2027);
    expect(start.toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(end.toISOString()).toBe("2027-12-31T23:00:00.000Z");
  });
});
