import { describe, expect, it } from "vitest";
import { day } from "./dates";
import { noticeRegistrationRefusal, withdrawalRefusal } from "./notices";

const notice = { partyId: "municipality", receivedOn: day("2026-03-01"), withdrawn: false };
const today = day("2026-04-01");

describe("withdrawing a notice", () => {
  it("needs the other party's consent on record", () => {
    expect(withdrawalRefusal(notice, null, today)).toBe("consentRequired");
    expect(withdrawalRefusal(notice, { signatoryPartyId: "municipality", givenOn: day("2026-03-15") }, today)).toBe("consentFromOtherParty");
    expect(withdrawalRefusal(notice, { signatoryPartyId: "university", givenOn: day("2026-03-15") }, today)).toBeNull();
  });

  it("takes consent given between the notice and today", () => {
    expect(withdrawalRefusal(notice, { signatoryPartyId: "university", givenOn: day("2026-03-01") }, today)).toBeNull();
    expect(withdrawalRefusal(notice, { signatoryPartyId: "university", givenOn: today }, today)).toBeNull();
    expect(withdrawalRefusal(notice, { signatoryPartyId: "university", givenOn: day("2026-02-28") }, today)).toBe("consentBeforeNotice");
    expect(withdrawalRefusal(notice, { signatoryPartyId: "university", givenOn: day("2026-04-02") }, today)).toBe("consentInFuture");
  });

  it("is done once", () => {
    expect(withdrawalRefusal({ ...notice, withdrawn: true }, { signatoryPartyId: "university", givenOn: today }, today)).toBe("alreadyWithdrawn");
  });
});

describe("registering a notice", () => {
  const signed = day("2021-11-15");

  it("takes a receipt day between the signing and today", () => {
    expect(noticeRegistrationRefusal(today, today, signed, "municipality", [])).toBeNull();
    expect(noticeRegistrationRefusal(signed, today, signed, "municipality", [])).toBeNull();
    expect(noticeRegistrationRefusal(day("2026-04-02"), today, signed, "municipality", [])).toBe("receivedInFuture");
    expect(noticeRegistrationRefusal(day("2021-11-14"), today, signed, "municipality", [])).toBe("receivedBeforeSigning");
  });

  it("takes one notice in force per party; the other party may give its own", () => {
    expect(noticeRegistrationRefusal(today, today, signed, "municipality", [{ partyId: "municipality" }])).toBe("alreadyGiven");
    expect(noticeRegistrationRefusal(today, today, signed, "university", [{ partyId: "municipality" }])).toBeNull();
  });
});
