import { createHash } from "node:crypto";
import { expect, test, type Browser, type Locator, type Page, type TestInfo } from "@playwright/test";
import { account, type DemoRole } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";

/**
 * Issue #8, item 9: every page, as every role (and signed out where the page is public), in
 * Swedish and English, passes axe with the WCAG 2.1 A/AA tags, has unique ids, one h1 and headings
 * in order; so do the main forms in their error state, whose error summaries must link to fields
 * that exist.
 *
 * To add a page, add one line to PAGES (dynamic pages take their ids from the demo data through
 * DemoIds, found through the app's own list pages); to add a form's error state, one line to
 * ERROR_STATES. Everything here only reads, or submits forms the server refuses, so it runs beside
 * the specs that change data; the accounts whose state other specs change (a lock-out, a new
 * password) are only changed by the "account-state" project, which runs after this one.
 *
 * Runtime (hundreds of pages on two cores), without scanning less than every distinct page:
 * - a page that renders byte for byte the same DOM as one already scanned in the same language
 *   (e.g. the agreement for a reader and for a contributor) is not scanned again: axe would find
 *   the same;
 * - the English pass runs after the Swedish one and does not visit a page as a visitor for whom it
 *   rendered exactly as for an earlier visitor in Swedish: the language changes the words, not
 *   what each role is shown (if the Swedish pass ran in another worker, everything is visited);
 * - of the pages a visitor may not see, only the first refused with 403 and the first with 404 are
 *   visited (and scanned): the refusal pages. Who may read which page is the authorization
 *   matrix's (tests/integration/trust/route-authorization.test.ts).
 */

type Visitor = "signedOut" | "reader" | "contributor" | "workingGroup" | "steeringGroup" | "administrator";
type Language = "sv" | "en";

const ROLE_OF: Record<Exclude<Visitor, "signedOut">, DemoRole> = {
  reader: "READER",
  contributor: "CONTRIBUTOR",
  workingGroup: "WORKING_GROUP_MEMBER",
  steeringGroup: "STEERING_GROUP_MEMBER",
  administrator: "ADMINISTRATOR",
};
const SIGNED_IN = ["reader", "contributor", "workingGroup", "steeringGroup", "administrator"] as const satisfies readonly Visitor[];
const EVERYONE = ["signedOut", ...SIGNED_IN] as const satisfies readonly Visitor[];
const ADMIN = ["administrator"] as const satisfies readonly Visitor[];
const PROPOSERS = ["contributor", "workingGroup", "steeringGroup", "administrator"] as const satisfies readonly Visitor[];
/** Group members and administrators: they see every submitted proposal. */
const GROUPS = ["workingGroup", "steeringGroup", "administrator"] as const satisfies readonly Visitor[];
const VISITORS: readonly Visitor[] = EVERYONE;
const LANGUAGES: readonly Language[] = ["sv", "en"];

/** Ids of demo objects, found through the list pages (see findDemoIds). */
type DemoIds = {
  /** Last year's steering-group meeting: public, held, approved minutes. */
  publicMeeting: string;
  /** This year's extra steering-group meeting: held, draft minutes with entries and a decision. */
  draftMinutesMeeting: string;
  /** This year's working-group autumn meeting: planned, with an agenda and underlag. */
  plannedMeeting: string;
  person: string;
  priorityArea: string;
  submittedProposal: string;
  reviewedProposal: string;
  putForwardProposal: string;
  acceptedProposal: string;
  /** The contributor's own draft. */
  draftProposal: string;
  /** This year's activity at risk; the contributor (Johan Ekberg) is responsible for it at the university. */
  atRiskActivity: string;
  /** A result of this year's plan. */
  result: string;
};

type PageRow = {
  path: string | ((ids: DemoIds) => string);
  /** Who gets the page (200). Other signed-in visitors are refused (403 or 404); signed out, only public pages are visited. */
  allowed: readonly Visitor[];
  /** Who visits it, when not everyone signed in (plus signed out when allowed). */
  visitors?: readonly Visitor[];
};

const THIS_YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric" }).format(new Date()));

