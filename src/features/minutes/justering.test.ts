import { describe, expect, it } from "vitest";
import {
  adjusterCandidates,
  adjustersRefusal,
  approvalRefusal,
  approve,
  correctionChain,
  correctionRefusal,
  editRefusal,
  expectedJusteringBy,
  minutesInForce,
  openMinutes,
  pendingSignatories,
  returnToDraftRefusal,
  sendForAdjustmentRefusal,
  type ChainMinutes,
  type DraftState,
  type JusteringState,
} from "./justering";

const present = new Set(["chair", "selma", "anna", "bo", "cecilia"]);
const signing = { chairPersonId: "chair", secretaryPersonId: "selma" };
const draft = (overrides: Partial<DraftState> = {}): DraftState => ({
  status: "DRAFT",
  chairPersonId: "chair",
  secretaryPersonId: "selma",
  adjusterIds: ["anna"],
  approvals: [],
  ...overrides,
});

describe("when minutes are expected", () => {
  it("is two weeks after the meeting", () => {
    expect(expectedJusteringBy(new Date("2026-11-18T08:00:00Z")).toISOString()).toBe("2026-12-02T08:00:00.000Z");
  });
});

describe("editing minutes", () => {
  it("is possible only while they are a draft", () => {
    expect(editRefusal("DRAFT")).toBeNull();
    expect(editRefusal("IN_ADJUSTMENT")).toBe("notDraft");
    // Approved minutes are locked: only a correction changes what they say.
    expect(editRefusal("APPROVED")).toBe("locked");
  });
});

describe("appointing adjusters", () => {
  it("takes one or two people recorded present, never the chair nor the secretary", () => {
    expect(adjustersRefusal(signing, ["anna"], present)).toBeNull();
    expect(adjustersRefusal(signing, ["anna", "bo"], present)).toBeNull();
    expect(adjustersRefusal(signing, [], present)).toBe("adjustersMissing");
    expect(adjustersRefusal(signing, ["anna", "bo", "cecilia"], present)).toBe("tooManyAdjusters");
    expect(adjustersRefusal(signing, ["chair"], present)).toBe("adjusterIsChair");
    expect(adjustersRefusal(signing, ["anna", "absent"], present)).toBe("adjusterNotPresent");
    // The protokollförare does not check her own record.
    expect(adjustersRefusal(signing, ["selma"], present)).toBe("adjusterIsSecretary");
    expect(adjustersRefusal(signing, ["anna", "selma"], present)).toBe("adjusterIsSecretary");
    expect(sendForAdjustmentRefusal(draft({ adjusterIds: ["selma"] }), present)).toBe("adjusterIsSecretary");
  });

  it("offers only those present other than the chair and the secretary", () => {
    const people = [...present].map((id) => ({ id }));
    expect(adjusterCandidates(people, signing).map((person) => person.id)).toEqual(["anna", "bo", "cecilia"]);
    expect(adjusterCandidates(people, { chairPersonId: null, secretaryPersonId: null })).toHaveLength(5);
  });

  it("counts a person named twice once", () => {
    expect(adjustersRefusal(signing, ["anna", "anna", "bo"], present)).toBeNull();
  });

  it("needs the chair first: the chair appoints them", () => {
    expect(adjustersRefusal({ chairPersonId: null, secretaryPersonId: "selma" }, ["anna"], present)).toBe("chairMissing");
  });
});

describe("sending for justering", () => {
  it("needs a draft with a present chair and valid adjusters", () => {
    expect(sendForAdjustmentRefusal(draft(), present)).toBeNull();
    expect(sendForAdjustmentRefusal(draft({ chairPersonId: null }), present)).toBe("chairMissing");
    expect(sendForAdjustmentRefusal(draft({ chairPersonId: "absent" }), present)).toBe("chairNotPresent");
    expect(sendForAdjustmentRefusal(draft({ adjusterIds: [] }), present)).toBe("adjustersMissing");
    expect(sendForAdjustmentRefusal(draft({ adjusterIds: ["gone"] }), present)).toBe("adjusterNotPresent");
    expect(sendForAdjustmentRefusal(draft({ status: "IN_ADJUSTMENT" }), present)).toBe("notDraft");
    expect(sendForAdjustmentRefusal(draft({ status: "APPROVED" }), present)).toBe("locked");
  });
});

