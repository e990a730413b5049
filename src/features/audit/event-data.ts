/**
 * An audit event's data as a reader sees it. Events record changes as `{ before, after }` objects
 * (either may be null or absent: a creation has no before, a removal no after), anywhere in their
 * data, e.g. per row of an import. Pure.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export type ChangedField = { field: string; before: JsonValue | undefined; after: JsonValue | undefined };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const same = (a: JsonValue | undefined, b: JsonValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields that differ between an object's `before` and `after`, in the order they first appear,
 * and the object's other entries; null when the object records no change.
 */
export function splitChanges(data: JsonObject): { changes: ChangedField[]; rest: JsonObject } | null {
  if (!("before" in data) && !("after" in data)) return null;
  const before = data.before ?? null;
  const after = data.after ?? null;
  if ((before !== null && !isJsonObject(before)) || (after !== null && !isJsonObject(after))) return null;
  const beforeFields = before ?? {};
  const afterFields = after ?? {};
  const fields = [...new Set([...Object.keys(beforeFields), ...Object.keys(afterFields)])];
  const changes = fields
    .filter((field) => !same(beforeFields[field], afterFields[field]))
    .map((field) => ({ field, before: beforeFields[field], after: afterFields[field] }));
  const rest = Object.fromEntries(Object.entries(data).filter(([key]) => key !== "before" && key !== "after"));
  return { changes, rest };
}

/** Whether a value reads as one line of text (so lists of them are joined). */
export function isScalar(value: JsonValue | undefined): value is null | boolean | number | string | undefined {
  return value === null || value === undefined || typeof value !== "object";
}
