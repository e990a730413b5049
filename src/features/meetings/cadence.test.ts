import { describe, expect, it } from "vitest";
import { cadenceCompliance, regularSlotRefusal, type CadenceMeeting } from "./cadence";
import { instantFromStockholm, stockholmYear } from "./meeting-time";

let nextId = 0;
function meeting(date: string, overrides: Partial<CadenceMeeting> = {}): CadenceMeeting {
  const startsAt = instantFromStockholm(date, "10:00")!;
  return { id: `m${++nextId}`, cycleYear: stockholmYear(startsAt), status: "PLANNED", isExtra: false, startsAt, ...overrides };
}

describe("regular slots", () => {
  it("refuses a second regular steering-group meeting in a year, and allows one the next year", () => {
    const existing = [meeting("2027-05-10")];
    expect(regularSlotRefusal({ meetingsPerYear: 1, year: 2027, isExtra: false, existing })).toBe("cadenceFull");
    expect(regularSlotRefusal({ meetingsPerYear: 1, year: 2028, isExtra: false, existing })).toBeNull();
  });

  it("gives the working group two regular meetings and refuses the third", () => {
    const one = [meeting("2027-03-01")];
    const two = [...one, meeting("2027-10-01")];
    expect(regularSlotRefusal({ meetingsPerYear: 2, year: 2027, isExtra: false, existing: one })).toBeNull();
    expect(regularSlotRefusal({ meetingsPerYear: 2, year: 2027, isExtra: false, existing: two })).toBe("cadenceFull");
  });

  it("lets an extra meeting through whatever the count", () => {
    expect(regularSlotRefusal({ meetingsPerYear: 1, year: 2027, isExtra: true, existing: [meeting("2027-05-10")] })).toBeNull();
  });

  it("frees the slot of a cancelled meeting, and extra meetings take none", () => {
    const existing = [meeting("2027-05-10", { status: "CANCELLED" }), meeting("2027-06-01", { isExtra: true })];
    expect(regularSlotRefusal({ meetingsPerYear: 1, year: 2027, isExtra: false, existing })).toBeNull();
  });

  it("does not count the meeting being moved against itself", () => {
    const moving = meeting("2027-05-10");
    expect(regularSlotRefusal({ meetingsPerYear: 1, year: 2027, isExtra: false, existing: [moving], ignoreMeetingId: moving.id })).toBeNull();
  });

  it("checks a move into another year against that year's slots", () => {
    const moving = meeting("2027-05-10");
    const nextYears = meeting("2028-04-01");
    expect(regularSlotRefusal({ meetingsPerYear: 1, year: 2028, isExtra: false, existing: [moving, nextYears], ignoreMeetingId: moving.id })).toBe("cadenceFull");
  });

  it("counts a meeting just after midnight on New Year's Day (Stockholm) in the new year", () => {
    const newYear = meeting("2028-01-01");
    const late = { ...newYear, startsAt: instantFromStockholm("2028-01-01", "00:30")! };
    late.cycleYear = stockholmYear(late.startsAt);
    expect(regularSlotRefusal({ meetingsPerYear: 1, year: 2027, isExtra: false, existing: [late] })).toBeNull();
    expect(regularSlotRefusal({ meetingsPerYear: 1, year: 2028, isExtra: false, existing: [late] })).toBe("cadenceFull");
  });
});

describe("cadence compliance", () => {
  const now = instantFromStockholm("2027-06-01", "12:00")!;

  it("names what is missing in the current year and by when", () => {
    const result = cadenceCompliance({ year: 2027, currentYear: 2027, now, meetingsPerYear: 2, meetings: [meeting("2027-03-01", { status: "HELD" })] });
    expect(result).toMatchObject({ required: 2, scheduled: 1, held: 1, toSchedule: 1, status: "toSchedule", deadline: "2027-12-31" });
  });

  it("is on track when the year's meetings are planned, and met when held", () => {
    const planned = [meeting("2027-03-01", { status: "HELD" }), meeting("2027-10-01")];
    expect(cadenceCompliance({ year: 2027, currentYear: 2027, now, meetingsPerYear: 2, meetings: planned }).status).toBe("onTrack");
    const held = planned.map((m) => ({ ...m, status: "HELD" as const }));
    expect(cadenceCompliance({ year: 2027, currentYear: 2027, now, meetingsPerYear: 2, meetings: held }).status).toBe("met");
  });

  it("marks a past year missed when too few were held, even if more were planned", () => {
    const result = cadenceCompliance({ year: 2026, currentYear: 2027, now, meetingsPerYear: 1, meetings: [meeting("2026-05-01")] });
    expect(result.status).toBe("missed");
    expect(result.awaitingRecord).toBe(1);
  });

  it("does not let extra or cancelled meetings make up for regular ones", () => {
    const meetings = [meeting("2027-02-01", { isExtra: true, status: "HELD" }), meeting("2027-03-01", { status: "CANCELLED" })];
    const result = cadenceCompliance({ year: 2027, currentYear: 2027, now, meetingsPerYear: 1, meetings });
    expect(result).toMatchObject({ held: 0, scheduled: 0, extra: 1, cancelled: 1, toSchedule: 1, status: "toSchedule" });
  });

  it("reports next year as still to schedule until it is planned", () => {
    expect(cadenceCompliance({ year: 2028, currentYear: 2027, now, meetingsPerYear: 1, meetings: [] }).status).toBe("toSchedule");
    expect(cadenceCompliance({ year: 2028, currentYear: 2027, now, meetingsPerYear: 1, meetings: [meeting("2028-05-01")] }).status).toBe("onTrack");
  });
});
