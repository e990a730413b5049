import { expect, test, type Page } from "@playwright/test";
import { account } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { expectActionNotice } from "./support/notice";
import { errorSummary, pathOf, signIn } from "./support/sign-in";

/** Today in Stockholm, where the partnership's days are counted, as year, month and YYYY-MM-DD. */
function stockholmToday() {
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const [year, month] = iso.split("-").map(Number) as [number, number];
  return { iso, year, month };
}

test.describe("the agreement's public summary", () => {
  test("is reachable signed out, shows parties, purpose, bodies and period, and passes axe", async ({ page }, testInfo) => {
    const response = await page.goto("/agreement/public");
    expect(response?.status()).toBe(200);
    expect(pathOf(page.url())).toBe("/agreement/public");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1, name: "Avtal om strategiskt partnerskap" })).toBeVisible();
    await expect(main).toContainText("Huddinge kommun");
    await expect(main).toContainText("Södertörns högskola");
    await expect(main).toContainText("Social, Ekologisk, Ekonomisk, Kulturell");
    await expect(main).toContainText("Ledningsgrupp");
    await expect(main).toContainText("Möts en gång per år");
    await expect(main).toContainText("Möts 2 gånger per år");
    await expect(main).toContainText("Avtalet gäller från 1 januari 2022 och tills vidare.");
    // No people: the signatories are not part of what is published.
    await expect(main).not.toContainText("Kerstin Malmberg");
    await expectNoAxeViolations(page, testInfo);
  });

  test("the agreement itself is behind the sign-in", async ({ page }) => {
    await page.goto("/agreement");
    expect(pathOf(page.url())).toBe(`/sign-in?callbackUrl=${encodeURIComponent("/agreement")}`);
  });
});

test.describe("the agreement as the administrator", () => {
  test("registers a notice of termination and sees the computed end date", async ({ page }, testInfo) => {
    const today = stockholmToday();
    // The clause: six months' notice to the nearest calendar year-end.
    const endYear = today.month <= 6 ? today.year : today.year + 1;
    const endDate = `31 december ${endYear}`;

    await page.goto("/sign-in");
    await signIn(page, account("ADMINISTRATOR"));
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Avtalet" }).click();
    await expect(page).toHaveURL(/\/agreement$/);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1, name: "Avtal om strategiskt partnerskap mellan Södertörns högskola och Huddinge kommun" })).toBeVisible();
    await expect(main).toContainText("Avtalet gäller tills vidare.");
    await expect(main.locator("#if-notice-today")).toContainText(`Om uppsägning gavs i dag skulle avtalet upphöra ${endDate}.`);
    await expect(main.locator("#if-notice-today")).toContainText(`Sista dag att säga upp avtalet så att det upphör ${endDate}: 30 juni ${endYear}.`);
    await expect(main.getByRole("region", { name: "Parter och firmatecknare" })).toContainText("Kerstin Malmberg, Kommunstyrelsens ordförande");
    await expectNoAxeViolations(page, testInfo);

    const form = main.getByRole("form", { name: "Registrera uppsägning" });
    await form.getByLabel("Part som säger upp avtalet").selectOption({ label: "Huddinge kommun" });
    await form.getByLabel("Datum då uppsägningen togs emot").fill(today.iso);
    await form.getByLabel("Anteckning").fill("Beslut i kommunfullmäktige.");
    await form.getByRole("button", { name: "Registrera uppsägningen" }).click();

    await expectActionNotice(page, "Uppsägningen är registrerad. Avtalets slutdatum visas ovan.");
    await expect(main).toContainText(`Avtalet är uppsagt och upphör ${endDate}.`);
    const notices = main.getByRole("region", { name: "Uppsägningar" });
    await expect(notices).toContainText(`Huddinge kommun sade upp avtalet.`);
    await expect(notices).toContainText(`Avtalet upphör ${endDate}.`);
    await expect(notices.getByText("Återkalla uppsägningen från Huddinge kommun")).toBeVisible();
    await expectNoAxeViolations(page, testInfo);
  });
});

