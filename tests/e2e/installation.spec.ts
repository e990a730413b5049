import { expect, test, type Locator } from "@playwright/test";
import { validSetupFields } from "../../src/features/installation/setup.fixture";
import { DEMO_INSTALLATION_ADMINISTRATOR } from "../../src/server/seed/demo-accounts";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";

/**
 * Issue #15, item 5: the installation administrator creates a partnership through the form and
 * invites its first administrator, who chooses a password with the link, signs in and sees only
 * that partnership. The installation administrator reads no partnership's content.
 */

const STAMP = Date.now();
const NAME = `Partnerskap för prövning ${STAMP}`;
const SLUG = `provning-${STAMP}`;
const ADMIN_EMAIL = `forsta.admin.${STAMP}@exempelby.example`;
const NEW_PASSWORD = "ett långt och hemligt lösenord";

async function fill(form: Locator, fields: Record<string, string | string[]>): Promise<void> {
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) {
      for (const item of value) await form.locator(`input[name="${name}"][value="${item}"]`).check();
    } else if (name === "endsAtYearEnd") {
      await form.locator(`input[name="${name}"][value="${value}"]`).check();
    } else {
      await form.locator(`[name="${name}"]`).fill(value);
    }
  }
}

test("the installation administrator creates a partnership whose first administrator then sees only it", async ({ browser }) => {
  const installer = await (await browser.newContext()).newPage();
  await installer.goto("/sign-in");
  await signIn(installer, { email: DEMO_INSTALLATION_ADMINISTRATOR.email });
  await installer.waitForURL((url) => url.pathname === "/installation");
  await expect(installer.getByRole("heading", { level: 1, name: "Partnerskap i installationen" })).toBeVisible();
  await expectNoAxeViolations(installer);

  // No partnership's content without a role in it.
  const refused = await installer.goto("/meetings");
  expect(refused?.status()).toBe(403);

  await installer.goto("/installation/partnerships/new");
  const form = installer.getByRole("main").locator("form");
  await form.getByRole("button", { name: "Skapa partnerskapet" }).click();
  const summary = form.getByRole("alert");
  await expect(summary).toBeFocused();
  // Every required field at once.
  for (const label of ["Namn på svenska", "Kortnamn", "Avtalets titel", "Administratörens e-postadress"]) {
    await expect(summary.getByRole("link", { name: label })).toBeVisible();
  }
  await expectNoAxeViolations(installer);

  await fill(form, { ...validSetupFields(), name: NAME, nameEn: "", slug: SLUG, municipalityOrganisationNumber: "", adminName: "Första Administratör", adminEmail: ADMIN_EMAIL });
  await form.getByRole("button", { name: "Skapa partnerskapet" }).click();
  const main = installer.getByRole("main");
  await expect(main.getByRole("status")).toContainText("Partnerskapet har skapats");
  const link = await main.getByLabel("Inbjudningslänk för den första administratören").inputValue();
  expect(link).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}$/);

  await installer.goto("/installation");
  await expect(installer.getByRole("main").getByRole("table")).toContainText(NAME);

  // The first administrator: the link, a password, the sign-in, and only this partnership.
  const administrator = await (await browser.newContext()).newPage();
  await administrator.goto(new URL(link).pathname);
  await administrator.getByLabel("Lösenord", { exact: true }).fill(NEW_PASSWORD);
  await administrator.getByLabel("Upprepa lösenordet", { exact: true }).fill(NEW_PASSWORD);
  await administrator.getByRole("button", { name: "Spara lösenord" }).click();
  await administrator.waitForURL((url) => url.pathname === "/sign-in");
  await signIn(administrator, { email: ADMIN_EMAIL }, NEW_PASSWORD);
  const header = administrator.getByRole("banner");
  await expect(header.getByRole("paragraph")).toHaveText(NAME);
  await expect(header.getByLabel("Partnerskap")).toHaveCount(0);
  await administrator.goto("/partnership");
  await expect(administrator.getByRole("main")).toContainText("Exempelby kommun");
  await expect(administrator.getByRole("main")).not.toContainText("Södertörns högskola");
  await administrator.goto("/membership/people");
  await expect(administrator.getByRole("main")).toContainText("Första Administratör");
  await expect(administrator.getByRole("main")).not.toContainText("Maria Lindqvist");

});
