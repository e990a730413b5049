/**
 * Pure rules of setting up a partnership (issue #15, item 2): what the installation administrator's
 * form must hold before anything is created. No database, no Next. The groups, parties and focus
 * areas come from the data model's enums, so a partnership is never assumed to look like the demo.
 */

export const PARTY_TYPES = ["MUNICIPALITY", "UNIVERSITY"] as const;
export type SetupPartyType = (typeof PARTY_TYPES)[number];

export const GROUP_KINDS = ["STEERING_GROUP", "WORKING_GROUP"] as const;
export type SetupGroupKind = (typeof GROUP_KINDS)[number];

/** A partnership's address part: lower-case letters, digits and single inner hyphens. */
export const SLUG_PATTERN = /^[a-z0-9-]+$/;
export const SLUG_MIN_LENGTH = 3;
export const SLUG_MAX_LENGTH = 60;

/** The notice period a new agreement may have. Amendments may later go further (see agreement/terms.ts). */
export const MIN_NOTICE_MONTHS = 1;
export const MAX_NOTICE_MONTHS = 24;

/** A Swedish organisationsnummer as written: six digits, a hyphen, four digits. */
export const ORGANISATION_NUMBER_PATTERN = /^\d{6}-\d{4}$/;

export const MAX_NAME_LENGTH = 200;
export const MAX_LIST_ITEMS = 50;

export function isValidSlug(value: string): boolean {
  const lengthFits = value.length >= SLUG_MIN_LENGTH && value.length <= SLUG_MAX_LENGTH;
  return lengthFits && SLUG_PATTERN.test(value) && !value.startsWith("-") && !value.endsWith("-") && !value.includes("--");
}

/** The slug as stored: what was typed, trimmed and in lower case (checked with isValidSlug after). */
export function normaliseSlug(value: string): string {
  return value.trim().toLowerCase();
}

export function isOrganisationNumber(value: string): boolean {
  return ORGANISATION_NUMBER_PATTERN.test(value);
}

/**
 * The months of notice as typed, or null when they are not a whole number within the limits: zero,
 * a fraction or 25 months is as wrong as a word.
 */
export function noticeMonthsFrom(value: string): number | null {
  const text = value.trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  const months = Number(text);
  return months >= MIN_NOTICE_MONTHS && months <= MAX_NOTICE_MONTHS ? months : null;
}

/** Meetings per year as typed, or null unless a whole number of at least one (a group meets). */
export function meetingsPerYearFrom(value: string): number | null {
  const text = value.trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  const count = Number(text);
  return count >= 1 ? count : null;
}

/** A list typed one item per line (thematic areas, seats): trimmed, blank lines dropped. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** The names that occur more than once (compared without regard to case), each once. */
export function duplicatesIn(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const name of names) {
    const key = name.toLocaleLowerCase("sv");
    if (seen.has(key)) repeated.add(name);
    seen.add(key);
  }
  return [...repeated];
}

function camel(constant: string): string {
  return constant.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

// The form's field names for what repeats per enum value, e.g. steeringGroupMeetingsPerYear.

export const partyNameField = (type: SetupPartyType) => `${camel(type)}Name`;
export const partyNumberField = (type: SetupPartyType) => `${camel(type)}OrganisationNumber`;
export const meetingsField = (kind: SetupGroupKind) => `${camel(kind)}MeetingsPerYear`;
export const seatsField = (kind: SetupGroupKind, party: SetupPartyType) => `${camel(kind)}${camel(party).replace(/^./, (first) => first.toUpperCase())}Seats`;
export const thematicAreasField = (focusArea: string) => `${camel(focusArea)}ThematicAreas`;

/** The thematic areas typed per focus area, and the focus areas that got at least one. */
export type ThematicAreaInput = { focusArea: string; name: string };

export function focusAreasWithThematicAreas<Area extends string>(order: readonly Area[], areas: readonly { focusArea: string }[]): Area[] {
  return order.filter((focusArea) => areas.some((area) => area.focusArea === focusArea));
}
