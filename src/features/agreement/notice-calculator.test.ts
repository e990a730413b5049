import { describe, expect, it } from "vitest";
import { mayCalculateNotice } from "./access";
import { day } from "./dates";
import { answerNoticeQuestion, calculateNotice } from "./notice-calculator";

const HUDDINGE_SODERTORN = { noticePeriodMonths: 6, endsAtYearEnd: true, endDate: null };

describe("the notice calculator's answer", () => {
  it.each([
    ["2027-06-30", "2027-12-31"],
    ["2027-07-01", "2028-12-31"],
    ["2028-02-29", "2028-12-31"],
    ["2027-01-01", "2027-12-31"],
    ["2027-12-31", "2028-12-31"],
  ])("six months' notice to the nearest year-end: received %s ends the agreement on %s", (received, end) => {
    expect(answerNoticeQuestion(day(received), HUDDINGE_SODERTORN).endDate).toEqual(day(end));
  });

  it("explains the rule with the dates that matter for the day asked about", () => {
    expect(answerNoticeQuestion(day("2027-03-15"), HUDDINGE_SODERTORN).rule).toEqual({
      kind: "yearEnd",
      months: 6,
      lastDay: day("2027-06-30"),
      endDate: day("2027-12-31"),
      laterEndDate: day("2028-12-31"),
    });
    expect(answerNoticeQuestion(day("2027-07-01"), HUDDINGE_SODERTORN).rule).toMatchObject({ lastDay: day("2028-06-30"), endDate: day("2028-12-31"), laterEndDate: day("2029-12-31") });
    expect(answerNoticeQuestion(day("2027-03-15"), { noticePeriodMonths: 3, endsAtYearEnd: false, endDate: null })).toMatchObject({
      endDate: day("2027-06-15"),
      rule: { kind: "plain", months: 3 },
    });
  });

  it("ends on a fixed end date that comes first", () => {
    const answer = answerNoticeQuestion(day("2027-07-01"), { ...HUDDINGE_SODERTORN, endDate: day("2028-06-30") });
    expect(answer).toMatchObject({ endDate: day("2028-06-30"), byNotice: day("2028-12-31"), fixedEndFirst: true, fixedEndDate: day("2028-06-30") });
    // A fixed end date after the notice's end changes nothing.
    expect(answerNoticeQuestion(day("2027-06-30"), { ...HUDDINGE_SODERTORN, endDate: day("2030-12-31") })).toMatchObject({ endDate: day("2027-12-31"), fixedEndFirst: false });
  });
});

describe("the notice calculator's form", () => {
  const agreement = {
    partyIds: ["huddinge", "sh"],
    versions: [
      { number: 1, effectiveDate: day("2025-01-01"), terms: HUDDINGE_SODERTORN },
      // From 2029 the agreement has a fixed end: the terms in force on the day notice is received apply.
      { number: 2, effectiveDate: day("2029-01-01"), terms: { ...HUDDINGE_SODERTORN, endDate: day("2029-09-30") } },
    ],
  };

  it("shows an empty form when nothing is asked", () => {
    expect(calculateNotice({}, agreement)).toEqual({ state: { status: "idle", message: null, fieldErrors: {}, values: {} }, answer: null });
  });

  it("answers a question on the terms in force on the day notice is received", () => {
    expect(calculateNotice({ noticeFrom: "sh", noticeOn: "2027-07-01" }, agreement).answer).toMatchObject({ partyId: "sh", endDate: day("2028-12-31") });
    expect(calculateNotice({ noticeFrom: "sh", noticeOn: "2029-03-01" }, agreement).answer).toMatchObject({ endDate: day("2029-09-30"), fixedEndFirst: true });
  });

  it("reports every problem of a bad question at once, and keeps what was typed", () => {
    const { state, answer } = calculateNotice({ noticeFrom: "", noticeOn: "2027-02-30" }, agreement);
    expect(answer).toBeNull();
    expect(state).toMatchObject({ status: "error", message: "errors.validation", fieldErrors: { noticeFrom: ["validation.required"], noticeOn: ["validation.date"] }, values: { noticeFrom: "", noticeOn: "2027-02-30" } });
    expect(calculateNotice({ noticeFrom: "someone-else", noticeOn: "2027-06-30" }, agreement).state.fieldErrors).toEqual({ noticeFrom: ["validation.invalid"] });
    expect(calculateNotice({ noticeFrom: ["sh", "huddinge"], noticeOn: "x" }, agreement).state.fieldErrors).toEqual({ noticeFrom: ["validation.invalid"], noticeOn: ["validation.date"] });
    expect(calculateNotice({ noticeOn: "2027-06-30" }, agreement).state.fieldErrors).toEqual({ noticeFrom: ["validation.required"] });
  });
});

describe("who sees the notice calculator", () => {
  it("administrators and the steering group, by role or as a current member", () => {
    expect(mayCalculateNotice({ roles: ["ADMINISTRATOR"], inSteeringGroup: false })).toBe(true);
    expect(mayCalculateNotice({ roles: ["STEERING_GROUP_MEMBER"], inSteeringGroup: false })).toBe(true);
    expect(mayCalculateNotice({ roles: ["READER"], inSteeringGroup: true })).toBe(true);
    expect(mayCalculateNotice({ roles: ["WORKING_GROUP_MEMBER", "CONTRIBUTOR", "READER"], inSteeringGroup: false })).toBe(false);
  });
});
