import { hkdfSync } from "node:crypto";
import { EncryptJWT } from "jose";
import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, encodeSessionToken, keptKeyCount } from "./session-token";

const SECRET = "a-test-secret-of-reasonable-length-0123456789";
const SALT = "authjs.session-token";
const claims = { aid: "account-1", sv: 2, sid: "session-1", authTime: 1_800_000_000 };

describe("the session token in next-auth's format", () => {
  it("reads what next-auth writes, and next-auth reads what it writes", async () => {
    const fromNextAuth = await encode({ token: claims, secret: SECRET, salt: SALT, maxAge: 600 });
    expect(await decodeSessionToken(fromNextAuth, SECRET, SALT)).toMatchObject(claims);

    const ours = await encodeSessionToken(claims, SECRET, SALT, 600);
    const read = await decode({ token: ours, secret: SECRET, salt: SALT });
    expect(read).toMatchObject(claims);
    expect(read!.exp! - read!.iat!).toBe(600);
    expect(typeof read!.jti).toBe("string");
  });

  it("refuses a token sealed with another secret or salt, a tampered one and an expired one", async () => {
    const token = await encodeSessionToken(claims, SECRET, SALT, 600);
    await expect(decodeSessionToken(token, "another-secret-of-reasonable-length-98765", SALT)).rejects.toThrow();
    await expect(decodeSessionToken(token, SECRET, `__Secure-${SALT}`)).rejects.toThrow();
    await expect(decodeSessionToken(`${token.slice(0, -4)}AAAA`, SECRET, SALT)).rejects.toThrow();
    const expired = await encode({ token: claims, secret: SECRET, salt: SALT, maxAge: -60 });
    await expect(decodeSessionToken(expired, SECRET, SALT)).rejects.toThrow();
  });

  it("derives the key for a secret and salt once, not for every token", async () => {
    const salt = "salt-of-this-test";
    const tokens = await Promise.all([1, 2, 3].map((n) => encode({ token: { ...claims, sv: n }, secret: SECRET, salt, maxAge: 600 })));
    const before = keptKeyCount();
    expect((await Promise.all(tokens.map((token) => decodeSessionToken(token, SECRET, salt)))).map((read) => read.sv)).toEqual([1, 2, 3]);
    await encodeSessionToken(claims, SECRET, salt, 600);
    expect(keptKeyCount()).toBe(before + 1);
    await expect(decodeSessionToken(tokens[0]!, SECRET, `${salt}-other`)).rejects.toThrow();
    expect(keptKeyCount()).toBe(before + 2);
  });

  it("reads a token again from memory, a copy each time, until it expires", async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await encodeSessionToken(claims, SECRET, SALT, 600);
    const first = await decodeSessionToken(token, SECRET, SALT, now);
    first.aid = "changed by a caller";
    expect((await decodeSessionToken(token, SECRET, SALT, now + 60)).aid).toBe("account-1");
    // The tolerance next-auth allows (15 s) past its expiry, and no further.
    expect((await decodeSessionToken(token, SECRET, SALT, now + 614)).aid).toBe("account-1");
    await expect(decodeSessionToken(token, SECRET, SALT, now + 616)).rejects.toThrow();
    // Another secret or salt does not find what this one kept.
    await expect(decodeSessionToken(token, "another-secret-of-reasonable-length-98765", SALT, now + 60)).rejects.toThrow();
  });

  it("refuses a token without an expiry", async () => {
    const ours = await encodeSessionToken(claims, SECRET, SALT, 600);
    const header = JSON.parse(Buffer.from(ours.split(".")[0]!, "base64url").toString()) as { kid: string };
    const key = hkdfSync("sha256", SECRET, SALT, `Auth.js Generated Encryption Key (${SALT})`, 64);
    const endless = await new EncryptJWT(claims).setProtectedHeader({ alg: "dir", enc: "A256CBC-HS512", kid: header.kid }).encrypt(new Uint8Array(key));
    await expect(decodeSessionToken(endless, SECRET, SALT)).rejects.toThrow();
  });
});
