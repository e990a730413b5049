import { describe, expect, it } from "vitest";
import { z } from "zod";
import { withFormChecks } from "./form-checks";
import { validateSubmission } from "./validate-submission";

const schema = withFormChecks(
  z.object({
    name: z.string().trim().min(1, { error: "validation.required" }),
    email: z.string().trim().transform((value) => value.toLowerCase() || null),
    year: z.string().regex(/^\d{4}$/, { error: "validation.invalid" }).transform(Number),
    until: z.string().regex(/^\d{4}$/, { error: "validation.invalid" }).transform(Number),
  }),
  ({ year, until }) => (year !== undefined && until !== undefined && until < year ? { until: ["validation.endBeforeStart"] } : {}),
);

describe("a submission checked against its schema", () => {
  it("passes the parsed output when every field holds", () => {
    expect(validateSubmission(schema, { name: "Anna", email: "Anna@Example.se", year: "2027", until: "2028" })).toEqual({
      ok: true,
      data: { name: "Anna", email: "anna@example.se", year: 2027, until: 2028 },
    });
  });

  // What the database checks run on when other fields failed (executeFormAction's `check`).
  it("when it fails, gives every error and the fields that parsed without one, as the schema outputs them", () => {
    expect(validateSubmission(schema, { name: " ", email: "Anna@Example.se", year: "2028", until: "2027" })).toEqual({
      ok: false,
      fieldErrors: { name: ["validation.required"], until: ["validation.endBeforeStart"] },
      parsed: { email: "anna@example.se", year: 2028 },
    });
    expect(validateSubmission(schema, { name: "Anna", year: "20x8", until: "2027" })).toMatchObject({ parsed: { name: "Anna", until: 2027 } });
  });

  it("refuses NUL in any value, keeping the other fields that parse", () => {
    expect(validateSubmission(schema, { name: "An\u0000na", email: "", year: "2027", until: "2027" })).toEqual({
      ok: false,
      fieldErrors: { name: ["validation.invalid"] },
      parsed: { email: null, year: 2027, until: 2027 },
    });
  });

  it("gives no parsed fields for a schema that reshapes its input", () => {
    const reshaped = z.object({ name: z.string().min(1, { error: "validation.required" }), note: z.string() }).transform((input) => ({ label: input.name }));
    expect(validateSubmission(reshaped, { name: "", note: "x" })).toEqual({ ok: false, fieldErrors: { name: ["validation.required"] }, parsed: {} });
  });
});