/** Who may follow up the activity at risk: its responsible researcher, the working group and administrators. */
const FOLLOWS_UP_AT_RISK = ["contributor", "workingGroup", "administrator"] as const satisfies readonly Visitor[];

// One line per page.
const PAGES: readonly PageRow[] = [
  { path: "/sign-in", allowed: ["signedOut"], visitors: ["signedOut"] },
  // The start page: public for visitors, "Min översikt" for each role once signed in.
  { path: "/", allowed: EVERYONE },
  { path: "/partnership", allowed: SIGNED_IN },
  { path: "/accessibility", allowed: EVERYONE },
  { path: "/account", allowed: SIGNED_IN },
  { path: "/account/data", allowed: SIGNED_IN },
  { path: "/admin/audit", allowed: ADMIN },
  { path: "/admin/mail", allowed: ADMIN },
  { path: "/agreement", allowed: SIGNED_IN },
  { path: "/agreement/public", allowed: EVERYONE },
  { path: "/arshjul", allowed: SIGNED_IN },
  { path: "/decisions", allowed: EVERYONE },
  { path: "/groups/ledningsgrupp", allowed: SIGNED_IN },
  { path: "/groups/strategisk-arbetsgrupp", allowed: SIGNED_IN },
  { path: "/invitation/ingen-sadan-inbjudan", allowed: EVERYONE },
  { path: "/meetings", allowed: SIGNED_IN },
  { path: "/meetings/new", allowed: ADMIN },
  { path: (ids) => `/meetings/${ids.publicMeeting}`, allowed: EVERYONE },
  { path: (ids) => `/meetings/${ids.publicMeeting}/minutes`, allowed: EVERYONE },
  { path: (ids) => `/meetings/${ids.draftMinutesMeeting}`, allowed: SIGNED_IN },
  { path: (ids) => `/meetings/${ids.draftMinutesMeeting}/minutes`, allowed: SIGNED_IN },
  { path: (ids) => `/meetings/${ids.plannedMeeting}`, allowed: SIGNED_IN },
  { path: (ids) => `/meetings/${ids.plannedMeeting}/edit`, allowed: ADMIN },
  { path: "/membership", allowed: ADMIN },
  { path: "/membership/composition", allowed: ADMIN },
  { path: "/membership/import", allowed: ADMIN },
  { path: "/membership/people", allowed: ADMIN },
  { path: "/membership/people/new", allowed: ADMIN },
  { path: (ids) => `/membership/people/${ids.person}`, allowed: ADMIN },
  { path: "/priority-areas", allowed: SIGNED_IN },
  { path: (ids) => `/priority-areas/${ids.priorityArea}`, allowed: SIGNED_IN },
  { path: "/priority-areas/public", allowed: EVERYONE },
  { path: "/proposals", allowed: SIGNED_IN },
  { path: "/proposals/new", allowed: PROPOSERS },
  { path: "/proposals/calls", allowed: ADMIN },
  { path: (ids) => `/proposals/${ids.draftProposal}`, allowed: ["contributor"] },
  { path: (ids) => `/proposals/${ids.draftProposal}/edit`, allowed: ["contributor"] },
  { path: (ids) => `/proposals/${ids.submittedProposal}`, allowed: ["contributor", ...GROUPS] },
  { path: (ids) => `/proposals/${ids.reviewedProposal}`, allowed: ["contributor", ...GROUPS] },
  { path: (ids) => `/proposals/${ids.putForwardProposal}`, allowed: GROUPS },
  { path: (ids) => `/proposals/${ids.acceptedProposal}`, allowed: SIGNED_IN },
  { path: "/plans", allowed: SIGNED_IN },
  { path: `/plans/${THIS_YEAR}`, allowed: SIGNED_IN },
  // Next year's plan is a draft: the groups and administrators only.
  { path: `/plans/${THIS_YEAR + 1}`, allowed: GROUPS },
  { path: `/plans/${THIS_YEAR}/revisions`, allowed: SIGNED_IN },
  { path: `/plans/${THIS_YEAR}/revisions/0`, allowed: SIGNED_IN },
  { path: `/plans/${THIS_YEAR}/activities/new`, allowed: SIGNED_IN },
  { path: (ids) => `/activities/${ids.atRiskActivity}`, allowed: SIGNED_IN },
  { path: (ids) => `/activities/${ids.atRiskActivity}/edit`, allowed: SIGNED_IN },
  { path: (ids) => `/activities/${ids.atRiskActivity}/follow-up`, allowed: FOLLOWS_UP_AT_RISK },
  { path: "/follow-up", allowed: SIGNED_IN },
  { path: `/follow-up/${THIS_YEAR}`, allowed: SIGNED_IN },
  { path: "/results", allowed: SIGNED_IN },
  { path: "/results/new", allowed: SIGNED_IN },
  { path: (ids) => `/results/${ids.result}`, allowed: SIGNED_IN },
  { path: "/results/public", allowed: EVERYONE },
];

