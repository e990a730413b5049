import { z } from "zod";
import { parseDay } from "@/features/agreement/dates";
import { FOCUS_AREAS, SUSTAINABILITY_DIMENSIONS, type FocusArea, type SustainabilityDimension } from "@/features/agreement/terms";
import { withFormChecks, type FieldErrors } from "@/lib/forms/form-checks";
import {
  GROUP_KINDS,
  MAX_LIST_ITEMS,
  MAX_NAME_LENGTH,
  PARTY_TYPES,
  duplicatesIn,
  focusAreasWithThematicAreas,
  isOrganisationNumber,
  isValidSlug,
  linesOf,
  meetingsField,
  meetingsPerYearFrom,
  noticeMonthsFrom,
  normaliseSlug,
  partyNameField,
  partyNumberField,
  seatsField,
  thematicAreasField,
  type SetupGroupKind,
  type SetupPartyType,
} from "./setup-rules";

/**
 * The installation administrator's form for a new partnership, as zod parses it. Every problem is
 * reported in one submit (withFormChecks): a missing party, a notice period outside 1–24 months and
 * a group without meetings together. A slug already in use needs the database and is added by the
 * action (see setUpPartnership's findTaken) to the same summary.
 */

const trimmed = z
  .string()
  .optional()
  .transform((value) => (value ?? "").trim());

