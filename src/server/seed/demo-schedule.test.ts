import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stockholmParts, stockholmYear } from "@/features/meetings/meeting-time";
import { isWorkingDay, lastWorkingDayOf, slotInstants, workingDayOnOrAfter, workingDayOnOrBefore } from "./demo-dates";
import { DEMO_HISTORY_YEARS, demoSchedule, recentExtraMeetingSlot } from "./demo-schedule";

/** Seeding instants from 2024 to 2035, with extra weight on the last weeks of a year. */
const seedingInstant = fc.oneof(
  fc.date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2035-12-31T23:59:59Z"), noInvalidDate: true }),
  fc
    .record({ year: fc.integer({ min: 2024, max: 2035 }), day: fc.integer({ min: 0, max: 20 }), minutes: fc.integer({ min: 0, max: 24 * 60 - 1 }) })
    .map(({ year, day, minutes }) => new Date(Date.UTC(year, 11, 11 + day, 0, minutes) - 60 * 60_000)),
);

describe("working days", () => {
  it("knows the Swedish weekends and holidays, Christmas and midsummer eves too", () => {
    expect(isWorkingDay("2026-12-07")).toBe(true); // a Monday
    expect(isWorkingDay("2026-12-05")).toBe(false); // a Saturday
    for (const closed of ["2026-01-01", "2026-01-06", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14", "2026-06-19", "2026-12-24", "2026-12-25", "2026-12-31"]) {
      expect(isWorkingDay(closed), closed).toBe(false);
    }
    expect(workingDayOnOrAfter("2026-12-24")).toBe("2026-12-28");
    expect(workingDayOnOrBefore("2026-12-31")).toBe("2026-12-30");
    expect(lastWorkingDayOf(2027)).toBe("2027-12-30");
  });
});

describe("the demo's meeting schedule", () => {
  it("puts every meeting on a working day in office hours, in its own year, held before now and planned after it", () => {
    fc.assert(
      fc.property(seedingInstant, (now) => {
        const year = stockholmYear(now);
        const meetings = demoSchedule(now);
        expect(meetings).toHaveLength(3 * (DEMO_HISTORY_YEARS + 1));
        for (const meeting of meetings) {
          const { startsAt, endsAt } = slotInstants(meeting.slot);
          expect(isWorkingDay(meeting.slot.date), meeting.slot.date).toBe(true);
          expect(meeting.slot.start >= "08:00" && meeting.slot.end <= "17:00" && meeting.slot.start < meeting.slot.end).toBe(true);
          expect(stockholmYear(startsAt)).toBe(meeting.year);
          expect(stockholmParts(startsAt).time).toBe(meeting.slot.start);
          if (meeting.held) expect(endsAt.getTime()).toBeLessThan(now.getTime());
          else expect(startsAt.getTime()).toBeGreaterThan(now.getTime());
        }
        expect(meetings.map((meeting) => meeting.year)).toEqual(Array.from({ length: DEMO_HISTORY_YEARS + 1 }, (_, index) => [year - DEMO_HISTORY_YEARS + index, year - DEMO_HISTORY_YEARS + index, year - DEMO_HISTORY_YEARS + index]).flat());
        // Past years are all held.
        expect(meetings.slice(0, 3 * DEMO_HISTORY_YEARS).every((meeting) => meeting.held)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("keeps the order of the year: spring, then autumn, then the steering group, and a held meeting never after a planned one", () => {
    fc.assert(
      fc.property(seedingInstant, (now) => {
        const meetings = demoSchedule(now);
        for (let index = 0; index < meetings.length; index += 3) {
          const [spring, autumn, steering] = meetings.slice(index, index + 3).map((meeting) => slotInstants(meeting.slot));
          expect(spring!.endsAt.getTime()).toBeLessThanOrEqual(autumn!.startsAt.getTime());
          expect(autumn!.endsAt.getTime()).toBeLessThanOrEqual(steering!.startsAt.getTime());
        }
        const firstPlanned = meetings.findIndex((meeting) => !meeting.held);
        if (firstPlanned >= 0) expect(meetings.slice(firstPlanned).every((meeting) => !meeting.held)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("holds this year's spring meeting and plans the rest ahead, from mid-December too (nothing slides into January)", () => {
    for (const now of [new Date("2026-12-06T05:00:00Z"), new Date("2026-12-15T10:00:00Z"), new Date("2026-12-22T16:00:00Z"), new Date("2026-12-29T07:00:00Z")]) {
      const current = demoSchedule(now).slice(-3);
      expect(current.map((meeting) => [meeting.kind, meeting.held])).toEqual([
        ["spring", true],
        ["autumn", false],
        ["steering", false],
      ]);
      for (const meeting of current) expect(meeting.slot.date.startsWith("2026-")).toBe(true);
    }
    expect(demoSchedule(new Date("2026-02-01T10:00:00Z")).slice(-3).every((meeting) => !meeting.held)).toBe(true);
    expect(demoSchedule(new Date("2026-06-01T10:00:00Z")).slice(-2).map((meeting) => meeting.slot.date)).toEqual(["2026-10-14", "2026-11-18"]);
  });

  it("places a recent extra meeting on a working day before today, after the meeting that prepared it", () => {
    fc.assert(
      fc.property(seedingInstant, fc.integer({ min: 1, max: 200 }), (now, daysBefore) => {
        const after = new Date(now.getTime() - daysBefore * 86_400_000);
        const slot = recentExtraMeetingSlot(now, after);
        if (slot === null) return;
        const { startsAt, endsAt } = slotInstants(slot);
        expect(isWorkingDay(slot.date)).toBe(true);
        expect(startsAt.getTime()).toBeGreaterThan(after.getTime());
        expect(endsAt.getTime()).toBeLessThan(now.getTime());
        expect(stockholmYear(startsAt)).toBe(stockholmYear(now));
      }),
      { numRuns: 300 },
    );
  });
});
