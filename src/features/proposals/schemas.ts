import { z } from "zod";
import { withFormChecks, type FieldErrors } from "@/lib/forms/form-checks";
import { DIMENSIONS, FOCUS_AREAS, type FocusArea } from "./vocabulary";
import { OUTCOMES, RECOMMENDATIONS } from "./workflow";

/**
 * The proposal forms' input, as zod parses it. zod checks the shape (types, lengths, formats) with
 * generic "validation." keys; what a submission needs beyond a draft (`completenessErrors`) is a
 * form check, reported with the fields' errors; the rules of the workflow are checked in the
 * definitions and refused with their own keys.
 */

export { DIMENSIONS, FOCUS_AREAS, type Dimension, type FocusArea } from "./vocabulary";

export const TITLE_MAX = 200;
export const LONG_TEXT_MAX = 8000;
export const NAME_MAX = 200;
export const MAX_CHOICES = 50;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2200;

// PostgreSQL text cannot hold NUL: refused here as invalid input rather than failing in the database.
const trimmed = z
  .string()
  .optional()
  .transform((value) => (value ?? "").trim())
  .refine((value) => !value.includes("\u0000"), { error: "validation.invalid" });

const requiredText = (max: number) => trimmed.pipe(z.string().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" }));
const optionalText = (max: number) => trimmed.pipe(z.string().max(max, { error: "validation.tooLong" }));
const id = requiredText(64);

const version = trimmed.pipe(z.string().regex(/^\d{1,9}$/, { error: "validation.invalid" })).transform(Number);

/** A year as typed, empty meaning "not yet given". */
const optionalYear = trimmed
  .refine((value) => value === "" || (/^\d{4}$/.test(value) && Number(value) >= MIN_YEAR && Number(value) <= MAX_YEAR), { error: "validation.invalid" })
  .transform((value) => (value === "" ? null : Number(value)));

const optionalEmail = trimmed
  .pipe(z.string().max(254, { error: "validation.tooLong" }))
  .refine((value) => value === "" || z.email().safeParse(value).success, { error: "validation.email" })
  .transform((value) => value.toLowerCase());

/** Checkbox groups arrive as nothing, one value or several; duplicates collapse. */
function several<Item extends z.ZodType<string | number, string>>(item: Item) {
  return z
    .union([item, z.array(item).max(MAX_CHOICES, { error: "validation.invalid" })], { error: "validation.invalid" })
    .optional()
    .transform((value): z.output<Item>[] => {
      if (value === undefined) return [];
      const list = (Array.isArray(value) ? value : [value]) as z.output<Item>[];
      return [...new Set(list)];
    });
}

const idItem = z
  .string({ error: "validation.invalid" })
  .trim()
  .min(1, { error: "validation.invalid" })
  .max(64, { error: "validation.invalid" })
  .refine((value) => !value.includes("\u0000"), { error: "validation.invalid" });

const proposalFields = {
  /** "draft" saves what is there (a title is enough); "submit" needs everything and sends it. */
  intent: z.enum(["draft", "submit"], { error: "validation.invalid" }),
  title: requiredText(TITLE_MAX),
  problem: optionalText(LONG_TEXT_MAX),
  focusArea: trimmed.pipe(z.union([z.literal(""), z.enum(FOCUS_AREAS)], { error: "validation.invalid" })).transform((value) => (value === "" ? null : value)),
  thematicAreaIds: several(idItem),
  dimensions: several(z.enum(DIMENSIONS, { error: "validation.invalid" })),
  expectedResults: optionalText(LONG_TEXT_MAX),
  followUp: optionalText(LONG_TEXT_MAX),
  unitIds: several(idItem),
  periodStartYear: optionalYear,
  periodEndYear: optionalYear,
  resources: optionalText(LONG_TEXT_MAX),
  contactName: optionalText(NAME_MAX),
  contactEmail: optionalEmail,
};

/** The period ends in or after the year it starts. */
function periodOrder(input: { periodStartYear?: number | null; periodEndYear?: number | null }): FieldErrors<"periodEndYear"> {
  const { periodStartYear: start, periodEndYear: end } = input;
  return start != null && end != null && end < start ? { periodEndYear: ["validation.endBeforeStart"] } : {};
}

/** Sending a proposal (not saving a draft) needs every field: reported with the fields' own errors. */
function submissionComplete(input: Partial<ProposalContent> & { intent?: "draft" | "submit" }): FieldErrors<ContentField> {
  return input.intent === "submit" ? completenessErrors(input) : {};
}

/** The create form carries a key rendered by the server, so the same form sent twice creates one proposal. */
export const createProposalSchema = withFormChecks(
  z.object({ ...proposalFields, submissionKey: trimmed.pipe(z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, { error: "validation.invalid" })) }),
  periodOrder,
  submissionComplete,
);
export type CreateProposalInput = z.output<typeof createProposalSchema>;

