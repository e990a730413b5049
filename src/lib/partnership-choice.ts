/** The cookie that remembers which partnership a browser works in; a preference, never a permission. */
export const PARTNERSHIP_COOKIE = "samverkan-partnership";

/**
 * The partnership a request works in: the one chosen (by slug) when it is among those offered,
 * otherwise the first (the oldest). A cookie naming a partnership the account has no part in
 * changes nothing.
 */
export function choosePartnership<T extends { partnershipSlug: string }>(offered: readonly T[], chosenSlug: string | null | undefined): T | null {
  return offered.find((entry) => entry.partnershipSlug === chosenSlug) ?? offered[0] ?? null;
}
