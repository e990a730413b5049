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

/**
 * The hidden field with which a form says which partnership it was opened in. The choice is one
 * per browser, so a form opened before switching partnership in another window would otherwise be
 * sent into the partnership chosen since; executeFormAction refuses it instead.
 */
export const FORM_PARTNERSHIP_FIELD = "_partnership";

/** Whether a form opened in one partnership is being sent while another is chosen. */
export function openedInAnotherPartnership(formData: FormData, partnershipId: string): boolean {
  const opened = formData.get(FORM_PARTNERSHIP_FIELD);
  return typeof opened === "string" && opened !== partnershipId;
}
