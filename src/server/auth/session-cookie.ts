import type { JWT } from "next-auth/jwt";
import { isWithinSessionLifetime, refreshedSessionExpiry } from "@/lib/session-lifetime";
import { decodeSessionToken, encodeSessionToken } from "./session-token";

/**
 * The session cookie as next-auth writes it (an encrypted JWT, the key derived from AUTH_SECRET with
 * the cookie's name as salt), read and extended here without next-auth's request round trip: the
 * proxy extends it without touching the database, and pages read it once and check the account in
 * one query (./read-session.ts). The token format is next-auth's (./session-token.ts).
 */
const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
/** Browsers keep cookies up to 4 096 bytes; next-auth splits larger ones into `.0`, `.1`, …. */
const COOKIE_CHUNK_LIMIT = 3_900;

type Cookie = { name: string; value: string };
export type SessionCookie = { name: (typeof COOKIE_NAMES)[number]; token: JWT };

/** The secret next-auth signs with (the config passes the same one). */
export function sessionSecret(): string | undefined {
  return process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET || undefined;
}

/** The cookie's value under `name`, joined from its chunks when next-auth had to split it. */
function cookieValue(cookies: readonly Cookie[], name: string): string | null {
  const whole = cookies.find((cookie) => cookie.name === name);
  if (whole) return whole.value;
  const chunks = cookies
    .map((cookie) => ({ cookie, index: cookie.name.startsWith(`${name}.`) ? Number(cookie.name.slice(name.length + 1)) : Number.NaN }))
    .filter(({ index }) => Number.isInteger(index) && index >= 0)
    .sort((a, b) => a.index - b.index);
  return chunks.length > 0 ? chunks.map(({ cookie }) => cookie.value).join("") : null;
}

/**
 * The decrypted session token in these cookies, or null: none, tampered, expired, past the
 * session's absolute end, or no secret configured.
 */
export async function readSessionCookie(cookies: readonly Cookie[]): Promise<SessionCookie | null> {
  const secret = sessionSecret();
  if (!secret) return null;
  for (const name of COOKIE_NAMES) {
    const value = cookieValue(cookies, name);
    if (!value) continue;
    try {
      const token: JWT = await decodeSessionToken(value, secret, name);
      return isWithinSessionLifetime(token, Math.floor(Date.now() / 1000)) ? { name, token } : null;
    } catch {
      // A cookie we cannot decrypt (another secret, tampered, expired) is no session.
    }
  }
  return null;
}

export type RefreshedCookie = { name: string; value: string; expires: Date; secure: boolean };

/**
 * The session cookie written anew with a later expiry, when one is due (see
 * refreshedSessionExpiry), or null. The same attributes next-auth gives it.
 */
export async function refreshSessionCookie(session: SessionCookie, nowSeconds = Math.floor(Date.now() / 1000)): Promise<RefreshedCookie | null> {
  const secret = sessionSecret();
  const expiry = refreshedSessionExpiry(session.token, nowSeconds);
  if (!secret || expiry === null) return null;
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = session.token;
  // The expiry is already within the idle and the absolute end (refreshedSessionExpiry).
  const value = await encodeSessionToken(claims, secret, session.name, expiry - nowSeconds);
  // A token this small never needs chunks; if one ever did, next-auth's own routes write it.
  if (value.length > COOKIE_CHUNK_LIMIT) return null;
  return { name: session.name, value, expires: new Date(expiry * 1000), secure: session.name.startsWith("__Secure-") };
}
