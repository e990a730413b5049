import { describe, expect, it } from "vitest";
import type { ActivityStanding } from "@/features/follow-ups/rules";
import { mayRecordResult, parseResultFilter, resultActivityRefusal } from "./rules";

const nobody: ActivityStanding = { isAdministrator: false, isWorkingGroupMember: false, isSteeringGroupMember: false, isResponsible: false };

describe("who records a result", () => {
  it("lets the activity's responsible people, the working group and administrators", () => {
    expect(mayRecordResult({ ...nobody, isResponsible: true })).toBe(true);
    expect(mayRecordResult({ ...nobody, isWorkingGroupMember: true })).toBe(true);
    expect(mayRecordResult({ ...nobody, isAdministrator: true })).toBe(true);
  });

  it("refuses the steering group and anyone else", () => {
    expect(mayRecordResult({ ...nobody, isSteeringGroupMember: true })).toBe(false);
    expect(mayRecordResult(nobody)).toBe(false);
  });
});

describe("which activity a result comes from", () => {
  it("is one of an adopted or closed plan", () => {
    expect(resultActivityRefusal({ removedAt: null, plan: { status: "ADOPTED" } })).toBeNull();
    expect(resultActivityRefusal({ removedAt: null, plan: { status: "CLOSED" } })).toBeNull();
    expect(resultActivityRefusal({ removedAt: null, plan: { status: "DRAFT" } })).toBe("planNotAdopted");
    expect(resultActivityRefusal({ removedAt: null, plan: { status: "PROPOSED" } })).toBe("planNotAdopted");
  });

  it("is still in its plan, unless the result already came from it", () => {
    const removed = { removedAt: new Date(), plan: { status: "ADOPTED" as const } };
    expect(resultActivityRefusal(removed)).toBe("removed");
    expect(resultActivityRefusal(removed, true)).toBeNull();
  });
});

describe("the register's filter", () => {
  it("reads a year and a kind from the query string", () => {
    expect(parseResultFilter({ year: "2026", kind: "REPORT" })).toEqual({ year: 2026, kind: "REPORT" });
    expect(parseResultFilter({ year: ["2025", "2026"], kind: ["EVENT"] })).toEqual({ year: 2025, kind: "EVENT" });
  });

  it("ignores anything else", () => {
    expect(parseResultFilter({})).toEqual({ year: null, kind: null });
    expect(parseResultFilter({ year: "26", kind: "report" })).toEqual({ year: null, kind: null });
    expect(parseResultFilter({ year: "1800", kind: "<script>" })).toEqual({ year: null, kind: null });
    expect(parseResultFilter({ year: "", kind: "" })).toEqual({ year: null, kind: null });
  });
});
