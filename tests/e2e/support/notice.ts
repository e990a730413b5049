import { expect, type Page } from "@playwright/test";

/**
 * The confirmation of a step (issue #19, item 4): at the top of the page the action landed on, a
 * status message that has focus, so a screen reader reads it and keyboard users start from it.
 */
export async function expectActionNotice(page: Page, text: string | RegExp): Promise<void> {
  const notice = page.getByRole("main").locator("[data-action-notice]");
  await expect(notice).toHaveText(text);
  await expect(notice).toHaveAttribute("role", "status");
  await expect(notice).toBeFocused();
  // Shown once: taken out of the address, so a reload or a shared link does not repeat it.
  await expect(page).not.toHaveURL(/[?&]notice=/);
}
