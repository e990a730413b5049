import { describe, expect, it } from "vitest";
import { adoptRefusal, closeRefusal, proposeRefusal, type PlanDecisionFacts } from "./plan-decision-rules";

const P = "partnership";

function decision(overrides: {
  subject?: PlanDecisionFacts["subject"];
  groupKind?: PlanDecisionFacts["meeting"]["groupKind"];
  status?: PlanDecisionFacts["meeting"]["status"];
  cycleYear?: number;
  partnershipId?: string;
  minutes?: PlanDecisionFacts["minutes"];
  preparedBy?: string | null;
  startsAt?: Date;
} = {}): PlanDecisionFacts {
  return {
    id: "d1",
    subject: overrides.subject ?? "ACTIVITY_PLAN",
    meeting: { id: "m1", status: overrides.status ?? "HELD", cycleYear: overrides.cycleYear ?? 2026, groupKind: overrides.groupKind ?? "WORKING_GROUP", partnershipId: overrides.partnershipId ?? P, startsAt: overrides.startsAt ?? new Date("2026-10-01T11:00:00Z") },
    minutes: overrides.minutes ?? { status: "APPROVED", inForce: true },
    preparedByMeeting: overrides.preparedBy ? { id: overrides.preparedBy } : null,
  };
}

describe("the decision that proposes a plan", () => {
  const context = { partnershipId: P, planYear: 2027, existedFrom: new Date("2026-09-01T08:00:00Z") };

  it("is the working group's decision on the activity plan at a held meeting of the plan's year or the year before", () => {
    expect(proposeRefusal(decision({ cycleYear: 2026 }), context)).toBeNull();
    expect(proposeRefusal(decision({ cycleYear: 2027 }), context)).toBeNull();
    // Draft minutes count: decisions are recorded as the meeting goes.
    expect(proposeRefusal(decision({ minutes: { status: "DRAFT", inForce: false } }), context)).toBeNull();
  });

  it("is refused for each thing that does not hold", () => {
    expect(proposeRefusal(null, context)).toBe("decisionNotFound");
    expect(proposeRefusal(decision({ partnershipId: "other" }), context)).toBe("decisionNotFound");
    expect(proposeRefusal(decision({ groupKind: "STEERING_GROUP" }), context)).toBe("notWorkingGroupDecision");
    expect(proposeRefusal(decision({ subject: "PRIORITY_AREAS" }), context)).toBe("notActivityPlanDecision");
    expect(proposeRefusal(decision({ status: "PLANNED" }), context)).toBe("meetingNotHeld");
    expect(proposeRefusal(decision({ status: "CANCELLED" }), context)).toBe("meetingNotHeld");
    expect(proposeRefusal(decision({ cycleYear: 2025 }), context)).toBe("otherCycle");
    expect(proposeRefusal(decision({ cycleYear: 2028 }), context)).toBe("otherCycle");
    expect(proposeRefusal(decision({ minutes: { status: "APPROVED", inForce: false } }), context)).toBe("decisionReplaced");
    expect(proposeRefusal(decision(), { ...context, usedByOtherPlanYear: 2026 })).toBe("decisionUsedByOtherPlan");
  });

  it("comes from a meeting held on or after the plan was made", () => {
    expect(proposeRefusal(decision({ startsAt: new Date("2026-03-10T12:00:00Z") }), context)).toBe("beforePlanCreated");
    expect(proposeRefusal(decision({ startsAt: new Date("2026-09-01T12:00:00Z") }), context)).toBeNull();
  });
});

describe("the decision that adopts a plan", () => {
  const context = { partnershipId: P, planYear: 2027, proposingMeetingId: "wg-autumn", existedFrom: new Date("2026-09-15T11:00:00Z") };
  const steering = (overrides: Parameters<typeof decision>[0] = {}) => decision({ groupKind: "STEERING_GROUP", preparedBy: "wg-autumn", ...overrides });

  it("is the steering group's decision on the activity plan, prepared by the meeting that proposed it", () => {
    expect(adoptRefusal(steering(), context)).toBeNull();
    expect(adoptRefusal(steering({ cycleYear: 2027 }), context)).toBeNull();
  });

  it("is refused for the wrong group, subject, state, year, preparation or a replaced minutes", () => {
    expect(adoptRefusal(decision({ preparedBy: "wg-autumn" }), context)).toBe("notSteeringGroupDecision");
    expect(adoptRefusal(steering({ subject: "FOLLOW_UP" }), context)).toBe("notActivityPlanDecision");
    expect(adoptRefusal(steering({ status: "PLANNED" }), context)).toBe("meetingNotHeld");
    expect(adoptRefusal(steering({ cycleYear: 2025 }), context)).toBe("otherCycle");
    expect(adoptRefusal(steering({ minutes: { status: "APPROVED", inForce: false } }), context)).toBe("decisionReplaced");
    expect(adoptRefusal(steering({ preparedBy: "wg-spring" }), context)).toBe("notPreparedByProposingMeeting");
    expect(adoptRefusal(steering({ preparedBy: null }), context)).toBe("notPreparedByProposingMeeting");
    expect(adoptRefusal(steering(), { ...context, proposingMeetingId: null })).toBe("notPreparedByProposingMeeting");
    expect(adoptRefusal(steering(), { ...context, usedByOtherPlanYear: 2028 })).toBe("decisionUsedByOtherPlan");
  });

  it("comes from a meeting held on or after the one that proposed the plan", () => {
    expect(adoptRefusal(steering({ startsAt: new Date("2026-09-14T08:00:00Z") }), context)).toBe("beforeProposed");
  });
});

describe("the decision that closes a plan", () => {
  const context = { partnershipId: P, planYear: 2027, existedFrom: new Date("2026-11-10T08:00:00Z") };
  const followUp = (overrides: Parameters<typeof decision>[0] = {}) => decision({ groupKind: "STEERING_GROUP", subject: "FOLLOW_UP", cycleYear: 2027, startsAt: new Date("2027-11-20T08:00:00Z"), ...overrides });

  it("is the steering group's follow-up decision of the plan's year or the next", () => {
    expect(closeRefusal(followUp(), context)).toBeNull();
    expect(closeRefusal(followUp({ cycleYear: 2028 }), context)).toBeNull();
  });

  it("is refused before the plan's year, for another subject or group, or an unheld meeting", () => {
    expect(closeRefusal(followUp({ cycleYear: 2026 }), context)).toBe("otherCycle");
    expect(closeRefusal(followUp({ cycleYear: 2029 }), context)).toBe("otherCycle");
    expect(closeRefusal(followUp({ subject: "ACTIVITY_PLAN" }), context)).toBe("notFollowUpDecision");
    expect(closeRefusal(followUp({ groupKind: "WORKING_GROUP" }), context)).toBe("notSteeringGroupDecision");
    expect(closeRefusal(followUp({ status: "PLANNED" }), context)).toBe("meetingNotHeld");
  });

  it("comes from a meeting held on or after the one that adopted the plan", () => {
    expect(closeRefusal(followUp(), { ...context, existedFrom: new Date("2027-11-25T08:00:00Z") })).toBe("beforeAdopted");
  });
});
