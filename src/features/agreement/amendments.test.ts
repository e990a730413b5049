import { describe, expect, it } from "vitest";
import { approvalMode, mayActForParty, mayActOnAgreement, type AgreementActor } from "./access";
import { approvalRefusal, approvalState, effectiveDateOnApproval } from "./amendments";
import { day } from "./dates";

const PARTIES = ["municipality", "university"];

describe("an amendment's approval state", () => {
  it("is valid only when a signatory of each party has approved", () => {
    expect(approvalState(PARTIES, [])).toEqual({ approvedPartyIds: [], missingPartyIds: PARTIES, valid: false });
    expect(approvalState(PARTIES, [{ partyId: "municipality" }])).toEqual({
      approvedPartyIds: ["municipality"],
      missingPartyIds: ["university"],
      valid: false,
    });
    expect(approvalState(PARTIES, [{ partyId: "university" }, { partyId: "municipality" }])).toEqual({
      approvedPartyIds: PARTIES,
      missingPartyIds: [],
      valid: true,
    });
  });

  it("is never valid with fewer than two parties, and ignores approvals of others", () => {
    expect(approvalState(["municipality"], [{ partyId: "municipality" }]).valid).toBe(false);
    expect(approvalState(PARTIES, [{ partyId: "municipality" }, { partyId: "someone-else" }]).valid).toBe(false);
  });

  it("takes each party's approval once, only while proposed, only from the agreement's parties", () => {
    expect(approvalRefusal("PROPOSED", PARTIES, [], "municipality")).toBeNull();
    expect(approvalRefusal("PROPOSED", PARTIES, [{ partyId: "municipality" }], "municipality")).toBe("alreadyApproved");
    expect(approvalRefusal("PROPOSED", PARTIES, [{ partyId: "municipality" }], "university")).toBeNull();
    expect(approvalRefusal("PROPOSED", PARTIES, [], "other")).toBe("unknownParty");
    expect(approvalRefusal("APPROVED", PARTIES, [], "university")).toBe("notProposed");
    expect(approvalRefusal("REJECTED", PARTIES, [], "university")).toBe("notProposed");
  });

  it("takes effect on the proposed day, never before the last approval nor the newest version", () => {
    expect(effectiveDateOnApproval(day("2027-01-01"), day("2026-05-01"), day("2022-01-01"))).toEqual(day("2027-01-01"));
    expect(effectiveDateOnApproval(day("2026-03-01"), day("2026-05-01"), day("2022-01-01"))).toEqual(day("2026-05-01"));
    expect(effectiveDateOnApproval(day("2026-03-01"), day("2026-05-01"), day("2026-09-01"))).toEqual(day("2026-09-01"));
  });
});

describe("who may act on the agreement", () => {
  const admin: AgreementActor = { isAdministrator: true, signatoryPartyIds: [] };
  const municipalSignatory: AgreementActor = { isAdministrator: false, signatoryPartyIds: ["municipality"] };
  const reader: AgreementActor = { isAdministrator: false, signatoryPartyIds: [] };

  it("lets administrators act for either party, a signatory for their own party only", () => {
    expect(mayActForParty(admin, "university")).toBe(true);
    expect(mayActForParty(municipalSignatory, "municipality")).toBe(true);
    expect(mayActForParty(municipalSignatory, "university")).toBe(false);
    expect(mayActForParty(reader, "municipality")).toBe(false);
  });

  it("lets administrators and signatories, nobody else, act on the agreement as a whole", () => {
    expect(mayActOnAgreement(admin)).toBe(true);
    expect(mayActOnAgreement(municipalSignatory)).toBe(true);
    expect(mayActOnAgreement(reader)).toBe(false);
  });

  it("has a signatory approve for their own party, an administrator record it on a signatory's behalf", () => {
    expect(approvalMode(municipalSignatory, "municipality", false)).toBe("self");
    expect(approvalMode(municipalSignatory, "university", false)).toBeNull();
    expect(approvalMode(municipalSignatory, "university", true)).toBeNull();
    expect(approvalMode(admin, "university", true)).toBe("on-behalf");
    // An administrator who is no signatory cannot approve in their own name.
    expect(approvalMode(admin, "university", false)).toBeNull();
    expect(approvalMode({ isAdministrator: true, signatoryPartyIds: ["university"] }, "university", false)).toBe("self");
    expect(approvalMode(reader, "municipality", false)).toBeNull();
  });
});
