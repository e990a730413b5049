import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findSessionAccount, forgetExpiredEndedSessions, recordSignOut, verifyCredentials } from "@/server/auth/verify-credentials";
import { SIGN_IN_LIMITS } from "@/server/auth/sign-in-limits";
import { DEMO_PASSWORD } from "@/server/seed/demo-accounts";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { testDatabase } from "../../support/test-database";

const ADMIN = "admin@huddinge.example";
const READER = "lasare@huddinge.example";
const prisma = () => testDatabase().prisma;

beforeAll(async () => {
  await seedDemoPartnership(prisma());
});

beforeEach(async () => {
  await prisma().signInFailure.deleteMany();
  await prisma().user.updateMany({ data: { active: true } });
});

describe("verifyCredentials", () => {
  it("accepts the right password, records the sign-in on the account and audits it in the user's partnership", async () => {
    const result = await verifyCredentials({ email: ADMIN, password: DEMO_PASSWORD, ip: "10.0.0.1" });
    const account = await prisma().account.findUniqueOrThrow({ where: { email: ADMIN } });
    expect(result).toEqual({ ok: true, accountId: account.id, sessionVersion: 0 });
    expect(account.lastSignInAt).not.toBeNull();
    const user = await prisma().user.findFirstOrThrow({ where: { accountId: account.id } });
    const event = await prisma().auditEvent.findFirst({ where: { action: "auth.signed_in", actorUserId: user.id } });
    expect(event).toMatchObject({ entityType: "Account", entityId: account.id, actorAccountId: account.id, partnershipId: user.partnershipId });
  });

  it("treats the e-mail address case-insensitively and ignores surrounding spaces", async () => {
    const result = await verifyCredentials({ email: "  Admin@HUDDINGE.example ", password: DEMO_PASSWORD, ip: "10.0.0.1" });
    expect(result.ok).toBe(true);
  });

  it("refuses a wrong password and an unknown account the same way, and counts both", async () => {
    expect(await verifyCredentials({ email: ADMIN, password: "wrong", ip: "10.0.0.2" })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: "nobody@huddinge.example", password: "wrong", ip: "10.0.0.2" })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await prisma().signInFailure.count({ where: { ip: "10.0.0.2" } })).toBe(2);
  });

  it("refuses a deactivated account even with the right password", async () => {
    await prisma().user.updateMany({ where: { account: { email: READER } }, data: { active: false } });
    expect(await verifyCredentials({ email: READER, password: DEMO_PASSWORD, ip: "10.0.0.3" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an account after too many failures, even for the right password, until the window has passed", async () => {
    const now = new Date();
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.maxFailuresPerAccount; attempt++) {
      await verifyCredentials({ email: READER, password: `wrong-${attempt}`, ip: `10.1.0.${attempt}` }, now);
    }
    const blocked = await verifyCredentials({ email: READER, password: DEMO_PASSWORD, ip: "10.1.1.1" }, now);
    expect(blocked).toEqual({ ok: false, reason: "rate_limited", retryAfterMinutes: SIGN_IN_LIMITS.windowMinutes });

    // Other accounts are not affected by one account's lock.
    expect((await verifyCredentials({ email: ADMIN, password: DEMO_PASSWORD, ip: "10.1.1.1" }, now)).ok).toBe(true);

    const later = new Date(now.getTime() + (SIGN_IN_LIMITS.windowMinutes + 1) * 60_000);
    expect((await verifyCredentials({ email: READER, password: DEMO_PASSWORD, ip: "10.1.1.1" }, later)).ok).toBe(true);
  });

  it("limits failures per address across many accounts", async () => {
    const now = new Date();
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.maxFailuresPerIp; attempt++) {
      await verifyCredentials({ email: `guess${attempt}@example.se`, password: "x", ip: "10.2.0.1" }, now);
    }
    expect(await verifyCredentials({ email: ADMIN, password: DEMO_PASSWORD, ip: "10.2.0.1" }, now)).toMatchObject({
      ok: false,
      reason: "rate_limited",
    });
    expect((await verifyCredentials({ email: ADMIN, password: DEMO_PASSWORD, ip: "10.2.0.2" }, now)).ok).toBe(true);
  });

  it("clears an account's failures after a successful sign-in", async () => {
    await verifyCredentials({ email: ADMIN, password: "wrong", ip: "10.3.0.1" });
    await verifyCredentials({ email: ADMIN, password: DEMO_PASSWORD, ip: "10.3.0.1" });
    expect(await prisma().signInFailure.count({ where: { email: ADMIN } })).toBe(0);
  });
});

