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

test("a step is confirmed without JavaScript: post, redirect to the page, the message at its top", async ({ page }) => {
  await page.goto("/sign-in");
  const form = signInForm(page);
  await form.locator("#field-email").fill(account("ADMINISTRATOR").email);
  await form.locator("#field-password").fill(DEMO_PASSWORD);
  await form.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL((url) => url.pathname === "/");

  // An extra meeting years ahead, so no other spec's year or slot is touched.
  const main = page.getByRole("main");
  const year = new Date().getFullYear() + 4;
  await page.goto("/meetings/new");
  const schedule = main.locator("form");
  await schedule.getByLabel("Grupp", { exact: true }).selectOption({ label: "Strategisk arbetsgrupp" });
  await schedule.getByLabel("Mötets namn", { exact: true }).fill(`Utan JavaScript ${Date.now()}`);
  await schedule.getByLabel("Datum", { exact: true }).fill(`${year}-05-05`);
  await schedule.getByLabel("Starttid", { exact: true }).fill("13:00");
  await schedule.getByLabel("Sluttid", { exact: true }).fill("14:00");
  await schedule.getByLabel("Plats", { exact: true }).fill("Flemingsberg");
  await schedule.getByRole("checkbox", { name: "Extrainsatt möte" }).check();
  await schedule.getByLabel("Skäl till extrainsatt möte", { exact: true }).fill("Prövning utan JavaScript.");
  await schedule.getByRole("button", { name: "Planera mötet" }).click();
  await page.waitForURL(/\/meetings\/[^/?]+\?saved=scheduled$/);

  const addItem = main.getByRole("form", { name: "Lägg till punkt", exact: true });
  await addItem.getByLabel("Rubrik", { exact: true }).fill("Punkt utan JavaScript");
  await addItem.getByRole("button", { name: "Lägg till punkten" }).click();
  // The browser followed the redirect (post/redirect/get): a plain page carrying the message once.
  await page.waitForURL(/[?&]notice=meetings\.agenda\.added/);
  const notice = main.locator("[data-action-notice]");
  await expect(notice).toHaveText("Punkten är tillagd.");
  await expect(notice).toHaveAttribute("role", "status");
  await expect(main.getByRole("table", { name: "Dagordning, 1 punkt", exact: true })).toContainText("Punkt utan JavaScript");
});
