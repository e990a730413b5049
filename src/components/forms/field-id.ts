/** The id of a form field's input, which the error summary links to. */
export function fieldId(name: string): string {
  return `field-${name}`;
}
