import { expect, test, type Browser, type Page } from "@playwright/test";
import { account } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";

/**
 * Issue #5, item 7: a researcher submits a proposal, the working group reviews it and puts it
 * forward at its held meeting, the steering group accepts it at its held meeting with a decision
 * (§), and it appears in the register for the right year. Runs on the demo data: this year's call
 * is open, this year's working-group spring meeting is held with a decision on priority areas, and
 * an extra steering-group meeting held a few days ago has draft minutes with a decision on priority
 * areas prepared by that meeting (src/server/seed/demo-proposals.ts).
 */

const YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric" }).format(new Date()));
const TITLE = `Skolgårdar som lärmiljöer ${Date.now()}`;

async function as(browser: Browser, role: Parameters<typeof account>[0] | { email: string }): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await signIn(page, typeof role === "string" ? account(role) : role);
  return page;
}

/** The step form with the given heading or accessible name. */
const stepForm = (page: Page, name: string) => page.getByRole("main").getByRole("form", { name });

test("the proposal form sent empty lists every missing field at once, each linked to its field (issue #18, item 6)", async ({ browser }) => {
  const page = await as(browser, "CONTRIBUTOR");
  await page.goto("/proposals/new");
  const main = page.getByRole("main");
  await main.getByRole("button", { name: "Skicka in förslaget" }).click();
  const summary = main.getByRole("alert");
  await expect(summary).toBeFocused();
  // The title (the schema's own rule) and what a submission needs (the form's check) together.
  for (const text of ["Rubrik: Fyll i fältet.", "Problem och motivering: Fyll i fältet.", "Välj minst en hållbarhetsdimension.", "Till och med år: Fyll i fältet.", "Tematiska områden: Välj minst ett tematiskt område.", "Resurser som behövs: Fyll i fältet."]) {
    await expect(summary.getByRole("link", { name: text })).toBeVisible();
  }
  for (const href of await summary.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))) {
    expect(await page.locator(`[id="${href.slice(1)}"]`).count(), href).toBe(1);
  }
  await page.context().close();
});