const requiredText = (max: number) => trimmed.pipe(z.string().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" }));
const optionalText = (max: number) => trimmed.pipe(z.string().max(max, { error: "validation.tooLong" }));

/** A day as YYYY-MM-DD; an empty one is only "required", not also "not a date". */
const isoDay = trimmed
  .pipe(z.string().min(1, { error: "validation.required" }).refine((value) => value === "" || parseDay(value) !== null, { error: "validation.date" }))
  .transform((value) => parseDay(value)!);

/** Empty: until further notice. */
const optionalIsoDay = trimmed
  .refine((value) => value === "" || parseDay(value) !== null, { error: "validation.date" })
  .transform((value) => (value === "" ? null : parseDay(value)!));

const dimensions = z
  .union([z.enum(SUSTAINABILITY_DIMENSIONS, { error: "validation.invalid" }), z.array(z.enum(SUSTAINABILITY_DIMENSIONS, { error: "validation.invalid" }))], { error: "validation.invalid" })
  .optional()
  .transform((value): SustainabilityDimension[] => (value === undefined ? [] : Array.isArray(value) ? [...new Set(value)] : [value]));

const LONG_TEXT = 8000;

/** Fields that repeat per party, group and focus area: text here, checked by setupProblems below. */
const repeatedFields = [
  ...PARTY_TYPES.flatMap((type) => [partyNameField(type), partyNumberField(type)]),
  ...GROUP_KINDS.flatMap((kind) => [meetingsField(kind), ...PARTY_TYPES.map((party) => seatsField(kind, party))]),
  ...FOCUS_AREAS.map((focusArea) => thematicAreasField(focusArea)),
];

const setupFields = z.object({
  name: requiredText(MAX_NAME_LENGTH),
  nameEn: optionalText(MAX_NAME_LENGTH),
  slug: trimmed.transform(normaliseSlug).pipe(z.string().min(1, { error: "validation.required" }).refine(isValidSlug, { error: "installation.validation.slug" })),
  description: optionalText(4000),
  ...(Object.fromEntries(repeatedFields.map((field) => [field, optionalText(LONG_TEXT)])) as Record<string, ReturnType<typeof optionalText>>),
  agreementTitle: requiredText(300),
  signingDate: isoDay,
  purpose: requiredText(LONG_TEXT),
  dimensions,
  rightsClause: requiredText(LONG_TEXT),
  disputeClause: requiredText(LONG_TEXT),
  startDate: isoDay,
  endDate: optionalIsoDay,
  noticePeriodMonths: trimmed,
  endsAtYearEnd: z.enum(["yes", "no"], { error: "validation.required" }),
  adminName: requiredText(MAX_NAME_LENGTH),
  adminEmail: trimmed.transform((value) => value.toLowerCase()).pipe(z.email({ error: "validation.email" }).max(254, { error: "validation.tooLong" })),
});

type SetupFields = z.output<typeof setupFields>;

/**
 * The rules on the repeated fields and between fields: every party named, organisation numbers in
 * the Swedish format, a sustainability dimension, months of notice within 1–24, every group meeting at least once a year, at
 * least one thematic area, no name twice where names must differ, and no end before the start.
 * Given only the fields that parsed (see withFormChecks).
 */
export function setupProblems(input: Partial<SetupFields>): FieldErrors {
  const errors: FieldErrors = {};
  const problem = (field: string, key: string) => void (errors[field] = [...(errors[field] ?? []), key]);
  const text = (field: string) => (input as Record<string, unknown>)[field];

  for (const type of PARTY_TYPES) {
    if (text(partyNameField(type)) === "") problem(partyNameField(type), "installation.validation.partyMissing");
    const number = text(partyNumberField(type));
    if (typeof number === "string" && number !== "" && !isOrganisationNumber(number)) problem(partyNumberField(type), "installation.validation.organisationNumber");
  }

  // The agreement names at least one sustainability dimension (the database holds it to that too).
  if (input.dimensions?.length === 0) problem("dimensions", "validation.required");
  if (input.noticePeriodMonths !== undefined && noticeMonthsFrom(input.noticePeriodMonths) === null) problem("noticePeriodMonths", "installation.validation.noticeMonths");
  if (input.startDate && input.endDate && input.endDate < input.startDate) problem("endDate", "validation.endBeforeStart");

  for (const kind of GROUP_KINDS) {
    const meetings = text(meetingsField(kind));
    if (typeof meetings === "string" && meetingsPerYearFrom(meetings) === null) problem(meetingsField(kind), "installation.validation.meetingsPerYear");
    // Seat titles are unique within a group, whichever party holds the seat.
    const seen: string[] = [];
    for (const party of PARTY_TYPES) {
      const seats = text(seatsField(kind, party));
      if (typeof seats !== "string") continue;
      const titles = linesOf(seats);
      if (titles.some((title) => title.length > MAX_NAME_LENGTH) || titles.length > MAX_LIST_ITEMS) problem(seatsField(kind, party), "validation.tooLong");
      if (duplicatesIn([...seen, ...titles]).length > 0) problem(seatsField(kind, party), "installation.validation.duplicateNames");
      seen.push(...titles);
    }
  }

  // Thematic-area names are unique within the partnership, across its focus areas.
  const names: string[] = [];
  let given = 0;
  // A list that failed has its own error: whether none at all were given cannot be told then.
  let allParsed = true;
  for (const focusArea of FOCUS_AREAS) {
    const list = text(thematicAreasField(focusArea));
    if (typeof list !== "string") {
      allParsed = false;
      continue;
    }
    const items = linesOf(list);
    given += items.length;
    if (items.some((name) => name.length > MAX_NAME_LENGTH) || items.length > MAX_LIST_ITEMS) problem(thematicAreasField(focusArea), "validation.tooLong");
    if (duplicatesIn([...names, ...items]).length > 0) problem(thematicAreasField(focusArea), "installation.validation.duplicateNames");
    names.push(...items);
  }
  if (allParsed && given === 0) problem(thematicAreasField(FOCUS_AREAS[0]), "installation.validation.thematicAreaRequired");

  return errors;
}

export const setUpPartnershipSchema = withFormChecks(setupFields, setupProblems).transform((input) => {
  const field = (name: string) => String((input as unknown as Record<string, unknown>)[name] ?? "");
  const thematicAreas = FOCUS_AREAS.flatMap((focusArea) => linesOf(field(thematicAreasField(focusArea))).map((name) => ({ focusArea, name })));
  return {
    name: input.name,
    nameEn: input.nameEn || null,
    slug: input.slug,
    description: input.description,
    parties: PARTY_TYPES.map((type) => ({ type, name: field(partyNameField(type)), organisationNumber: field(partyNumberField(type)) || null })),
    agreement: {
      title: input.agreementTitle,
      signingDate: input.signingDate,
      terms: {
        purpose: input.purpose,
        focusAreas: focusAreasWithThematicAreas<FocusArea>(FOCUS_AREAS, thematicAreas),
        dimensions: input.dimensions,
        rightsClause: input.rightsClause,
        disputeClause: input.disputeClause,
        startDate: input.startDate,
        endDate: input.endDate,
        noticePeriodMonths: noticeMonthsFrom(input.noticePeriodMonths)!,
        endsAtYearEnd: input.endsAtYearEnd === "yes",
      },
    },
    groups: GROUP_KINDS.map((kind) => ({
      kind,
      meetingsPerYear: meetingsPerYearFrom(field(meetingsField(kind)))!,
      seats: PARTY_TYPES.flatMap((party) => linesOf(field(seatsField(kind, party))).map((title) => ({ party, title }))),
    })),
    thematicAreas,
    administrator: { name: input.adminName, email: input.adminEmail },
  };
});

export type SetUpPartnershipInput = z.output<typeof setUpPartnershipSchema>;
export type SetupParty = { type: SetupPartyType; name: string; organisationNumber: string | null };
export type SetupGroup = { kind: SetupGroupKind; meetingsPerYear: number; seats: { party: SetupPartyType; title: string }[] };
