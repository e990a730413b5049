import { describe, expect, it } from "vitest";
import { z } from "zod";
import { addCheckErrors, hasFieldErrors, withFormChecks } from "./form-checks";
import { fieldErrorsFrom } from "./form-state";

const schema = withFormChecks(
  z.object({
    title: z.string().trim().min(1, { error: "validation.required" }),
    intent: z.enum(["draft", "submit"], { error: "validation.invalid" }),
    summary: z.string().trim(),
    startYear: z.string().regex(/^\d{4}$/, { error: "validation.invalid" }).transform(Number),
    endYear: z.string().regex(/^\d{4}$/, { error: "validation.invalid" }).transform(Number),
  }),
  (input) => (input.intent === "submit" && input.summary === "" ? { summary: ["validation.required"] } : {}),
  (input) => (input.startYear !== undefined && input.endYear !== undefined && input.endYear < input.startYear ? { endYear: ["validation.endBeforeStart"] } : {}),
);

function errorsOf(input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrorsFrom(result.error);
}

describe("form checks", () => {
  it("report the rules' errors together with the fields' errors in one parse", () => {
    expect(errorsOf({ title: "", intent: "submit", summary: "", startYear: "2028", endYear: "2027" })).toEqual({
      title: ["validation.required"],
      summary: ["validation.required"],
      endYear: ["validation.endBeforeStart"],
    });
  });

  it("give a rule only the fields that parsed, so a failed field is reported once", () => {
    expect(errorsOf({ title: "x", intent: "submit", summary: "", startYear: "20x8", endYear: "2027" })).toEqual({
      summary: ["validation.required"],
      startYear: ["validation.invalid"],
    });
    // The rule depends on the intent: when the intent itself failed, it says nothing.
    expect(errorsOf({ title: "x", intent: "send", summary: "", startYear: "2027", endYear: "2027" })).toEqual({ intent: ["validation.invalid"] });
  });

  it("pass what holds, with the parsed output", () => {
    const result = schema.safeParse({ title: "x", intent: "draft", summary: "", startYear: "2027", endYear: "2028" });
    expect(result.success && result.data).toEqual({ title: "x", intent: "draft", summary: "", startYear: 2027, endYear: 2028 });
  });

  it("stay out of the way when the input is not an object", () => {
    expect(errorsOf("nope")).toEqual({ _form: ["validation.invalid"] });
    expect(errorsOf(null)).toEqual({ _form: ["validation.invalid"] });
  });
});

describe("errors of checks that ran after the fields' (the database's)", () => {
  it("are added to the fields' errors, a field that already failed keeping only its own", () => {
    expect(addCheckErrors({ name: ["validation.required"] }, { name: ["people.validation.emailTaken"], email: ["people.validation.emailTaken", "people.validation.emailTaken"], title: [] })).toEqual({
      name: ["validation.required"],
      email: ["people.validation.emailTaken"],
    });
    expect(addCheckErrors({}, {})).toEqual({});
  });

  it("count only fields with an error", () => {
    expect(hasFieldErrors({})).toBe(false);
    expect(hasFieldErrors({ email: [] })).toBe(false);
    expect(hasFieldErrors({ email: ["validation.required"] })).toBe(true);
  });
});
