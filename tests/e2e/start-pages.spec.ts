import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { account, type DemoRole } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";

/**
 * Issue #14, items 1, 2 and 5: signed out, / is the public start page, which shows nothing that is
 * not published (a draft proposal, minutes not yet adjusted, a result not cleared for publication,
 * all made here first); signed in, / is "Min översikt": each role's waiting work with its counts,
 * each link reaching the place where the work is done.
 */

const STAMP = Date.now();
const DRAFT_TITLE = `Utkast om lärmiljöer ${STAMP}`;
const UNPUBLISHED_TITLE = `Opublicerad delrapport ${STAMP}`;
const SUBMITTED_TITLE = `Skolgårdar som lärmiljöer ${STAMP}`;
const INVITED_NAME = `Inbjuden Testperson ${STAMP}`;
const PARTNERSHIP_NAME = "Strategiskt partnerskap Huddinge kommun – Södertörns högskola";

async function as(browser: Browser, role: DemoRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in");
  await signIn(page, account(role));
  return page;
}

const main = (page: Page) => page.getByRole("main");
const part = (page: Page, name: string) => main(page).getByRole("region", { name, exact: true });
/** A kind of waiting work: its region, named by its heading (the count is part of the name). */
const block = (scope: Locator, heading: string) => scope.getByRole("region", { name: new RegExp(`^${heading}`) });
const countOf = async (region: Locator) => Number(await region.locator("[data-count]").first().getAttribute("data-count"));

