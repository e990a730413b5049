import type { GroupKind, GroupRole, PartyType } from "@/features/membership/composition";
import { normaliseLabel } from "./columns";

/** What a file's names are matched against: the partnership's own parties, units, areas and groups. */
export type PartyRef = { id: string; type: PartyType; name: string };
export type UnitRef = { id: string; partyId: string; name: string; nameEn: string | null };
export type AreaRef = { id: string; name: string; nameEn: string | null };
export type GroupRef = { id: string; kind: GroupKind };
export type Reference = { parties: PartyRef[]; units: UnitRef[]; areas: AreaRef[]; groups: GroupRef[] };

const PARTY_TYPE_ALIASES: Record<PartyType, readonly string[]> = {
  MUNICIPALITY: ["kommun", "kommunen", "municipality", "the municipality"],
  UNIVERSITY: ["lärosäte", "lärosätet", "högskola", "högskolan", "universitet", "universitetet", "university", "the university"],
};

const GROUP_ALIASES: Record<GroupKind, readonly string[]> = {
  STEERING_GROUP: ["ledningsgrupp", "ledningsgruppen", "steering group", "the steering group", "steering_group"],
  WORKING_GROUP: [
    "arbetsgrupp",
    "arbetsgruppen",
    "strategisk arbetsgrupp",
    "strategiska arbetsgruppen",
    "working group",
    "the working group",
    "strategic working group",
    "working_group",
  ],
};

const ROLE_ALIASES: Record<GroupRole, readonly string[]> = {
  CHAIR: ["ordförande", "ordf", "ordf.", "chair", "chairperson"],
  VICE_CHAIR: ["vice ordförande", "vice ordf", "vice ordf.", "vice-ordförande", "vice chair", "vice-chair", "vice_chair"],
  SECRETARY: ["sekreterare", "secretary"],
  MEMBER: ["ledamot", "member"],
};

function aliasLookup<Key extends string>(aliases: Record<Key, readonly string[]>): (value: string) => Key | null {
  const map = new Map<string, Key>();
  for (const [key, names] of Object.entries(aliases) as [Key, readonly string[]][]) {
    for (const name of names) map.set(normaliseLabel(name), key);
  }
  return (value) => map.get(normaliseLabel(value)) ?? null;
}

const groupKindFor = aliasLookup(GROUP_ALIASES);
const roleFor = aliasLookup(ROLE_ALIASES);
const partyTypeFor = aliasLookup(PARTY_TYPE_ALIASES);

/** The party by its name ("Huddinge kommun"), or by its kind ("kommun", "lärosäte", "högskola", …). */
export function matchParty(value: string, parties: readonly PartyRef[]): PartyRef | null {
  const wanted = normaliseLabel(value);
  if (wanted === "") return null;
  const byName = parties.find((party) => normaliseLabel(party.name) === wanted);
  if (byName) return byName;
  const type = partyTypeFor(wanted);
  return type ? (parties.find((party) => party.type === type) ?? null) : null;
}

export function matchGroupKind(value: string): GroupKind | null {
  return groupKindFor(value);
}

export function matchRole(value: string): GroupRole | null {
  return roleFor(value);
}

/** An organisational unit of the given party, by its Swedish or English name. */
export function matchUnit(value: string, partyId: string, units: readonly UnitRef[]): UnitRef | null {
  const wanted = normaliseLabel(value);
  return (
    units.find(
      (unit) => unit.partyId === partyId && (normaliseLabel(unit.name) === wanted || (unit.nameEn !== null && normaliseLabel(unit.nameEn) === wanted)),
    ) ?? null
  );
}

/** A thematic area by its Swedish or English name. */
export function matchArea(value: string, areas: readonly AreaRef[]): AreaRef | null {
  const wanted = normaliseLabel(value);
  return areas.find((area) => normaliseLabel(area.name) === wanted || (area.nameEn !== null && normaliseLabel(area.nameEn) === wanted)) ?? null;
}

/** The names in a "|"-separated list, trimmed, without empty entries. */
export function splitList(value: string): string[] {
  return value
    .split("|")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/**
 * A calendar day written YYYY-MM-DD, as the database stores membership dates (UTC midnight), or
 * null when the text is not such a day (e.g. 2026-02-30, 1/3/2026, 2026-1-5).
 */
export function parseIsoDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

export function formatIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
