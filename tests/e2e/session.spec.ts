import { expect, test } from "@playwright/test";
import { account } from "./support/accounts";
import { pathOf, signIn, signOut } from "./support/sign-in";

test("signing out ends the session", async ({ page, context }) => {
  await page.goto("/sign-in");
  await signIn(page, account("STEERING_GROUP_MEMBER"));
  await signOut(page);
  await expect(page.getByRole("button", { name: "Logga ut" })).toHaveCount(0);

  // Guards that the session is really gone, not only hidden: protected pages redirect again.
  await page.goto("/");
  await expect(page.getByRole("main").getByRole("heading", { level: 1, name: "Min översikt" })).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("link", { name: "Logga in" })).toBeVisible();
  await page.goto("/account");
  expect(pathOf(page.url())).toBe("/sign-in?callbackUrl=%2Faccount");
  const sessionCookies = (await context.cookies()).filter((cookie) => cookie.name.includes("session-token"));
  expect(sessionCookies).toEqual([]);
});
