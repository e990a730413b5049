import { describe, expect, it } from "vitest";
import {
  absoluteSessionEnd,
  isWithinSessionLifetime,
  refreshedSessionExpiry,
  SESSION_ABSOLUTE_SECONDS,
  SESSION_IDLE_SECONDS,
  SESSION_REFRESH_AFTER_SECONDS,
} from "./session-lifetime";

const SIGNED_IN = 1_800_000_000;
const HOUR = 3600;

describe("session lifetime", () => {
  it("ends twelve hours after sign-in, whatever happened since", () => {
    expect(absoluteSessionEnd({ authTime: SIGNED_IN })).toBe(SIGNED_IN + 12 * HOUR);
    expect(isWithinSessionLifetime({ authTime: SIGNED_IN }, SIGNED_IN + 12 * HOUR - 1)).toBe(true);
    expect(isWithinSessionLifetime({ authTime: SIGNED_IN }, SIGNED_IN + 12 * HOUR)).toBe(false);
  });

  it("does not accept a token that does not say when the session began, or says it begins later", () => {
    expect(absoluteSessionEnd({})).toBeNull();
    expect(isWithinSessionLifetime({ iat: SIGNED_IN, exp: SIGNED_IN + HOUR }, SIGNED_IN)).toBe(false);
    expect(isWithinSessionLifetime({ authTime: SIGNED_IN + HOUR }, SIGNED_IN)).toBe(false);
  });

  it("extends the cookie by the idle time once it is a few minutes old", () => {
    const writtenAt = SIGNED_IN + HOUR;
    const times = { authTime: SIGNED_IN, iat: writtenAt, exp: writtenAt + SESSION_IDLE_SECONDS };
    expect(refreshedSessionExpiry(times, writtenAt + SESSION_REFRESH_AFTER_SECONDS - 1)).toBeNull();
    const now = writtenAt + SESSION_REFRESH_AFTER_SECONDS;
    expect(refreshedSessionExpiry(times, now)).toBe(now + SESSION_IDLE_SECONDS);
  });

  it("never extends it past the absolute end, and not at all once there", () => {
    const now = SIGNED_IN + 10 * HOUR;
    const times = { authTime: SIGNED_IN, iat: SIGNED_IN + 9 * HOUR, exp: SIGNED_IN + 9 * HOUR + SESSION_IDLE_SECONDS };
    // The cookie already lives until the absolute end: nothing to gain.
    expect(refreshedSessionExpiry(times, now)).toBeNull();
    const older = { authTime: SIGNED_IN, iat: SIGNED_IN + HOUR, exp: SIGNED_IN + HOUR + SESSION_IDLE_SECONDS };
    expect(refreshedSessionExpiry(older, now)).toBe(SIGNED_IN + SESSION_ABSOLUTE_SECONDS);
    expect(refreshedSessionExpiry(older, SIGNED_IN + SESSION_ABSOLUTE_SECONDS)).toBeNull();
  });
});
