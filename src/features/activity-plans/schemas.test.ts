import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/forms/form-state";
import { createActivitySchema, editActivitySchema, parseTarget } from "./schemas";

const base = {
  planId: "plan1",
  title: "VFU i förskolan",
  priorityAreaId: "pa1",
  focusArea: "EDUCATION_AND_COMPETENCE",
  startsOn: "2027-01-15",
  endsOn: "2027-12-15",
};

describe("the activity form's input", () => {
  it("takes every field, checkbox groups as lists, empty selects as none", () => {
    const parsed = createActivitySchema.parse({ ...base, dimensions: ["SOCIAL", "SOCIAL", "CULTURAL"], collaborationKinds: "COURSE", thematicAreaId: "", municipalUnitId: "u1", extra: "dropped" });
    expect(parsed.priorityAreaId).toBe("pa1");
    expect(createActivitySchema.parse({ ...base, priorityAreaId: "" }).priorityAreaId).toBeNull();
    expect(parsed.dimensions).toEqual(["SOCIAL", "CULTURAL"]);
    expect(parsed.collaborationKinds).toEqual(["COURSE"]);
    expect(parsed.thematicAreaId).toBeNull();
    expect(parsed.municipalUnitId).toBe("u1");
    expect(parsed.startsOn).toEqual(new Date("2027-01-15T00:00:00Z"));
    expect(parsed).not.toHaveProperty("extra");
    expect(parsed.reason).toBe("");
  });

  it("reads the indicator rows, skipping empty ones and listing existing ones emptied", () => {
    const parsed = editActivitySchema.parse({
      ...base,
      activityId: "a1",
      version: "3",
      baseline: "",
      indicator0Id: "i1",
      indicator0Name: "Platser",
      indicator0Unit: "st",
      indicator0Target: "1 000,5",
      indicator1Id: "i2",
      indicator1Name: "",
      indicator2Name: "Kurser",
      indicator3Name: "",
    });
    expect(parsed.indicators).toEqual([
      { row: 0, id: "i1", name: "Platser", unit: "st", targetValue: 1000.5 },
      { row: 2, id: null, name: "Kurser", unit: "", targetValue: null },
    ]);
    expect(parsed.clearedIndicators).toEqual([{ row: 1, id: "i2" }]);
  });

  it("puts each problem on its field: end before start, a target that is no number, a unit without a name", () => {
    const result = createActivitySchema.safeParse({ ...base, endsOn: "2027-01-01", indicator0Name: "Platser", indicator0Target: "många", indicator1Unit: "st" });
    expect(result.success).toBe(false);
    expect(fieldErrorsFrom(result.error!)).toEqual({ endsOn: ["validation.endBeforeStart"], indicator0Target: ["validation.invalid"], indicator1Name: ["validation.required"] });
  });

  // Issue #18, item 6: the period's order and the rows do not wait for the other fields.
  it("reports the period's order and the indicator rows together with a missing title", () => {
    const result = createActivitySchema.safeParse({ ...base, title: "", focusArea: "", endsOn: "2027-01-01", indicator0Name: "Platser", indicator0Target: "många", indicator1Unit: "st" });
    expect(fieldErrorsFrom(result.error!)).toEqual({
      title: ["validation.required"],
      focusArea: ["validation.required"],
      endsOn: ["validation.endBeforeStart"],
      indicator0Target: ["validation.invalid"],
      indicator1Name: ["validation.required"],
    });
  });

  it("refuses missing and malformed required fields with the generic keys", () => {
    expect(fieldErrorsFrom(createActivitySchema.safeParse({ ...base, startsOn: "0000-01-01" }).error!)).toEqual({ startsOn: ["validation.date"] });
    const result = createActivitySchema.safeParse({ planId: "plan1", title: " ", focusArea: "NOPE", startsOn: "2027-02-30", endsOn: "" });
    expect(fieldErrorsFrom(result.error!)).toEqual({
      title: ["validation.required"],
      focusArea: ["validation.required"],
      startsOn: ["validation.date"],
      endsOn: ["validation.required"],
    });
  });
});

describe("a typed target", () => {
  it("accepts decimal commas and points and spaces between thousands", () => {
    expect(parseTarget("")).toBeNull();
    expect(parseTarget("12")).toBe(12);
    expect(parseTarget("12,5")).toBe(12.5);
    expect(parseTarget("-3.25")).toBe(-3.25);
    expect(parseTarget("1\u00a0000")).toBe(1000);
    expect(parseTarget("1e5")).toBe("invalid");
    expect(parseTarget("12,5,1")).toBe("invalid");
  });
});
