/**
 * Failed sign-ins are limited within a sliding window, counted in the database so the limit holds
 * across app instances. Pure, so it is unit-tested.
 *
 * Two kinds of client (docs/decisions/0007-sign-in-limits-and-device-cookies.md):
 * - a browser that holds this account's device cookie (it signed in to the account before) is
 *   limited by its own failures only, so that nobody else can lock the owner out, and it is not
 *   held to the address limit, so that colleagues behind one NAT do not lock each other out;
 * - any other client is limited per account and per address, counting only such clients' failures.
 */
export const SIGN_IN_LIMITS = {
  windowMinutes: 15,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 20,
  /** Failures allowed to one device cookie: the same as to the rest of the world for one account. */
  maxFailuresPerDevice: 5,
} as const;

export type SignInLimits = { windowMinutes: number; maxFailuresPerAccount: number; maxFailuresPerIp: number; maxFailuresPerDevice: number };

export type RecentFailures =
  | {
      client: "other";
      /** Failures on this account by clients without its device cookie. */
      accountFailures: number;
      /** Failures from this address by clients without a device cookie for what they tried. */
      ipFailures: number;
      /** The oldest failure that still counts, for telling the user when to try again. */
      oldestCountedAt: Date | null;
    }
  | { client: "device"; deviceFailures: number; oldestCountedAt: Date | null };

export type SignInThrottle = { blocked: false } | { blocked: true; retryAfterMinutes: number };

export function windowStart(now: Date, limits: SignInLimits = SIGN_IN_LIMITS): Date {
  return new Date(now.getTime() - limits.windowMinutes * 60_000);
}

export function evaluateSignInThrottle(failures: RecentFailures, now: Date, limits: SignInLimits = SIGN_IN_LIMITS): SignInThrottle {
  const blocked =
    failures.client === "device"
      ? failures.deviceFailures >= limits.maxFailuresPerDevice
      : failures.accountFailures >= limits.maxFailuresPerAccount || failures.ipFailures >= limits.maxFailuresPerIp;
  if (!blocked) return { blocked: false };
  const oldest = failures.oldestCountedAt ?? now;
  const freeAt = oldest.getTime() + limits.windowMinutes * 60_000;
  return { blocked: true, retryAfterMinutes: Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000)) };
}

/** Whether one more failure (after `accountFailuresBefore`) is the one that limits the account: the owner is told then, once. */
export function limitsTheAccount(accountFailuresBefore: number, limits: SignInLimits = SIGN_IN_LIMITS): boolean {
  return accountFailuresBefore + 1 === limits.maxFailuresPerAccount;
}
