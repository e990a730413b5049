/**
 * How long a session lives (decision 0002). A session ends after eight hours without a request
 * (idle) and twelve hours after sign-in whatever happens (absolute). The absolute end is what lets
 * the proxy extend a session without asking the database: an ended or refused session can be
 * extended only up to it, and an ended session is remembered until then.
 */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
/** A session cookie is written anew at most this often (each write is an encryption and a header). */
export const SESSION_REFRESH_AFTER_SECONDS = 5 * 60;

/** What the lifetime rules read from a session token (seconds since the epoch). */
export type SessionTimes = {
  /** When the account signed in; tokens from before this rule carry none and are not accepted. */
  authTime?: number;
  /** When the cookie was last written. */
  iat?: number;
  /** When the cookie expires. */
  exp?: number;
};

/** The moment a session ends at the latest, or null when the token does not say when it began. */
export function absoluteSessionEnd(times: SessionTimes): number | null {
  return typeof times.authTime === "number" && Number.isFinite(times.authTime) ? times.authTime + SESSION_ABSOLUTE_SECONDS : null;
}

/** Whether a (correctly signed, unexpired) token is still within the session's absolute lifetime. */
export function isWithinSessionLifetime(times: SessionTimes, nowSeconds: number): boolean {
  const end = absoluteSessionEnd(times);
  return end !== null && times.authTime! <= nowSeconds + 60 && nowSeconds < end;
}

/**
 * The new expiry when the cookie is due to be written anew (it was written at least
 * SESSION_REFRESH_AFTER_SECONDS ago), or null: not due, outside its lifetime, or nothing to gain.
 * Never later than the absolute end.
 */
export function refreshedSessionExpiry(times: SessionTimes, nowSeconds: number): number | null {
  if (!isWithinSessionLifetime(times, nowSeconds)) return null;
  if (typeof times.iat === "number" && nowSeconds - times.iat < SESSION_REFRESH_AFTER_SECONDS) return null;
  const expiry = Math.min(nowSeconds + SESSION_IDLE_SECONDS, absoluteSessionEnd(times)!);
  return typeof times.exp === "number" && expiry <= times.exp ? null : expiry;
}
