import { expect, test } from "@playwright/test";
import { account } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";

test("switching to English and back", async ({ page }, testInfo) => {
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");

  await page.getByRole("button", { name: "In English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/sign-in");
  await expect(page.getByLabel("Email address")).toBeVisible();
  await expectNoAxeViolations(page, testInfo);

  // The choice holds after signing in (it is a cookie, not part of the URL).
  await page.locator("#field-email").fill(account("READER").email);
  await page.locator("#field-password").fill("samverkan-demo");
  await page.getByRole("form", { name: "Sign in" }).getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText("My overview");
  const navigation = page.getByRole("navigation", { name: "Main menu" });
  await expect(navigation.getByRole("link", { name: "My overview" })).toBeVisible();
  await expect(navigation.getByRole("link", { name: "My account" })).toBeVisible();
  await navigation.getByRole("link", { name: "Organisation" }).click();
  await page.waitForURL((url) => url.pathname === "/partnership");
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(
    "Strategic partnership Huddinge Municipality – Södertörn University",
  );
  await expect(page.getByRole("region", { name: "Parties", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Steering group", exact: true }).getByRole("row", { name: /Anders Holmberg/ })).toContainText("Chair");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expectNoAxeViolations(page, testInfo);

  await page.getByRole("button", { name: "På svenska" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  expect(new URL(page.url()).pathname).toBe("/partnership");
  await expect(page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Min översikt" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Logga ut" })).toBeVisible();
  await expect(page.getByRole("button", { name: "In English" })).toBeVisible();
});
