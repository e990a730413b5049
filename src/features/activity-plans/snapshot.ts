/**
 * The plan as a revision keeps it (ActivityPlanRevision.snapshot): stable JSON of the plan and its
 * planned activities, every field with ids and the names as they were, so a comparison years later
 * reads what was decided even if people or units were renamed since. Activities removed from the
 * plan are not in it (the comparison shows them as removed); follow-up data (status, progress,
 * outcomes) is not part of the plan and not kept here.
 */

export const SNAPSHOT_FORMAT = 1;

export type Named = { id: string; name: string };

export type IndicatorSnapshot = { id: string; name: string; unit: string; targetValue: number | null };

export type ActivitySnapshot = {
  id: string;
  title: string;
  description: string;
  priorityArea: Named | null;
  focusArea: "EDUCATION_AND_COMPETENCE" | "RESEARCH_AND_DEVELOPMENT";
  thematicArea: Named | null;
  dimensions: string[];
  collaborationKinds: string[];
  municipalResponsible: Named | null;
  universityResponsible: Named | null;
  municipalUnit: Named | null;
  universityUnit: Named | null;
  /** YYYY-MM-DD. */
  startsOn: string;
  endsOn: string;
  expectedResults: string;
  carriedOverFromId: string | null;
  indicators: IndicatorSnapshot[];
};

export type PlanSnapshot = {
  format: typeof SNAPSHOT_FORMAT;
  plan: { id: string; year: number; summary: string };
  activities: ActivitySnapshot[];
};

/** An activity as the database gives it (with its relations' names), for `activitySnapshot`. */
export type ActivitySource = {
  id: string;
  title: string;
  description: string;
  focusArea: ActivitySnapshot["focusArea"];
  dimensions: readonly string[];
  collaborationKinds: readonly string[];
  startsOn: Date;
  endsOn: Date;
  expectedResults: string;
  carriedOverFromId: string | null;
  priorityArea: { id: string; title: string } | null;
  thematicArea: Named | null;
  municipalResponsible: Named | null;
  universityResponsible: Named | null;
  municipalUnit: Named | null;
  universityUnit: Named | null;
  indicators: readonly { id: string; name: string; unit: string; targetValue: number | null; sortOrder: number }[];
};

/** A @db.Date (UTC midnight) as YYYY-MM-DD. */
export function dayString(day: Date): string {
  return day.toISOString().slice(0, 10);
}

const named = (value: Named | null): Named | null => (value ? { id: value.id, name: value.name } : null);

/** One activity as the snapshot keeps it: fixed key order, sorted lists. */
export function activitySnapshot(source: ActivitySource): ActivitySnapshot {
  return {
    id: source.id,
    title: source.title,
    description: source.description,
    priorityArea: source.priorityArea ? { id: source.priorityArea.id, name: source.priorityArea.title } : null,
    focusArea: source.focusArea,
    thematicArea: named(source.thematicArea),
    dimensions: [...source.dimensions].sort(),
    collaborationKinds: [...source.collaborationKinds].sort(),
    municipalResponsible: named(source.municipalResponsible),
    universityResponsible: named(source.universityResponsible),
    municipalUnit: named(source.municipalUnit),
    universityUnit: named(source.universityUnit),
    startsOn: dayString(source.startsOn),
    endsOn: dayString(source.endsOn),
    expectedResults: source.expectedResults,
    carriedOverFromId: source.carriedOverFromId,
    indicators: [...source.indicators]
      .sort((a, b) => a.sortOrder - b.sortOrder || a.id.localeCompare(b.id))
      .map((indicator) => ({ id: indicator.id, name: indicator.name, unit: indicator.unit, targetValue: indicator.targetValue })),
  };
}

/** The plan and its planned activities (ordered by start, then title, then id). */
export function planSnapshot(plan: { id: string; year: number; summary: string }, activities: readonly ActivitySource[]): PlanSnapshot {
  return {
    format: SNAPSHOT_FORMAT,
    plan: { id: plan.id, year: plan.year, summary: plan.summary },
    activities: activities
      .map(activitySnapshot)
      .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.title.localeCompare(b.title, "sv") || a.id.localeCompare(b.id)),
  };
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string").sort() : []);

/** A reference as stored: { id, name }, or (older shapes) just the id next to it. */
function reference(value: unknown, id: unknown): Named | null {
  if (value && typeof value === "object" && "id" in value) return { id: text((value as Named).id), name: text((value as Named).name) };
  return typeof id === "string" ? { id, name: "" } : null;
}

function readActivity(value: unknown): ActivitySnapshot {
  const row = (value ?? {}) as Record<string, unknown>;
  const ref = (key: string, idKey: string) => reference(row[key], row[idKey]);
  const indicators = Array.isArray(row.indicators) ? (row.indicators as Record<string, unknown>[]) : [];
  return {
    id: text(row.id),
    title: text(row.title),
    description: text(row.description),
    priorityArea: ref("priorityArea", "priorityAreaId"),
    focusArea: row.focusArea === "RESEARCH_AND_DEVELOPMENT" ? "RESEARCH_AND_DEVELOPMENT" : "EDUCATION_AND_COMPETENCE",
    thematicArea: ref("thematicArea", "thematicAreaId"),
    dimensions: texts(row.dimensions),
    collaborationKinds: texts(row.collaborationKinds),
    municipalResponsible: ref("municipalResponsible", "municipalResponsibleId"),
    universityResponsible: ref("universityResponsible", "universityResponsibleId"),
    municipalUnit: ref("municipalUnit", "municipalUnitId"),
    universityUnit: ref("universityUnit", "universityUnitId"),
    // Days as YYYY-MM-DD; a full ISO instant of a UTC-midnight day reads as its day.
    startsOn: text(row.startsOn).slice(0, 10),
    endsOn: text(row.endsOn).slice(0, 10),
    expectedResults: text(row.expectedResults),
    carriedOverFromId: typeof row.carriedOverFromId === "string" ? row.carriedOverFromId : null,
    indicators: indicators.map((indicator) => ({
      id: text(indicator?.id),
      name: text(indicator?.name),
      unit: text(indicator?.unit),
      targetValue: typeof indicator?.targetValue === "number" ? indicator.targetValue : null,
    })),
  };
}

/**
 * A stored snapshot read back, defensively: every field in the current shape, whatever wrote it
 * (missing fields read as empty, references stored as bare ids keep their id), so a comparison
 * never fails a page. Anything unrecognisable reads as an empty plan.
 */
export function readSnapshot(value: unknown): PlanSnapshot {
  const candidate = (value ?? {}) as { plan?: Record<string, unknown>; activities?: unknown };
  const plan = candidate.plan && typeof candidate.plan === "object" ? candidate.plan : {};
  return {
    format: SNAPSHOT_FORMAT,
    plan: { id: text(plan.id), year: typeof plan.year === "number" ? plan.year : 0, summary: text(plan.summary) },
    activities: Array.isArray(candidate.activities) ? candidate.activities.map(readActivity) : [],
  };
}
