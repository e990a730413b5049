import { describe, expect, it } from "vitest";
import { needsPreparation, preparationRefusal, type DecisionContext, type PreparingMeeting } from "./preparation";

const steering = (overrides: Partial<DecisionContext> = {}): DecisionContext => ({
  partnershipId: "p1",
  meetingId: "sg-2027",
  groupKind: "STEERING_GROUP",
  cycleYear: 2027,
  subject: "PRIORITY_AREAS",
  ...overrides,
});

const workingGroupMeeting = (overrides: Partial<PreparingMeeting> = {}): PreparingMeeting => ({
  id: "wg-2027-spring",
  partnershipId: "p1",
  groupKind: "WORKING_GROUP",
  cycleYear: 2027,
  status: "HELD",
  latestMinutesSubjects: ["GENERAL", "PRIORITY_AREAS"],
  ...overrides,
});

describe("needsPreparation", () => {
  it("applies to the steering group's decisions on priority areas and the activity plan only", () => {
    expect(needsPreparation("STEERING_GROUP", "PRIORITY_AREAS")).toBe(true);
    expect(needsPreparation("STEERING_GROUP", "ACTIVITY_PLAN")).toBe(true);
    expect(needsPreparation("STEERING_GROUP", "FOLLOW_UP")).toBe(false);
    expect(needsPreparation("STEERING_GROUP", "GENERAL")).toBe(false);
    expect(needsPreparation("WORKING_GROUP", "PRIORITY_AREAS")).toBe(false);
  });
});

describe("preparationRefusal (the order of the year)", () => {
  it("accepts a held working-group meeting of the same cycle that put the subject forward", () => {
    expect(preparationRefusal(steering(), "wg-2027-spring", workingGroupMeeting())).toBeNull();
    expect(
      preparationRefusal(steering({ subject: "ACTIVITY_PLAN" }), "wg-2027-spring", workingGroupMeeting({ latestMinutesSubjects: ["ACTIVITY_PLAN"] })),
    ).toBeNull();
  });

  it("requires the preparing meeting for priority areas and the activity plan", () => {
    expect(preparationRefusal(steering(), null, null)).toBe("required");
    expect(preparationRefusal(steering({ subject: "ACTIVITY_PLAN" }), null, null)).toBe("required");
  });

  it("takes no preparing meeting for other decisions", () => {
    expect(preparationRefusal(steering({ subject: "GENERAL" }), null, null)).toBeNull();
    expect(preparationRefusal(steering({ subject: "FOLLOW_UP" }), "wg-2027-spring", workingGroupMeeting())).toBe("notExpected");
    // The working group puts material forward; its own decisions name no preparing meeting.
    expect(preparationRefusal(steering({ groupKind: "WORKING_GROUP", meetingId: "wg-2027-autumn" }), "wg-2027-spring", workingGroupMeeting())).toBe(
      "notExpected",
    );
  });

  it("refuses a meeting that does not exist or belongs to another partnership", () => {
    expect(preparationRefusal(steering(), "missing", null)).toBe("notFound");
    expect(preparationRefusal(steering(), "wg-2027-spring", workingGroupMeeting({ partnershipId: "p2" }))).toBe("notFound");
  });

  it("refuses a steering-group meeting as the preparing one, itself included", () => {
    expect(preparationRefusal(steering(), "sg-2026", workingGroupMeeting({ id: "sg-2026", groupKind: "STEERING_GROUP" }))).toBe("notWorkingGroup");
    expect(preparationRefusal(steering(), "sg-2027", workingGroupMeeting({ id: "sg-2027", groupKind: "STEERING_GROUP" }))).toBe("notWorkingGroup");
  });

  it("refuses a working-group meeting of another cycle, on both sides of the year boundary", () => {
    // Held on 31 December 2026 in Stockholm: it counts towards 2026, not the steering group's 2027.
    expect(preparationRefusal(steering(), "wg-2026-december", workingGroupMeeting({ id: "wg-2026-december", cycleYear: 2026 }))).toBe("otherCycle");
    expect(preparationRefusal(steering(), "wg-2028", workingGroupMeeting({ id: "wg-2028", cycleYear: 2028 }))).toBe("otherCycle");
    expect(preparationRefusal(steering({ cycleYear: 2026 }), "wg-2026-december", workingGroupMeeting({ id: "wg-2026-december", cycleYear: 2026 }))).toBeNull();
  });

  it("refuses a planned or cancelled working-group meeting", () => {
    expect(preparationRefusal(steering(), "wg-2027-spring", workingGroupMeeting({ status: "PLANNED", latestMinutesSubjects: null }))).toBe("notHeld");
    expect(preparationRefusal(steering(), "wg-2027-spring", workingGroupMeeting({ status: "CANCELLED" }))).toBe("notHeld");
  });

  it("refuses a meeting whose minutes put forward another subject, or that has no minutes", () => {
    expect(preparationRefusal(steering({ subject: "ACTIVITY_PLAN" }), "wg-2027-spring", workingGroupMeeting())).toBe("subjectMissing");
    expect(preparationRefusal(steering(), "wg-2027-spring", workingGroupMeeting({ latestMinutesSubjects: [] }))).toBe("subjectMissing");
    expect(preparationRefusal(steering(), "wg-2027-spring", workingGroupMeeting({ latestMinutesSubjects: null }))).toBe("subjectMissing");
  });
});