type ErrorState = {
  visitor: Visitor;
  path: string | ((ids: DemoIds) => string);
  /** CSS selector of the form (inside main); the first match is used. */
  form: string;
  /** Fields (CSS, inside the form) to empty before sending: inputs and text areas cleared, selects set to their empty choice. */
  clear?: readonly string[];
  /** The button that sends it, when not the form's only submit button. */
  submit?: string;
};

// The main forms sent empty or invalid: the server refuses each, so nothing is changed.
const ERROR_STATES: readonly ErrorState[] = [
  { visitor: "signedOut", path: "/sign-in", form: "form:has(#field-email)" },
  { visitor: "signedOut", path: "/accessibility", form: 'form[aria-labelledby="report-form-heading"]' },
  { visitor: "reader", path: "/account", form: "form:has(#field-currentPassword)" },
  { visitor: "contributor", path: "/proposals/new", form: "form:has(#field-title)", submit: 'button[value="submit"]' },
  { visitor: "workingGroup", path: (ids) => `/proposals/${ids.reviewedProposal}`, form: "form:has(#field-comment)" },
  { visitor: "steeringGroup", path: (ids) => `/proposals/${ids.putForwardProposal}`, form: "form:has(#field-decisionId)", clear: ["#field-decisionId"] },
  { visitor: "steeringGroup", path: (ids) => `/priority-areas/${ids.priorityArea}`, form: "form:has(#close-decisionId)" },
  { visitor: "administrator", path: "/proposals/calls", form: "form:has(#field-callTitle)" },
  { visitor: "administrator", path: "/proposals/calls", form: 'form[id^="reopen-"]' },
  { visitor: "administrator", path: "/meetings/new", form: "form:has(#field-meetingTitle)" },
  { visitor: "administrator", path: (ids) => `/meetings/${ids.plannedMeeting}/edit`, form: "form:has(#field-meetingTitle)", clear: ["#field-meetingTitle"] },
  { visitor: "administrator", path: (ids) => `/meetings/${ids.plannedMeeting}`, form: "form:has(#field-itemTitle)" },
  { visitor: "administrator", path: (ids) => `/meetings/${ids.plannedMeeting}`, form: "form:has(#field-documentTitle)" },
  { visitor: "administrator", path: (ids) => `/meetings/${ids.draftMinutesMeeting}/minutes`, form: "form:has(#new-entry-heading)" },
  {
    visitor: "administrator",
    path: (ids) => `/meetings/${ids.draftMinutesMeeting}/minutes`,
    form: 'form:has([id^="edit-entry-"][id$="-heading"])',
    clear: ['[id$="-heading"]'],
  },
  { visitor: "administrator", path: "/membership/people/new", form: "form:has(#field-name)" },
  { visitor: "administrator", path: "/membership/import", form: "form:has(#field-file)" },
  { visitor: "administrator", path: "/groups/strategisk-arbetsgrupp", form: "form:has(#field-personId)" },
  { visitor: "administrator", path: "/agreement", form: "form:has(#field-disputePartyId)" },
  // The notice calculator (a GET form): a date that is no date.
  { visitor: "steeringGroup", path: "/agreement", form: "form:has(#field-noticeOn)", clear: ["#field-noticeOn"] },
  { visitor: "workingGroup", path: `/plans/${THIS_YEAR + 1}/activities/new`, form: "form:has(#field-title)" },
  // The activity is at risk: a follow-up at risk without a narrative is refused.
  { visitor: "contributor", path: (ids) => `/activities/${ids.atRiskActivity}/follow-up`, form: "form:has(#field-narrative)", clear: ["#field-narrative"] },
  { visitor: "administrator", path: "/results/new", form: "form:has(#field-title)" },
];

