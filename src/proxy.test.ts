import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SESSION_IDLE_SECONDS } from "@/lib/session-lifetime";
import proxy from "./proxy";

/**
 * The proxy reads the session cookie without the database: a signed-out visitor is sent to sign in
 * from a page that needs it, a signed-in one passes, and a session in use is extended while within
 * its absolute end. (Whether the account may still be signed in is each page's own check.)
 */
const SECRET = "proxy-test-secret-of-a-reasonable-length-1";
const COOKIE = "authjs.session-token";
const now = () => Math.floor(Date.now() / 1000);

/** A cookie as next-auth writes it, as if written `writtenSecondsAgo` ago (jose reads the clock). */
async function sessionCookie(claims: Record<string, unknown>, writtenSecondsAgo: number): Promise<string> {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() - writtenSecondsAgo * 1000);
  try {
    return await encode({ token: claims, secret: SECRET, salt: COOKIE, maxAge: SESSION_IDLE_SECONDS });
  } finally {
    vi.useRealTimers();
  }
}

const get = (path: string, cookie?: string) => proxy(new NextRequest(new URL(path, "http://localhost:3000"), { headers: cookie ? { cookie: `${COOKIE}=${cookie}` } : {} }));
/** A form post without JavaScript from the site itself (signing in and out are posts). */
const post = (path: string, cookie: string) =>
  proxy(
    new NextRequest(new URL(path, "http://localhost:3000"), {
      method: "POST",
      headers: { cookie: `${COOKIE}=${cookie}`, origin: "http://localhost:3000", host: "localhost:3000", "content-type": "application/x-www-form-urlencoded" },
      body: "a=1",
    }),
  );

beforeAll(() => {
  process.env.AUTH_SECRET = SECRET;
});
afterAll(() => {
  delete process.env.AUTH_SECRET;
});

describe("the proxy's session check", () => {
  it("sends a visitor without a session to sign in from a page that needs one, and lets public pages through", async () => {
    const response = await get("/meetings?year=2026");
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:3000/sign-in?callbackUrl=%2Fmeetings%3Fyear%3D2026");
    expect((await get("/agreement/public")).status).toBe(200);
  });

  it("lets a signed cookie through without writing it again while it is fresh", async () => {
    const response = await get("/meetings", await sessionCookie({ aid: "a", sv: 0, sid: "s", authTime: now() - 60 }, 0));
    expect(response.status).toBe(200);
    expect(response.cookies.get(COOKIE)).toBeUndefined();
  });

  it("extends a session in use once its cookie is some minutes old", async () => {
    const response = await get("/meetings", await sessionCookie({ aid: "a", sv: 0, sid: "s", authTime: now() - 3600 }, 600));
    const written = response.cookies.get(COOKIE);
    expect(written?.value).toBeTruthy();
    expect(written?.httpOnly).toBe(true);
    expect(written?.sameSite).toBe("lax");
    const expires = new Date(written!.expires as Date | number).getTime() / 1000;
    expect(Math.abs(expires - (now() + SESSION_IDLE_SECONDS))).toBeLessThan(5);
  });

  it("does not write the cookie on a post, which may be signing in or out with a cookie of its own", async () => {
    const cookie = await sessionCookie({ aid: "a", sv: 0, sid: "s", authTime: now() - 3600 }, 600);
    const response = await post("/account", cookie);
    expect(response.status).toBe(200);
    expect(response.cookies.get(COOKIE)).toBeUndefined();
  });

  it("treats a tampered cookie, or one past the session's absolute end, as none", async () => {
    const tampered = `${(await sessionCookie({ aid: "a", sv: 0, sid: "s", authTime: now() }, 0)).slice(0, -4)}AAAA`;
    expect((await get("/meetings", tampered)).status).toBe(307);
    const old = await get("/meetings", await sessionCookie({ aid: "a", sv: 0, sid: "s", authTime: now() - 12 * 3600 - 10 }, 600));
    expect(old.status).toBe(307);
    expect(old.cookies.get(COOKIE)).toBeUndefined();
  });
});
