import { expect, test } from "@playwright/test";
import { account } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { errorSummary, signInForm, submitSignIn } from "./support/sign-in";

const admin = account("ADMINISTRATOR");

test("an empty submit shows the error summary, focused, linked to the fields", async ({ page }, testInfo) => {
  await page.goto("/sign-in");
  const form = signInForm(page);
  await form.getByRole("button", { name: "Logga in" }).click();

  const summary = errorSummary(form);
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading", { name: "Det finns problem" })).toBeVisible();
  await expect(summary).toContainText("Rätta felen nedan och skicka igen.");
  await expect(summary.getByRole("link", { name: "E-postadress: Fyll i fältet." })).toHaveAttribute("href", "#field-email");
  await expect(summary.getByRole("link", { name: "Lösenord: Fyll i fältet." })).toHaveAttribute("href", "#field-password");
  // Each field carries its own message too, tied to it for screen readers.
  await expect(page.locator("#field-email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-email")).toHaveAccessibleDescription("Fyll i fältet.");
  await expect(page.locator("#field-password")).toHaveAttribute("aria-invalid", "true");
  expect(new URL(page.url()).pathname).toBe("/sign-in");
  await expectNoAxeViolations(page, testInfo);

  // The link takes the user to the field.
  await summary.getByRole("link", { name: /^Lösenord/ }).click();
  await expect(page).toHaveURL(/#field-password$/);
});

test("an invalid submit keeps the e-mail address that was typed", async ({ page }) => {
  await page.goto("/sign-in");
  const form = signInForm(page);
  await form.locator("#field-email").fill("inte-en-adress");
  await form.getByRole("button", { name: "Logga in" }).click();

  const summary = errorSummary(form);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: /^E-postadress: Ange en e-postadress/ })).toHaveAttribute("href", "#field-email");
  await expect(summary.getByRole("link", { name: "Lösenord: Fyll i fältet." })).toHaveAttribute("href", "#field-password");
  await expect(form.locator("#field-email")).toHaveValue("inte-en-adress");
  await expect(form.locator("#field-password")).toHaveValue("");
});

test("a wrong password shows the generic message and keeps the e-mail address", async ({ page }) => {
  await page.goto("/sign-in");
  await submitSignIn(page, admin.email, "fel-lösenord");
  const form = signInForm(page);
  const summary = errorSummary(form);
  await expect(summary).toBeFocused();
  // The same words whether the address or the password was wrong: nothing to learn about accounts.
  await expect(summary).toContainText("Fel e-postadress eller lösenord.");
  await expect(summary.getByRole("link")).toHaveCount(0);
  await expect(form.locator("#field-email")).toHaveValue(admin.email);
  await expect(form.locator("#field-password")).toHaveValue("");
  expect(new URL(page.url()).pathname).toBe("/sign-in");
  await expect(page.getByRole("button", { name: "Logga ut" })).toHaveCount(0);
});

test("an unknown address gets the same generic message", async ({ page }) => {
  await page.goto("/sign-in");
  await submitSignIn(page, "ingen-sadan@huddinge.example", "samverkan-demo");
  const summary = errorSummary(signInForm(page));
  await expect(summary).toContainText("Fel e-postadress eller lösenord.");
  expect(new URL(page.url()).pathname).toBe("/sign-in");
});
