import { describe, expect, it } from "vitest";
import {
  accountStatus,
  anonymisedEmail,
  anonymisedName,
  hashInvitationToken,
  invitationExpiry,
  invitationRefusal,
  invitationState,
  newInvitationToken,
  normaliseEmail,
  personPageParams,
  planMembershipEnds,
  sameRoles,
} from "./person-rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NOW = new Date("2026-03-10T12:00:00Z");

describe("e-mail addresses and anonymisation", () => {
  it("stores e-mail addresses trimmed and in lower case", () => {
    expect(normaliseEmail("  Anna.Berg@Example.SE ")).toBe("anna.berg@example.se");
  });

  it("gives an anonymised person a name that says nothing about them but tells them apart", () => {
    expect(anonymisedName("cmabcdefgh12345678")).toBe("Anonymiserad person 12345678");
    expect(anonymisedName("cmabcdefgh12345678")).not.toBe(anonymisedName("cmabcdefgh87654321"));
  });

  it("gives an anonymised account a unique, lower-case address that cannot receive mail", () => {
    expect(anonymisedEmail("cmUSER01")).toBe("anonymised-cmuser01@invalid.invalid");
    expect(anonymisedEmail("a")).not.toBe(anonymisedEmail("b"));
  });
});

describe("invitation tokens", () => {
  it("are long, URL-safe and different every time", () => {
    const tokens = new Set(Array.from({ length: 50 }, () => newInvitationToken()));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("are stored as their sha256, which does not reveal them", () => {
    const token = newInvitationToken();
    expect(hashInvitationToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInvitationToken(token)).toBe(hashInvitationToken(token));
    expect(hashInvitationToken(token)).not.toContain(token);
  });

  it("expire after 14 days", () => {
    expect(invitationExpiry(NOW).toISOString()).toBe("2026-03-24T12:00:00.000Z");
  });

  it("can be used only while unused and unexpired", () => {
    expect(invitationState(null, NOW)).toBe("unknown");
    expect(invitationState({ expiresAt: new Date("2026-03-11T00:00:00Z"), acceptedAt: null }, NOW)).toBe("valid");
    expect(invitationState({ expiresAt: NOW, acceptedAt: null }, NOW)).toBe("expired");
    expect(invitationState({ expiresAt: new Date("2026-03-11T00:00:00Z"), acceptedAt: new Date("2026-03-09") }, NOW)).toBe("used");
  });

  it("are refused for a switched-off or anonymised account", () => {
    const valid = { expiresAt: new Date("2026-03-11T00:00:00Z"), acceptedAt: null };
    const user = (active: boolean, personActive: boolean, anonymisedAt: Date | null = null) => ({
      active,
      account: { hasPassword: false },
      person: { active: personActive, anonymisedAt },
    });
    expect(invitationRefusal({ ...valid, user: user(true, true) }, NOW)).toBeNull();
    expect(invitationRefusal({ ...valid, user: user(false, true) }, NOW)).toBe("people.invitation.invalid.inactive");
    expect(invitationRefusal({ ...valid, user: user(true, false) }, NOW)).toBe("people.invitation.invalid.inactive");
    expect(invitationRefusal({ ...valid, user: user(true, true, NOW) }, NOW)).toBe("people.invitation.invalid.inactive");
    expect(invitationRefusal(null, NOW)).toBe("people.invitation.invalid.unknown");
    expect(invitationRefusal({ ...valid, acceptedAt: NOW, user: user(true, true) }, NOW)).toBe("people.invitation.invalid.used");
  });

  it("are refused once the account has a password (set through another partnership) or is gone", () => {
    const valid = { expiresAt: new Date("2026-03-11T00:00:00Z"), acceptedAt: null };
    const person = { active: true, anonymisedAt: null };
    expect(invitationRefusal({ ...valid, user: { active: true, account: { hasPassword: true }, person } }, NOW)).toBe("people.invitation.invalid.used");
    expect(invitationRefusal({ ...valid, user: { active: true, account: null, person } }, NOW)).toBe("people.invitation.invalid.inactive");
  });
});

describe("account status", () => {
  const account = (overrides: Partial<NonNullable<Parameters<typeof accountStatus>[0]>> = {}) => ({
    active: true,
    hasPassword: false,
    lastSignInAt: null,
    invitations: [],
    ...overrides,
  });

  it("tells no account, switched off, usable, invited and lapsed apart", () => {
    expect(accountStatus(null, NOW)).toBe("NONE");
    expect(accountStatus(account({ active: false, hasPassword: true }), NOW)).toBe("INACTIVE");
    expect(accountStatus(account({ hasPassword: true }), NOW)).toBe("ACTIVE");
    // Signed in through the organisation's identity provider, without a password.
    expect(accountStatus(account({ lastSignInAt: NOW }), NOW)).toBe("ACTIVE");
    expect(accountStatus(account({ invitations: [{ expiresAt: invitationExpiry(NOW), acceptedAt: null }] }), NOW)).toBe("INVITED");
    expect(accountStatus(account({ invitations: [{ expiresAt: day("2026-03-01"), acceptedAt: null }] }), NOW)).toBe("INVITATION_EXPIRED");
    expect(accountStatus(account(), NOW)).toBe("INVITATION_EXPIRED");
  });
});

describe("planMembershipEnds", () => {
  const today = day("2026-03-10");
  const membership = (id: string, start: string, end: string | null) => ({ id, startDate: day(start), endDate: end ? day(end) : null });

  it("ends ongoing memberships, removes those not yet started and keeps history", () => {
    const plan = planMembershipEnds(
      [
        membership("open", "2022-01-01", null),
        membership("ends-later", "2024-01-01", "2026-12-31"),
        membership("starts-today", "2026-03-10", null),
        membership("ended", "2020-01-01", "2021-12-31"),
        membership("ends-today", "2023-01-01", "2026-03-10"),
        membership("future", "2026-06-01", null),
      ],
      today,
    );
    expect(plan.end.map((m) => m.id)).toEqual(["open", "ends-later", "starts-today"]);
    expect(plan.remove.map((m) => m.id)).toEqual(["future"]);
    expect(plan.keep.map((m) => m.id)).toEqual(["ended", "ends-today"]);
  });
});

describe("small helpers", () => {
  it("compares role lists as sets", () => {
    expect(sameRoles(["READER", "CONTRIBUTOR"], ["CONTRIBUTOR", "READER"])).toBe(true);
    expect(sameRoles(["READER"], ["READER", "CONTRIBUTOR"])).toBe(false);
    expect(sameRoles([], [])).toBe(true);
  });

  it("reads only known steps and notices from the person page's query", () => {
    expect(personPageParams({ step: "anonymise", notice: "created" })).toEqual({ step: "anonymise", notice: "created" });
    expect(personPageParams({ step: "drop-table", notice: ["created", "x"] })).toEqual({ step: null, notice: null });
    expect(personPageParams({})).toEqual({ step: null, notice: null });
  });
});
