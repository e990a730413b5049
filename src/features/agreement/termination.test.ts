import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stockholmDay } from "@/lib/stockholm-day";
import { addDays, addMonths, day, isoDay, yearEnd } from "./dates";
import { agreementEnd, lastNoticeDay, terminationEndDate, type NoticeTerms } from "./termination";

/** The Huddinge–Södertörn clause: six months' notice to the nearest calendar year-end. */
const CLAUSE: NoticeTerms = { noticePeriodMonths: 6, endsAtYearEnd: true, endDate: null };
const terms = (overrides: Partial<NoticeTerms> = {}): NoticeTerms => ({ ...CLAUSE, ...overrides });
const endOf = (received: string, overrides: Partial<NoticeTerms> = {}) => isoDay(terminationEndDate(day(received), terms(overrides)).endDate);

function everyDayOf(year: number): Date[] {
  const days: Date[] = [];
  for (let current = day(`${year}-01-01`); current.getUTCFullYear() === year; current = addDays(current, 1)) days.push(current);
  return days;
}

describe("the termination end date with six months' notice to the year-end", () => {
  it("ends on 31 December the same year for notice received on 30 June, the next year for 1 July", () => {
    expect(endOf("2026-06-30")).toBe("2026-12-31");
    expect(endOf("2026-07-01")).toBe("2027-12-31");
  });

  // Every month of the year, on its first, middle and last day.
  it.each([
    ["01", "2026-12-31"],
    ["02", "2026-12-31"],
    ["03", "2026-12-31"],
    ["04", "2026-12-31"],
    ["05", "2026-12-31"],
    ["06", "2026-12-31"],
    ["07", "2027-12-31"],
    ["08", "2027-12-31"],
    ["09", "2027-12-31"],
    ["10", "2027-12-31"],
    ["11", "2027-12-31"],
    ["12", "2027-12-31"],
  ])("notice received in month %s of 2026 ends the agreement on %s", (month, expected) => {
    const first = day(`2026-${month}-01`);
    const last = addDays(addMonths(first, 1), -1);
    for (const received of [first, day(`2026-${month}-15`), last]) {
      expect(isoDay(terminationEndDate(received, CLAUSE).endDate), isoDay(received)).toBe(expected);
    }
  });

  it("holds for every day of an ordinary year and of a leap year", () => {
    for (const year of [2026, 2028]) {
      for (const received of everyDayOf(year)) {
        const byMidyear = received <= day(`${year}-06-30`);
        expect(terminationEndDate(received, CLAUSE).endDate, isoDay(received)).toEqual(yearEnd(byMidyear ? year : year + 1));
      }
    }
  });

  it("counts leap days right: 29 February, and periods that end in February", () => {
    expect(endOf("2028-02-29")).toBe("2028-12-31");
    expect(endOf("2028-02-29", { noticePeriodMonths: 12 })).toBe("2029-12-31");
    // Without the year-end rule the period runs out on the same date, or the month's last day.
    expect(endOf("2027-08-31", { endsAtYearEnd: false })).toBe("2028-02-29");
    expect(endOf("2027-08-29", { endsAtYearEnd: false })).toBe("2028-02-29");
    expect(endOf("2026-08-31", { endsAtYearEnd: false })).toBe("2027-02-28");
    expect(endOf("2028-02-29", { endsAtYearEnd: false, noticePeriodMonths: 12 })).toBe("2029-02-28");
  });

  it("lets an earlier fixed end date win, and says so", () => {
    const fixed = day("2026-09-30");
    expect(terminationEndDate(day("2026-03-01"), terms({ endDate: fixed }))).toEqual({
      endDate: fixed,
      byNotice: day("2026-12-31"),
      fixedEndFirst: true,
    });
    // A fixed end after the computed date changes nothing.
    expect(terminationEndDate(day("2026-03-01"), terms({ endDate: day("2030-12-31") }))).toEqual({
      endDate: day("2026-12-31"),
      byNotice: day("2026-12-31"),
      fixedEndFirst: false,
    });
    // On the same day, the fixed end is what ends the agreement.
    expect(terminationEndDate(day("2026-03-01"), terms({ endDate: day("2026-12-31") })).fixedEndFirst).toBe(true);
  });
});

