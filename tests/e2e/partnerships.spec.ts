import { expect, test, type Page } from "@playwright/test";
import { account } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { expectActionNotice } from "./support/notice";
import { signIn } from "./support/sign-in";

/**
 * Issue #15: one account in two partnerships. The demo director (steering group) sits in both; the
 * header names the partnership chosen and offers the other; every page then works inside the one
 * chosen, and a form opened before switching in another window is refused instead of landing in
 * the other partnership. Signed out, the public start page shows one partnership and lists the rest.
 */

const FIRST = "Strategiskt partnerskap Huddinge kommun – Södertörns högskola";
const SECOND = "Partnerskap för vård och omsorg Huddinge kommun – Flemingsbergs vårdhögskola";

const header = (page: Page) => page.getByRole("banner");
const switcher = (page: Page) => header(page).getByLabel("Partnerskap");
/** The partnership the header names (the switcher lists it too). */
const shown = (page: Page) => header(page).getByRole("paragraph");

async function switchTo(page: Page, name: string): Promise<void> {
  await switcher(page).selectOption({ label: name });
  await header(page).getByRole("button", { name: "Byt partnerskap" }).click();
  await expectActionNotice(page, "Du arbetar nu i partnerskapet som visas överst på sidan.");
}

test.describe("several partnerships", () => {
  test("the director switches between the two partnerships, and each shows only its own", async ({ browser }) => {
    const page = await (await browser.newContext()).newPage();
    await page.goto("/sign-in");
    await signIn(page, account("STEERING_GROUP_MEMBER"));

    await expect(shown(page)).toHaveText(FIRST);
    await expect(switcher(page).locator("option")).toHaveCount(2);
    await expectNoAxeViolations(page);

    await switchTo(page, SECOND);
    await expect(shown(page)).toHaveText(SECOND);
    await page.goto("/partnership");
    await expect(page.getByRole("main")).not.toContainText("Södertörns högskola");

    await switchTo(page, FIRST);
    await expect(shown(page)).toHaveText(FIRST);
    await page.goto("/partnership");
    await expect(page.getByRole("main")).toContainText("Södertörns högskola");
  });

  test("a form opened in one partnership is refused after switching in another window", async ({ browser }) => {
    const context = await browser.newContext();
    const first = await context.newPage();
    await first.goto("/sign-in");
    await signIn(first, account("STEERING_GROUP_MEMBER"));
    await first.goto("/proposals/new");
    const title = `Förslag i fel fönster ${Date.now()}`;
    await first.getByRole("main").getByLabel("Rubrik").fill(title);

    const second = await context.newPage();
    await second.goto("/");
    await switchTo(second, SECOND);

    await first.getByRole("main").getByRole("button", { name: "Spara som utkast" }).click();
    await expect(first.getByRole("main").getByRole("alert")).toContainText("Du har bytt partnerskap i ett annat fönster");
    await expect(first).toHaveURL(/\/proposals\/new$/);
    // Nothing was saved in the partnership chosen since (nor in the first).
    await second.goto("/proposals");
    await expect(second.getByRole("main")).not.toContainText(title);

    await context.close();
  });

  test("signed out, the start page shows one partnership and lists the others", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: FIRST })).toBeVisible();
    const others = page.getByRole("region", { name: "Fler partnerskap" });
    await others.getByRole("button", { name: SECOND }).click();
    await expect(page.getByRole("heading", { level: 1, name: SECOND })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
