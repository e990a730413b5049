import { z } from "zod";

/**
 * The activity-plan forms' input, as zod parses it: shapes, lengths and formats with the generic
 * "validation." keys. What needs the database (the register, the partnership's people and units)
 * and the lifecycle's rules are checked in the definitions and refused with their own keys.
 */

export const FOCUS_AREAS = ["EDUCATION_AND_COMPETENCE", "RESEARCH_AND_DEVELOPMENT"] as const;
export const DIMENSIONS = ["SOCIAL", "ECOLOGICAL", "ECONOMIC", "CULTURAL"] as const;
export const COLLABORATION_KINDS = ["VFU_PLACEMENT", "DEGREE_PROJECT", "JOINT_RESEARCH", "COURSE", "COMPETENCE_DEVELOPMENT", "INTERNSHIP", "OTHER"] as const;
export type CollaborationKind = (typeof COLLABORATION_KINDS)[number];

export const TITLE_MAX = 200;
export const LONG_TEXT_MAX = 8000;
export const REASON_MAX = 2000;
export const INDICATOR_NAME_MAX = 200;
export const INDICATOR_UNIT_MAX = 50;
/** The most indicator rows a form may send (the form shows the existing ones and three empty rows). */
export const MAX_INDICATOR_ROWS = 30;

const trimmed = z
  .string({ error: "validation.invalid" })
  .optional()
  .transform((value) => (value ?? "").trim())
  .refine((value) => !value.includes("\u0000"), { error: "validation.invalid" });

const requiredText = (max: number) => trimmed.pipe(z.string().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" }));
const optionalText = (max: number) => trimmed.pipe(z.string().max(max, { error: "validation.tooLong" }));
const id = requiredText(64);
const optionalId = trimmed.pipe(z.string().max(64, { error: "validation.invalid" })).transform((value) => (value === "" ? null : value));
const version = trimmed.pipe(z.string().regex(/^\d{1,9}$/, { error: "validation.invalid" })).transform(Number);
/** Fingerprints of what the form showed (see snapshot-diff), to say what someone else changed. */
const baseline = trimmed.pipe(z.string().max(400, { error: "validation.invalid" }).regex(/^[0-9a-f.]*$/, { error: "validation.invalid" }));

/** A calendar day YYYY-MM-DD that exists, within the years a plan can have (the database's date type starts at 1 AD). */
function validDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < 1900 || year > 2300) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}
const isoDay = trimmed
  .pipe(z.string().min(1, { error: "validation.required" }))
  .refine((value) => value === "" || validDay(value), { error: "validation.date" })
  .transform((value) => new Date(`${value}T00:00:00Z`));

/** Checkbox groups arrive as nothing, one value or several; duplicates collapse. */
function several<const Values extends readonly [string, ...string[]]>(values: Values) {
  const item = z.enum(values, { error: "validation.invalid" });
  return z
    .union([item, z.array(item).max(values.length * 2, { error: "validation.invalid" })], { error: "validation.invalid" })
    .optional()
    .transform((value) => [...new Set(value === undefined ? [] : Array.isArray(value) ? value : [value])]);
}

const year = trimmed
  .pipe(z.string().regex(/^\d{4}$/, { error: "validation.invalid" }))
  .transform(Number)
  .refine((value) => value >= 2000 && value <= 2200, { error: "validation.invalid" });

// ---------------------------------------------------------------------------------------------
// The plan
// ---------------------------------------------------------------------------------------------

export const createPlanSchema = z.object({ year });

export const planSummarySchema = z.object({ planId: id, version, summary: optionalText(LONG_TEXT_MAX), baseline });

/** A step without a decision (taking a proposed plan back to draft). */
export const planStepSchema = z.object({ planId: id, version });

/** A step by a decision in minutes: propose, adopt, close. */
export const planDecisionSchema = z.object({ planId: id, version, decisionId: id });

// ---------------------------------------------------------------------------------------------
// Activities
// ---------------------------------------------------------------------------------------------

export type IndicatorInput = { row: number; id: string | null; name: string; unit: string; targetValue: number | null };

/** The form's names for one indicator row. */
export const indicatorField = (row: number, part: "Id" | "Name" | "Unit" | "Target") => `indicator${row}${part}`;

/** A target as typed: empty, or a number with a decimal point or comma (spaces as thousands separators allowed). */
export function parseTarget(text: string): number | null | "invalid" {
  const compact = text.replace(/[\s\u00a0]/g, "").replace(",", ".");
  if (compact === "") return null;
  const [whole = "", fraction, ...rest] = compact.split(".");
  if (rest.length > 0 || !/^-?\d{1,12}$/.test(whole) || (fraction !== undefined && !/^\d{1,6}$/.test(fraction))) return "invalid";
  return Number(compact);
}

const rowText = (max: number) => z.string().max(max, { error: "validation.tooLong" }).refine((value) => !value.includes("\u0000"), { error: "validation.invalid" });
const indicatorRow = z.object({
  id: z.string().max(64, { error: "validation.invalid" }),
  name: rowText(INDICATOR_NAME_MAX),
  unit: rowText(INDICATOR_UNIT_MAX),
  target: z.string().max(40, { error: "validation.invalid" }),
});

const textOf = (value: unknown): string | null => (value === undefined ? "" : typeof value === "string" ? value.trim() : null);

