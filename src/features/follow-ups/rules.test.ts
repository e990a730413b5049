import { describe, expect, it } from "vitest";
import { maySeePlan, PLAN_STATUSES } from "@/features/activity-plans/lifecycle";
import {
  activityAccessRefusal,
  checkFollowUp,
  followUpTargetRefusal,
  isResponsibleFor,
  mayFollowUp,
  mayReadActivity,
  parseOutcome,
  parseProgress,
  type ActivityStanding,
  type FollowUpDraft,
} from "./rules";

const nobody: ActivityStanding = { isAdministrator: false, isWorkingGroupMember: false, isSteeringGroupMember: false, isResponsible: false };

describe("who may follow up an activity (and record its results)", () => {
  it("lets administrators, working-group members and the activity's responsible people", () => {
    expect(mayFollowUp({ ...nobody, isAdministrator: true })).toBe(true);
    expect(mayFollowUp({ ...nobody, isWorkingGroupMember: true })).toBe(true);
    expect(mayFollowUp({ ...nobody, isResponsible: true })).toBe(true);
  });

  it("refuses the steering group (it reads, it does not follow up) and everyone else", () => {
    expect(mayFollowUp({ ...nobody, isSteeringGroupMember: true })).toBe(false);
    expect(mayFollowUp(nobody)).toBe(false);
  });

  it("counts as responsible only the activity's two named persons", () => {
    const activity = { municipalResponsibleId: "p-muni", universityResponsibleId: "p-uni" };
    expect(isResponsibleFor("p-muni", activity)).toBe(true);
    expect(isResponsibleFor("p-uni", activity)).toBe(true);
    expect(isResponsibleFor("p-other", activity)).toBe(false);
    expect(isResponsibleFor("", { municipalResponsibleId: null, universityResponsibleId: null })).toBe(false);
    expect(isResponsibleFor("p-muni", { municipalResponsibleId: null, universityResponsibleId: null })).toBe(false);
  });
});

describe("who may read an activity", () => {
  it("lets everyone signed in read adopted and closed plans", () => {
    expect(mayReadActivity(nobody, "ADOPTED")).toBe(true);
    expect(mayReadActivity(nobody, "CLOSED")).toBe(true);
  });

  it("keeps drafts and proposed plans to the groups and administrators", () => {
    for (const status of ["DRAFT", "PROPOSED"] as const) {
      expect(mayReadActivity(nobody, status)).toBe(false);
      expect(mayReadActivity({ ...nobody, isAdministrator: true }, status)).toBe(true);
      expect(mayReadActivity({ ...nobody, isWorkingGroupMember: true }, status)).toBe(true);
      expect(mayReadActivity({ ...nobody, isSteeringGroupMember: true }, status)).toBe(true);
    }
  });

  it("is the plan's own rule, the one the activity's page asks, for every standing and plan state", () => {
    const flags = [false, true];
    for (const status of PLAN_STATUSES)
      for (const isAdministrator of flags)
        for (const isWorkingGroupMember of flags)
          for (const isSteeringGroupMember of flags) {
            const standing = { isAdministrator, isWorkingGroupMember, isSteeringGroupMember };
            for (const isResponsible of flags) {
              const activityStanding: ActivityStanding = { ...standing, isResponsible };
              expect(mayReadActivity(activityStanding, status)).toBe(maySeePlan(status, standing));
            }
          }
  });

  it("does not open a draft or a proposed plan to the activity's responsible people", () => {
    const responsible: ActivityStanding = { ...nobody, isResponsible: true };
    for (const status of ["DRAFT", "PROPOSED"] as const) expect(mayReadActivity(responsible, status)).toBe(false);
  });
});

describe("who may act on an activity: not found before anything else", () => {
  const responsible: ActivityStanding = { ...nobody, isResponsible: true };

  it("tells the responsible people outside the groups that a draft's or a proposed plan's activity does not exist", () => {
    for (const status of ["DRAFT", "PROPOSED"] as const) {
      expect(activityAccessRefusal(responsible, status, mayFollowUp)).toBe("notFound");
      // Even those allowed by `allowed` are not told more than the page tells them.
      expect(activityAccessRefusal(nobody, status, () => true)).toBe("notFound");
    }
  });

  it("lets the responsible people act on an adopted or closed plan's activity (the plan's state is asked afterwards)", () => {
    for (const status of ["ADOPTED", "CLOSED"] as const) expect(activityAccessRefusal(responsible, status, mayFollowUp)).toBeNull();
  });

  it("lets the working group and administrators past for every plan state, so that they learn why a plan takes nothing", () => {
    for (const status of PLAN_STATUSES) {
      expect(activityAccessRefusal({ ...nobody, isWorkingGroupMember: true }, status, mayFollowUp)).toBeNull();
      expect(activityAccessRefusal({ ...nobody, isAdministrator: true }, status, mayFollowUp)).toBeNull();
    }
  });

  it("forbids readers who may not act, and tells others not found", () => {
    for (const status of PLAN_STATUSES) expect(activityAccessRefusal({ ...nobody, isSteeringGroupMember: true }, status, mayFollowUp)).toBe("forbidden");
    expect(activityAccessRefusal(nobody, "ADOPTED", mayFollowUp)).toBe("forbidden");
    expect(activityAccessRefusal(nobody, "DRAFT", mayFollowUp)).toBe("notFound");
  });
});

