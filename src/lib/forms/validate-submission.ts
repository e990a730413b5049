import { FORM_PARTNERSHIP_FIELD } from "@/lib/partnership-choice";
import { z } from "zod";
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

export type Validated<Output> =
  | { ok: true; data: Output }
  /** `parsed`: the fields that parsed and have no error, for the checks that run on them anyway. */
  | { ok: false; fieldErrors: Record<string, string[]>; parsed: Partial<Output> };

/**
 * A submitted form checked against its schema, as every action does before anything else: every
 * field's error and every form check's error at once (see withFormChecks). Pure.
 */
export function validateSubmission<Schema extends z.ZodType>(schema: Schema, input: Record<string, string | string[]>): Validated<z.output<Schema>> {
  // PostgreSQL text cannot hold NUL: a value with one is refused as invalid here, for every action,
  // instead of failing in the database as an unexpected error.
  const withNul = Object.keys(input).filter((key) => ([] as string[]).concat(input[key]!).some((item) => item.includes("\u0000")));
  if (withNul.length > 0) {
    const fieldErrors = Object.fromEntries(withNul.map((key) => [key, ["validation.invalid"]]));
    return { ok: false, fieldErrors, parsed: parsedFields(schema, input, fieldErrors) };
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors = fieldErrorsFrom(parsed.error);
  return { ok: false, fieldErrors, parsed: parsedFields(schema, input, fieldErrors) };
}

/**
 * The fields of a failed submission that parsed on their own and have no error, as the schema
 * gives them. Only an object schema (with or without form checks) has fields whose output is the
 * form's; one that reshapes its input (a transform) gives none.
 */
function parsedFields<Schema extends z.ZodType>(schema: Schema, input: Record<string, string | string[]>, fieldErrors: Record<string, string[]>): Partial<z.output<Schema>> {
  const parsed: Record<string, unknown> = {};
  if (!(schema instanceof z.ZodObject) || fieldErrors._form) return parsed as Partial<z.output<Schema>>;
  for (const [field, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (fieldErrors[field]) continue;
    const result = fieldSchema.safeParse(input[field]);
    if (result.success) parsed[field] = result.data;
  }
  return parsed as Partial<z.output<Schema>>;
}