describe("other notice periods", () => {
  it("three months: notice by 30 September ends the agreement on 31 December that year", () => {
    expect(endOf("2026-09-30", { noticePeriodMonths: 3 })).toBe("2026-12-31");
    expect(endOf("2026-10-01", { noticePeriodMonths: 3 })).toBe("2027-12-31");
    expect(endOf("2026-01-01", { noticePeriodMonths: 3 })).toBe("2026-12-31");
  });

  it("twelve months: notice by 31 December ends the agreement at the end of the next year", () => {
    expect(endOf("2025-12-31", { noticePeriodMonths: 12 })).toBe("2026-12-31");
    expect(endOf("2026-01-01", { noticePeriodMonths: 12 })).toBe("2027-12-31");
    expect(endOf("2026-06-30", { noticePeriodMonths: 12 })).toBe("2027-12-31");
  });

  it("one month and eighteen months", () => {
    expect(endOf("2026-11-30", { noticePeriodMonths: 1 })).toBe("2026-12-31");
    expect(endOf("2026-12-01", { noticePeriodMonths: 1 })).toBe("2027-12-31");
    expect(endOf("2026-06-30", { noticePeriodMonths: 18 })).toBe("2027-12-31");
    expect(endOf("2026-07-01", { noticePeriodMonths: 18 })).toBe("2028-12-31");
  });

  it("without the year-end rule, ends when the period runs out", () => {
    expect(endOf("2026-03-15", { endsAtYearEnd: false })).toBe("2026-09-15");
    expect(endOf("2026-03-15", { endsAtYearEnd: false, noticePeriodMonths: 3 })).toBe("2026-06-15");
  });

  it("refuses a notice period that is not a whole number of months of at least one", () => {
    for (const months of [0, -6, 1.5, Number.NaN]) {
      expect(() => terminationEndDate(day("2026-01-01"), terms({ noticePeriodMonths: months }))).toThrow(RangeError);
    }
  });

  // Generalises the clause: the nearest year-end at least N months after notice, for any N.
  it("always gives the nearest year-end at least the notice period away", () => {
    const anyDay = fc.integer({ min: 0, max: 365 * 30 }).map((offset) => addDays(day("2020-01-01"), offset));
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 60 }), (received, months) => {
        const { endDate } = terminationEndDate(received, terms({ noticePeriodMonths: months }));
        // An independent statement of the rule: the year-end of the month the period ends in.
        const expectedYear = received.getUTCFullYear() + Math.floor((received.getUTCMonth() + months) / 12);
        expect(endDate).toEqual(yearEnd(expectedYear));
        expect(addMonths(received, months) <= endDate).toBe(true);
        expect(addMonths(received, months) > yearEnd(expectedYear - 1)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the last day to give notice for the coming year-end", () => {
  const deadline = (today: string, overrides: Partial<NoticeTerms> = {}) => {
    const result = lastNoticeDay(day(today), terms(overrides));
    return result && { lastDay: isoDay(result.lastDay), endDate: isoDay(result.endDate) };
  };

  it("is 30 June for this year's end until then, and next year's 30 June after", () => {
    expect(deadline("2026-01-01")).toEqual({ lastDay: "2026-06-30", endDate: "2026-12-31" });
    expect(deadline("2026-06-30")).toEqual({ lastDay: "2026-06-30", endDate: "2026-12-31" });
    expect(deadline("2026-07-01")).toEqual({ lastDay: "2027-06-30", endDate: "2027-12-31" });
    expect(deadline("2026-12-31")).toEqual({ lastDay: "2027-06-30", endDate: "2027-12-31" });
    expect(deadline("2028-02-29")).toEqual({ lastDay: "2028-06-30", endDate: "2028-12-31" });
  });

  it("follows the notice period", () => {
    expect(deadline("2026-01-10", { noticePeriodMonths: 3 })).toEqual({ lastDay: "2026-09-30", endDate: "2026-12-31" });
    expect(deadline("2026-05-05", { noticePeriodMonths: 12 })).toEqual({ lastDay: "2026-12-31", endDate: "2027-12-31" });
    expect(deadline("2026-12-01", { noticePeriodMonths: 1 })).toEqual({ lastDay: "2027-11-30", endDate: "2027-12-31" });
    // Ten months: the period ends in a February, 28 or 29 days long.
    expect(deadline("2026-01-01", { noticePeriodMonths: 10 })).toEqual({ lastDay: "2026-02-28", endDate: "2026-12-31" });
    expect(deadline("2027-03-01", { noticePeriodMonths: 10 })).toEqual({ lastDay: "2028-02-29", endDate: "2028-12-31" });
  });

  it("is null without the year-end rule, and when a fixed end comes at or before that year-end", () => {
    expect(deadline("2026-03-01", { endsAtYearEnd: false })).toBeNull();
    expect(deadline("2026-03-01", { endDate: day("2026-12-31") })).toBeNull();
    expect(deadline("2026-03-01", { endDate: day("2026-10-31") })).toBeNull();
    expect(deadline("2026-03-01", { endDate: day("2027-06-30") })).toEqual({ lastDay: "2026-06-30", endDate: "2026-12-31" });
  });

  it("is the very last day that still reaches the year-end, and never before today", () => {
    const anyDay = fc.integer({ min: 0, max: 365 * 30 }).map((offset) => addDays(day("2020-01-01"), offset));
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 36 }), (today, months) => {
        const clause = terms({ noticePeriodMonths: months });
        const result = lastNoticeDay(today, clause)!;
        expect(result.lastDay >= today).toBe(true);
        expect(result.endDate).toEqual(terminationEndDate(today, clause).endDate);
        expect(terminationEndDate(result.lastDay, clause).endDate).toEqual(result.endDate);
        expect(terminationEndDate(addDays(result.lastDay, 1), clause).endDate > result.endDate).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("when the agreement ends", () => {
  const notice = (endDate: string, withdrawn = false) => ({ endDate: day(endDate), withdrawn });

  it("runs until further notice without a fixed end or a notice", () => {
    expect(agreementEnd(day("2026-05-01"), { endDate: null }, [])).toEqual({ endDate: null, reason: null, ended: false });
  });

  it("ends on the earliest of the fixed end and the notices in force; withdrawn notices count for nothing", () => {
    expect(agreementEnd(day("2026-05-01"), { endDate: null }, [notice("2026-12-31")])).toEqual({ endDate: day("2026-12-31"), reason: "NOTICE", ended: false });
    expect(agreementEnd(day("2026-05-01"), { endDate: null }, [notice("2026-12-31", true)])).toEqual({ endDate: null, reason: null, ended: false });
    expect(agreementEnd(day("2026-05-01"), { endDate: null }, [notice("2027-12-31"), notice("2026-12-31")]).endDate).toEqual(day("2026-12-31"));
    expect(agreementEnd(day("2026-05-01"), { endDate: day("2026-09-30") }, [notice("2026-12-31")])).toEqual({
      endDate: day("2026-09-30"),
      reason: "FIXED_END",
      ended: false,
    });
  });

  it("is ended, and read-only, from the day after its last day", () => {
    const terms = { endDate: null };
    expect(agreementEnd(day("2026-12-31"), terms, [notice("2026-12-31")]).ended).toBe(false);
    expect(agreementEnd(day("2027-01-01"), terms, [notice("2026-12-31")]).ended).toBe(true);
    expect(agreementEnd(day("2027-01-01"), { endDate: day("2026-12-31") }, []).ended).toBe(true);
  });
});

describe("today, in Stockholm", () => {
  it("is the Swedish calendar day, not the UTC one, around midnight", () => {
    // 00:30 on 1 July in Stockholm (summer time, UTC+2) is still 30 June in UTC.
    expect(stockholmDay(new Date("2026-06-30T22:30:00Z"))).toEqual(day("2026-07-01"));
    expect(stockholmDay(new Date("2026-06-30T21:59:59Z"))).toEqual(day("2026-06-30"));
    // Winter time, UTC+1.
    expect(stockholmDay(new Date("2026-12-31T23:00:00Z"))).toEqual(day("2027-01-01"));
  });
});
