import { z } from "zod";
import { DECISION_SUBJECTS } from "./preparation";

/**
 * The minutes forms' input, as zod parses it. Messages are catalogue keys under "validation.";
 * refusals by the justering rules are raised in the definitions (ActionError) instead.
 */

const trimmed = z
  .string()
  .optional()
  .transform((value) => (value ?? "").trim());

const requiredText = (max: number) =>
  trimmed.pipe(z.string().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" }));

const optionalText = (max: number) => trimmed.pipe(z.string().max(max, { error: "validation.tooLong" }));

const id = requiredText(64);
const optionalId = trimmed.pipe(z.string().max(64, { error: "validation.invalid" })).transform((value) => value || null);

/** The minutes' version the form was rendered with (optimistic concurrency). */
const version = trimmed.pipe(z.string().regex(/^\d{1,9}$/, { error: "validation.invalid" })).transform(Number);

/** Checkbox groups arrive as nothing, one value or several. */
const ids = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => [...new Set((value === undefined ? [] : Array.isArray(value) ? value : [value]).map((item) => item.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(64, { error: "validation.invalid" })).max(10, { error: "validation.invalid" }));

export const HEADING_MAX = 200;
export const ENTRY_TEXT_MAX = 20_000;
export const DECISION_TITLE_MAX = 300;
export const DECISION_TEXT_MAX = 8000;
export const REASON_MAX = 2000;

const minutesRef = { minutesId: id, version };

export const startMinutesSchema = z.object({ meetingId: id, chairPersonId: optionalId });

export const setChairSchema = z.object({ ...minutesRef, chairPersonId: id });

export const addEntrySchema = z.object({ ...minutesRef, heading: requiredText(HEADING_MAX), text: optionalText(ENTRY_TEXT_MAX) });
export const editEntrySchema = z.object({ ...minutesRef, entryId: id, heading: requiredText(HEADING_MAX), text: optionalText(ENTRY_TEXT_MAX) });
export const removeEntrySchema = z.object({ ...minutesRef, entryId: id });

const decisionFields = {
  decisionTitle: requiredText(DECISION_TITLE_MAX),
  decisionText: requiredText(DECISION_TEXT_MAX),
  subject: z.enum(DECISION_SUBJECTS, { error: "validation.required" }),
  agendaItemId: optionalId,
  preparedByMeetingId: optionalId,
};
export const addDecisionSchema = z.object({ ...minutesRef, ...decisionFields });
export const editDecisionSchema = z.object({ ...minutesRef, decisionId: id, ...decisionFields });
export const removeDecisionSchema = z.object({ ...minutesRef, decisionId: id });

export const appointAdjustersSchema = z.object({ ...minutesRef, adjusterIds: ids });
export const sendForAdjustmentSchema = z.object(minutesRef);
/** No person in the form: an approval is always the signed-in person's own. */
export const approveMinutesSchema = z.object(minutesRef);
export const returnToDraftSchema = z.object({ ...minutesRef, reason: requiredText(REASON_MAX) });
export const startCorrectionSchema = z.object({ ...minutesRef, correctionReason: requiredText(REASON_MAX) });

export type DecisionInput = z.output<typeof addDecisionSchema>;
