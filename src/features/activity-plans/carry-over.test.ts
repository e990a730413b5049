import { describe, expect, it } from "vitest";
import { carriedPeriod, carryOverRefusal, isUnfinished, type CarryOverFacts } from "./carry-over";

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const facts = (overrides: Partial<Omit<CarryOverFacts, "activity">> & { activity?: Partial<CarryOverFacts["activity"]> } = {}): CarryOverFacts => ({
  sourcePlanStatus: "ADOPTED",
  target: { status: "DRAFT" },
  reason: "",
  ...overrides,
  activity: { status: "DELAYED", removedAt: null, carriedOverToId: null, ...overrides.activity },
});

describe("carrying an activity over to next year's plan", () => {
  it("is allowed for an unfinished activity of an adopted or closed plan into next year's draft", () => {
    expect(carryOverRefusal(facts())).toBeNull();
    expect(carryOverRefusal(facts({ sourcePlanStatus: "CLOSED" }))).toBeNull();
    for (const status of ["NOT_STARTED", "ON_TRACK", "AT_RISK", "DELAYED"]) expect(carryOverRefusal(facts({ activity: { status } }))).toBeNull();
  });

  it("into an adopted plan needs a reason (it is a revision)", () => {
    expect(carryOverRefusal(facts({ target: { status: "ADOPTED" } }))).toBe("reasonRequired");
    expect(carryOverRefusal(facts({ target: { status: "ADOPTED" }, reason: "Fortsätter" }))).toBeNull();
  });

  it("is refused for finished, removed or already carried activities", () => {
    expect(carryOverRefusal(facts({ activity: { status: "DONE" } }))).toBe("activityFinished");
    expect(carryOverRefusal(facts({ activity: { status: "CANCELLED" } }))).toBe("activityFinished");
    expect(carryOverRefusal(facts({ activity: { removedAt: new Date() } }))).toBe("activityRemoved");
    expect(carryOverRefusal(facts({ activity: { carriedOverToId: "a2" } }))).toBe("alreadyCarriedOver");
  });

  it("is refused from a plan not yet adopted, or when next year's plan is missing, proposed or closed", () => {
    expect(carryOverRefusal(facts({ sourcePlanStatus: "DRAFT" }))).toBe("sourceNotAdopted");
    expect(carryOverRefusal(facts({ sourcePlanStatus: "PROPOSED" }))).toBe("sourceNotAdopted");
    expect(carryOverRefusal(facts({ target: null }))).toBe("noNextPlan");
    expect(carryOverRefusal(facts({ target: { status: "PROPOSED" } }))).toBe("planProposed");
    expect(carryOverRefusal(facts({ target: { status: "CLOSED" }, reason: "x" }))).toBe("planClosed");
  });

  it("knows an unfinished activity", () => {
    expect(isUnfinished({ status: "AT_RISK", removedAt: null })).toBe(true);
    expect(isUnfinished({ status: "DONE", removedAt: null })).toBe(false);
    expect(isUnfinished({ status: "ON_TRACK", removedAt: new Date() })).toBe(false);
  });
});

describe("the period of the continuing activity", () => {
  it("starts on 1 January and keeps an end still ahead", () => {
    expect(carriedPeriod({ startsOn: day("2026-03-01"), endsOn: day("2027-06-30") }, 2027)).toEqual({ startsOn: day("2027-01-01"), endsOn: day("2027-06-30") });
  });

  it("runs to 31 December when the original end has passed", () => {
    expect(carriedPeriod({ startsOn: day("2026-03-01"), endsOn: day("2026-11-30") }, 2027)).toEqual({ startsOn: day("2027-01-01"), endsOn: day("2027-12-31") });
  });
});
