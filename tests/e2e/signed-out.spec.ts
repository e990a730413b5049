import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { pathOf } from "./support/sign-in";

test.describe("signed out", () => {
  for (const path of ["/partnership", "/account", "/admin/audit"]) {
    // Guards that a signed-out visitor never sees a page behind the sign-in, and comes back to it.
    test(`${path} redirects to the sign-in page with a callbackUrl`, async ({ page }) => {
      await page.goto(path);
      expect(pathOf(page.url())).toBe(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
      await expect(page.getByRole("heading", { level: 1, name: "Logga in" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Logga ut" })).toHaveCount(0);
      await expect(page.getByRole("navigation", { name: "Huvudmeny" })).toHaveCount(0);
    });
  }

  test("the sign-in page is reachable and passes axe", async ({ page }, testInfo) => {
    const response = await page.goto("/sign-in");
    expect(response?.status()).toBe(200);
    expect(pathOf(page.url())).toBe("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await expect(page.getByRole("heading", { level: 1, name: "Logga in" })).toBeVisible();
    await expect(page.getByLabel("E-postadress")).toHaveAttribute("id", "field-email");
    await expect(page.getByLabel("Lösenord")).toHaveAttribute("id", "field-password");
    await expectNoAxeViolations(page, testInfo);
  });

  test("the accessibility statement is public and passes axe", async ({ page }, testInfo) => {
    const response = await page.goto("/accessibility");
    expect(response?.status()).toBe(200);
    expect(pathOf(page.url())).toBe("/accessibility");
    await expect(page.getByRole("heading", { level: 1, name: "Tillgänglighetsredogörelse" })).toBeVisible();
    await expectNoAxeViolations(page, testInfo);
  });

  test("the footer links to the accessibility statement", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("contentinfo").getByRole("link", { name: "Tillgänglighet" }).click();
    await expect(page).toHaveURL(/\/accessibility$/);
  });
});

test("GET /api/health answers 200 with status ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toMatchObject({ status: "ok" });
});
