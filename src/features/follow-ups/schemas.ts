import { z } from "zod";
import { ACTIVITY_STATUSES } from "./rules";

/**
 * The follow-up form's input, as zod parses it: the shape (types, lengths) with generic
 * "validation." keys. Whether the follow-up is consistent (`checkFollowUp`) and whether the actor
 * may make it are checked in the definition and refused with the feature's own keys.
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

export const followUpSchema = z
  .looseObject({
    activityId: id,
    version,
    /** The latest follow-up the form showed (empty when none): the stale message names what came after it. */
    seenFollowUpId: optionalText(64),
    status: z.enum(ACTIVITY_STATUSES, { error: "validation.required" }),
    /** Checked as a percentage by `checkFollowUp`, with its own messages. */
    progress: optionalText(20),
    narrative: optionalText(LONG_TEXT_MAX),
    results: optionalText(LONG_TEXT_MAX),
  })
  .transform((input, context) => {
    const outcomes: Record<string, string> = {};
    for (const [key, value] of Object.entries(input)) {
      const match = OUTCOME_FIELD.exec(key);
      if (!match) continue;
      if (typeof value !== "string" || value.length > OUTCOME_TEXT_MAX) {
        context.addIssue({ code: "custom", path: [key], message: typeof value === "string" ? "validation.tooLong" : "validation.invalid" });
        continue;
      }
      outcomes[match[1]!] = value.trim();
    }
    if (Object.keys(outcomes).length > MAX_OUTCOMES) context.addIssue({ code: "custom", path: ["_form"], message: "validation.invalid" });
    return {
      activityId: input.activityId,
      version: input.version,
      seenFollowUpId: input.seenFollowUpId,
      status: input.status,
      progress: input.progress,
      narrative: input.narrative,
      results: input.results,
      outcomes,
    };
  });
export type FollowUpInput = z.output<typeof followUpSchema>;