// Issue #18, item 2: attempts in progress are not failures, and a burst is still held to the limit.
describe("verifyCredentials at the same moment", () => {
  it("lets twelve simultaneous sign-ins with the right password to one account all in", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => verifyCredentials({ email: READER, password: DEMO_PASSWORD, ip: "10.4.0.1" })));
    expect(results.map((result) => result.ok)).toEqual(Array(12).fill(true));
  });

  it("lets simultaneous sign-ins to many accounts from one address all in", async () => {
    const results = await Promise.all(
      [ADMIN, READER, "ledning@huddinge.example", "arbetsgrupp@sh.example", "forskare@sh.example"].flatMap((email) => [
        verifyCredentials({ email, password: DEMO_PASSWORD, ip: "10.4.0.2" }),
        verifyCredentials({ email, password: DEMO_PASSWORD, ip: "10.4.0.2" }),
      ]),
    );
    expect(results.every((result) => result.ok)).toBe(true);
  });

  it("checks no more than the limit of fifteen simultaneous wrong passwords", async () => {
    const results = await Promise.all(Array.from({ length: 15 }, (_, n) => verifyCredentials({ email: READER, password: `wrong-${n}`, ip: `10.4.1.${n}` })));
    const checked = results.filter((result) => !result.ok && result.reason === "invalid").length;
    expect(checked).toBe(SIGN_IN_LIMITS.maxFailuresPerAccount);
    expect(results.filter((result) => !result.ok && result.reason === "rate_limited")).toHaveLength(15 - checked);
    expect(await prisma().signInFailure.count({ where: { email: READER } })).toBe(checked);
  });
});

