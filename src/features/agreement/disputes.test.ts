import { describe, expect, it } from "vitest";
import { day } from "./dates";
import { allowedNextLevels, resolutionRefusal, stepRefusal, type DisputeForRules } from "./disputes";

const raised: DisputeForRules = { status: "OPEN", raisedOn: day("2026-02-01"), steps: [] };
const discussed: DisputeForRules = { ...raised, steps: [{ level: "STEERING_GROUP", takenOn: day("2026-02-10") }] };
const today = day("2026-03-01");

describe("escalating a dispute", () => {
  it("starts with a discussion in the steering group", () => {
    expect(allowedNextLevels(raised)).toEqual(["STEERING_GROUP"]);
    expect(stepRefusal(raised, "PARTY_LEADERSHIP", today, today)).toBe("steeringGroupFirst");
    expect(stepRefusal(raised, "GENERAL_COURT", today, today)).toBe("steeringGroupFirst");
    expect(stepRefusal(raised, "STEERING_GROUP", today, today)).toBeNull();
  });

  it("goes up one level at a time, or meets again at the level reached", () => {
    expect(allowedNextLevels(discussed)).toEqual(["STEERING_GROUP", "PARTY_LEADERSHIP"]);
    expect(stepRefusal(discussed, "GENERAL_COURT", today, today)).toBe("skipsLevel");
    const atLeadership: DisputeForRules = { ...discussed, steps: [...discussed.steps, { level: "PARTY_LEADERSHIP", takenOn: day("2026-02-20") }] };
    expect(allowedNextLevels(atLeadership)).toEqual(["PARTY_LEADERSHIP", "GENERAL_COURT"]);
    expect(stepRefusal(atLeadership, "STEERING_GROUP", today, today)).toBe("skipsLevel");
    const inCourt: DisputeForRules = { ...atLeadership, steps: [...atLeadership.steps, { level: "GENERAL_COURT", takenOn: day("2026-02-25") }] };
    expect(allowedNextLevels(inCourt)).toEqual(["GENERAL_COURT"]);
  });

  it("dates steps between the dispute being raised and today, in order", () => {
    expect(stepRefusal(raised, "STEERING_GROUP", day("2026-01-31"), today)).toBe("beforeRaised");
    expect(stepRefusal(raised, "STEERING_GROUP", day("2026-03-02"), today)).toBe("inFuture");
    expect(stepRefusal(discussed, "PARTY_LEADERSHIP", day("2026-02-09"), today)).toBe("beforePreviousStep");
    expect(stepRefusal(discussed, "PARTY_LEADERSHIP", day("2026-02-10"), today)).toBeNull();
  });

  it("takes no steps once resolved", () => {
    const resolved: DisputeForRules = { ...discussed, status: "RESOLVED" };
    expect(allowedNextLevels(resolved)).toEqual([]);
    expect(stepRefusal(resolved, "STEERING_GROUP", today, today)).toBe("resolved");
  });
});

describe("resolving a dispute", () => {
  it("needs the steering group's discussion first", () => {
    expect(resolutionRefusal(raised, today, today)).toBe("notDiscussed");
    expect(resolutionRefusal(discussed, today, today)).toBeNull();
  });

  it("is dated after the last step and not in the future, and done once", () => {
    expect(resolutionRefusal(discussed, day("2026-02-09"), today)).toBe("beforeLastStep");
    expect(resolutionRefusal(discussed, day("2026-03-02"), today)).toBe("inFuture");
    expect(resolutionRefusal({ ...discussed, status: "RESOLVED" }, today, today)).toBe("resolved");
  });
});
