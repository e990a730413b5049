import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, LOCKOUT_ACCOUNT } from "./support/accounts";
import { errorSummary, signIn, signInForm, signOut, submitSignIn } from "./support/sign-in";

// Runs in the "account-state" project, after every other spec: it locks LOCKOUT_ACCOUNT out for
// 15 minutes for every browser but its owner's, and no other test signs in with that account.

const LIMITED = /För många misslyckade inloggningsförsök\. Försök igen om (en minut|\d+ minuter)\./;

async function freshPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "sv-SE" })).newPage();
}

async function expectLimited(page: Page, email: string) {
  await submitSignIn(page, email, DEMO_PASSWORD);
  const summary = errorSummary(signInForm(page));
  await expect(summary).toContainText(LIMITED);
  await expect(summary).toBeFocused();
  expect(new URL(page.url()).pathname).toBe("/sign-in");
  await expect(page.getByRole("button", { name: "Logga ut" })).toHaveCount(0);
}

// Guards the per-account limit (after 5 failures even the right password is refused) and issue
// #18, item 3: it locks out only the clients that never signed in to the account, not its owner.
test("five wrong passwords limit the account for every browser but the owner's", async ({ page, browser }) => {
  // The owner's browser has signed in to the account before: it holds the account's device cookie.
  const owner = await freshPage(browser);
  await owner.goto("/sign-in");
  await signIn(owner, LOCKOUT_ACCOUNT);
  expect((await owner.context().cookies()).some((cookie) => cookie.name === "samverkan_device" && cookie.httpOnly)).toBe(true);
  await signOut(owner);

  // Someone else hammers the account.
  await page.goto("/sign-in");
  const summary = errorSummary(signInForm(page));
  for (let attempt = 1; attempt <= 5; attempt++) {
    await submitSignIn(page, LOCKOUT_ACCOUNT.email, `fel-lösenord-${attempt}`);
    await expect(summary).toContainText("Fel e-postadress eller lösenord.");
    // Wait for the form to be ready again before the next attempt.
    await expect(signInForm(page).getByRole("button", { name: "Logga in" })).toBeEnabled();
  }
  await expectLimited(page, LOCKOUT_ACCOUNT.email);

  // The lock is per account: another account from the same address still signs in …
  await submitSignIn(page, "admin@huddinge.example", DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("button", { name: "Logga ut" })).toBeVisible();
  // … and that account's device cookie gives nothing for the limited one.
  await signOut(page);
  await expectLimited(page, LOCKOUT_ACCOUNT.email);

  // The owner's browser signs in with the right password while the limit holds.
  await signIn(owner, LOCKOUT_ACCOUNT);

  // A client without the device cookie is still limited after the owner's sign-in.
  const stranger = await freshPage(browser);
  await expectLimited(stranger, LOCKOUT_ACCOUNT.email);
  await owner.context().close();
  await stranger.context().close();
});
