import { expect, test } from "@playwright/test";
import { ALL_ACCOUNTS } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";

const PARTNERSHIP_NAME = "Strategiskt partnerskap Huddinge kommun – Södertörns högskola";

for (const account of ALL_ACCOUNTS) {
  const isAdmin = account.role === "ADMINISTRATOR";

  test(`${account.role} signs in and sees what the role allows`, async ({ page }, testInfo) => {
    await page.goto("/sign-in");
    await signIn(page, account);

    // Home: "Min översikt", the work waiting for the person; the organisation chart one click away.
    expect(new URL(page.url()).pathname).toBe("/");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText("Min översikt");
    await expect(page.getByRole("banner")).toContainText(PARTNERSHIP_NAME);
    await expect(page.getByRole("banner")).toContainText(`Inloggad som ${account.person}`);
    const navigation = page.getByRole("navigation", { name: "Huvudmeny" });
    await expect(navigation.getByRole("link", { name: "Min översikt" })).toHaveAttribute("aria-current", "page");
    await navigation.getByRole("link", { name: "Organisation" }).click();
    await expect(page).toHaveURL(/\/partnership$/);
    await expect(main.getByRole("heading", { level: 1 })).toHaveText(PARTNERSHIP_NAME);

    const parties = main.getByRole("region", { name: "Parter", exact: true });
    await expect(parties.getByRole("heading", { level: 3, name: "Huddinge kommun" })).toBeVisible();
    await expect(parties.getByRole("heading", { level: 3, name: "Södertörns högskola" })).toBeVisible();

    const steering = main.getByRole("region", { name: "Ledningsgrupp", exact: true });
    const working = main.getByRole("region", { name: "Strategisk arbetsgrupp", exact: true });
    await expect(steering.getByRole("row", { name: /Anders Holmberg/ })).toContainText("Ordförande");
    await expect(steering.getByRole("row", { name: /Peter Axelsson/ })).toContainText("Vice ordförande");
    await expect(working.getByRole("row", { name: /Sara Nyström/ })).toContainText("Ordförande");
    await expect(working.getByRole("row", { name: /Sara Nyström/ })).toContainText("VFU och lärarutbildning");
    // A former member is listed apart from the current ones.
    await expect(working.getByRole("table", { name: "Tidigare ledamöter" }).getByRole("row", { name: /Gunnar Ek/ })).toBeVisible();
    await expect(working.getByRole("table", { name: "Nuvarande ledamöter" }).getByRole("row", { name: /Gunnar Ek/ })).toHaveCount(0);

    const areas = main.getByRole("region", { name: "Tematiska områden", exact: true });
    for (const area of ["VFU och lärarutbildning", "Kompetensförsörjning för bristyrken", "ULF – Utveckling, lärande, forskning", "Hållbar samhällsutveckling"]) {
      await expect(areas.getByText(area, { exact: true })).toBeVisible();
    }

    // Guards that the audit log link is offered to the administrator only.
    await expect(navigation.getByRole("link", { name: "Organisation" })).toHaveAttribute("aria-current", "page");
    await expect(navigation.getByRole("link", { name: "Mitt konto" })).toBeVisible();
    await expect(navigation.getByRole("link", { name: "Händelselogg" })).toHaveCount(isAdmin ? 1 : 0);
    await expectNoAxeViolations(page, testInfo);

    // Every role manages its own account.
    await navigation.getByRole("link", { name: "Mitt konto" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(main.getByRole("heading", { level: 1, name: "Mitt konto" })).toBeVisible();
    await expect(main).toContainText(account.email);
    await expect(main.getByRole("form", { name: "Byt lösenord" })).toBeVisible();
    await expectNoAxeViolations(page, testInfo);

    // Guards the audit log itself (not only its link): 403 for every role but the administrator.
    const response = await page.goto("/admin/audit");
    if (isAdmin) {
      expect(response?.status()).toBe(200);
      await expect(main.getByRole("heading", { level: 1, name: "Händelselogg" })).toBeVisible();
      const log = main.getByRole("table", { name: "Händelser, nyast först" });
      await expect(log.getByRole("row").filter({ hasText: account.person }).filter({ hasText: "Loggade in" }).first()).toBeVisible();
    } else {
      expect(response?.status()).toBe(403);
      await expect(main.getByRole("heading", { level: 1, name: "Ingen behörighet" })).toBeVisible();
      await expect(main.getByRole("table")).toHaveCount(0);
      await expect(main).not.toContainText("Loggade in");
    }
    await expectNoAxeViolations(page, testInfo);
  });
}
