import { encode, type JWT } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SESSION_IDLE_SECONDS } from "@/lib/session-lifetime";
import { endSessions } from "@/server/auth/accounts";
import { recordSignOut } from "@/server/auth/verify-credentials";
import { DEMO_ACCOUNTS } from "@/server/seed/demo-accounts";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { testDatabase } from "../../support/test-database";

/**
 * Every page, action and route handler reads the session through auth() (src/server/auth/read-session.ts):
 * the cookie next-auth wrote, decrypted, and the account checked in one query. Here the test writes
 * the cookie the way next-auth does and decides what the request carries.
 */
const SECRET = "integration-secret-of-a-reasonable-length-42";
const COOKIE = "authjs.session-token";
const request = vi.hoisted(() => ({ cookies: [] as { name: string; value: string }[] }));
vi.mock("next/headers", async (importOriginal) => ({ ...(await importOriginal<object>()), cookies: async () => ({ getAll: () => request.cookies }) }));
const { auth } = await import("@/server/auth/read-session");

const prisma = () => testDatabase().prisma;
const STEERING = DEMO_ACCOUNTS[1].email;
const now = () => Math.floor(Date.now() / 1000);
let accountId: string;
let sessionVersion: number;

async function signedInWith(claims: JWT): Promise<void> {
  request.cookies = [{ name: COOKIE, value: await encode({ token: claims, secret: SECRET, salt: COOKIE, maxAge: SESSION_IDLE_SECONDS }) }];
}

beforeAll(async () => {
  process.env.AUTH_SECRET = SECRET;
  await seedDemoPartnership(prisma());
  const account = await prisma().account.findUniqueOrThrow({ where: { email: STEERING } });
  accountId = account.id;
  sessionVersion = account.sessionVersion;
}, 120_000);

afterAll(() => {
  delete process.env.AUTH_SECRET;
});

describe("reading the session", () => {
  it("gives the account with its partnership and roles for a valid cookie", async () => {
    await signedInWith({ aid: accountId, sv: sessionVersion, sid: "session-valid", authTime: now() - 60 });
    const session = await auth();
    expect(session?.user).toMatchObject({ id: accountId, email: STEERING, installationAdministrator: false });
    expect(session?.user.participations).toHaveLength(1);
    expect(session?.user.participations[0]?.roles).toContain("STEERING_GROUP_MEMBER");
  });

  it("is null without a cookie, with a cookie sealed by another secret, or past the absolute end", async () => {
    request.cookies = [];
    expect(await auth()).toBeNull();
    request.cookies = [{ name: COOKIE, value: await encode({ token: { aid: accountId, sv: sessionVersion, sid: "x", authTime: now() }, secret: "another-secret-of-some-length-0000000", salt: COOKIE }) }];
    expect(await auth()).toBeNull();
    await signedInWith({ aid: accountId, sv: sessionVersion, sid: "session-old", authTime: now() - 12 * 3600 - 1 });
    expect(await auth()).toBeNull();
    // A cookie from before sessions had an absolute end says nothing of when it began.
    await signedInWith({ aid: accountId, sv: sessionVersion, sid: "session-legacy" });
    expect(await auth()).toBeNull();
  });

  it("is null once this session was signed out, while another session of the account goes on", async () => {
    await recordSignOut(accountId, "session-ended", new Date(Date.now() + 3600_000));
    await signedInWith({ aid: accountId, sv: sessionVersion, sid: "session-ended", authTime: now() - 60 });
    expect(await auth()).toBeNull();
    await signedInWith({ aid: accountId, sv: sessionVersion, sid: "session-other", authTime: now() - 60 });
    expect(await auth()).not.toBeNull();
  });

  it("is null once the account's sessions were ended, or it lost its last active partnership", async () => {
    await prisma().$transaction((tx) => endSessions(tx, accountId));
    await signedInWith({ aid: accountId, sv: sessionVersion, sid: "session-bumped", authTime: now() - 60 });
    expect(await auth()).toBeNull();
    await signedInWith({ aid: accountId, sv: sessionVersion + 1, sid: "session-bumped", authTime: now() - 60 });
    expect(await auth()).not.toBeNull();

    await prisma().user.updateMany({ where: { accountId }, data: { active: false } });
    expect(await auth()).toBeNull();
    await prisma().user.updateMany({ where: { accountId }, data: { active: true } });
    const person = await prisma().user.findFirstOrThrow({ where: { accountId }, select: { personId: true } });
    await prisma().person.update({ where: { id: person.personId }, data: { active: false } });
    expect(await auth()).toBeNull();
  });
});
