import { describe, expect, it } from "vitest";
import { callDatesRefusal, deadlineDay, deadlineInstant, deadlinePassedUnnoticed, openingInstant, reopenRefusal, submissionRefusal } from "./deadline";

describe("the deadline instant", () => {
  it("is the end of the Stockholm day: midnight after it, in winter and in summer time", () => {
    expect(deadlineInstant("2026-01-31")!.toISOString()).toBe("2026-01-31T23:00:00.000Z");
    expect(deadlineInstant("2026-09-30")!.toISOString()).toBe("2026-09-30T22:00:00.000Z");
    // The night summer time ends (25 October 2026): the day is 25 hours long.
    expect(deadlineInstant("2026-10-24")!.toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(deadlineInstant("2026-10-25")!.toISOString()).toBe("2026-10-25T23:00:00.000Z");
    expect(deadlineInstant("2026-12-31")!.toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("refuses dates that do not exist", () => {
    for (const text of ["2026-02-30", "2026-13-01", "30/09/2026", "", "2026-9-1"]) expect(deadlineInstant(text)).toBeNull();
  });

  it("shows as the day it ends", () => {
    for (const day of ["2026-01-31", "2026-03-29", "2026-09-30", "2026-10-25", "2026-12-31"]) expect(deadlineDay(deadlineInstant(day)!)).toBe(day);
  });
});

describe("the deadline rule", () => {
  const call = { opensAt: openingInstant("2026-03-01")!, deadline: deadlineInstant("2026-09-30")! };

  it("takes proposals from the opening to the last millisecond of the deadline day", () => {
    expect(submissionRefusal(call, new Date("2026-02-28T22:59:59.999Z"))).toBe("callNotOpenYet");
    expect(submissionRefusal(call, new Date("2026-02-28T23:00:00.000Z"))).toBeNull();
    expect(submissionRefusal(call, new Date("2026-09-30T21:59:59.999Z"))).toBeNull();
  });

  it("refuses at and after the deadline", () => {
    expect(submissionRefusal(call, new Date("2026-09-30T22:00:00.000Z"))).toBe("deadlinePassed");
    expect(submissionRefusal(call, new Date("2027-01-01T00:00:00.000Z"))).toBe("deadlinePassed");
  });

  it("refuses without a call", () => {
    expect(submissionRefusal(null, new Date())).toBe("noOpenCall");
  });

  it("takes proposals again once reopened with a later deadline", () => {
    const now = new Date("2026-10-05T10:00:00Z");
    expect(submissionRefusal(call, now)).toBe("deadlinePassed");
    const newDeadline = deadlineInstant("2026-10-15")!;
    expect(reopenRefusal(call, newDeadline, now)).toBeNull();
    expect(submissionRefusal({ ...call, deadline: newDeadline }, now)).toBeNull();
  });

  it("refuses a reopening or a new call whose deadline is already past", () => {
    const now = new Date("2026-10-05T10:00:00Z");
    expect(reopenRefusal(call, deadlineInstant("2026-10-04")!, now)).toBe("deadlineInPast");
    expect(callDatesRefusal(openingInstant("2026-10-01")!, deadlineInstant("2026-10-04")!, now)).toBe("deadlineInPast");
    expect(callDatesRefusal(openingInstant("2026-11-01")!, deadlineInstant("2026-10-30")!, now)).toBe("deadlineBeforeOpening");
    expect(callDatesRefusal(openingInstant("2026-10-01")!, deadlineInstant("2026-10-30")!, now)).toBeNull();
  });

  it("tells the working group once a deadline passed", () => {
    const now = new Date("2026-10-01T00:00:00Z");
    expect(deadlinePassedUnnoticed({ deadline: call.deadline, deadlineNotifiedAt: null }, now)).toBe(true);
    expect(deadlinePassedUnnoticed({ deadline: call.deadline, deadlineNotifiedAt: now }, now)).toBe(false);
    expect(deadlinePassedUnnoticed({ deadline: call.deadline, deadlineNotifiedAt: null }, new Date("2026-09-30T12:00:00Z"))).toBe(false);
  });
});
