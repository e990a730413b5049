import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, PASSWORD_CHANGE_ACCOUNT } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { expectActionNotice } from "./support/notice";
import { errorSummary, signIn, signInForm, signOut, submitSignIn } from "./support/sign-in";

// Runs in the "account-state" project, after every other spec: no other test signs in with
// PASSWORD_CHANGE_ACCOUNT, and the test changes the password back at the end.

const NEW_PASSWORD = "ett-nytt-lösenord-2026";

function changePasswordForm(page: Page) {
  return page.getByRole("form", { name: "Byt lösenord" });
}

async function submitChange(page: Page, values: { current: string; next: string; confirm: string }) {
  const form = changePasswordForm(page);
  await form.locator("#field-currentPassword").fill(values.current);
  await form.locator("#field-newPassword").fill(values.next);
  await form.locator("#field-confirmPassword").fill(values.confirm);
  await form.getByRole("button", { name: "Byt lösenord" }).click();
}

test("changing the password: errors per field, then a change that takes effect", async ({ page }, testInfo) => {
  await page.goto("/account");
  await signIn(page, PASSWORD_CHANGE_ACCOUNT);
  await expect(page).toHaveURL(/\/account$/);
  const form = changePasswordForm(page);
  const summary = errorSummary(form);

  // Too short and not repeated correctly: both reported, in the summary and at each field.
  await submitChange(page, { current: DEMO_PASSWORD, next: "kort", confirm: "något annat" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Rätta felen nedan och skicka igen.");
  await expect(summary.getByRole("link", { name: "Nytt lösenord: Lösenordet måste ha minst 10 tecken." })).toHaveAttribute(
    "href",
    "#field-newPassword",
  );
  await expect(summary.getByRole("link", { name: "Upprepa det nya lösenordet: Lösenorden är inte lika." })).toHaveAttribute(
    "href",
    "#field-confirmPassword",
  );
  await expect(form.locator("#field-newPassword")).toHaveAttribute("aria-invalid", "true");
  await expect(form.locator("#field-newPassword-error")).toHaveText("Lösenordet måste ha minst 10 tecken.");
  await expect(form.locator("#field-confirmPassword-error")).toHaveText("Lösenorden är inte lika.");
  await expect(form.locator("#field-currentPassword")).not.toHaveAttribute("aria-invalid", "true");
  // The form has only password fields, and secrets are never sent back: they start empty again.
  for (const field of ["currentPassword", "newPassword", "confirmPassword"]) {
    await expect(form.locator(`#field-${field}`)).toHaveValue("");
  }
  await expectNoAxeViolations(page, testInfo);

  // Long enough but not repeated correctly.
  await submitChange(page, { current: DEMO_PASSWORD, next: NEW_PASSWORD, confirm: `${NEW_PASSWORD}x` });
  await expect(summary.getByRole("link")).toHaveCount(1);
  await expect(summary.getByRole("link", { name: "Upprepa det nya lösenordet: Lösenorden är inte lika." })).toBeVisible();
  await expect(form.locator("#field-confirmPassword-error")).toHaveText("Lösenorden är inte lika.");
  await expect(form.locator("#field-newPassword-error")).toHaveCount(0);

  // The current password must be right.
  await submitChange(page, { current: "fel-lösenord", next: NEW_PASSWORD, confirm: NEW_PASSWORD });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Nuvarande lösenord: Det nuvarande lösenordet stämmer inte." })).toHaveAttribute(
    "href",
    "#field-currentPassword",
  );
  await expect(form.locator("#field-currentPassword-error")).toHaveText("Det nuvarande lösenordet stämmer inte.");
  await expect(form.locator("#field-currentPassword")).toHaveAttribute("aria-invalid", "true");

  // A valid change.
  await submitChange(page, { current: DEMO_PASSWORD, next: NEW_PASSWORD, confirm: NEW_PASSWORD });
  await expectActionNotice(page, "Lösenordet är bytt.");
  await expect(form.getByRole("alert")).toHaveCount(0);
  await expectNoAxeViolations(page, testInfo);

  // The old password no longer works; the new one does.
  await signOut(page);
  await submitSignIn(page, PASSWORD_CHANGE_ACCOUNT.email, DEMO_PASSWORD);
  await expect(errorSummary(signInForm(page))).toContainText("Fel e-postadress eller lösenord.");
  await expect(page.getByRole("button", { name: "Logga ut" })).toHaveCount(0);
  await signIn(page, PASSWORD_CHANGE_ACCOUNT, NEW_PASSWORD);
  expect(new URL(page.url()).pathname).toBe("/");

  // Change it back, so a rerun (or a retry) starts from the demo password.
  await page.goto("/account");
  await submitChange(page, { current: NEW_PASSWORD, next: DEMO_PASSWORD, confirm: DEMO_PASSWORD });
  await expectActionNotice(page, "Lösenordet är bytt.");
});