describe("which activities take a follow-up", () => {
  it("takes only activities of an adopted plan that are still in it", () => {
    expect(followUpTargetRefusal({ removedAt: null, plan: { status: "ADOPTED" } })).toBeNull();
    expect(followUpTargetRefusal({ removedAt: null, plan: { status: "DRAFT" } })).toBe("planNotAdopted");
    expect(followUpTargetRefusal({ removedAt: null, plan: { status: "PROPOSED" } })).toBe("planNotAdopted");
    expect(followUpTargetRefusal({ removedAt: null, plan: { status: "CLOSED" } })).toBe("planClosed");
    expect(followUpTargetRefusal({ removedAt: new Date(), plan: { status: "ADOPTED" } })).toBe("removed");
  });
});

describe("progress and outcomes as typed", () => {
  it("reads a whole percentage, with or without the sign", () => {
    expect(parseProgress("0")).toBe(0);
    expect(parseProgress(" 75 ")).toBe(75);
    expect(parseProgress("75 %")).toBe(75);
    expect(parseProgress("100%")).toBe(100);
    for (const text of ["101", "-1", "12.5", "50,5", "abc", "", "1000"]) expect(parseProgress(text), text).toBeNull();
  });

  it("reads an outcome with a decimal comma or point; blank is not reported; anything else is refused", () => {
    expect(parseOutcome("")).toBeNull();
    expect(parseOutcome("   ")).toBeNull();
    expect(parseOutcome("12")).toBe(12);
    expect(parseOutcome("12,5")).toBe(12.5);
    expect(parseOutcome("12.5")).toBe(12.5);
    expect(parseOutcome("1 200")).toBe(1200);
    expect(parseOutcome("-3")).toBe(-3);
    expect(parseOutcome("−3")).toBe(-3);
    for (const text of ["12 st", "1e5", "1,2,3", "Infinity", "NaN", "0x10", "10000000000000"]) expect(parseOutcome(text), text).toBeUndefined();
  });
});

describe("a consistent follow-up", () => {
  const draft = (overrides: Partial<FollowUpDraft>): FollowUpDraft => ({ status: "ON_TRACK", progress: "40", narrative: "", outcomes: {}, ...overrides });

  it("accepts a consistent follow-up and returns the reported outcomes only", () => {
    const checked = checkFollowUp(draft({ outcomes: { a: "12,5", b: "" } }));
    expect(checked).toEqual({ errors: null, value: { status: "ON_TRACK", progress: 40, narrative: "", outcomes: { a: 12.5 } } });
  });

  it("requires done to be 100 % and not started to be 0 %", () => {
    expect(checkFollowUp(draft({ status: "DONE", progress: "90" })).errors).toEqual({ progress: ["followUps.validation.doneNeedsFull"] });
    expect(checkFollowUp(draft({ status: "DONE", progress: "100" })).errors).toBeNull();
    expect(checkFollowUp(draft({ status: "NOT_STARTED", progress: "10" })).errors).toEqual({ progress: ["followUps.validation.notStartedNeedsZero"] });
    expect(checkFollowUp(draft({ status: "NOT_STARTED", progress: "0" })).errors).toBeNull();
  });

  it("requires a narrative that explains a risk, a delay or a cancellation", () => {
    expect(checkFollowUp(draft({ status: "AT_RISK" })).errors).toEqual({ narrative: ["followUps.validation.narrativeRequiredAtRisk"] });
    expect(checkFollowUp(draft({ status: "DELAYED", narrative: "  " })).errors).toEqual({ narrative: ["followUps.validation.narrativeRequiredDelayed"] });
    expect(checkFollowUp(draft({ status: "CANCELLED", progress: "30" })).errors).toEqual({ narrative: ["followUps.validation.narrativeRequiredCancelled"] });
    expect(checkFollowUp(draft({ status: "AT_RISK", narrative: "Placeringarna räcker inte." })).errors).toBeNull();
    // A follow-up on track needs no explanation.
    expect(checkFollowUp(draft({ status: "ON_TRACK", narrative: "" })).errors).toBeNull();
  });

  it("says what is wrong with the progress, and with each outcome on its own field, all at once", () => {
    expect(checkFollowUp(draft({ progress: "" })).errors).toEqual({ progress: ["followUps.validation.progressRequired"] });
    expect(checkFollowUp(draft({ status: "DELAYED", progress: "150", outcomes: { a: "många", b: "3" } })).errors).toEqual({
      progress: ["followUps.validation.progressRange"],
      narrative: ["followUps.validation.narrativeRequiredDelayed"],
      "outcome-a": ["followUps.validation.outcomeNumber"],
    });
  });
});
