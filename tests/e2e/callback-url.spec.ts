import { expect, test } from "@playwright/test";
import { account } from "./support/accounts";
import { pathOf, signIn } from "./support/sign-in";

const admin = account("ADMINISTRATOR");

test("signing in after a redirect lands on the page that was asked for", async ({ page }) => {
  await page.goto("/account");
  expect(pathOf(page.url())).toBe("/sign-in?callbackUrl=%2Faccount");
  await signIn(page, admin);
  expect(pathOf(page.url())).toBe("/account");
  await expect(page.getByRole("main").getByRole("heading", { level: 1, name: "Mitt konto" })).toBeVisible();
});

test.describe("a callbackUrl to another site never leaves this one", () => {
  test.beforeEach(async ({ context }) => {
    // Should the app ever redirect off-site, fail fast instead of waiting for DNS.
    await context.route((url) => url.hostname.endsWith("evil.example"), (route) => route.abort("blockedbyclient"));
  });

  const cases = [
    { callbackUrl: "https://evil.example/x", lands: "/x" },
    { callbackUrl: "//evil.example", lands: "/" },
    { callbackUrl: "//evil.example/account", lands: "/" },
    { callbackUrl: "/\\evil.example", lands: "/" },
    { callbackUrl: "javascript:alert(1)", lands: "/" },
  ];
  for (const { callbackUrl, lands } of cases) {
    // Guards against an open redirect through the sign-in form's callbackUrl.
    test(`callbackUrl=${callbackUrl} when signing in`, async ({ page, baseURL }) => {
      const siteHost = new URL(baseURL!).host;
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await signIn(page, admin);
      const url = new URL(page.url());
      expect(url.host).toBe(siteHost);
      expect(pathOf(page.url())).toBe(lands);
    });
  }

  // Guards against an open redirect for a visitor who is already signed in (the page redirects at once).
  test("an already signed-in visitor is not sent off-site either", async ({ page, baseURL }) => {
    const siteHost = new URL(baseURL!).host;
    await page.goto("/sign-in");
    await signIn(page, admin);
    for (const callbackUrl of ["https://evil.example/x", "//evil.example"]) {
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      expect(new URL(page.url()).host).toBe(siteHost);
      expect(new URL(page.url()).pathname).not.toBe("/sign-in");
    }
  });
});
