import { describe, expect, it } from "vitest";
import { agendaSchedule, movedOrder, renumbered } from "./agenda";
import { instantFromStockholm } from "./meeting-time";

const meeting = { startsAt: instantFromStockholm("2027-05-12", "13:00")!, endsAt: instantFromStockholm("2027-05-12", "14:00")! };
const at = (time: string) => instantFromStockholm("2027-05-12", time);

describe("the agenda's schedule", () => {
  it("starts each item when the ones before it end", () => {
    const schedule = agendaSchedule(meeting, [{ durationMinutes: 10 }, { durationMinutes: 20 }, { durationMinutes: 15 }]);
    expect(schedule.items.map((item) => item.startsAt)).toEqual([at("13:00"), at("13:10"), at("13:30")]);
    expect(schedule).toMatchObject({ totalMinutes: 45, complete: true, endsAt: at("13:45"), overrunMinutes: 0 });
  });

  it("stops giving start times after an item without a duration", () => {
    const schedule = agendaSchedule(meeting, [{ durationMinutes: 10 }, { durationMinutes: null }, { durationMinutes: 15 }]);
    expect(schedule.items.map((item) => item.startsAt)).toEqual([at("13:00"), at("13:10"), null]);
    expect(schedule).toMatchObject({ totalMinutes: 25, complete: false, endsAt: null, overrunMinutes: 0 });
  });

  it("says how far an agenda runs past the meeting's end", () => {
    expect(agendaSchedule(meeting, [{ durationMinutes: 50 }, { durationMinutes: 25 }]).overrunMinutes).toBe(15);
  });

  it("keeps its times right across the switch to summer time", () => {
    // 30 March 2025: clocks go from 02:00 to 03:00.
    const night = { startsAt: instantFromStockholm("2025-03-30", "01:30")!, endsAt: instantFromStockholm("2025-03-30", "04:00")! };
    const schedule = agendaSchedule(night, [{ durationMinutes: 60 }, { durationMinutes: 30 }]);
    expect(schedule.items[1]!.startsAt).toEqual(instantFromStockholm("2025-03-30", "03:30"));
    expect(schedule.overrunMinutes).toBe(0);
  });

  it("is empty without items", () => {
    expect(agendaSchedule(meeting, [])).toMatchObject({ items: [], totalMinutes: 0, complete: true, endsAt: meeting.startsAt });
  });
});

describe("moving an item", () => {
  const ids = ["a", "b", "c"];

  it("swaps it with its neighbour", () => {
    expect(movedOrder(ids, "b", "up")).toEqual(["b", "a", "c"]);
    expect(movedOrder(ids, "b", "down")).toEqual(["a", "c", "b"]);
    expect(ids).toEqual(["a", "b", "c"]);
  });

  it("refuses to move past either end or an unknown item", () => {
    expect(movedOrder(ids, "a", "up")).toBeNull();
    expect(movedOrder(ids, "c", "down")).toBeNull();
    expect(movedOrder(ids, "x", "up")).toBeNull();
  });

  it("renumbers 1…n, updating only the rows whose position changes", () => {
    const current = [
      { id: "a", position: 1 },
      { id: "c", position: 2 },
      { id: "d", position: 4 },
    ];
    expect(renumbered(current, ["a", "c", "d"])).toEqual([{ id: "d", position: 3 }]);
    expect(renumbered(current, ["c", "a", "d"])).toEqual([
      { id: "c", position: 1 },
      { id: "a", position: 2 },
      { id: "d", position: 3 },
    ]);
  });
});
