/** A plan's year from the URL: four digits, or null (the page answers "not found"). */
export function planYearParam(text: string): number | null {
  return /^\d{4}$/.test(text) ? Number(text) : null;
}
