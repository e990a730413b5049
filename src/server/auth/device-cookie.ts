import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser that
 * signed in to an account gets a token, signed with the server's secret, that names the account
 * (by a keyed hash of its e-mail: the cookie shows no address) and a random nonce. With it, the
 * browser is limited by its own failures instead of the account's, so that someone hammering the
 * account elsewhere cannot lock the owner out. A token proves nothing for any other account.
 *
 * The cookie holds the tokens of the last few accounts signed in to from this browser, joined by
 * "~"; each token is `<nonce>.<signature>`.
 */
export const DEVICE_COOKIE_NAME = "samverkan_device";
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
const MAX_TOKENS = 5;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,64}\.[A-Za-z0-9_-]{43}$/;

function signature(secret: string, email: string, nonce: string): string {
  return createHmac("sha256", secret).update(`samverkan-device\0${email}\0${nonce}`).digest("base64url");
}

function tokensOf(cookie: string | undefined): string[] {
  return (cookie ?? "").split("~").filter((token) => TOKEN_PATTERN.test(token)).slice(0, MAX_TOKENS);
}

/** The nonce of this cookie's token for this (normalised) e-mail, or null when it holds none that verifies. */
export function deviceNonceFor(cookie: string | undefined, email: string, secret: string): string | null {
  for (const token of tokensOf(cookie)) {
    const [nonce, given] = token.split(".") as [string, string];
    const expected = Buffer.from(signature(secret, email, nonce));
    const actual = Buffer.from(given);
    if (actual.length === expected.length && timingSafeEqual(actual, expected)) return nonce;
  }
  return null;
}

/** The cookie after a successful sign-in: a fresh token for this account first, its old one dropped. */
export function withDeviceToken(cookie: string | undefined, email: string, secret: string): string {
  const previous = deviceNonceFor(cookie, email, secret);
  const nonce = randomBytes(18).toString("base64url");
  const others = tokensOf(cookie).filter((token) => previous === null || !token.startsWith(`${previous}.`));
  return [`${nonce}.${signature(secret, email, nonce)}`, ...others].slice(0, MAX_TOKENS).join("~");
}

/** Reads one cookie from a Cookie header. */
export function cookieFrom(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}
