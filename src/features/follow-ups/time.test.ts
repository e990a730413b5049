import { describe, expect, it } from "vitest";
import { stockholmMinute } from "./time";

describe("stockholmMinute", () => {
  it("writes the Swedish time to the minute, in winter and in summer", () => {
    expect(stockholmMinute(new Date("2027-01-14T23:30:00Z"))).toBe("2027-01-15 00:30");
    expect(stockholmMinute(new Date("2027-07-01T08:05:59Z"))).toBe("2027-07-01 10:05");
  });
});
