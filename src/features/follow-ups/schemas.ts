import { z } from "zod";
import { ACTIVITY_STATUSES, followUpErrors } from "./rules";

/**
 * The follow-up form's input, as zod parses it: the shape (types, lengths) with generic
 * "validation." keys, and whether the follow-up is consistent (`followUpErrors`), with the feature's
 * own keys. Whether the actor may make it, and the outcomes against the activity's indicators, are
 * checked in the definition.
 */

export const LONG_TEXT_MAX = 8000;
/** Per indicator; an outcome is a number, so anything longer is not one. */
export const OUTCOME_TEXT_MAX = 40;
/** More indicator fields than any activity has is a tampered form. */
export const MAX_OUTCOMES = 100;

const OUTCOME_FIELD = /^outcome-([A-Za-z0-9_-]{1,64})$/;

const trimmed = z
  .string({ error: "validation.invalid" })
  .optional()
  .transform((value) => (value ?? "").trim());

const requiredText = (max: number) => trimmed.pipe(z.string().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" }));
const optionalText = (max: number) => trimmed.pipe(z.string().max(max, { error: "validation.tooLong" }));
const id = requiredText(64);
const version = trimmed.pipe(z.string().regex(/^\d{1,9}$/, { error: "validation.invalid" })).transform(Number);

const followUpFields = z.looseObject({
  activityId: id,
  version,
  /** The latest follow-up the form showed (empty when none): the stale message names what came after it. */
  seenFollowUpId: optionalText(64),
  status: z.enum(ACTIVITY_STATUSES, { error: "validation.required" }),
  /** Checked as a percentage by `followUpErrors`, with its own messages. */
  progress: optionalText(20),
  narrative: optionalText(LONG_TEXT_MAX),
  results: optionalText(LONG_TEXT_MAX),
});

/** The outcome fields (`outcome-<indicator id>`) as typed, trimmed, per indicator id; and the fields that are no outcome's shape. */
function outcomeFields(input: Record<string, unknown>): { outcomes: Record<string, string>; refused: Record<string, string> } {
  const outcomes: Record<string, string> = {};
  const refused: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    const match = OUTCOME_FIELD.exec(key);
    if (!match) continue;
    if (typeof value !== "string" || value.length > OUTCOME_TEXT_MAX) refused[key] = typeof value === "string" ? "validation.tooLong" : "validation.invalid";
    else outcomes[match[1]!] = value.trim();
  }
  return { outcomes, refused };
}

/**
 * The outcomes' shape and the follow-up's consistency (`followUpErrors`) are checked on every parse,
 * on the fields that parsed, even when others failed: one submit reports them all (issue #18, item 6).
 */
export const followUpSchema = followUpFields
  .superRefine(
    (input, context) => {
      // Not an object at all (a hand-made request): nothing to check.
      if (context.issues.some((issue) => (issue.path ?? []).length === 0)) return;
      const failed = new Set(context.issues.map((issue) => issue.path?.[0]));
      const { outcomes, refused } = outcomeFields(input);
      for (const [key, message] of Object.entries(refused)) context.addIssue({ code: "custom", path: [key], message, input: input[key] });
      if (Object.keys(outcomes).length > MAX_OUTCOMES) context.addIssue({ code: "custom", path: ["_form"], message: "validation.invalid", input });
      const given = <Field extends "status" | "progress" | "narrative">(field: Field) => (failed.has(field) ? undefined : input[field]);
      const errors = followUpErrors({ status: given("status"), progress: given("progress"), narrative: given("narrative"), outcomes });
      for (const [field, keys] of Object.entries(errors)) {
        if (failed.has(field)) continue;
        for (const key of keys) context.addIssue({ code: "custom", path: [field], message: key, input: input[field] });
      }
    },
    { when: () => true },
  )
  .transform((input) => ({
    activityId: input.activityId,
    version: input.version,
    seenFollowUpId: input.seenFollowUpId,
    status: input.status,
    progress: input.progress,
    narrative: input.narrative,
    results: input.results,
    outcomes: outcomeFields(input).outcomes,
  }));
export type FollowUpInput = z.output<typeof followUpSchema>;