/**
 * The indicator rows of the form (indicator<n>Id/Name/Unit/Target for n below the limit). A row
 * with nothing typed is skipped (an existing indicator emptied is removed: it is listed in
 * `clearedIndicators`); a unit or target without a name is an error on the name.
 */
function indicatorRows(input: Record<string, unknown>, context: z.RefinementCtx): { indicators: IndicatorInput[]; clearedIndicators: { row: number; id: string }[] } {
  const rows: IndicatorInput[] = [];
  const cleared: { row: number; id: string }[] = [];
  for (let row = 0; row < MAX_INDICATOR_ROWS; row++) {
    const raw = { id: textOf(input[indicatorField(row, "Id")]), name: textOf(input[indicatorField(row, "Name")]), unit: textOf(input[indicatorField(row, "Unit")]), target: textOf(input[indicatorField(row, "Target")]) };
    const parsed = indicatorRow.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const part = issue.path[0] === "unit" ? "Unit" : issue.path[0] === "target" ? "Target" : "Name";
        context.addIssue({ code: "custom", path: [indicatorField(row, part)], message: issue.message.startsWith("validation.") ? issue.message : "validation.invalid" });
      }
      continue;
    }
    const { name, unit, target } = parsed.data;
    const targetValue = parseTarget(target);
    if (targetValue === "invalid") context.addIssue({ code: "custom", path: [indicatorField(row, "Target")], message: "validation.invalid" });
    if (name === "" && (unit !== "" || target !== "")) context.addIssue({ code: "custom", path: [indicatorField(row, "Name")], message: "validation.required" });
    if (name === "" && unit === "" && target === "" && parsed.data.id !== "") cleared.push({ row, id: parsed.data.id });
    if (name === "" || targetValue === "invalid") continue;
    rows.push({ row, id: parsed.data.id === "" ? null : parsed.data.id, name, unit, targetValue });
  }
  return { indicators: rows, clearedIndicators: cleared };
}

const activityFields = {
  title: requiredText(TITLE_MAX),
  description: optionalText(LONG_TEXT_MAX),
  /** Optional: an activity may lie outside the year's priority areas; one that is named must be in the register for the year. */
  priorityAreaId: optionalId,
  focusArea: trimmed.pipe(z.enum(FOCUS_AREAS, { error: "validation.required" })),
  thematicAreaId: optionalId,
  dimensions: several(DIMENSIONS),
  collaborationKinds: several(COLLABORATION_KINDS),
  municipalResponsibleId: optionalId,
  universityResponsibleId: optionalId,
  municipalUnitId: optionalId,
  universityUnitId: optionalId,
  startsOn: isoDay,
  endsOn: isoDay,
  expectedResults: optionalText(LONG_TEXT_MAX),
  /** Needed when the plan is adopted: the change is then a revision. */
  reason: optionalText(REASON_MAX),
};

/**
 * The activity's content and the indicators, after the shape checks; unknown fields are dropped.
 * The period's order and the indicator rows are checked on every parse, even when other fields
 * failed (on the days that parsed): one submit reports them all (issue #18, item 6).
 */
function activitySchema<Extra extends z.ZodRawShape>(extra: Extra) {
  return z.looseObject({ ...activityFields, ...extra }).superRefine(
    (input, context) => {
      // Not an object at all (a hand-made request): nothing to check.
      if (context.issues.some((issue) => (issue.path ?? []).length === 0)) return;
      const failed = new Set(context.issues.map((issue) => issue.path?.[0]));
      const { startsOn, endsOn } = input as unknown as { startsOn: Date; endsOn: Date };
      if (!failed.has("startsOn") && !failed.has("endsOn") && endsOn.getTime() < startsOn.getTime()) {
        context.addIssue({ code: "custom", path: ["endsOn"], message: "validation.endBeforeStart", input: input.endsOn });
      }
      indicatorRows(input, context);
    },
    { when: () => true },
  ).transform((input, context) => {
    // Reached only when the refinement above found nothing: the rows are read again, without issues.
    const rows = indicatorRows(input, context);
    const picked = Object.fromEntries(Object.keys({ ...activityFields, ...extra }).map((key) => [key, input[key]]));
    return { ...(picked as { [K in keyof typeof activityFields]: z.output<(typeof activityFields)[K]> } & { [K in keyof Extra]: z.output<Extra[K]> }), ...rows };
  });
}

export const createActivitySchema = activitySchema({ planId: id });
export type CreateActivityInput = z.output<typeof createActivitySchema>;

export const editActivitySchema = activitySchema({ activityId: id, version, baseline });
export type EditActivityInput = z.output<typeof editActivitySchema>;

export type ActivityContent = Omit<CreateActivityInput, "planId" | "reason" | "clearedIndicators">;

export const removeActivitySchema = z.object({ activityId: id, version, reason: optionalText(REASON_MAX) });

export const carryOverSchema = z.object({ activityId: id, reason: optionalText(REASON_MAX) });

/** The activity form's fields in display order, for the error summary (indicator rows follow). */
export const ACTIVITY_FORM_FIELDS = [
  "title",
  "description",
  "priorityAreaId",
  "focusArea",
  "thematicAreaId",
  "dimensions",
  "collaborationKinds",
  "municipalResponsibleId",
  "universityResponsibleId",
  "municipalUnitId",
  "universityUnitId",
  "startsOn",
  "endsOn",
  "expectedResults",
  "indicators",
  "reason",
] as const;
export type ActivityFormField = (typeof ACTIVITY_FORM_FIELDS)[number];