test.describe("the notice calculator (issue #18, item 8)", () => {
  const calculator = (page: Page) => page.getByRole("main").getByRole("form", { name: "Räkna ut slutdatum vid uppsägning" });

  test.describe("without JavaScript", () => {
    // A GET form: it must work without JavaScript.
    test.use({ javaScriptEnabled: false });

    test("answers when notice received on a date ends the agreement, explains the rule, and refuses a bad date", async ({ page }) => {
      await page.goto("/sign-in");
      await signIn(page, account("STEERING_GROUP_MEMBER"));
      await page.goto("/agreement");
      const form = calculator(page);
      await form.getByLabel("Part som säger upp").selectOption({ label: "Södertörns högskola" });
      await form.getByLabel("Datum då uppsägningen tas emot").fill("2027-07-01");
      await form.getByRole("button", { name: "Räkna ut" }).click();
      await page.waitForURL((url) => url.searchParams.get("noticeOn") === "2027-07-01");

      const answer = page.locator("#notice-calculator-answer");
      await expect(answer).toContainText("Om Södertörns högskolas uppsägning tas emot 1 juli 2027 upphör avtalet 31 december 2028.");
      await expect(answer).toContainText(
        "6 månaders uppsägningstid till närmaste årsskifte: uppsägning som tas emot senast 30 juni 2028 avslutar avtalet 31 december 2028, senare uppsägning 31 december 2029.",
      );
      // The question stays in the form.
      await expect(form.getByLabel("Datum då uppsägningen tas emot")).toHaveValue("2027-07-01");
      // It only calculates: nothing was registered.
      await expect(page.getByRole("region", { name: "Uppsägningar" })).not.toContainText("Södertörns högskola sade upp avtalet");

      // No date: the form's error summary, linked to the field.
      await form.getByLabel("Datum då uppsägningen tas emot").fill("");
      await form.getByRole("button", { name: "Räkna ut" }).click();
      await page.waitForURL((url) => url.searchParams.get("noticeOn") === "");
      const summary = errorSummary(form);
      await expect(summary).toBeVisible();
      await expect(summary.getByRole("link", { name: "Datum då uppsägningen tas emot: Fyll i fältet." })).toHaveAttribute("href", "#field-noticeOn");
      await expect(form.getByLabel("Datum då uppsägningen tas emot")).toHaveAttribute("aria-invalid", "true");
      await expect(page.locator("#notice-calculator-answer")).toHaveCount(0);

      // A day that does not exist, typed into the address: the same summary, and what was asked kept.
      const partyId = await form.getByLabel("Part som säger upp").inputValue();
      await page.goto(`/agreement?noticeFrom=${partyId}&noticeOn=2027-02-30`);
      await expect(errorSummary(calculator(page)).getByRole("link", { name: /^Datum då uppsägningen tas emot:/ })).toHaveAttribute("href", "#field-noticeOn");
      await expect(calculator(page).getByLabel("Part som säger upp")).toHaveValue(partyId);
      await expect(page.locator("#notice-calculator-answer")).toHaveCount(0);
    });
  });

  test("passes axe with an answer (its error state is in the accessibility matrix)", async ({ page }, testInfo) => {
    await page.goto("/sign-in");
    await signIn(page, account("ADMINISTRATOR"));
    await page.goto("/agreement");
    const partyId = await calculator(page).getByLabel("Part som säger upp").locator("option", { hasText: "Huddinge kommun" }).getAttribute("value");
    await page.goto(`/agreement?noticeFrom=${partyId}&noticeOn=2028-02-29#notice-calculator-answer`);
    await expect(page.locator("#notice-calculator-answer")).toContainText("Om Huddinge kommuns uppsägning tas emot 29 februari 2028 upphör avtalet 31 december 2028.");
    await expectNoAxeViolations(page, testInfo);
  });

  test("is not shown to a reader", async ({ page }) => {
    await page.goto("/sign-in");
    await signIn(page, account("READER"));
    await page.goto("/agreement?noticeFrom=x&noticeOn=2027-07-01");
    await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
    await expect(calculator(page)).toHaveCount(0);
  });
});
