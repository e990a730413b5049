import { describe, expect, it } from "vitest";
import {
  activityChangeMode,
  activityChangeRefusal,
  availablePlanActions,
  creatableYears,
  maySeePlan,
  nextPlanStatus,
  planStepRefusal,
  PLAN_STATUSES,
  type PlanAction,
  type PlanStanding,
} from "./lifecycle";

const nobody: PlanStanding = { isAdministrator: false, isWorkingGroupMember: false, isSteeringGroupMember: false };
const admin: PlanStanding = { ...nobody, isAdministrator: true };
const workingGroup: PlanStanding = { ...nobody, isWorkingGroupMember: true };
const steeringGroup: PlanStanding = { ...nobody, isSteeringGroupMember: true };

describe("the plan's lifecycle", () => {
  it("goes draft → proposed → adopted → closed, and proposed back to draft", () => {
    expect(nextPlanStatus("propose", "DRAFT")).toBe("PROPOSED");
    expect(nextPlanStatus("adopt", "PROPOSED")).toBe("ADOPTED");
    expect(nextPlanStatus("close", "ADOPTED")).toBe("CLOSED");
    expect(nextPlanStatus("returnToDraft", "PROPOSED")).toBe("DRAFT");
    expect(nextPlanStatus("editSummary", "DRAFT")).toBe("DRAFT");
  });

  it("allows each step only from its state", () => {
    const allowedFrom = (action: PlanAction) => PLAN_STATUSES.filter((status) => planStepRefusal(action, status, admin) === null);
    expect(allowedFrom("editSummary")).toEqual(["DRAFT"]);
    expect(allowedFrom("propose")).toEqual(["DRAFT"]);
    expect(allowedFrom("returnToDraft")).toEqual(["PROPOSED"]);
    expect(allowedFrom("adopt")).toEqual(["PROPOSED"]);
    expect(allowedFrom("close")).toEqual(["ADOPTED"]);
    expect(planStepRefusal("adopt", "DRAFT", admin)).toBe("wrongState");
    expect(planStepRefusal("close", "CLOSED", admin)).toBe("wrongState");
  });

  it("lets the working group draft, propose and take back, and the steering group adopt and close", () => {
    expect(availablePlanActions("DRAFT", workingGroup)).toEqual(["editSummary", "propose"]);
    expect(availablePlanActions("PROPOSED", workingGroup)).toEqual(["returnToDraft"]);
    expect(availablePlanActions("PROPOSED", steeringGroup)).toEqual(["adopt"]);
    expect(availablePlanActions("ADOPTED", steeringGroup)).toEqual(["close"]);
    expect(availablePlanActions("DRAFT", steeringGroup)).toEqual([]);
    expect(availablePlanActions("PROPOSED", admin)).toEqual(["returnToDraft", "adopt"]);
    for (const status of PLAN_STATUSES) expect(availablePlanActions(status, nobody)).toEqual([]);
  });

  it("tells someone without the standing 'forbidden' before anything about the state", () => {
    expect(planStepRefusal("adopt", "DRAFT", workingGroup)).toBe("forbidden");
    expect(planStepRefusal("propose", "CLOSED", steeringGroup)).toBe("forbidden");
  });
});

describe("changes to the plan's activities", () => {
  it("are free in a draft, revisions once adopted, refused while proposed or closed", () => {
    expect(activityChangeMode("DRAFT")).toBe("free");
    expect(activityChangeMode("ADOPTED")).toBe("revision");
    expect(activityChangeMode("PROPOSED")).toBe("planProposed");
    expect(activityChangeMode("CLOSED")).toBe("planClosed");
  });

  it("need a reason in an adopted plan", () => {
    expect(activityChangeRefusal("ADOPTED", "  ")).toBe("reasonRequired");
    expect(activityChangeRefusal("ADOPTED", "Ny partner")).toBeNull();
    expect(activityChangeRefusal("DRAFT", "")).toBeNull();
    expect(activityChangeRefusal("PROPOSED", "skäl")).toBe("planProposed");
    expect(activityChangeRefusal("CLOSED", "skäl")).toBe("planClosed");
  });
});

describe("who reads a plan", () => {
  it("everyone signed in reads adopted and closed plans; drafts and proposals only admins and group members", () => {
    for (const status of ["ADOPTED", "CLOSED"] as const) expect(maySeePlan(status, nobody)).toBe(true);
    for (const status of ["DRAFT", "PROPOSED"] as const) {
      expect(maySeePlan(status, nobody)).toBe(false);
      expect(maySeePlan(status, admin)).toBe(true);
      expect(maySeePlan(status, workingGroup)).toBe(true);
      expect(maySeePlan(status, steeringGroup)).toBe(true);
    }
  });
});

describe("the years a plan may be created for", () => {
  it("run from last year to two years ahead", () => {
    expect(creatableYears(2027)).toEqual([2026, 2027, 2028, 2029]);
  });
});
