import { describe, expect, it } from "vitest";
import { countsAsAdopted, decisionState } from "./decision-state";

describe("a decision's state", () => {
  it("awaits justering while its minutes are a draft or in justering, and counts only once they are justerade", () => {
    expect(decisionState({ status: "DRAFT" })).toBe("awaitingJustering");
    expect(decisionState({ status: "IN_ADJUSTMENT", correctedBy: null })).toBe("awaitingJustering");
    expect(decisionState({ status: "APPROVED" })).toBe("inForce");
    expect(countsAsAdopted({ status: "DRAFT" })).toBe(false);
    expect(countsAsAdopted({ status: "APPROVED", correctedBy: null })).toBe(true);
  });

  it("is replaced once an approved correction speaks for the meeting, not while the correction is a draft", () => {
    expect(decisionState({ status: "APPROVED", correctedBy: { status: "DRAFT" } })).toBe("inForce");
    expect(decisionState({ status: "APPROVED", correctedBy: { status: "APPROVED" } })).toBe("replaced");
    expect(countsAsAdopted({ status: "APPROVED", correctedBy: { status: "APPROVED" } })).toBe(false);
  });
});
