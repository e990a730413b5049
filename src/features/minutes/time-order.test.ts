import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stockholmDay } from "@/lib/stockholm-day";
import { decisionsInTimeOrder, heldInTimeOrder } from "./time-order";

const at = (iso: string) => new Date(iso);
const instant = fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T23:59:59Z"), noInvalidDate: true });

describe("time order", () => {
  it("refuses a meeting held before the thing it would decide existed (the demo's 11 March and 3 December for a proposal of 6 December)", () => {
    const submitted = at("2026-12-06T09:30:00Z");
    expect(heldInTimeOrder(at("2026-03-11T12:00:00Z"), submitted)).toBe(false);
    expect(heldInTimeOrder(at("2026-12-03T08:00:00Z"), submitted)).toBe(false);
    expect(heldInTimeOrder(at("2026-12-20T12:00:00Z"), submitted)).toBe(true);
  });

  it("counts days as Sweden does: the same Swedish day is in order, the evening before is not", () => {
    // 00:30 in Stockholm on 7 December is still 6 December in UTC.
    expect(heldInTimeOrder(at("2026-12-06T23:30:00Z"), at("2026-12-07T10:00:00Z"))).toBe(true);
    expect(heldInTimeOrder(at("2026-12-06T22:30:00Z"), at("2026-12-06T23:30:00Z"))).toBe(false);
    expect(heldInTimeOrder(at("2026-12-06T07:00:00Z"), at("2026-12-06T15:00:00Z"))).toBe(true);
  });

  it("holds nothing against a decision when the start is unknown", () => {
    expect(heldInTimeOrder(at("2020-01-01T00:00:00Z"), null)).toBe(true);
  });

  it("allows exactly the meetings whose Swedish day is not before the thing's day (property)", () => {
    fc.assert(
      fc.property(instant, instant, (meeting, existed) => {
        const allowed = heldInTimeOrder(meeting, existed);
        expect(allowed).toBe(stockholmDay(meeting) >= stockholmDay(existed));
        // Anything at or after the thing itself is always in order; anything a full day before never.
        if (meeting.getTime() >= existed.getTime()) expect(allowed).toBe(true);
        if (existed.getTime() - meeting.getTime() >= 26 * 3600_000) expect(allowed).toBe(false);
      }),
    );
  });

  it("is transitive along a chain: proposal → working group → steering group (property)", () => {
    fc.assert(
      fc.property(instant, instant, instant, (submitted, putForward, decided) => {
        if (heldInTimeOrder(putForward, submitted) && heldInTimeOrder(decided, putForward)) expect(heldInTimeOrder(decided, submitted)).toBe(true);
      }),
    );
  });

  it("keeps the decisions in order and drops the rest (property)", () => {
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 12 }), instant, (starts, existed) => {
        const decisions = starts.map((startsAt, index) => ({ id: index, meeting: { startsAt } }));
        const kept = decisionsInTimeOrder(decisions, existed);
        expect(kept.every((decision) => heldInTimeOrder(decision.meeting.startsAt, existed))).toBe(true);
        expect(decisions.filter((decision) => !kept.includes(decision)).every((decision) => !heldInTimeOrder(decision.meeting.startsAt, existed))).toBe(true);
      }),
    );
  });
});
