import { describe, expect, it } from "vitest";
import { day, isoDay } from "./dates";
import { dueReminders, type ReminderDeadlines } from "./reminders";

const deadlines: ReminderDeadlines = { lastNoticeDay: day("2026-06-30"), fixedEndDate: null, ended: false };
const due = (today: string, overrides: Partial<ReminderDeadlines> = {}) =>
  dueReminders(day(today), { ...deadlines, ...overrides }).map((reminder) => `${reminder.key} (${reminder.daysLeft} d, due ${isoDay(reminder.dueOn)})`);

describe("reminders before the last notice day", () => {
  it("are not due until 60 days before", () => {
    expect(due("2026-04-30")).toEqual([]);
    expect(due("2026-05-01")).toEqual(["NOTICE_DEADLINE:2026-06-30:60 (60 d, due 2026-05-01)"]);
  });

  it("move to the next stage at 30 and 7 days, the latest stage reached only", () => {
    expect(due("2026-05-31")).toEqual(["NOTICE_DEADLINE:2026-06-30:30 (30 d, due 2026-05-31)"]);
    expect(due("2026-06-22")).toEqual(["NOTICE_DEADLINE:2026-06-30:30 (8 d, due 2026-05-31)"]);
    expect(due("2026-06-23")).toEqual(["NOTICE_DEADLINE:2026-06-30:7 (7 d, due 2026-06-23)"]);
    expect(due("2026-06-30")).toEqual(["NOTICE_DEADLINE:2026-06-30:7 (0 d, due 2026-06-23)"]);
  });

  it("stop after the deadline, and for an ended agreement", () => {
    expect(due("2026-07-01")).toEqual([]);
    expect(due("2026-06-30", { ended: true })).toEqual([]);
    expect(due("2026-06-30", { lastNoticeDay: null })).toEqual([]);
  });
});

describe("reminders before a fixed end date", () => {
  it("come 180, 90 and 30 days before, beside the notice reminder, soonest first", () => {
    expect(due("2026-06-01", { lastNoticeDay: null, fixedEndDate: day("2026-12-31") })).toEqual([]);
    expect(due("2026-07-04", { lastNoticeDay: null, fixedEndDate: day("2026-12-31") })).toEqual(["FIXED_END:2026-12-31:180 (180 d, due 2026-07-04)"]);
    expect(due("2026-12-01", { lastNoticeDay: null, fixedEndDate: day("2026-12-31") })).toEqual(["FIXED_END:2026-12-31:30 (30 d, due 2026-12-01)"]);
    expect(due("2026-06-01", { fixedEndDate: day("2026-09-30") })).toEqual([
      "NOTICE_DEADLINE:2026-06-30:30 (29 d, due 2026-05-31)",
      "FIXED_END:2026-09-30:180 (121 d, due 2026-04-03)",
    ]);
  });
});