const resolve = (path: PageRow["path"], ids: DemoIds) => (typeof path === "string" ? path : path(ids));
const pathOf = (url: string) => new URL(url).pathname;

// ---------------------------------------------------------------------------------------------
// Finding the demo objects through the app
// ---------------------------------------------------------------------------------------------


/**
 * Messages the browser could not find, per page (next-intl reports them on the console): a client
 * component on a page whose segment does not give it the catalogue (src/components/i18n/client-messages.tsx).
 */
const untranslated = new WeakMap<Page, string[]>();

function takeUntranslated(page: Page): string[] {
  const found = untranslated.get(page) ?? [];
  return found.splice(0, found.length);
}

async function newVisitorPage(browser: Browser, visitor: Visitor): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const found: string[] = [];
  untranslated.set(page, found);
  page.on("console", (message) => {
    if (message.type() === "error" && /MISSING_MESSAGE|INSUFFICIENT_PATH|FORMATTING_ERROR/.test(message.text())) found.push(message.text());
  });
  if (visitor !== "signedOut") {
    await page.goto("/sign-in");
    await signIn(page, account(ROLE_OF[visitor]));
  }
  return page;
}

/** The id in the first link of main with this name on the page (the last path segment). */
async function idFromLink(page: Page, path: string, name: string | RegExp, under: string): Promise<string | null> {
  await page.goto(path);
  const links = page.getByRole("main").getByRole("link", { name, exact: typeof name === "string" });
  for (const href of await links.evaluateAll((elements) => elements.map((element) => element.getAttribute("href") ?? ""))) {
    const match = new RegExp(`^${under}/([^/?#]+)$`).exec(href);
    if (match) return match[1]!;
  }
  return null;
}

async function meetingId(page: Page, name: RegExp, years: number[]): Promise<string> {
  for (const year of years) {
    const id = await idFromLink(page, `/meetings?year=${year}`, name, "/meetings");
    if (id) return id;
  }
  throw new Error(`No meeting ${name} in ${years.join(", ")}`);
}

async function required(found: Promise<string | null>, what: string): Promise<string> {
  const id = await found;
  if (!id) throw new Error(`The demo data has no ${what}`);
  return id;
}

/** Through the administrator's and the contributor's list pages (the draft is the contributor's alone). */
async function findDemoIds(browser: Browser): Promise<DemoIds> {
  const admin = await newVisitorPage(browser, "administrator");
  const contributor = await newVisitorPage(browser, "contributor");
  try {
    const proposal = (title: string) => required(idFromLink(admin, "/proposals", title, "/proposals"), `proposal ${title}`);
    return {
      publicMeeting: await meetingId(admin, /Uppföljning och beslut om verksamhetsplan/, [THIS_YEAR - 1]),
      // Held a few days ago (so at the turn of the year possibly last year).
      draftMinutesMeeting: await meetingId(admin, /Extra möte om prioriterade områden/, [THIS_YEAR, THIS_YEAR - 1]),
      // At least two weeks ahead (so from mid-December in January).
      plannedMeeting: await meetingId(admin, /Arbetsgruppens höstmöte/, [THIS_YEAR, THIS_YEAR + 1]),
      person: await required(idFromLink(admin, "/membership/people", "Sara Nyström", "/membership/people"), "person Sara Nyström"),
      priorityArea: await required(idFromLink(admin, "/priority-areas", "Klimatanpassad samhällsplanering i Huddinge", "/priority-areas"), "priority area"),
      submittedProposal: await proposal("Handledarutbildning för VFU-handledare"),
      reviewedProposal: await proposal("Kompetensförsörjning inom äldreomsorgen"),
      putForwardProposal: await proposal("Kulturskola och estetiska lärprocesser"),
      acceptedProposal: await proposal("Klimatanpassad samhällsplanering i Huddinge"),
      draftProposal: await required(idFromLink(contributor, "/proposals", /^Utkast: fler VFU-platser i förskolan/, "/proposals"), "draft proposal"),
      atRiskActivity: await required(idFromLink(admin, `/plans/${THIS_YEAR}`, "Klimatanpassning: kartläggning av skyfallsutsatta områden", "/activities"), "activity at risk"),
      result: await required(idFromLink(admin, "/results", /^Tidiga tecken på problematisk skolfrånvaro/, "/results"), "result"),
    };
  } finally {
    await admin.context().close();
    await contributor.context().close();
  }
}

