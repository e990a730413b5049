import { describe, expect, it } from "vitest";
import { stockholmDay } from "./stockholm-day";

describe("stockholmDay", () => {
  it("gives the Swedish calendar day, not the UTC one, just after midnight", () => {
    expect(stockholmDay(new Date("2026-01-14T23:30:00Z")).toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(stockholmDay(new Date("2026-07-14T22:30:00Z")).toISOString()).toBe("2026-07-15T00:00:00.000Z");
  });

  it("keeps the day during the Swedish day and for values that already are whole days", () => {
    expect(stockholmDay(new Date("2026-01-15T12:00:00Z")).toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(stockholmDay(new Date("2026-12-31T00:00:00Z")).toISOString()).toBe("2026-12-31T00:00:00.000Z");
  });

  it("handles the change to and from summer time", () => {
    expect(stockholmDay(new Date("2026-03-29T00:30:00Z")).toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(stockholmDay(new Date("2026-10-24T22:30:00Z")).toISOString()).toBe("2026-10-25T00:00:00.000Z");
  });
});
