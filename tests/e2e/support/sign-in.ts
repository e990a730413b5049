import { expect, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD, type DemoAccount } from "./accounts";

/** The sign-in form (by its accessible name), in Swedish, the default language. */
export function signInForm(page: Page): Locator {
  return page.getByRole("form", { name: "Logga in" });
}

/**
 * The form's error summary. Next injects a hidden role="alert" route announcer of its own, so the
 * alert is always looked up inside a form.
 */
export function errorSummary(form: Locator): Locator {
  return form.getByRole("alert");
}

/** Fills and submits the sign-in form on the current page (opening /sign-in when not on it). */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  if (new URL(page.url()).pathname !== "/sign-in") await page.goto("/sign-in");
  const form = signInForm(page);
  await form.locator("#field-email").fill(email);
  await form.locator("#field-password").fill(password);
  await form.getByRole("button", { name: "Logga in" }).click();
}

/**
 * Signs in through the real form and waits until the browser has left the sign-in page.
 * Stays on the current page when it is already the sign-in page (keeps its callbackUrl).
 */
export async function signIn(page: Page, account: DemoAccount | { email: string }, password = DEMO_PASSWORD): Promise<void> {
  await submitSignIn(page, account.email, password);
  await page.waitForURL((url) => url.pathname !== "/sign-in");
  await expect(page.getByRole("button", { name: "Logga ut" })).toBeVisible();
}

/** Signs out with the header's button and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Logga ut" }).click();
  await page.waitForURL((url) => url.pathname === "/sign-in");
}

/** The path and query of a URL, for comparing where the browser is. */
export function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
