import type { ActivitySnapshot, PlanSnapshot } from "./snapshot";

/**
 * What changed between two snapshots of a plan (issue #6, item 1: every revision can be compared
 * with the previous one): activities added and removed, and per activity kept the fields that
 * changed, old → new. Pure. References (people, units, areas) compare by id, so a renamed person is
 * not a change of the plan; indicators compare by what they say (name, unit, target).
 */

/** The activity's fields in the order the forms and the comparison show them. */
export const ACTIVITY_FIELDS = [
  "title",
  "description",
  "priorityArea",
  "focusArea",
  "thematicArea",
  "dimensions",
  "collaborationKinds",
  "municipalResponsible",
  "universityResponsible",
  "municipalUnit",
  "universityUnit",
  "startsOn",
  "endsOn",
  "expectedResults",
  "indicators",
] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

export type FieldChange = { [F in ActivityField]: { field: F; before: ActivitySnapshot[F]; after: ActivitySnapshot[F] } }[ActivityField];

export type ActivityChange = { id: string; title: string; changes: FieldChange[] };

export type SnapshotDiff = {
  summary: { before: string; after: string } | null;
  added: ActivitySnapshot[];
  removed: ActivitySnapshot[];
  changed: ActivityChange[];
};

/** The value a field is compared by. */
function comparable(field: ActivityField, activity: ActivitySnapshot): string {
  const value = activity[field];
  if (field === "indicators") {
    return JSON.stringify(activity.indicators.map((indicator) => [indicator.name, indicator.unit, indicator.targetValue]));
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) return JSON.stringify(value.id);
  return JSON.stringify(value);
}

/** The fields of one activity that differ between two of its snapshots, in form order. */
export function changedFields(before: ActivitySnapshot, after: ActivitySnapshot): FieldChange[] {
  return ACTIVITY_FIELDS.filter((field) => comparable(field, before) !== comparable(field, after)).map(
    (field) => ({ field, before: before[field], after: after[field] }) as FieldChange,
  );
}

/** `after` compared with `before`; with no `before` (the plan as adopted) everything is added. */
export function diffSnapshots(before: PlanSnapshot | null, after: PlanSnapshot): SnapshotDiff {
  const previous = new Map((before?.activities ?? []).map((activity) => [activity.id, activity]));
  const current = new Set(after.activities.map((activity) => activity.id));
  const added: ActivitySnapshot[] = [];
  const changed: ActivityChange[] = [];
  for (const activity of after.activities) {
    const old = previous.get(activity.id);
    if (!old) {
      added.push(activity);
      continue;
    }
    const changes = changedFields(old, activity);
    if (changes.length > 0) changed.push({ id: activity.id, title: activity.title, changes });
  }
  const removed = (before?.activities ?? []).filter((activity) => !current.has(activity.id));
  const summary = before && before.plan.summary !== after.plan.summary ? { before: before.plan.summary, after: after.plan.summary } : null;
  return { summary, added, removed, changed };
}

export function isEmptyDiff(diff: SnapshotDiff): boolean {
  return diff.summary === null && diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

/** FNV-1a, 32 bits, as hex: short fingerprints for the edit form's baseline (not a security measure). */
export function textFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * The activity's fields as the edit form saw them, as fingerprints: sent back with the form so that
 * a stale save can say which fields someone else changed meanwhile.
 */
export function fieldFingerprints(activity: ActivitySnapshot): string {
  return ACTIVITY_FIELDS.map((field) => textFingerprint(comparable(field, activity))).join(".");
}

/** The fields whose fingerprint differs from the form's baseline; every field when the baseline is unreadable. */
export function fieldsChangedSince(baseline: string, current: ActivitySnapshot): ActivityField[] {
  const seen = baseline.split(".");
  const now = fieldFingerprints(current).split(".");
  if (seen.length !== now.length) return [...ACTIVITY_FIELDS];
  return ACTIVITY_FIELDS.filter((_, index) => seen[index] !== now[index]);
}
