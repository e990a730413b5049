import { expect, test } from "@playwright/test";
import { account, DEMO_PASSWORD } from "./support/accounts";
import { errorSummary, pathOf, signInForm } from "./support/sign-in";

// The forms are plain HTML forms posting to server actions: they must work without JavaScript.
test.use({ javaScriptEnabled: false });

test("an invalid submit shows the error summary without JavaScript", async ({ page }) => {
  await page.goto("/sign-in");
  const form = signInForm(page);
  await form.locator("#field-email").fill("inte-en-adress");
  await form.getByRole("button", { name: "Logga in" }).click();
  await page.waitForLoadState("load");

  const summary = errorSummary(signInForm(page));
  await expect(summary).toBeVisible();
  await expect(summary).toContainText("Det finns problem");
  await expect(summary.getByRole("link", { name: "Lösenord: Fyll i fältet." })).toHaveAttribute("href", "#field-password");
  await expect(signInForm(page).locator("#field-email")).toHaveValue("inte-en-adress");
});

test("signing in works without JavaScript and honours the callbackUrl", async ({ page }) => {
  await page.goto("/account");
  expect(pathOf(page.url())).toBe("/sign-in?callbackUrl=%2Faccount");
  const form = signInForm(page);
  await form.locator("#field-email").fill(account("ADMINISTRATOR").email);
  await form.locator("#field-password").fill(DEMO_PASSWORD);
  await form.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL((url) => url.pathname === "/account");
  await expect(page.getByRole("main").getByRole("heading", { level: 1, name: "Mitt konto" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(account("ADMINISTRATOR").email);

  // The language switch and sign-out are forms too.
  await page.getByRole("button", { name: "In English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/sign-in");
  await page.goto("/account");
  expect(pathOf(page.url())).toBe("/sign-in?callbackUrl=%2Faccount");
});
