import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SESSION_IDLE_SECONDS, SESSION_REFRESH_AFTER_SECONDS } from "@/lib/session-lifetime";
import { readSessionCookie, refreshSessionCookie } from "./session-cookie";

const SECRET = "a-test-secret-of-reasonable-length-0123456789";
const NAME = "authjs.session-token";
const claims = { aid: "account-1", sv: 2, sid: "session-1", authTime: Math.floor(Date.now() / 1000) - 3600 };

/** A cookie as next-auth writes it (the same encode, the cookie's name as salt). */
const nextAuthCookie = (name = NAME, secret = SECRET) => encode({ token: claims, secret, salt: name, maxAge: SESSION_IDLE_SECONDS });

describe("the session cookie", () => {
  beforeEach(() => {
    process.env.AUTH_SECRET = SECRET;
  });
  afterEach(() => {
    delete process.env.AUTH_SECRET;
  });

  it("reads the cookie next-auth writes, under either of its names", async () => {
    for (const name of [NAME, `__Secure-${NAME}`]) {
      const session = await readSessionCookie([{ name, value: await nextAuthCookie(name) }]);
      expect(session?.name).toBe(name);
      expect(session?.token).toMatchObject(claims);
    }
  });

  it("joins a cookie next-auth split into chunks", async () => {
    const value = await nextAuthCookie();
    const chunks = [value.slice(0, 100), value.slice(100, 250), value.slice(250)];
    const cookies = chunks.map((chunk, index) => ({ name: `${NAME}.${index}`, value: chunk })).reverse();
    expect((await readSessionCookie(cookies))?.token.aid).toBe("account-1");
  });

  it("is no session when tampered with, sealed with another secret or under another name, or without a secret", async () => {
    const value = await nextAuthCookie();
    expect(await readSessionCookie([{ name: NAME, value: `${value.slice(0, -4)}AAAA` }])).toBeNull();
    expect(await readSessionCookie([{ name: NAME, value: await nextAuthCookie(NAME, "another-secret-of-reasonable-length-98765") }])).toBeNull();
    // The key is derived with the cookie's name: a value moved to the other name does not open.
    expect(await readSessionCookie([{ name: `__Secure-${NAME}`, value }])).toBeNull();
    delete process.env.AUTH_SECRET;
    expect(await readSessionCookie([{ name: NAME, value }])).toBeNull();
  });

  it("is written anew with a later expiry once due, keeping what it says, and readable again", async () => {
    const session = (await readSessionCookie([{ name: NAME, value: await nextAuthCookie() }]))!;
    const writtenAt = session.token.iat as number;
    expect(await refreshSessionCookie(session, writtenAt + 10)).toBeNull();

    const now = writtenAt + SESSION_REFRESH_AFTER_SECONDS;
    const refreshed = (await refreshSessionCookie(session, now))!;
    expect(refreshed).toMatchObject({ name: NAME, secure: false });
    expect(refreshed.expires.getTime()).toBe((now + SESSION_IDLE_SECONDS) * 1000);
    const reread = await readSessionCookie([{ name: NAME, value: refreshed.value }]);
    expect(reread?.token).toMatchObject(claims);
  });

  it("is no session past its absolute end, and is not extended up to it", async () => {
    const old = { ...claims, authTime: Math.floor(Date.now() / 1000) - 12 * 3600 };
    expect(await readSessionCookie([{ name: NAME, value: await encode({ token: old, secret: SECRET, salt: NAME, maxAge: 60 }) }])).toBeNull();

    const nearEnd = { ...claims, authTime: Math.floor(Date.now() / 1000) - 12 * 3600 + 120 };
    const session = (await readSessionCookie([{ name: NAME, value: await encode({ token: nearEnd, secret: SECRET, salt: NAME, maxAge: 60 }) }]))!;
    const refreshed = await refreshSessionCookie(session, (session.token.iat as number) + 100);
    // Not due yet (written 100 s ago); when due, the end would already have passed.
    expect(refreshed).toBeNull();
    expect(await refreshSessionCookie(session, (session.token.iat as number) + SESSION_REFRESH_AFTER_SECONDS)).toBeNull();
  });
});
