/**
 * Failed sign-ins are limited per account and per IP address within a sliding window. The counts
 * come from the database, so the limit holds across app instances. Pure, so it is unit-tested.
 */
export const SIGN_IN_LIMITS = {
  windowMinutes: 15,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 20,
} as const;

export type SignInLimits = { windowMinutes: number; maxFailuresPerAccount: number; maxFailuresPerIp: number };

export type RecentFailures = {
  accountFailures: number;
  ipFailures: number;
  /** The oldest failure that still counts, for telling the user when to try again. */
  oldestCountedAt: Date | null;
};

export type SignInThrottle = { blocked: false } | { blocked: true; retryAfterMinutes: number };

export function windowStart(now: Date, limits: SignInLimits = SIGN_IN_LIMITS): Date {
  return new Date(now.getTime() - limits.windowMinutes * 60_000);
}

export function evaluateSignInThrottle(
  failures: RecentFailures,
  now: Date,
  limits: SignInLimits = SIGN_IN_LIMITS,
): SignInThrottle {
  const blocked =
    failures.accountFailures >= limits.maxFailuresPerAccount || failures.ipFailures >= limits.maxFailuresPerIp;
  if (!blocked) return { blocked: false };
  const oldest = failures.oldestCountedAt ?? now;
  const freeAt = oldest.getTime() + limits.windowMinutes * 60_000;
  return { blocked: true, retryAfterMinutes: Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000)) };
}
