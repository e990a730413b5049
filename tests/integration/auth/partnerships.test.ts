import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getMinutesPage } from "@/features/minutes/queries";
import { choosePartnership, PARTNERSHIP_COOKIE } from "@/lib/partnership-choice";
import { hasPermission } from "@/lib/permissions";
import { endSessions, grantAccess } from "@/server/auth/accounts";
import { SIGN_IN_LIMITS } from "@/server/auth/sign-in-limits";
import { findSessionAccount, recordSignOut, verifyCredentials, type SessionAccount } from "@/server/auth/verify-credentials";
import { DEMO_PASSWORD } from "@/server/seed/demo-accounts";
import { DEMO_PARTNERSHIP_SLUG, seedDemoPartnership } from "@/server/seed/demo-partnership";
import { testDatabase } from "../../support/test-database";

/**
 * Issue #15, item 3: one account with roles in two partnerships — a steering-group member in the
 * demo partnership (A) and a reader in a second one (B). The partnership a request works in is the
 * one the cookie names among the account's own, else the oldest; inside it the roles are that
 * partnership's and the other's objects do not exist. Signing in, its limits and signing out are
 * the account's, whichever partnership is chosen.
 */

// getActor reads the session (next-auth) and the cookie (next/headers); here the test decides both.
const request = vi.hoisted(() => ({ account: null as null | Record<string, unknown>, cookie: undefined as string | undefined }));
vi.mock("@/server/auth/index", () => ({ auth: async () => (request.account ? { user: request.account } : null) }));
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  cookies: async () => ({ get: (name: string) => (name === PARTNERSHIP_COOKIE && request.cookie !== undefined ? { name, value: request.cookie } : undefined) }),
}));
const { getActor } = await import("@/server/auth/session");

const ANDERS = "ledning@huddinge.example";
const B_SLUG = "flemingsberg-annat";
const prisma = () => testDatabase().prisma;

let a: string;
let b: string;
let accountId: string;
let userInB: string;
let meetingOf: { a: string; b: string };

beforeAll(async () => {
  ({ partnershipId: a } = await seedDemoPartnership(prisma()));
  // B is made after A, so A is the account's oldest partnership.
  const partnership = await prisma().partnership.create({ data: { slug: B_SLUG, name: "Ett annat partnerskap i Flemingsberg" } });
  b = partnership.id;
  const party = await prisma().party.create({ data: { partnershipId: b, type: "MUNICIPALITY", name: "Huddinge kommun" } });
  const anders = await prisma().person.create({ data: { partnershipId: b, name: "Anders Holmberg", email: ANDERS, partyId: party.id } });
  const access = await grantAccess(prisma(), { partnershipId: b, personId: anders.id, email: ANDERS, name: "Anders Holmberg", roles: ["READER"] });
  accountId = access.accountId;
  userInB = access.userId;
  const groupB = await prisma().group.create({ data: { partnershipId: b, kind: "STEERING_GROUP", meetingsPerYear: 1 } });
  const groupA = await prisma().group.findFirstOrThrow({ where: { partnershipId: a, kind: "STEERING_GROUP" } });
  const meeting = (groupId: string, title: string) =>
    prisma().meeting.create({
      data: { groupId, title, startsAt: new Date("2031-05-05T11:00:00Z"), endsAt: new Date("2031-05-05T13:00:00Z"), cycleYear: 2031, isExtra: true, extraReason: "Prövning" },
    });
  meetingOf = { a: (await meeting(groupA.id, "Möte i A")).id, b: (await meeting(groupB.id, "Möte i B")).id };
}, 120_000);

beforeEach(async () => {
  await prisma().signInFailure.deleteMany();
  await prisma().user.updateMany({ where: { accountId }, data: { active: true } });
});

const sessionOf = async (sessionId = "session-1"): Promise<SessionAccount> => {
  const account = await prisma().account.findUniqueOrThrow({ where: { id: accountId } });
  const session = await findSessionAccount(accountId, account.sessionVersion, sessionId);
  if (!session) throw new Error("the session was refused");
  return session;
};

/** The actor getActor gives for this session and cookie. */
async function actorWith(session: SessionAccount, cookie: string | undefined) {
  request.account = { id: session.accountId, name: session.name, email: session.email, installationAdministrator: session.installationAdministrator, participations: session.participations };
  request.cookie = cookie;
  return getActor();
}