test.describe("the start pages", () => {
  test.describe.configure({ mode: "serial" });
  // The minutes page of a meeting whose minutes are a draft: the public register must not link to it.
  let draftMinutesHref = "";

  test("the contributor's draft shows on their start page, with its next step, and leads to the proposal", async ({ browser }, testInfo) => {
    const page = await as(browser, "CONTRIBUTOR");
    expect(new URL(page.url()).pathname).toBe("/");
    await expect(main(page).getByRole("heading", { level: 1, name: "Min översikt" })).toBeVisible();
    const own = block(part(page, "Dina förslag och resultat"), "Dina förslag");
    const before = await countOf(own);
    await expect(own.getByRole("listitem")).toHaveCount(before);

    await page.goto("/proposals/new");
    await main(page).getByLabel("Rubrik").fill(DRAFT_TITLE);
    await main(page).getByRole("button", { name: "Spara som utkast" }).click();
    await page.waitForURL((url) => /^\/proposals\/(?!new$)[^/]+$/.test(url.pathname));
    const proposalPath = new URL(page.url()).pathname;

    // An unpublished result of an activity the contributor is responsible for.
    await page.goto("/results/new");
    const form = main(page).locator("form:has(#field-title)");
    await form.getByLabel("Aktivitet som resultatet kommer från").selectOption({ index: 1 });
    await form.getByLabel("Typ av resultat").selectOption({ label: "Rapport" });
    await form.getByLabel("Titel").fill(UNPUBLISHED_TITLE);
    await form.getByLabel("Datum").fill(new Date().toISOString().slice(0, 10));
    await form.getByRole("button", { name: "Spara resultatet" }).click();
    await page.waitForURL((url) => /^\/results\/(?!new$)[^/]+$/.test(url.pathname));

    await page.goto("/");
    const after = block(part(page, "Dina förslag och resultat"), "Dina förslag");
    expect(await countOf(after)).toBe(before + 1);
    const item = after.getByRole("listitem").filter({ hasText: DRAFT_TITLE });
    await expect(item).toContainText("Utkast – skicka in före sista dagen");
    const calls = block(part(page, "Dina förslag och resultat"), "Öppna inbjudningar att lämna förslag");
    await expect(calls).toContainText(/dagar? kvar|sista dagen är i dag/);
    await expectNoAxeViolations(page, testInfo);
    await item.getByRole("link", { name: DRAFT_TITLE }).click();
    await expect(page).toHaveURL(proposalPath);
    await expect(main(page).getByRole("heading", { level: 1, name: DRAFT_TITLE })).toBeVisible();
    await page.context().close();
  });

  test("a submitted proposal is counted on the working-group member's start page, and its link reaches it", async ({ browser }, testInfo) => {
    const page = await as(browser, "WORKING_GROUP_MEMBER");
    const working = part(page, "Som ledamot i den strategiska arbetsgruppen");
    const before = await countOf(block(working, "Förslag att granska"));

    const researcher = await as(browser, "CONTRIBUTOR");
    await researcher.goto("/proposals/new");
    const form = main(researcher);
    await form.getByLabel("Rubrik").fill(SUBMITTED_TITLE);
    await form.getByLabel("Problem och motivering").fill("Skolgårdarna används lite i undervisningen.");
    await form.getByLabel("Fokusområde").selectOption({ label: "Forskning och samhällsutveckling/verksamhetsutveckling" });
    await form.getByLabel("Hållbar samhällsutveckling", { exact: true }).check();
    await form.getByLabel("Social", { exact: true }).check();
    await form.getByLabel("Förväntade resultat").fill("Tre skolgårdar omgjorda till lärmiljöer.");
    await form.getByLabel("Hur resultaten kan följas upp").fill("Lärarnas användning av skolgården.");
    await form.getByLabel("Barn- och utbildningsförvaltningen").check();
    await form.getByLabel("Institutionen för naturvetenskap, miljö och teknik").check();
    await form.getByLabel("Från och med år").fill(String(new Date().getFullYear() + 1));
    await form.getByLabel("Till och med år").fill(String(new Date().getFullYear() + 2));
    await form.getByLabel("Resurser som behövs").fill("Inom gruppernas ordinarie tid.");
    await form.getByRole("button", { name: "Skicka in förslaget" }).click();
    await expect(researcher).toHaveURL(/\/proposals\/[^/]+\?saved=submitted$/);
    await researcher.context().close();

    await page.reload();
    await expect(block(working, "Arbetsgruppens nästa möte")).toBeVisible();
    const review = block(working, "Förslag att granska");
    expect(await countOf(review)).toBe(before + 1);
    await expect(review.getByRole("listitem")).toHaveCount(before + 1);
    // A draft is its author's only: never in the working group's list.
    await expect(review.getByText(DRAFT_TITLE)).toHaveCount(0);
    await expect(block(working, "Att förbereda inför ledningsgruppens möte")).toBeVisible();
    await expectNoAxeViolations(page, testInfo);
    await review.getByRole("link", { name: SUBMITTED_TITLE }).click();
    await expect(main(page).getByRole("heading", { level: 1, name: SUBMITTED_TITLE })).toBeVisible();
    await page.context().close();
  });

  test("the steering-group member's start page shows the year in brief, the next meeting and what waits for decision", async ({ browser }, testInfo) => {
    const page = await as(browser, "STEERING_GROUP_MEMBER");
    const steering = part(page, "Som ledamot i ledningsgruppen");
    const brief = steering.getByRole("region", { name: /^Årets uppföljning i korthet/ });
    await expect(brief.getByRole("table")).toContainText("Genomförda");
    // The report's own verdict opens the brief, each sentence a link to its section of the report.
    await expect(brief.getByRole("link", { name: /aktiviteter är planerade: \d+ klara/ })).toHaveAttribute("href", /^\/follow-up\/\d{4}#report-status$/);
    await expect(block(steering, "Ledningsgruppens nästa möte")).toBeVisible();
    const toDecide = block(steering, "Väntar på ledningsgruppens beslut");
    const count = await countOf(toDecide);
    await expect(toDecide.getByRole("listitem")).toHaveCount(count);
    await expect(block(steering, "Protokoll att justera")).toBeVisible();
    await expectNoAxeViolations(page, testInfo);
    await brief.getByRole("link", { name: /^Läs uppföljningsrapporten/ }).click();
    await expect(page).toHaveURL(/\/follow-up\/\d{4}$/);
    await page.context().close();
  });

  test("the administrator's start page counts a new invitation not yet accepted, and leads to the person", async ({ browser }, testInfo) => {
    const page = await as(browser, "ADMINISTRATOR");
    const invitations = () => block(part(page, "Som administratör"), "Inbjudningar som inte har accepterats");
    const before = await countOf(invitations());

    await page.goto("/membership/people/new");
    await main(page).getByLabel("Namn").fill(INVITED_NAME);
    await main(page).getByLabel("E-postadress").fill(`inbjuden.${STAMP}@huddinge.example`);
    await main(page).getByRole("button", { name: "Lägg till" }).click();
    await expect(main(page).getByRole("heading", { level: 1, name: INVITED_NAME })).toBeVisible();
    const personPath = new URL(page.url()).pathname;
    const invite = main(page).getByRole("form", { name: "Bjud in som användare" });
    await invite.getByLabel("Läsare").check();
    await invite.getByRole("button", { name: "Skapa inbjudan" }).click();
    // The form is now "Skapa en ny inbjudningslänk", with the link shown.
    await expect(main(page).getByRole("textbox", { name: "Inbjudningslänk" })).toBeVisible();

    // The draft minutes' decision, which the public register must not show.
    await page.goto("/decisions");
    const draftRow = main(page).getByRole("row").filter({ hasText: "Utkast" }).first();
    // Titles repeat across years and meetings ("Prioriterade områden 2027"): the minutes' address does not.
    draftMinutesHref = (await draftRow.locator('a[href$="/minutes"]').first().getAttribute("href")) ?? "";
    expect(draftMinutesHref).toMatch(/^\/meetings\/[^/]+\/minutes$/);

    await page.goto("/");
    expect(await countOf(invitations())).toBe(before + 1);
    for (const heading of ["Gruppernas sammansättning", "Mötesrytm", "E-post som inte kunde skickas", "Avtalets datum"]) {
      await expect(block(part(page, "Som administratör"), heading)).toBeVisible();
    }
    await expectNoAxeViolations(page, testInfo);
    await invitations().getByRole("link", { name: INVITED_NAME }).click();
    await expect(page).toHaveURL(personPath);
    await page.context().close();
  });

  test("the reader's start page links to what the role reads, and the organisation chart is one click away", async ({ browser }, testInfo) => {
    const page = await as(browser, "READER");
    const reader = part(page, "Att läsa");
    await expect(reader.getByRole("link", { name: /^Uppföljningsrapporten för/ })).toBeVisible();
    await expect(main(page).getByRole("region", { name: "Som administratör" })).toHaveCount(0);
    await expectNoAxeViolations(page, testInfo);
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Organisation" }).click();
    await expect(page).toHaveURL(/\/partnership$/);
    await expect(main(page).getByRole("heading", { level: 1 })).toHaveText(PARTNERSHIP_NAME);
    await reader.page().goBack();
    await page.context().close();
  });

  test("signed out, the public page shows the partnership and nothing unpublished, and passes axe in Swedish and English", async ({ page }, testInfo) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe("/");
    await expect(main(page).getByRole("heading", { level: 1 })).toHaveText(PARTNERSHIP_NAME);
    for (const heading of ["Syfte", "Fokusområden och tematiska områden", "Parter", "Organisation", "Senast publicerade resultat", "Avtalet", "Mer om partnerskapet"]) {
      await expect(main(page).getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
    }
    await expect(main(page).getByRole("heading", { level: 2, name: /^Prioriterade områden \d{4}$/ })).toBeVisible();
    const groups = main(page).getByRole("region", { name: "Organisation", exact: true });
    await expect(groups.getByRole("row", { name: /Anders Holmberg/ })).toContainText("Ordförande");
    await expect(main(page).getByRole("link", { name: "Logga in" })).toHaveAttribute("href", "/sign-in");
    await expect(main(page).getByRole("link", { name: "Tillgänglighetsredogörelse" })).toBeVisible();
    await expect(main(page).getByRole("link", { name: "Resultat som CSV" })).toBeVisible();
    // Nothing unpublished, nothing personal beyond names, roles and titles.
    const text = (await main(page).textContent()) ?? "";
    expect(text).not.toContain(DRAFT_TITLE);
    expect(text).not.toContain(UNPUBLISHED_TITLE);
    expect(text).not.toContain(INVITED_NAME);
    expect(text).not.toMatch(/@[a-z]+\.example/);
    await expect(page.getByRole("navigation", { name: "Huvudmeny" })).toHaveCount(0);
    await expectNoAxeViolations(page, testInfo, { context: "/ (sv)" });

    // The public decision register: decisions of adjusted minutes only.
    await main(page).getByRole("link", { name: /^Beslutsregistret/ }).click();
    await expect(page).toHaveURL(/\/decisions$/);
    await expect(main(page).getByRole("heading", { level: 1 })).toBeVisible();
    await expect(main(page).getByRole("table")).toBeVisible();
    await expect(main(page).locator(`a[href="${draftMinutesHref}"]`)).toHaveCount(0);
    await expect(main(page).getByText("Utkast", { exact: true })).toHaveCount(0);
    await expect(main(page).getByText("Under justering", { exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page, testInfo, { context: "/decisions (sv)" });

    await page.goto("/");
    await page.getByRole("button", { name: "In English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(main(page).getByRole("heading", { level: 2, name: "Purpose", exact: true })).toBeVisible();
    await expect(main(page).getByRole("link", { name: "Sign in" })).toBeVisible();
    await expectNoAxeViolations(page, testInfo, { context: "/ (en)" });
  });
});
