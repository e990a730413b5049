import { describe, expect, it } from "vitest";
import { daysLeft, followUpState, nextStepOf, overviewParts, preparationItems, type FollowUpCandidate } from "./rules";

const day = (value: string) => new Date(`${value}T00:00:00Z`);
const TODAY = day("2026-06-15");

describe("overviewParts", () => {
  it("gives each role its part, and several roles every part in the page's order", () => {
    expect(overviewParts(["READER"])).toEqual(["reader"]);
    expect(overviewParts(["ADMINISTRATOR", "CONTRIBUTOR", "STEERING_GROUP_MEMBER"])).toEqual(["steering", "contributor", "administrator"]);
    expect(overviewParts(["WORKING_GROUP_MEMBER", "STEERING_GROUP_MEMBER", "READER", "ADMINISTRATOR", "CONTRIBUTOR"])).toEqual([
      "steering",
      "working",
      "contributor",
      "administrator",
      "reader",
    ]);
    expect(overviewParts([])).toEqual([]);
  });
});

describe("followUpState", () => {
  const running: FollowUpCandidate = { status: "ON_TRACK", startsOn: day("2026-01-01"), endsOn: day("2026-12-31"), followedUpAt: null };

  it("is due for a running activity never followed up", () => {
    expect(followUpState(running, TODAY)).toBe("due");
  });

  it("is not due within half a year of the last follow-up, and due again after it", () => {
    expect(followUpState({ ...running, followedUpAt: day("2026-03-01") }, TODAY)).toBeNull();
    expect(followUpState({ ...running, followedUpAt: day("2025-12-01") }, TODAY)).toBe("due");
  });

  it("is overdue once the activity ended without being done or cancelled, however recent its follow-up", () => {
    expect(followUpState({ ...running, endsOn: day("2026-06-14"), followedUpAt: day("2026-06-01") }, TODAY)).toBe("overdue");
    expect(followUpState({ ...running, endsOn: day("2026-06-15") }, TODAY)).toBe("due");
  });

  it("asks nothing of an activity not yet started, done or cancelled", () => {
    expect(followUpState({ ...running, startsOn: day("2026-06-16") }, TODAY)).toBeNull();
    expect(followUpState({ ...running, status: "DONE", endsOn: day("2026-01-31") }, TODAY)).toBeNull();
    expect(followUpState({ ...running, status: "CANCELLED" }, TODAY)).toBeNull();
  });
});

describe("daysLeft", () => {
  it("counts whole days to the deadline day, 0 on the day itself", () => {
    expect(daysLeft(TODAY, "2026-06-15")).toBe(0);
    expect(daysLeft(TODAY, "2026-06-16")).toBe(1);
    expect(daysLeft(TODAY, "2026-09-30")).toBe(107);
  });
});

describe("nextStepOf", () => {
  it("tells the author what happens next at each status", () => {
    expect(nextStepOf("DRAFT", true)).toBe("submit");
    expect(nextStepOf("DRAFT", false)).toBe("callClosed");
    expect(nextStepOf("SUBMITTED", true)).toBe("awaitReview");
    expect(nextStepOf("UNDER_REVIEW", true)).toBe("inReview");
    expect(nextStepOf("PUT_FORWARD", true)).toBe("awaitDecision");
    expect(nextStepOf("ACCEPTED", false)).toBe("accepted");
    expect(nextStepOf("REJECTED", false)).toBe("rejected");
    expect(nextStepOf("WITHDRAWN", false)).toBe("withdrawn");
  });
});

describe("preparationItems", () => {
  const meeting = { id: "m1", cycleYear: 2026, documentCount: 2 };

  it("asks for the steering group's meeting to be planned when there is none", () => {
    expect(preparationItems({ steeringMeeting: null, proposalsToReview: 3, nextPlanStatus: null })).toEqual([{ key: "scheduleSteering" }]);
  });

  it("lists proposals to review, next year's plan while a draft or missing, and missing underlag", () => {
    expect(preparationItems({ steeringMeeting: { ...meeting, documentCount: 0 }, proposalsToReview: 2, nextPlanStatus: "DRAFT" })).toEqual([
      { key: "proposals", count: 2 },
      { key: "plan", year: 2027 },
      { key: "underlag", meetingId: "m1" },
    ]);
    expect(preparationItems({ steeringMeeting: meeting, proposalsToReview: 0, nextPlanStatus: null })).toEqual([{ key: "plan", year: 2027 }]);
  });

  it("is empty when everything is ready", () => {
    expect(preparationItems({ steeringMeeting: meeting, proposalsToReview: 0, nextPlanStatus: "PROPOSED" })).toEqual([]);
    expect(preparationItems({ steeringMeeting: meeting, proposalsToReview: 0, nextPlanStatus: "ADOPTED" })).toEqual([]);
  });
});