export const editProposalSchema = withFormChecks(z.object({ ...proposalFields, proposalId: id, version }), periodOrder, submissionComplete);
export type EditProposalInput = z.output<typeof editProposalSchema>;

export type ProposalContent = Omit<{ [Field in keyof typeof proposalFields]: z.output<(typeof proposalFields)[Field]> }, "intent">;

/** The forms for one step of the workflow carry the proposal and the version they were rendered from. */
export const transitionSchema = z.object({ proposalId: id, version });

export const commentSchema = z.object({ proposalId: id, version, comment: requiredText(4000) });

export const recommendSchema = z.object({
  proposalId: id,
  version,
  recommendation: z.enum(RECOMMENDATIONS, { error: "validation.required" }),
  recommendationReason: requiredText(4000),
});

export const putForwardSchema = z.object({ proposalId: id, version, putForwardDecisionId: id });

export const decideSchema = z.object({
  proposalId: id,
  version,
  outcome: z.enum(OUTCOMES, { error: "validation.required" }),
  decisionId: id,
  /** The years an accepted area is prioritised for; checked against the call's cycle in the definition. */
  years: several(z.string({ error: "validation.invalid" }).regex(/^\d{4}$/, { error: "validation.invalid" }).transform(Number)),
});

const isoDate = requiredText(10).refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value), { error: "validation.date" });

export const openCallSchema = z.object({
  cycleYear: trimmed.pipe(z.string().regex(/^\d{4}$/, { error: "validation.invalid" })).transform(Number).refine((year) => year >= MIN_YEAR && year <= MAX_YEAR, { error: "validation.invalid" }),
  callTitle: requiredText(TITLE_MAX),
  callDescription: optionalText(LONG_TEXT_MAX),
  opensOn: isoDate,
  deadlineOn: isoDate,
});

export const reopenCallSchema = z.object({ callId: id, version, deadlineOn: isoDate, reopenReason: requiredText(2000) });

/** The submitted content's fields, in the form's order: the error summary and the completeness check use it. */
export const CONTENT_FIELDS = [
  "title",
  "problem",
  "focusArea",
  "thematicAreaIds",
  "dimensions",
  "expectedResults",
  "followUp",
  "unitIds",
  "periodStartYear",
  "periodEndYear",
  "resources",
  "contactName",
  "contactEmail",
] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];

/**
 * What a submission needs beyond a draft: every field of the form, at least one thematic
 * area, dimension and unit, and a period. Judges only the fields given (a field that did not parse
 * has its own error already). Per-field catalogue keys; empty when complete. Pure.
 */
export function completenessErrors(content: Partial<ProposalContent>): FieldErrors<ContentField> {
  const errors: FieldErrors<ContentField> = {};
  const required = (field: ContentField, missing: boolean) => {
    if (missing) errors[field] = ["validation.required"];
  };
  required("problem", content.problem === "");
  required("focusArea", content.focusArea === null);
  if (content.thematicAreaIds?.length === 0) errors.thematicAreaIds = ["proposals.validation.chooseThematicArea"];
  if (content.dimensions?.length === 0) errors.dimensions = ["proposals.validation.chooseDimension"];
  required("expectedResults", content.expectedResults === "");
  required("followUp", content.followUp === "");
  if (content.unitIds?.length === 0) errors.unitIds = ["proposals.validation.chooseUnit"];
  required("periodStartYear", content.periodStartYear === null);
  required("periodEndYear", content.periodEndYear === null);
  required("resources", content.resources === "");
  required("contactName", content.contactName === "");
  required("contactEmail", content.contactEmail === "");
  return errors;
}

/**
 * Thematic areas belong to a focus area: the chosen ones must all belong to the chosen focus area.
 * Returns the ids that do not (empty when consistent, or when no focus area is chosen yet).
 */
export function thematicAreasOutsideFocus(focusArea: FocusArea | null, chosen: readonly string[], areas: readonly { id: string; focusArea: FocusArea }[]): string[] {
  if (focusArea === null) return [];
  const focusOf = new Map(areas.map((area) => [area.id, area.focusArea]));
  return chosen.filter((areaId) => focusOf.get(areaId) !== focusArea);
}