describe("approving (justering)", () => {
  const inAdjustment = (overrides: Partial<JusteringState> = {}) => draft({ status: "IN_ADJUSTMENT", adjusterIds: ["anna", "bo"], ...overrides });

  it("is given by the chair and each adjuster, for themself, once", () => {
    expect(approvalRefusal(inAdjustment(), "chair")).toBeNull();
    expect(approvalRefusal(inAdjustment(), "anna")).toBeNull();
    expect(approvalRefusal(inAdjustment(), "cecilia")).toBe("notSignatory");
    expect(approvalRefusal(inAdjustment({ approvals: [{ personId: "anna", role: "ADJUSTER" }] }), "anna")).toBe("alreadyApproved");
  });

  it("is possible only while the minutes are in justering", () => {
    expect(approvalRefusal(draft(), "chair")).toBe("notInAdjustment");
    expect(approvalRefusal(draft({ status: "APPROVED" }), "chair")).toBe("locked");
  });

  it("tells someone who does not sign nothing about the minutes' state", () => {
    for (const status of ["DRAFT", "IN_ADJUSTMENT", "APPROVED"] as const) {
      expect(approvalRefusal(draft({ status, adjusterIds: ["anna"] }), "cecilia")).toBe("notSignatory");
    }
  });

  it("completes the justering with the last missing signature, whatever the order", () => {
    let state = inAdjustment();
    expect(pendingSignatories(state)).toHaveLength(3);
    for (const [person, role, completes] of [
      ["bo", "ADJUSTER", false],
      ["chair", "CHAIR", false],
      ["anna", "ADJUSTER", true],
    ] as const) {
      expect(approve(state, person)).toEqual({ role, completes });
      state = { ...state, approvals: [...state.approvals, { personId: person, role }] };
    }
    expect(pendingSignatories(state)).toEqual([]);
  });

  it("with one adjuster, needs exactly two signatures", () => {
    const state = inAdjustment({ adjusterIds: ["anna"], approvals: [{ personId: "chair", role: "CHAIR" }] });
    expect(approve(state, "anna")).toEqual({ role: "ADJUSTER", completes: true });
  });
});

describe("returning to draft", () => {
  it("is possible only from justering", () => {
    expect(returnToDraftRefusal("IN_ADJUSTMENT")).toBeNull();
    expect(returnToDraftRefusal("DRAFT")).toBe("notInAdjustment");
    expect(returnToDraftRefusal("APPROVED")).toBe("locked");
  });
});

describe("corrections", () => {
  const day = (d: number) => new Date(Date.UTC(2027, 4, d));
  const original: ChainMinutes = { id: "m1", status: "APPROVED", correctsId: null, approvedAt: day(5), createdAt: day(1) };
  const correction: ChainMinutes = { id: "m2", status: "APPROVED", correctsId: "m1", approvedAt: day(20), createdAt: day(10) };
  const openCorrection: ChainMinutes = { id: "m3", status: "DRAFT", correctsId: "m2", approvedAt: null, createdAt: day(25) };

  it("puts the newest approved minutes in force", () => {
    expect(minutesInForce([original])?.id).toBe("m1");
    expect(minutesInForce([correction, original])?.id).toBe("m2");
    expect(minutesInForce([original, correction, openCorrection])?.id).toBe("m2");
    expect(minutesInForce([openCorrection])).toBeNull();
    expect(openMinutes([original, correction, openCorrection])?.id).toBe("m3");
  });

  it("corrects only the minutes in force, one correction at a time", () => {
    expect(correctionRefusal(original, [original])).toBeNull();
    expect(correctionRefusal(original, [original, correction])).toBe("notInForce");
    expect(correctionRefusal(correction, [original, correction, openCorrection])).toBe("openMinutesExist");
    expect(correctionRefusal(openCorrection, [original, correction, openCorrection])).toBe("notApproved");
  });

  it("orders the chain original first, whatever order they come in", () => {
    expect(correctionChain([openCorrection, correction, original]).map((m) => m.id)).toEqual(["m1", "m2", "m3"]);
  });
});
