/** The id of a form field's input, which the error summary links to. */
export function fieldId(name: string): string {
  return `field-${name}`;
}

/**
 * The id of a field in a form that appears several times on one page (one per row): the scope (e.g.
 * the row's id) keeps the ids apart. Without a scope it is the shared `fieldId`.
 */
export function scopedFieldId(name: string, scope?: string): string {
  return scope ? `${scope}-${name}` : fieldId(name);
}
