import { z } from "zod";
import { withFormChecks, type FieldErrors } from "@/lib/forms/form-checks";
import { normaliseIdentifier, normaliseUrl } from "./identifiers";
import { RESULT_KINDS } from "./rules";

/**
 * The result forms' input, as zod parses it: the shape (types, lengths, a real date) with generic
 * "validation." keys. The identifier and the link must normalise (`normaliseIdentifier`,
 * `normaliseUrl`): a form check with their own messages, reported with the fields' errors; the
 * definition stores the normalised values.
 */

export const TITLE_MAX = 300;
export const AUTHORS_MAX = 2000;
export const DESCRIPTION_MAX = 8000;
/** Typed text, before normalisation; the normalised values have their own limits. */
export const IDENTIFIER_INPUT_MAX = 400;
export const URL_INPUT_MAX = 2100;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

const trimmed = z
  .string({ error: "validation.invalid" })
  .optional()
  .transform((value) => (value ?? "").trim());

const requiredText = (max: number) => trimmed.pipe(z.string().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" }));
const optionalText = (max: number) => trimmed.pipe(z.string().max(max, { error: "validation.tooLong" }));
const id = requiredText(64);
const version = trimmed.pipe(z.string().regex(/^\d{1,9}$/, { error: "validation.invalid" })).transform(Number);

/** A whole day as typed (YYYY-MM-DD), as the database stores it: UTC midnight. */
const day = trimmed
  .pipe(z.string().min(1, { error: "validation.required" }))
  .refine(
    (value) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!match) return false;
      const date = new Date(`${value}T00:00:00Z`);
      const year = Number(match[1]);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && year >= MIN_YEAR && year <= MAX_YEAR;
    },
    { error: "validation.date" },
  )
  .transform((value) => new Date(`${value}T00:00:00Z`));

const resultFields = {
  activityId: id,
  kind: z.enum(RESULT_KINDS, { error: "validation.required" }),
  title: requiredText(TITLE_MAX),
  authors: optionalText(AUTHORS_MAX),
  date: day,
  identifier: optionalText(IDENTIFIER_INPUT_MAX),
  url: optionalText(URL_INPUT_MAX),
  description: optionalText(DESCRIPTION_MAX),
  /** A ticked box sends "yes"; an unticked one sends nothing. */
  mayPublish: z
    .union([z.literal("yes"), z.literal("")], { error: "validation.invalid" })
    .optional()
    .transform((value) => value === "yes"),
};

/** An identifier (DOI, ISBN, …) or a link that cannot be normalised, refused on its field with what is wrong. */
export function linkErrors(input: { identifier?: string; url?: string }): FieldErrors<"identifier" | "url"> {
  const errors: FieldErrors<"identifier" | "url"> = {};
  const identifier = input.identifier === undefined ? null : normaliseIdentifier(input.identifier);
  if (identifier && "error" in identifier) errors.identifier = [`results.validation.${identifier.error}`];
  const url = input.url === undefined ? null : normaliseUrl(input.url);
  if (url && "error" in url) errors.url = [`results.validation.${url.error}`];
  return errors;
}

/** The create form carries a key rendered by the server, so the same form sent twice records one result. */
export const createResultSchema = withFormChecks(
  z.object({ ...resultFields, submissionKey: trimmed.pipe(z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, { error: "validation.invalid" })) }),
  linkErrors,
);
export type CreateResultInput = z.output<typeof createResultSchema>;

export const editResultSchema = withFormChecks(z.object({ ...resultFields, resultId: id, version }), linkErrors);
export type EditResultInput = z.output<typeof editResultSchema>;

export type ResultContent = Omit<CreateResultInput, "submissionKey">;
