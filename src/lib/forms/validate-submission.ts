import { FORM_PARTNERSHIP_FIELD } from "@/lib/partnership-choice";
import type { z } from "zod";
import { fieldErrorsFrom } from "./form-state";

/** Form fields as zod sees them: repeated names (checkbox groups) become arrays. */
export function formInput(formData: FormData): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || key === FORM_PARTNERSHIP_FIELD) continue;
    const previous = input[key];
    input[key] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return input;
}

export type Validated<Output> = { ok: true; data: Output } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * A submitted form checked against its schema, as every action does before anything else: every
 * field's error and every form check's error at once (see withFormChecks). Pure.
 */
export function validateSubmission<Schema extends z.ZodType>(schema: Schema, input: Record<string, string | string[]>): Validated<z.output<Schema>> {
  // PostgreSQL text cannot hold NUL: a value with one is refused as invalid here, for every action,
  // instead of failing in the database as an unexpected error.
  const withNul = Object.keys(input).filter((key) => ([] as string[]).concat(input[key]!).some((item) => item.includes("\u0000")));
  if (withNul.length > 0) return { ok: false, fieldErrors: Object.fromEntries(withNul.map((key) => [key, ["validation.invalid"]])) };
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
}
