import type { z } from "zod";

/**
 * The one shape every form's server action returns. Messages are keys into the message catalogue
 * (`messages/*.json`), so the form renders them in the user's language.
 */
export type FormState<Field extends string = string> = {
  status: "idle" | "error" | "success";
  /** A message about the whole form (e.g. "saved", "not allowed"), as a catalogue key. */
  message: string | null;
  messageValues?: Record<string, string | number>;
  /** Per-field error keys. Every key here is linked from the error summary to its field. */
  fieldErrors: Partial<Record<Field, string[]>>;
  /** What the user submitted, so that a failed submit loses nothing. Secrets are never echoed. */
  values: Partial<Record<Field, string>>;
};

export function initialFormState<Field extends string = string>(): FormState<Field> {
  return { status: "idle", message: null, fieldErrors: {}, values: {} };
}

/**
 * Catalogue keys for validation messages: the shared "validation." ones and a feature's own
 * ("proposals.validation.chooseUnit", from a form check). Anything else (zod's own English) is replaced.
 */
function isValidationKey(message: string): boolean {
  const parts = message.split(".");
  const at = parts.indexOf("validation");
  return (at === 0 || (at === 1 && /^[a-z]\w*$/.test(parts[0]!))) && parts.length > at + 1 && parts.slice(at + 1).every((part) => /^\w+$/.test(part));
}
const FALLBACK_ERROR_KEY = "validation.invalid";

const SECRET_FIELD = /password|secret|token/i;

/** The submitted text values, minus secrets and Next's internal action fields. */
export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || SECRET_FIELD.test(key)) continue;
    values[key] = key in values ? `${values[key]}\n${value}` : value;
  }
  return values;
}

/** Turns zod issues into per-field catalogue keys; messages that are not keys become a generic one. */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "_form";
    const key = isValidationKey(issue.message) ? issue.message : FALLBACK_ERROR_KEY;
    const list = (fieldErrors[field] ??= []);
    if (!list.includes(key)) list.push(key);
  }
  return fieldErrors;
}

export function errorState<Field extends string>(
  message: string,
  values: Partial<Record<Field, string>> = {},
  fieldErrors: Partial<Record<Field, string[]>> = {},
  messageValues?: Record<string, string | number>,
): FormState<Field> {
  return { status: "error", message, messageValues, fieldErrors, values };
}