test.describe("a proposal's way to the register", () => {
  test.describe.configure({ mode: "serial" });
  let proposalUrl = "";

  test("the researcher saves a draft, is told what is missing, and submits", async ({ browser }, testInfo) => {
    const page = await as(browser, "CONTRIBUTOR");
    await page.goto("/proposals/new");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1, name: "Nytt förslag till prioriterat område" })).toBeVisible();
    await expectNoAxeViolations(page, testInfo);

    await main.getByLabel("Rubrik").fill(TITLE);
    await main.getByRole("button", { name: "Skicka in förslaget" }).click();
    // Not complete: the error summary names the missing fields and the title is kept.
    const summary = main.getByRole("alert");
    await expect(summary).toContainText("Problem och motivering");
    await expect(summary).toContainText("Välj minst en hållbarhetsdimension.");
    await expect(main.getByLabel("Rubrik")).toHaveValue(TITLE);

    await main.getByLabel("Problem och motivering").fill("Skolgårdarna används lite i undervisningen.");
    await main.getByLabel("Fokusområde").selectOption({ label: "Forskning och samhällsutveckling/verksamhetsutveckling" });
    await main.getByLabel("Hållbar samhällsutveckling", { exact: true }).check();
    await main.getByLabel("Ekologisk", { exact: true }).check();
    await main.getByLabel("Social", { exact: true }).check();
    await main.getByLabel("Förväntade resultat").fill("Tre skolgårdar omgjorda till lärmiljöer.");
    await main.getByLabel("Hur resultaten kan följas upp").fill("Lärarnas användning av skolgården, mätt varje termin.");
    await main.getByLabel("Barn- och utbildningsförvaltningen").check();
    await main.getByLabel("Institutionen för naturvetenskap, miljö och teknik").check();
    await main.getByLabel("Från och med år").fill(String(YEAR + 1));
    await main.getByLabel("Till och med år").fill(String(YEAR + 2));
    await main.getByLabel("Resurser som behövs").fill("Inom gruppernas ordinarie tid.");
    await main.getByRole("button", { name: "Skicka in förslaget" }).click();

    await expect(page).toHaveURL(/\/proposals\/[^/]+\?saved=submitted$/);
    await expect(main.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    await expect(main.getByText("Inskickat", { exact: true }).first()).toBeVisible();
    proposalUrl = new URL(page.url()).pathname;
    await page.context().close();
  });

  test("the working group reviews, recommends and puts it forward at its held meeting", async ({ browser }) => {
    const page = await as(browser, "WORKING_GROUP_MEMBER");
    await page.goto(proposalUrl);
    const main = page.getByRole("main");
    await main.getByRole("button", { name: "Påbörja beredningen" }).click();
    await expect(main.getByText("Under beredning", { exact: true })).toBeVisible();

    const comment = stepForm(page, "Ny kommentar");
    await comment.getByLabel("Ny kommentar").fill("Koppla gärna till ULF-projektet.");
    await comment.getByRole("button", { name: "Spara kommentaren" }).click();
    await expect(main.getByText("Koppla gärna till ULF-projektet.")).toBeVisible();

    const recommend = stepForm(page, "Arbetsgruppens rekommendation");
    await recommend.getByLabel("Rekommendation").selectOption("RECOMMEND");
    await recommend.getByLabel("Motivering").fill("Väl förankrat i båda parterna.");
    await recommend.getByRole("button", { name: "Spara rekommendationen" }).click();
    await expect(main).toContainText("Rekommenderas: Väl förankrat i båda parterna.");

    const forward = stepForm(page, "Lägg fram för ledningsgruppen");
    // This year's held spring meeting put forward priority areas for next year: the only choice.
    await forward.getByLabel("Arbetsgruppens beslut").selectOption({ index: 1 });
    await expect(forward.getByLabel("Arbetsgruppens beslut")).toContainText(`Förslag till prioriterade områden ${YEAR + 1}`);
    await forward.getByRole("button", { name: "Lägg fram förslaget" }).click();
    await expect(main.getByText("Framlagt för ledningsgruppen", { exact: true })).toBeVisible();
    await page.context().close();
  });

  test("the steering group accepts it with its decision, and it is in the register for the next year", async ({ browser }, testInfo) => {
    const page = await as(browser, "STEERING_GROUP_MEMBER");
    await page.goto(proposalUrl);
    const main = page.getByRole("main");
    const decide = stepForm(page, "Ledningsgruppens beslut");
    await decide.getByLabel("Beslut", { exact: true }).selectOption("ACCEPTED");
    await decide.getByLabel("Beslutet i protokollet").selectOption({ index: 1 });
    await expect(decide.getByLabel(String(YEAR + 1))).toBeChecked();
    await decide.getByRole("button", { name: "Registrera beslutet" }).click();
    await expect(main.getByText("Antaget som prioriterat område", { exact: true })).toBeVisible();
    await expect(main).toContainText(`§ 1 Prioriterade områden ${YEAR + 1}`);

    await main.getByRole("link", { name: "Se det prioriterade området i registret" }).click();
    await expect(main.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    await expect(main).toContainText(`${YEAR + 1}: § 1 Prioriterade områden ${YEAR + 1}`);

    await page.goto(`/priority-areas?year=${YEAR + 1}`);
    const year = main.getByRole("region", { name: `År ${YEAR + 1}` });
    await expect(year.getByRole("rowheader", { name: new RegExp(TITLE) })).toBeVisible();
    await expect(main.getByRole("region", { name: `År ${YEAR}` })).toHaveCount(0);
    await expectNoAxeViolations(page, testInfo);
    await page.context().close();
  });

  test("a reader sees the decided proposal, and the public register shows decisions in force only", async ({ browser, page }) => {
    const reader = await as(browser, "READER");
    await reader.goto(proposalUrl);
    await expect(reader.getByRole("main").getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    // The working group's comments are its own preparation.
    await expect(reader.getByRole("main")).not.toContainText("Koppla gärna till ULF-projektet.");
    await reader.context().close();

    // Signed out: the public register. The new area's decision is in draft minutes, so it is not there yet.
    const response = await page.goto("/priority-areas/public");
    expect(response?.status()).toBe(200);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1, name: "Prioriterade områden – offentligt register" })).toBeVisible();
    await expect(main).toContainText("Klimatanpassad samhällsplanering i Huddinge");
    await expect(main).not.toContainText(TITLE);
    await expect(main).not.toContainText("forskare@sh.example");
    await expectNoAxeViolations(page);
  });
});