describe("an account in two partnerships", () => {
  it("has one session with both partnerships, the oldest first, each with its own roles", async () => {
    const session = await sessionOf();
    expect(session.participations.map((p) => [p.partnershipSlug, p.roles])).toEqual([
      [DEMO_PARTNERSHIP_SLUG, ["STEERING_GROUP_MEMBER"]],
      [B_SLUG, ["READER"]],
    ]);
    expect(session.participations.map((p) => p.partnershipId)).toEqual([a, b]);
  });

  it("works in the partnership the cookie chooses, with that partnership's roles", async () => {
    const session = await sessionOf();
    const inA = await actorWith(session, DEMO_PARTNERSHIP_SLUG);
    expect(inA).toMatchObject({ accountId, partnershipId: a, email: ANDERS, roles: ["STEERING_GROUP_MEMBER"] });
    const inB = await actorWith(session, B_SLUG);
    expect(inB).toMatchObject({ accountId, partnershipId: b, userId: userInB, roles: ["READER"] });
    expect(inB!.userId).not.toBe(inA!.userId);
    expect(inB!.personId).not.toBe(inA!.personId);
    // A reader in B: what the steering group may do in A is not allowed in B.
    expect(hasPermission(inA!.roles, "decision:make")).toBe(true);
    expect(hasPermission(inB!.roles, "decision:make")).toBe(false);
  });

  it("falls back to the oldest partnership for no cookie, or one naming a partnership the account has no part in", async () => {
    const session = await sessionOf();
    expect(choosePartnership(session.participations, null)?.partnershipId).toBe(a);
    expect(choosePartnership(session.participations, "no-such-partnership")?.partnershipId).toBe(a);
    expect(choosePartnership(session.participations, B_SLUG)?.partnershipId).toBe(b);
    // A partnership that exists, but not the account's: the cookie is a preference, never a permission.
    await prisma().partnership.create({ data: { slug: "tredje", name: "Ett tredje partnerskap" } });
    expect((await actorWith(session, "tredje"))?.partnershipId).toBe(a);
    expect((await actorWith(session, undefined))?.partnershipId).toBe(a);
    expect(choosePartnership([], B_SLUG)).toBeNull();
  });

  it("does not find the other partnership's objects, whichever is chosen", async () => {
    const session = await sessionOf();
    const inA = await actorWith(session, DEMO_PARTNERSHIP_SLUG);
    const inB = await actorWith(session, B_SLUG);
    expect(await getMinutesPage(inA, meetingOf.a)).not.toBeNull();
    expect(await getMinutesPage(inB, meetingOf.a)).toBeNull();
    expect(await getMinutesPage(inB, meetingOf.b)).not.toBeNull();
    expect(await getMinutesPage(inA, meetingOf.b)).toBeNull();
  });

  it("reads roles and deactivation per partnership on every request: B's changes leave A as it was", async () => {
    await prisma().user.update({ where: { id: userInB }, data: { roles: ["CONTRIBUTOR"] } });
    expect((await sessionOf()).participations.map((p) => p.roles)).toEqual([["STEERING_GROUP_MEMBER"], ["CONTRIBUTOR"]]);
    await prisma().user.update({ where: { id: userInB }, data: { active: false, roles: ["READER"] } });
    const session = await sessionOf();
    expect(session.participations.map((p) => p.partnershipId)).toEqual([a]);
    // The cookie still names B, which the account no longer takes part in: A, not B.
    expect((await actorWith(session, B_SLUG))?.partnershipId).toBe(a);
  });
});

describe("signing in and out as an account in two partnerships", () => {
  it("signs in once and writes the event in each partnership's own audit log", async () => {
    const since = new Date();
    const result = await verifyCredentials({ email: ANDERS, password: DEMO_PASSWORD, ip: "10.9.0.1" });
    expect(result).toMatchObject({ ok: true, accountId });
    const events = await prisma().auditEvent.findMany({ where: { action: "auth.signed_in", actorAccountId: accountId, createdAt: { gte: since } } });
    const users = await prisma().user.findMany({ where: { accountId }, select: { id: true, partnershipId: true } });
    expect(events.map((event) => [event.partnershipId, event.actorUserId]).sort()).toEqual(users.map((user) => [user.partnershipId, user.id]).sort());
  });

  it("limits sign-in failures per account: the lock holds for the account in both partnerships, and the owner's mail is in neither's log", async () => {
    const now = new Date();
    await prisma().outboxMessage.deleteMany({ where: { dedupeKey: { startsWith: "sign-in-limited:" } } });
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.maxFailuresPerAccount; attempt++) {
      await verifyCredentials({ email: ANDERS, password: `fel-${attempt}`, ip: `10.9.1.${attempt}` }, now);
    }
    expect(await verifyCredentials({ email: ANDERS, password: DEMO_PASSWORD, ip: "10.9.2.1" }, now)).toMatchObject({ ok: false, reason: "rate_limited" });
    const mails = await prisma().outboxMessage.findMany({ where: { dedupeKey: { startsWith: "sign-in-limited:" } } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ toAddress: ANDERS, partnershipId: null });
    // Another account is not affected.
    expect((await verifyCredentials({ email: "admin@huddinge.example", password: DEMO_PASSWORD, ip: "10.9.2.1" }, now)).ok).toBe(true);
    const later = new Date(now.getTime() + (SIGN_IN_LIMITS.windowMinutes + 1) * 60_000);
    expect((await verifyCredentials({ email: ANDERS, password: DEMO_PASSWORD, ip: "10.9.2.1" }, later)).ok).toBe(true);
  });

  it("signs out of both partnerships at once: the session ends, whichever partnership it worked in, and both logs show it", async () => {
    const since = new Date();
    const session = await sessionOf("session-out");
    expect(session.participations).toHaveLength(2);
    await recordSignOut(accountId, "session-out", new Date(Date.now() + 60 * 60 * 1000));
    const account = await prisma().account.findUniqueOrThrow({ where: { id: accountId } });
    expect(await findSessionAccount(accountId, account.sessionVersion, "session-out")).toBeNull();
    // Another session of the account (another browser) goes on.
    expect(await findSessionAccount(accountId, account.sessionVersion, "session-other")).not.toBeNull();
    const events = await prisma().auditEvent.findMany({ where: { action: "auth.signed_out", actorAccountId: accountId, createdAt: { gte: since } } });
    expect(events.map((event) => event.partnershipId).sort()).toEqual([a, b].sort());
  });

  it("ends every session of the account, in every partnership, when its sessions are ended", async () => {
    const before = await prisma().account.findUniqueOrThrow({ where: { id: accountId } });
    expect(await findSessionAccount(accountId, before.sessionVersion, "session-2")).not.toBeNull();
    await prisma().$transaction((tx) => endSessions(tx, accountId));
    expect(await findSessionAccount(accountId, before.sessionVersion, "session-2")).toBeNull();
    expect(await findSessionAccount(accountId, before.sessionVersion + 1, "session-2")).not.toBeNull();
  });
});