// ---------------------------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------------------------

/** Switches the language with the header's button, as a user does (a cookie, kept for the session). */
async function switchLanguage(page: Page, language: Language): Promise<void> {
  if (language === "sv") return;
  if (page.url() === "about:blank") await page.goto("/accessibility");
  await page.getByRole("banner").getByRole("button", { name: "In English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

/**
 * The page's DOM as axe sees it, without what differs between requests or people but cannot
 * change axe's findings: scripts, CSP nonces, and the signed-in person's name and address.
 */
async function renderingOf(page: Page, visitor: Visitor): Promise<string> {
  const html = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll("script, next-route-announcer").forEach((element) => element.remove());
    body.querySelectorAll("[nonce]").forEach((element) => element.removeAttribute("nonce"));
    return `${document.documentElement.lang}\n${document.title}\n${body.outerHTML}`;
  });
  const own = visitor === "signedOut" ? [] : [account(ROLE_OF[visitor]).person, account(ROLE_OF[visitor]).email];
  return createHash("sha256").update(own.reduce((text, value) => text.replaceAll(value, "«viewer»"), html)).digest("hex");
}

/**
 * What axe does not see, because it checks only what is rendered visible (a form in a closed
 * <details> is not): ids must be unique in the whole document, as labels, descriptions and the
 * error summary's links point to them; one h1; and no heading level skipped (h2 after h1, …).
 */
async function structureProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const counts = new Map<string, number>();
    for (const element of document.querySelectorAll("[id]")) counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
    for (const [id, count] of counts) if (count > 1) problems.push(`the id "${id}" is used ${count} times`);
    const headings = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")];
    const h1s = headings.filter((heading) => heading.tagName === "H1").length;
    if (h1s !== 1) problems.push(`${h1s} h1 elements`);
    let previous = 0;
    for (const heading of headings) {
      const level = Number(heading.tagName.slice(1));
      if (level > previous + 1) problems.push(`h${level} "${(heading.textContent ?? "").trim().slice(0, 50)}" after h${previous}`);
      previous = level;
    }
    return problems;
  });
}

/** Renderings already scanned, per language, in this worker. */
const scanned = new Map<Language, Set<string>>();
/** Each visitor's Swedish rendering of each page (`<visitor> <path>`) and its status, for the English pass. */
const swedish = new Map<string, { rendering: string; status: number }>();
/** Per page, the Swedish renderings whose English counterpart was visited. */
const coveredInEnglish = new Map<string, Set<string>>();

async function scanOnce(page: Page, testInfo: TestInfo, rendering: string, language: Language, context: string): Promise<boolean> {
  const seen = scanned.get(language) ?? new Set<string>();
  scanned.set(language, seen);
  if (seen.has(rendering)) return false;
  expect.soft(await structureProblems(page), `${context}: ids and headings`).toEqual([]);
  await expectNoAxeViolations(page, testInfo, { soft: true, context });
  seen.add(rendering);
  return true;
}

let ids: DemoIds;
test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  ids = await findDemoIds(browser);
});

