/**
 * What an activity's references and period must satisfy (issue #6, item 2), as pure rules. The
 * definitions load the referenced rows (within the partnership) and ask these; each refusal is a
 * catalogue key under "activityPlans.refusals", shown on the field.
 */

export type PartyType = "MUNICIPALITY" | "UNIVERSITY";
export type UnitKind = "ADMINISTRATION" | "SCHOOL" | "DEPARTMENT";

/** The days of the plan's year, as UTC midnights. */
export function yearBounds(year: number): { first: Date; last: Date } {
  return { first: new Date(`${year}-01-01T00:00:00Z`), last: new Date(`${year}-12-31T00:00:00Z`) };
}

/** The activity's period must overlap the plan's year. */
export function periodOverlapsYear(period: { startsOn: Date; endsOn: Date }, year: number): boolean {
  const { first, last } = yearBounds(year);
  return period.startsOn.getTime() <= last.getTime() && period.endsOn.getTime() >= first.getTime();
}

export type ReferenceRefusal = "notInPartnership" | "wrongParty" | "wrongUnitKind" | "personInactive" | "notInRegister" | "thematicAreaOutsideFocus";

/**
 * A responsible person: someone of the partnership who represents the given party. A person no
 * longer active (or anonymised) may stay where they already are, but is not chosen anew.
 */
export function responsibleRefusal(
  person: { partyType: PartyType | null; active: boolean; anonymised: boolean } | null,
  party: PartyType,
  alreadyChosen: boolean,
): ReferenceRefusal | null {
  if (!person) return "notInPartnership";
  if (person.partyType !== party) return "wrongParty";
  if (!alreadyChosen && (!person.active || person.anonymised)) return "personInactive";
  return null;
}

/** The municipal administration (förvaltning) or the university's department or school. */
export function unitRefusal(unit: { partyType: PartyType; kind: UnitKind } | null, party: PartyType): ReferenceRefusal | null {
  if (!unit) return "notInPartnership";
  if (unit.partyType !== party) return "wrongParty";
  const kinds: readonly UnitKind[] = party === "MUNICIPALITY" ? ["ADMINISTRATION"] : ["DEPARTMENT", "SCHOOL"];
  if (!kinds.includes(unit.kind)) return "wrongUnitKind";
  return null;
}

/** The priority area must be in the register for the plan's year. */
export function priorityAreaRefusal(area: { years: readonly number[] } | null, planYear: number): ReferenceRefusal | null {
  if (!area) return "notInPartnership";
  if (!area.years.includes(planYear)) return "notInRegister";
  return null;
}

/** A thematic area belongs to one focus area: the activity's. */
export function thematicAreaRefusal(area: { focusArea: string } | null, focusArea: string): ReferenceRefusal | null {
  if (!area) return "notInPartnership";
  if (area.focusArea !== focusArea) return "thematicAreaOutsideFocus";
  return null;
}
