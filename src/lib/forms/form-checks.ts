import type { z } from "zod";

/** Catalogue keys per field, as a form shows them. */
export type FieldErrors<Field extends string = string> = Partial<Record<Field, string[]>>;

/**
 * A form's rule that goes beyond one field's shape: what a submission needs beyond a draft, an end
 * after its start. It is given the fields that parsed (a field that failed is absent, and already
 * has its own error; anything the rule says about it is dropped) and returns catalogue keys per
 * field; empty when the rule holds. Pure.
 */
export type FormCheck<Input> = (parsed: Partial<Input>) => FieldErrors<Extract<keyof Input, string>>;

/**
 * Adds a form's rules to its object schema so that they run on every parse, even when other fields
 * failed: one submit reports the fields' errors and the rules' errors together in one summary, instead
 * of the rules waiting until the fields are right (zod skips a refinement after a failed field by
 * default; `when` overrides that).
 */
export function withFormChecks<Schema extends z.ZodObject>(schema: Schema, ...checks: FormCheck<z.output<Schema>>[]): Schema {
  const fields = Object.keys(schema.shape);
  return schema.superRefine(
    (value, context) => {
      // Not an object at all (a hand-made request): nothing to check the rules on.
      if (context.issues.some((issue) => (issue.path ?? []).length === 0)) return;
      const failed = new Set(context.issues.map((issue) => issue.path?.[0]));
      const record = value as Record<string, unknown>;
      const parsed = Object.fromEntries(fields.filter((field) => !failed.has(field)).map((field) => [field, record[field]])) as Partial<z.output<Schema>>;
      for (const check of checks) {
        for (const [field, keys] of Object.entries(check(parsed)) as [string, string[] | undefined][]) {
          // A field that failed keeps its own error: a rule fed a stand-in for it would only repeat it.
          if (failed.has(field)) continue;
          for (const key of keys ?? []) context.addIssue({ code: "custom", path: [field], message: key, input: record[field] });
        }
      }
    },
    { when: () => true },
  ) as Schema;
}

/**
 * The errors of checks that ran after the fields' (a rule that needs the database) added to them:
 * a field that already has an error keeps only its own, as in withFormChecks. Pure.
 */
export function addCheckErrors(fieldErrors: Record<string, string[]>, checkErrors: FieldErrors): Record<string, string[]> {
  const merged: Record<string, string[]> = { ...fieldErrors };
  for (const [field, keys] of Object.entries(checkErrors) as [string, string[] | undefined][]) {
    if (merged[field] || !keys || keys.length === 0) continue;
    merged[field] = [...new Set(keys)];
  }
  return merged;
}

/** Whether any field has an error. */
export function hasFieldErrors(fieldErrors: FieldErrors): boolean {
  return Object.values(fieldErrors).some((keys) => (keys?.length ?? 0) > 0);
}
