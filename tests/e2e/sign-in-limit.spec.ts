import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, LOCKOUT_ACCOUNT } from "./support/accounts";
import { errorSummary, signInForm, submitSignIn } from "./support/sign-in";

// Runs in the "account-state" project, after every other spec: it locks LOCKOUT_ACCOUNT out for
// 15 minutes, and no other test signs in with that account.

// Guards the per-account limit: after 5 failures even the right password is refused.
test("five wrong passwords lock the account, even against the right password", async ({ page }) => {
  await page.goto("/sign-in");
  const summary = errorSummary(signInForm(page));
  for (let attempt = 1; attempt <= 5; attempt++) {
    await submitSignIn(page, LOCKOUT_ACCOUNT.email, `fel-lösenord-${attempt}`);
    await expect(summary).toContainText("Fel e-postadress eller lösenord.");
    // Wait for the form to be ready again before the next attempt.
    await expect(signInForm(page).getByRole("button", { name: "Logga in" })).toBeEnabled();
  }

  await submitSignIn(page, LOCKOUT_ACCOUNT.email, DEMO_PASSWORD);
  await expect(summary).toContainText(/För många misslyckade inloggningsförsök\. Försök igen om (en minut|\d+ minuter)\./);
  await expect(summary).toBeFocused();
  expect(new URL(page.url()).pathname).toBe("/sign-in");
  await expect(page.getByRole("button", { name: "Logga ut" })).toHaveCount(0);

  // The lock is per account: another account from the same address still signs in.
  await submitSignIn(page, "admin@huddinge.example", DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("button", { name: "Logga ut" })).toBeVisible();
});
