import { describe, expect, it } from "vitest";
import { evaluateSignInThrottle, limitsTheAccount, SIGN_IN_LIMITS, windowStart } from "./sign-in-limits";

const now = new Date("2026-11-26T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("sign-in throttling of a client without the account's device cookie", () => {
  it("allows sign-in below both limits", () => {
    expect(
      evaluateSignInThrottle(
        { client: "other", accountFailures: SIGN_IN_LIMITS.maxFailuresPerAccount - 1, ipFailures: SIGN_IN_LIMITS.maxFailuresPerIp - 1, oldestCountedAt: minutesAgo(1) },
        now,
      ),
    ).toEqual({ blocked: false });
  });

  it("blocks an account at its limit, and says when the oldest failure stops counting", () => {
    expect(evaluateSignInThrottle({ client: "other", accountFailures: 5, ipFailures: 5, oldestCountedAt: minutesAgo(10) }, now)).toEqual({
      blocked: true,
      retryAfterMinutes: 5,
    });
  });

  it("blocks an address at its limit even when spread over many accounts", () => {
    expect(evaluateSignInThrottle({ client: "other", accountFailures: 1, ipFailures: 20, oldestCountedAt: minutesAgo(0) }, now)).toEqual({
      blocked: true,
      retryAfterMinutes: 15,
    });
  });

  it("never asks to wait less than a minute", () => {
    const result = evaluateSignInThrottle({ client: "other", accountFailures: 9, ipFailures: 9, oldestCountedAt: minutesAgo(14.99) }, now);
    expect(result).toEqual({ blocked: true, retryAfterMinutes: 1 });
  });

  it("counts failures within the window only", () => {
    expect(windowStart(now)).toEqual(minutesAgo(SIGN_IN_LIMITS.windowMinutes));
  });
});

describe("sign-in throttling of a browser with the account's device cookie", () => {
  it("is limited by its own failures only", () => {
    expect(evaluateSignInThrottle({ client: "device", deviceFailures: SIGN_IN_LIMITS.maxFailuresPerDevice - 1, oldestCountedAt: minutesAgo(1) }, now)).toEqual({ blocked: false });
    expect(evaluateSignInThrottle({ client: "device", deviceFailures: SIGN_IN_LIMITS.maxFailuresPerDevice, oldestCountedAt: minutesAgo(5) }, now)).toEqual({
      blocked: true,
      retryAfterMinutes: 10,
    });
  });
});

describe("limitsTheAccount", () => {
  it("is true for exactly the failure that reaches the account's limit", () => {
    const max = SIGN_IN_LIMITS.maxFailuresPerAccount;
    expect([max - 2, max - 1, max].map((before) => limitsTheAccount(before))).toEqual([false, true, false]);
  });
});