for (const language of LANGUAGES) {
  for (const visitor of VISITORS) {
    test(`${language}, ${visitor}: every page passes axe`, async ({ browser }, testInfo) => {
      test.setTimeout(300_000);
      const page = await newVisitorPage(browser, visitor);
      await switchLanguage(page, language);
      let scans = 0;
      let visits = 0;
      let asInSwedish = 0;
      const refusals = new Set<number>();
      for (const row of PAGES) {
        const visitors = row.visitors ?? (row.allowed.includes("signedOut") ? EVERYONE : SIGNED_IN);
        if (!visitors.includes(visitor)) continue;
        const allowed = row.allowed.includes(visitor);
        if (!allowed && refusals.has(403) && refusals.has(404)) continue;
        const path = resolve(row.path, ids);
        const inSwedish = swedish.get(`${visitor} ${path}`);
        const covered = coveredInEnglish.get(path) ?? new Set<string>();
        coveredInEnglish.set(path, covered);
        if (language === "en" && inSwedish && covered.has(inSwedish.rendering)) {
          asInSwedish++;
          if (!allowed) refusals.add(inSwedish.status);
          continue;
        }

        const context = `${language}, ${visitor}, ${path}`;
        const response = await page.goto(path);
        visits++;
        if (allowed) {
          expect.soft(response?.status(), `${context}: the page`).toBe(200);
          expect.soft(pathOf(page.url()), `${context}: not sent elsewhere`).toBe(path);
        } else {
          expect.soft([403, 404], `${context}: refused`).toContain(response?.status());
          refusals.add(response?.status() ?? 0);
        }
        await expect.soft(page.locator("html"), context).toHaveAttribute("lang", language);
        const rendering = await renderingOf(page, visitor);
        if (language === "sv") swedish.set(`${visitor} ${path}`, { rendering, status: response?.status() ?? 0 });
        else if (inSwedish) covered.add(inSwedish.rendering);
        if (await scanOnce(page, testInfo, rendering, language, context)) scans++;
        expect.soft(takeUntranslated(page), `${context}: messages the browser could not find`).toEqual([]);
      }
      testInfo.annotations.push({
        type: "axe",
        description: `${visits} pages visited, ${scans} distinct renderings scanned, ${asInSwedish} not visited (rendered as for an earlier visitor in Swedish)`,
      });
      await page.context().close();
    });
  }

  test(`${language}: the main forms' error states pass axe, and their summaries link to fields that exist`, async ({ browser }, testInfo) => {
    test.setTimeout(300_000);
    const pages = new Map<Visitor, Page>();
    try {
      for (const state of ERROR_STATES) {
        let page = pages.get(state.visitor);
        if (!page) {
          page = await newVisitorPage(browser, state.visitor);
          await switchLanguage(page, language);
          pages.set(state.visitor, page);
        }
        const path = resolve(state.path, ids);
        const context = `${language}, ${state.visitor}, ${path}, ${state.form}`;
        await test.step(context, async () => {
          await page.goto(path);
          const form = page.locator("main").locator(state.form).first();
          await openDetailsAround(form);
          for (const field of state.clear ?? []) await clearField(form.locator(field).first());
          await form.locator(state.submit ?? 'button[type="submit"]').first().click();
          // Inside main: Next's route announcer is a role="alert" of its own. (The import's summary
          // stands above its two forms.)
          const summary = page.locator("main").getByRole("alert");
          await expect(summary, context).toBeVisible();
          await expect(summary, context).toBeFocused();
          // Each error links to its field: the link's target exists, once.
          for (const href of await summary.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))) {
            expect.soft(href, context).toMatch(/^#/);
            expect.soft(await page.locator(`[id="${href.slice(1)}"]`).count(), `${context}: the target of ${href}`).toBe(1);
          }
          expect.soft(await structureProblems(page), `${context} (error state): ids and headings`).toEqual([]);
          await expectNoAxeViolations(page, testInfo, { soft: true, context: `${context} (error state)` });
          expect.soft(takeUntranslated(page), `${context} (error state): messages the browser could not find`).toEqual([]);
        });
      }
    } finally {
      for (const page of pages.values()) await page.context().close();
    }
  });
}

/** Forms repeated per row sit in a closed <details>: open it as a user would. */
async function openDetailsAround(form: Locator): Promise<void> {
  const details = form.locator("xpath=ancestor::details[1]");
  if ((await details.count()) > 0 && !(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await details.locator("summary").first().click();
  }
}

async function clearField(field: Locator): Promise<void> {
  if ((await field.evaluate((element) => element.tagName)) === "SELECT") await field.selectOption("");
  else await field.fill("");
}