// Issue #18, item 3: nobody can lock the owner out (device cookies, docs/decisions/0006-…).
describe("verifyCredentials with a device cookie", () => {
  const OWNER_DEVICE = "owner-device-nonce-0001";

  async function hammer(email: string, times: number, ip = "10.5.0.9") {
    for (let n = 0; n < times; n++) await verifyCredentials({ email, password: `guess-${n}`, ip });
  }

  it("lets the owner's browser in while the account is limited for everyone else", async () => {
    await hammer(READER, SIGN_IN_LIMITS.maxFailuresPerAccount);
    expect(await verifyCredentials({ email: READER, password: DEMO_PASSWORD, ip: "10.5.0.1" })).toMatchObject({ ok: false, reason: "rate_limited" });
    expect((await verifyCredentials({ email: READER, password: DEMO_PASSWORD, ip: "10.5.0.1", deviceNonce: OWNER_DEVICE })).ok).toBe(true);
    // The owner's sign-in does not clear the guesser's failures: the account stays limited for others.
    expect(await verifyCredentials({ email: READER, password: DEMO_PASSWORD, ip: "10.5.0.2" })).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("holds a device cookie to its own limit, without touching other devices", async () => {
    for (let n = 0; n < SIGN_IN_LIMITS.maxFailuresPerDevice; n++) {
      expect(await verifyCredentials({ email: READER, password: `wrong-${n}`, ip: "10.5.1.1", deviceNonce: "stolen-device-nonce-01" })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await verifyCredentials({ email: READER, password: DEMO_PASSWORD, ip: "10.5.1.1", deviceNonce: "stolen-device-nonce-01" })).toMatchObject({
      ok: false,
      reason: "rate_limited",
    });
    expect((await verifyCredentials({ email: READER, password: DEMO_PASSWORD, ip: "10.5.1.1", deviceNonce: OWNER_DEVICE })).ok).toBe(true);
    // A device's failures are its own: the account is not limited for other clients either.
    expect((await verifyCredentials({ email: ADMIN, password: DEMO_PASSWORD, ip: "10.5.1.2" })).ok).toBe(true);
    expect((await verifyCredentials({ email: READER, password: DEMO_PASSWORD, ip: "10.5.1.3" })).ok).toBe(true);
  });

  it("does not hold a browser with a device cookie to its address's limit (colleagues behind one NAT)", async () => {
    for (let n = 0; n < SIGN_IN_LIMITS.maxFailuresPerIp; n++) await verifyCredentials({ email: `guess${n}@example.se`, password: "x", ip: "10.5.2.1" });
    expect(await verifyCredentials({ email: ADMIN, password: DEMO_PASSWORD, ip: "10.5.2.1" })).toMatchObject({ ok: false, reason: "rate_limited" });
    expect((await verifyCredentials({ email: ADMIN, password: DEMO_PASSWORD, ip: "10.5.2.1", deviceNonce: OWNER_DEVICE })).ok).toBe(true);
  });

  it("tells the owner once by mail when the account is limited, and nobody for an unknown address", async () => {
    await prisma().outboxMessage.deleteMany({ where: { dedupeKey: { startsWith: "sign-in-limited:" } } });
    await hammer(READER, SIGN_IN_LIMITS.maxFailuresPerAccount + 3);
    await hammer("nobody@huddinge.example", SIGN_IN_LIMITS.maxFailuresPerAccount, "10.5.3.1");
    const mails = await prisma().outboxMessage.findMany({ where: { dedupeKey: { startsWith: "sign-in-limited:" } } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ toAddress: READER, status: "PENDING" });
    expect(mails[0]!.subject).toContain("spärrats");
    expect(mails[0]!.text).toContain("No further sign-in attempts are accepted for the account for 15 minutes");
  });
});

describe("recordSignOut", () => {
  it("audits the sign-out in the user's partnership, and ignores an unknown account", async () => {
    const account = await prisma().account.findUniqueOrThrow({ where: { email: ADMIN } });
    const user = await prisma().user.findFirstOrThrow({ where: { accountId: account.id } });
    await recordSignOut(account.id, "session-a", null);
    await recordSignOut("no-such-account", "session-x", null);
    const events = await prisma().auditEvent.findMany({ where: { action: "auth.signed_out" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: user.id, actorAccountId: account.id, partnershipId: user.partnershipId });
    expect(await prisma().endedSession.count({ where: { sessionId: "session-x" } })).toBe(0);
  });

  // Guards sign-out against copies of the session cookie: the ended session is refused on the
  // server, while the same account's other sessions go on.
  it("ends exactly the signed-out session, on the server, until it would have expired", async () => {
    const account = await prisma().account.findUniqueOrThrow({ where: { email: ADMIN } });
    expect(await findSessionAccount(account.id, account.sessionVersion, "session-b")).not.toBeNull();
    const expiresAt = new Date(Date.now() + 60 * 60 * 1000);
    await recordSignOut(account.id, "session-b", expiresAt);
    expect(await findSessionAccount(account.id, account.sessionVersion, "session-b")).toBeNull();
    expect(await findSessionAccount(account.id, account.sessionVersion, "session-c")).not.toBeNull();
    expect(await prisma().endedSession.findUniqueOrThrow({ where: { sessionId: "session-b" } })).toMatchObject({ accountId: account.id, expiresAt });
    // Once expired, the record is forgotten by the jobs (the cookie is no longer valid anyway).
    expect(await forgetExpiredEndedSessions(new Date(expiresAt.getTime() + 1))).toBeGreaterThanOrEqual(1);
    expect(await prisma().endedSession.count({ where: { sessionId: "session-b" } })).toBe(0);
  });
});

describe("findSessionAccount", () => {
  it("returns the account with its participation: person, partnership and roles", async () => {
    const account = await prisma().account.findUniqueOrThrow({ where: { email: ADMIN } });
    const user = await prisma().user.findFirstOrThrow({ where: { accountId: account.id }, include: { person: { include: { partnership: true } } } });
    const groups = await prisma().group.findMany({ where: { partnershipId: user.partnershipId }, select: { id: true } });
    expect(await findSessionAccount(account.id, account.sessionVersion, "session-1")).toEqual({
      accountId: account.id,
      name: account.name,
      email: ADMIN,
      installationAdministrator: false,
      sessionVersion: account.sessionVersion,
      participations: [
        {
          userId: user.id,
          personId: user.personId,
          partnershipId: user.partnershipId,
          partnershipSlug: user.person.partnership.slug,
          partnershipName: user.person.partnership.name,
          partnershipNameEn: user.person.partnership.nameEn,
          name: "Maria Lindqvist",
          roles: ["ADMINISTRATOR"],
          // The demo's administrator is the secretary of both groups (more in auth/session-memberships.test.ts).
          groupRolesToday: Object.fromEntries(groups.map((group) => [group.id, ["SECRETARY"]])),
        },
      ],
    });
  });

  // Guards session revocation: a bumped sessionVersion ends the session; roles and deactivation are
  // read on every request, so they apply at once without ending anything.
  it("ends the session when the account's session version is bumped", async () => {
    const account = await prisma().account.findUniqueOrThrow({ where: { email: READER } });
    expect(await findSessionAccount(account.id, account.sessionVersion, "session-1")).not.toBeNull();
    await prisma().account.update({ where: { id: account.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await findSessionAccount(account.id, account.sessionVersion, "session-1")).toBeNull();
    expect(await findSessionAccount(account.id, account.sessionVersion + 1, "session-1")).not.toBeNull();
    expect(await findSessionAccount("no-such-account", 0, "session-1")).toBeNull();
  });

  it("reads the roles afresh on every request and refuses an account whose only user is deactivated", async () => {
    const account = await prisma().account.findUniqueOrThrow({ where: { email: READER } });
    const user = await prisma().user.findFirstOrThrow({ where: { accountId: account.id } });
    expect((await findSessionAccount(account.id, account.sessionVersion, "session-2"))?.participations.map((p) => p.roles)).toEqual([["READER"]]);
    await prisma().user.update({ where: { id: user.id }, data: { roles: ["CONTRIBUTOR"] } });
    expect((await findSessionAccount(account.id, account.sessionVersion, "session-2"))?.participations.map((p) => p.roles)).toEqual([["CONTRIBUTOR"]]);
    await prisma().user.update({ where: { id: user.id }, data: { active: false, roles: ["READER"] } });
    expect(await findSessionAccount(account.id, account.sessionVersion, "session-2")).toBeNull();
  });
});
