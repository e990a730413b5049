import { z } from "zod";
import { withFormChecks, type FieldErrors } from "@/lib/forms/form-checks";
import { parseDay } from "./dates";
import { ESCALATION_LADDER } from "./disputes";
import { AMENDABLE_TERMS, FOCUS_AREAS, MAX_NOTICE_PERIOD_MONTHS, SUSTAINABILITY_DIMENSIONS, type TermChanges } from "./terms";

/**
 * The agreement forms' input, as zod parses it. Messages are catalogue keys under "validation.";
 * refusals by the agreement's rules are raised in the definitions (ActionError) instead.
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

const isoDay = requiredText(10)
  .refine((value) => parseDay(value) !== null, { error: "validation.date" })
  .transform((value) => parseDay(value)!);

/** Empty means "none" (e.g. no fixed end date: until further notice). */
const optionalIsoDay = trimmed
  .refine((value) => value === "" || parseDay(value) !== null, { error: "validation.date" })
  .transform((value) => (value === "" ? null : parseDay(value)!));

/** Checkbox groups arrive as nothing, one value or several. */
function several<const Values extends readonly [string, ...string[]]>(values: Values) {
  const one = z.enum(values, { error: "validation.invalid" });
  return z
    .union([one, z.array(one)], { error: "validation.invalid" })
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? [...new Set(value)] : [value]));
}

const LONG_TEXT = 8000;

// Field names are unique across the agreement page, where several forms share the field ids.

export const registerNoticeSchema = z.object({
  noticePartyId: id,
  receivedOn: isoDay,
  noticeNote: optionalText(2000),
});

/**
 * The notice calculator's question (a GET form on the agreement page): whose notice, received on
 * which day. It only calculates; registering a notice is registerNoticeSchema's form.
 */
export const noticeQuestionSchema = z.object({ noticeFrom: id, noticeOn: isoDay });

/**
 * The consent is checked by the agreement's rule (the definition's check, against the notice), so
 * that a missing one gets its own message.
 */
export const withdrawNoticeSchema = z.object({
  noticeId: id,
  consentSignatoryId: optionalId,
  consentGivenOn: optionalIsoDay,
  withdrawalNote: optionalText(2000),
});

const amendmentFields = z.object({
  terms: several(AMENDABLE_TERMS),
  purpose: optionalText(LONG_TEXT),
  focusAreas: several(FOCUS_AREAS),
  dimensions: several(SUSTAINABILITY_DIMENSIONS),
  rightsClause: optionalText(LONG_TEXT),
  disputeClause: optionalText(LONG_TEXT),
  endDate: optionalIsoDay,
  noticePeriodMonths: trimmed,
  endsAtYearEnd: trimmed,
  reason: requiredText(4000),
  effectiveDate: isoDay,
});

/**
 * Each term the amendment changes needs its new value, and an amendment changes at least one. A
 * form check, so these are reported with the other fields' errors. (A field that did not parse is
 * absent here and has its own error.)
 */
function amendedTermsGiven(input: Partial<z.output<typeof amendmentFields>>): FieldErrors {
  const errors: FieldErrors = {};
  const problem = (path: string, message: string) => void (errors[path] = [message]);
  if (input.terms === undefined) return errors;
  if (input.terms.length === 0) problem("terms", "validation.required");
  for (const term of input.terms) {
    switch (term) {
      case "purpose":
      case "rightsClause":
      case "disputeClause":
        if (input[term] === "") problem(term, "validation.required");
        break;
      case "focusAreas":
      case "dimensions":
        if (input[term]?.length === 0) problem(term, "validation.required");
        break;
      case "noticePeriodMonths": {
        const given = input.noticePeriodMonths;
        if (given === "") problem(term, "validation.required");
        else if (given !== undefined && (!/^\d+$/.test(given) || Number(given) < 1 || Number(given) > MAX_NOTICE_PERIOD_MONTHS)) problem(term, "validation.invalid");
        break;
      }
      case "endsAtYearEnd":
        if (input.endsAtYearEnd !== undefined && input.endsAtYearEnd !== "yes" && input.endsAtYearEnd !== "no") problem(term, "validation.required");
        break;
      case "endDate":
        break;
    }
  }
  return errors;
}

export const proposeAmendmentSchema = withFormChecks(amendmentFields, amendedTermsGiven)
  .transform((input) => {
    const changes: TermChanges = {};
    for (const term of input.terms) {
      if (term === "noticePeriodMonths") changes.noticePeriodMonths = Number(input.noticePeriodMonths);
      else if (term === "endsAtYearEnd") changes.endsAtYearEnd = input.endsAtYearEnd === "yes";
      else Object.assign(changes, { [term]: input[term] });
    }
    return { changes, reason: input.reason, effectiveDate: input.effectiveDate };
  });
export type ProposeAmendmentInput = z.output<typeof proposeAmendmentSchema>;

/** signatoryId: set when an administrator records a signatory's approval on their behalf. */
export const approveAmendmentSchema = z.object({ amendmentId: id, partyId: id, signatoryId: optionalId });
export const rejectAmendmentSchema = z.object({ amendmentId: id, rejectionNote: optionalText(2000) });

export const raiseDisputeSchema = z.object({
  disputePartyId: id,
  subject: requiredText(200),
  description: optionalText(LONG_TEXT),
  raisedOn: isoDay,
});

export const addEscalationStepSchema = z.object({
  disputeId: id,
  level: z.enum(ESCALATION_LADDER, { error: "validation.required" }),
  takenOn: isoDay,
  stepNote: optionalText(LONG_TEXT),
});

export const resolveDisputeSchema = z.object({
  disputeId: id,
  resolvedOn: isoDay,
  resolution: requiredText(LONG_TEXT),
});

export const uploadDocumentSchema = z.object({
  documentKind: z.enum(["AGREEMENT_TEXT", "ANNEX"], { error: "validation.required" }),
  documentTitle: requiredText(200),
});

export const removeDocumentSchema = z.object({ documentId: id });

export const editRecordSchema = z.object({
  /** The record's version when the form was shown: a save over someone else's edit is refused. */
  version: trimmed.pipe(z.string().regex(/^\d{1,9}$/, { error: "validation.invalid" })).transform(Number),
  recordTitle: requiredText(300),
  signingDate: isoDay,
  municipalityRegistrationNumber: optionalText(100),
  universityRegistrationNumber: optionalText(100),
});

export const addSignatorySchema = z.object({
  signatoryPartyId: id,
  signatoryPersonId: id,
  signatoryTitle: requiredText(200),
});

export const removeSignatorySchema = z.object({ signatoryId: id });

const storedChangesSchema = z
  .object({
    purpose: z.string().optional(),
    focusAreas: z.array(z.enum(FOCUS_AREAS)).optional(),
    dimensions: z.array(z.enum(SUSTAINABILITY_DIMENSIONS)).optional(),
    rightsClause: z.string().optional(),
    disputeClause: z.string().optional(),
    endDate: z
      .string()
      .nullable()
      .optional()
      .transform((value) => (value === undefined ? undefined : value === null ? null : parseDay(value))),
    noticePeriodMonths: z.number().int().optional(),
    endsAtYearEnd: z.boolean().optional(),
  })
  .strict();

/** An amendment's changes as stored (JSON, days as YYYY-MM-DD), back as typed term values. */
export function changesFromJson(json: unknown): TermChanges {
  const parsed = storedChangesSchema.parse(json);
  const changes: TermChanges = {};
  for (const term of AMENDABLE_TERMS) {
    const value = parsed[term];
    if (value !== undefined) Object.assign(changes, { [term]: value });
  }
  return changes;
}
