/**
 * What a zod schema expects, read from the schema itself: the property tests over the schemas and
 * over the form definitions build their form values from this.
 */

type Def = Record<string, unknown> & { type?: string };
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** The object shape under refinements, pipes and transforms: the field names a form would send. */
export function shapeOf(schema: unknown, depth = 0): Record<string, unknown> {
  const def = defOf(schema);
  if (!def || depth > 10) return {};
  if (def.type === "object") return def.shape as Record<string, unknown>;
  for (const key of ["in", "innerType", "schema"]) if (def[key]) return shapeOf(def[key], depth + 1);
  return {};
}

/** Enum values and literals anywhere in a schema: plausible input that gets past the first checks. */
export function literalsOf(schema: unknown, found = new Set<string>(), depth = 0): Set<string> {
  const def = defOf(schema);
  if (!def || depth > 12) return found;
  if (def.type === "enum") for (const value of Object.values(def.entries as Record<string, unknown>)) found.add(String(value));
  if (def.type === "literal") for (const value of def.values as unknown[]) found.add(String(value));
  for (const key of ["in", "out", "innerType", "schema", "element", "left", "right"]) if (def[key]) literalsOf(def[key], found, depth + 1);
  if (Array.isArray(def.options)) for (const option of def.options) literalsOf(option, found, depth + 1);
  if (def.type === "object") for (const field of Object.values(def.shape as Record<string, unknown>)) literalsOf(field, found, depth + 1);
  return found;
}

/** Whether a field takes several values (a checkbox group): an array somewhere in its schema. */
export function takesSeveral(schema: unknown, depth = 0): boolean {
  const def = defOf(schema);
  if (!def || depth > 12) return false;
  if (def.type === "array") return true;
  if (Array.isArray(def.options) && def.options.some((option) => takesSeveral(option, depth + 1))) return true;
  return ["in", "out", "innerType", "schema", "left", "right"].some((key) => def[key] !== undefined && takesSeveral(def[key], depth + 1));
}
