import fs from "node:fs/promises";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { demoMeetingPlan } from "../../src/server/seed/demo-meetings";
import { account, DEMO_PASSWORD } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { expectActionNotice } from "./support/notice";
import { signIn } from "./support/sign-in";

/**
 * Meetings, cadence, minutes with justering and the calendar (issue 4, item 9): the administrator
 * (Maria Lindqvist, secretary of both groups) plans a year — two working-group meetings and the
 * steering group's meeting — and is refused a second regular steering-group meeting. She then holds
 * an extra steering-group meeting, records attendance, drafts the minutes with a decision; the chair
 * (Anders Holmberg) appoints Peter Axelsson as adjuster (she keeps the minutes, so she does not adjust
 * them; he is invited to an account for it), both justerar, and the decision reaches the register.
 * The meeting's .ics is downloaded, and a reader sees the meeting and the approved minutes without
 * any forms. Every new page is checked with axe on the way.
 *
 * The steering group is used for the held meeting because its chair has a demo account this spec
 * may sign in with; the working group's chair (arbetsgrupp@sh.example) is reserved for the
 * change-password spec (see support/accounts.ts).
 *
 * The demo seed fills this year's regular slots; the planned year (PLAN_YEAR, normally next year)
 * has no meetings, so this spec owns it. The extra meeting is extra, so it takes no slot that
 * another spec could count. The tests run in order and build on each other's data.
 */
test.describe.configure({ mode: "serial", timeout: 180_000 });

const ADMIN = account("ADMINISTRATOR"); // Maria Lindqvist
const CHAIR = account("STEERING_GROUP_MEMBER"); // Anders Holmberg, the steering group's chair
const READER = account("READER"); // Karin Sjöberg, in neither group
// Peter Axelsson, the steering group's vice chair: no demo account, invited by this spec to adjust the minutes.
const ADJUSTER_EMAIL = "peter.axelsson@sh.example";

const STEERING = "Ledningsgrupp";
const WORKING = "Strategisk arbetsgrupp";

type Day = { iso: string; year: number };

/** Today in Stockholm, where the partnership's days and years are counted. */
function stockholmToday(): Day {
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  return { iso, year: Number(iso.slice(0, 4)) };
}

/** The calendar day before an ISO date (plain date arithmetic, no time zone involved). */
function dayBefore(day: Day): Day {
  const iso = new Date(Date.parse(`${day.iso}T00:00:00Z`) - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return { iso, year: Number(iso.slice(0, 4)) };
}

const TODAY = stockholmToday();
const NEXT_YEAR = TODAY.year + 1;
/**
 * The year this spec plans: next year, unless the demo seed has put meetings into it (it keeps
 * this year's planned meetings in this year, so it should not); then the year after is planned
 * instead (same steps, only not on the home page).
 */
const seededYears = new Set(demoMeetingPlan(new Date()).map((meeting) => Number(meeting.date.slice(0, 4))));
const PLAN_YEAR = seededYears.has(NEXT_YEAR) ? NEXT_YEAR + 1 : NEXT_YEAR;
// The held meeting took place yesterday morning, so it has started and can be marked held.
const YESTERDAY = dayBefore(TODAY);

const PLAN = [
  { group: WORKING, title: "Arbetsgruppens vårmöte", date: `${PLAN_YEAR}-03-10`, start: "13:00", end: "16:00" },
  { group: WORKING, title: "Arbetsgruppens höstmöte", date: `${PLAN_YEAR}-09-15`, start: "13:00", end: "16:00" },
  { group: STEERING, title: "Ledningsgruppens årsmöte", date: `${PLAN_YEAR}-11-10`, start: "09:00", end: "11:00" },
] as const;

const EXTRA = {
  group: STEERING,
  title: "Extra möte om samverkansmedel",
  date: YESTERDAY.iso,
  start: "10:00",
  end: "12:00",
  reason: "Fördelningen av samverkansmedel måste beslutas före årsskiftet.",
};
const AGENDA_ITEM = "Fördelning av samverkansmedel";
const ENTRY_TEXT = "Maria Lindqvist redogjorde för ansökningarna. Ledningsgruppen diskuterade fördelningen.";
const DECISION = {
  title: "Fördelning av samverkansmedel e2e",
  text: "Ledningsgruppen beslutar att fördela samverkansmedlen enligt arbetsgruppens förslag.",
};

/** Shared between the serial tests: the extra meeting's id, set when it is scheduled. */
let extraMeetingId = "";

function main(page: Page): Locator {
  return page.getByRole("main");
}

/** Runs axe after checking the page is the one meant (its h1), so a failure names the right page. */
async function checkPage(page: Page, testInfo: Parameters<typeof expectNoAxeViolations>[1], heading: string | RegExp): Promise<void> {
  await expect(main(page).getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page, testInfo);
}

/** A second browser context signed in as another account (the Playwright config's locale and zone). */
async function signedInPage(browser: Browser, baseURL: string | undefined, who: { email: string }): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "sv-SE", timezoneId: "Europe/Stockholm" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await signIn(page, who);
  return page;
}

type MeetingInput = { group: string; title: string; date: string; start: string; end: string; reason?: string };

/** Fills and sends the scheduling form on /meetings/new (the page must be open). */
async function submitMeetingForm(page: Page, meeting: MeetingInput): Promise<Locator> {
  // The only form in the main region; it has no accessible name of its own (the h1 names the page).
  const form = main(page).locator("form");
  await form.getByLabel("Grupp", { exact: true }).selectOption({ label: meeting.group });
  await form.getByLabel("Mötets namn", { exact: true }).fill(meeting.title);
  await form.getByLabel("Datum", { exact: true }).fill(meeting.date);
  await form.getByLabel("Starttid", { exact: true }).fill(meeting.start);
  await form.getByLabel("Sluttid", { exact: true }).fill(meeting.end);
  await form.getByLabel("Plats", { exact: true }).fill("Huddinge kommunhus, sal Kvarnen");
  if (meeting.reason) {
    await form.getByRole("checkbox", { name: "Extrainsatt möte" }).check();
    await form.getByLabel("Skäl till extrainsatt möte", { exact: true }).fill(meeting.reason);
  }
  await form.getByRole("button", { name: "Planera mötet" }).click();
  return form;
}

/** Schedules a meeting and returns its id, read from the meeting page it redirects to. */
async function scheduleMeeting(page: Page, meeting: MeetingInput): Promise<string> {
  await page.goto("/meetings/new");
  await submitMeetingForm(page, meeting);
  await page.waitForURL(/\/meetings\/[^/?]+\?saved=scheduled$/);
  await expect(main(page).getByRole("heading", { level: 1, name: meeting.title })).toBeVisible();
  await expect(main(page).getByRole("status").first()).toHaveText("Mötet är planerat. Lägg till dagordning och underlag, och skicka sedan kallelsen.");
  const id = new URL(page.url()).pathname.split("/").pop();
  if (!id) throw new Error(`No meeting id in ${page.url()}`);
  return id;
}

/** One group's table of meetings on the /meetings page of a year. */
function meetingsTable(page: Page, group: "Ledningsgruppens" | "Strategiska arbetsgruppens", year: number): Locator {
  return main(page).getByRole("table", { name: `${group} möten ${year}`, exact: true });
}

/** A named form of the minutes page (each form carries an aria-label). */
function minutesForm(page: Page, name: string): Locator {
  return main(page).getByRole("form", { name, exact: true });
}

/** Opens a folded form (a <details> whose summary has the form's name) and returns the form. */
async function openFoldedForm(page: Page, name: string): Promise<Locator> {
  await main(page).locator("summary", { hasText: name }).click();
  const form = minutesForm(page, name);
  await expect(form).toBeVisible();
  return form;
}

function justering(page: Page): Locator {
  return main(page).getByRole("region", { name: "Justering", exact: true });
}

/** The status line of the minutes (draft, in justering, approved). */
function minutesStatus(page: Page, text: string | RegExp): Locator {
  return main(page).getByText(text);
}

/**
 * A compliance table (home page, årshjul) for the planned year: every group has its required
 * regular meetings planned, none held yet, so the year is on track.
 */
async function expectPlannedCompliance(table: Locator): Promise<void> {
  for (const [group, required] of [[STEERING, "1"], [WORKING, "2"]] as const) {
    // The row header is the group; the cells: required, planned, held, extra, cancelled, status, missing.
    const cells = table.getByRole("row", { name: new RegExp(`^${group}`) }).getByRole("cell");
    await expect(cells.nth(0)).toHaveText(required);
    await expect(cells.nth(1)).toHaveText(required);
    await expect(cells.nth(2)).toHaveText("0");
    await expect(cells.nth(5)).toHaveText("Enligt plan");
  }
}

/** The long Swedish date of today, as the pages print approvals ("14 maj 2025"). */
function todayLong(): string {
  return new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeZone: "Europe/Stockholm" }).format(new Date());
}

test("the administrator plans a year and is refused a second regular steering-group meeting", async ({ page }, testInfo) => {
  await page.goto("/sign-in");
  await signIn(page, ADMIN);

  // This year's regular slots are full (the demo seed); the year to plan is still empty.
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Möten" }).click();
  await expect(page).toHaveURL(/\/meetings$/);
  await checkPage(page, testInfo, `Möten ${TODAY.year}`);
  await page.goto(`/meetings?year=${PLAN_YEAR}`);
  await expect(main(page).getByRole("heading", { level: 1, name: `Möten ${PLAN_YEAR}` })).toBeVisible();
  await expect(main(page)).toContainText(`Inga möten ${PLAN_YEAR}.`);
  await expect(main(page).getByRole("region", { name: STEERING, exact: true })).toContainText(`Mötesrytm ${PLAN_YEAR}: Möten saknas.`);

  // The group's own scheduling link; the form opens with the group chosen.
  await main(page).getByRole("link", { name: "Planera möte för ledningsgruppen" }).click();
  await expect(page).toHaveURL(/\/meetings\/new\?group=ledningsgrupp$/);
  await expect(main(page).getByLabel("Grupp", { exact: true }).locator("option:checked")).toHaveText(STEERING);
  await checkPage(page, testInfo, "Planera möte");

  for (const meeting of PLAN) await scheduleMeeting(page, meeting);
  // The meeting page of a planned meeting, with the managers' forms.
  await expect(main(page).getByRole("region", { name: "Hantera mötet", exact: true })).toContainText("Mötet kan markeras som genomfört när det har börjat.");
  await expectNoAxeViolations(page, testInfo);

  // One more regular steering-group meeting the same year: refused by the server, with the reason
  // in the error summary, which takes focus and links to the date field.
  await page.goto("/meetings/new");
  const form = await submitMeetingForm(page, { group: STEERING, title: "Ett andra ordinarie möte", date: `${PLAN_YEAR}-12-01`, start: "09:00", end: "11:00" });
  const summary = form.getByRole("alert");
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(`Ledningsgruppen har redan sitt ordinarie möte ${PLAN_YEAR} (10 november). Ett till möte måste vara ett extrainsatt möte med angivet skäl.`);
  const dateLink = summary.getByRole("link", { name: /^Datum: Gruppens ordinarie möten det året är redan planerade\./ });
  await expect(dateLink).toHaveAttribute("href", "#field-meetingDate");
  const dateField = form.getByLabel("Datum", { exact: true });
  await expect(dateField).toHaveAttribute("aria-invalid", "true");
  await expect(dateField).toHaveAccessibleDescription(/Välj ett annat datum, eller markera mötet som extrainsatt och ange skälet\./);
  // What was typed is kept, and the browser stays on the form.
  await expect(dateField).toHaveValue(`${PLAN_YEAR}-12-01`);
  await expect(page).toHaveURL(/\/meetings\/new$/);
  await expectNoAxeViolations(page, testInfo);
  await dateLink.click();
  await expect(dateField).toBeFocused();

  // Nothing was created: the year holds exactly the three planned meetings.
  await page.goto(`/meetings?year=${PLAN_YEAR}`);
  await checkPage(page, testInfo, `Möten ${PLAN_YEAR}`);
  await expect(meetingsTable(page, "Ledningsgruppens", PLAN_YEAR).getByRole("rowheader")).toHaveText([PLAN[2].title]);
  await expect(meetingsTable(page, "Strategiska arbetsgruppens", PLAN_YEAR).getByRole("rowheader")).toHaveText([PLAN[0].title, PLAN[1].title]);
  await expect(main(page).getByRole("region", { name: STEERING, exact: true })).toContainText(`Mötesrytm ${PLAN_YEAR}: Planerad.`);
  await expect(main(page).getByRole("region", { name: WORKING, exact: true })).toContainText(`Mötesrytm ${PLAN_YEAR}: Planerad.`);

  // The organisation page's cadence compliance: previous, current and next year, with links onwards.
  await page.goto("/partnership");
  const compliance = main(page).getByRole("region", { name: "Mötesrytm", exact: true });
  await expect(compliance.getByRole("table", { name: `Mötesrytm ${TODAY.year} (innevarande år)`, exact: true })).toBeVisible();
  await expect(compliance.getByRole("table", { name: `Mötesrytm ${NEXT_YEAR} (nästa år)`, exact: true })).toBeVisible();
  await expectNoAxeViolations(page, testInfo);

  // The planned year's annual cycle: the meetings and the year's compliance, as planned.
  await page.goto(`/arshjul?year=${PLAN_YEAR}`);
  await checkPage(page, testInfo, `Årshjul ${PLAN_YEAR}`);
  for (const meeting of PLAN) await expect(main(page).getByRole("link", { name: meeting.title, exact: true })).toBeVisible();
  await expectPlannedCompliance(main(page).getByRole("table", { name: new RegExp(`^Mötesrytm ${PLAN_YEAR}`) }));
});

test("the administrator holds an extra steering-group meeting and records attendance", async ({ page }, testInfo) => {
  await page.goto("/sign-in");
  await signIn(page, ADMIN);

  // An extra meeting takes no regular slot, so it is accepted although the year's is taken.
  extraMeetingId = await scheduleMeeting(page, EXTRA);
  await expect(main(page)).toContainText("Extrainsatt möte");
  await expect(main(page)).toContainText(`Skäl: ${EXTRA.reason}`);

  // The agenda: an item to decide on, while the meeting is still planned.
  const addItem = main(page).getByRole("form", { name: "Lägg till punkt", exact: true });
  await addItem.getByLabel("Rubrik", { exact: true }).fill(AGENDA_ITEM);
  await addItem.getByLabel("Föredragande", { exact: true }).fill("Maria Lindqvist");
  await addItem.getByLabel("Beräknad tid i minuter", { exact: true }).fill("60");
  await addItem.getByLabel("Typ av punkt", { exact: true }).selectOption({ label: "Beslut" });
  await addItem.getByRole("button", { name: "Lägg till punkten" }).click();
  await expectActionNotice(page, "Punkten är tillagd.");
  const agenda = main(page).getByRole("table", { name: "Dagordning, 1 punkt", exact: true });
  await expect(agenda.getByRole("row", { name: new RegExp(AGENDA_ITEM) })).toContainText("Beslut");

  // Attendance of those who were steering-group members on the day: the chair and the secretary
  // present (they sign the minutes), one more present, one excused, one absent.
  const attendance = main(page).getByRole("form", { name: "Närvaro vid mötet", exact: true });
  const choices: [string, string][] = [
    ["Närvarande", "Anders Holmberg"],
    ["Närvarande", "Maria Lindqvist"],
    ["Närvarande", "Peter Axelsson"],
    ["Anmält förhinder", "Eva Lundgren"],
    ["Frånvarande", "Lena Forsberg"],
  ];
  for (const [status, name] of choices) await attendance.getByLabel(`${status}: ${name}`, { exact: true }).check();
  await attendance.getByRole("button", { name: "Spara närvaron" }).click();
  await expectActionNotice(page, "Närvaron är sparad.");
  await expect(main(page).getByRole("region", { name: "Närvaro", exact: true })).toContainText("3 närvarande, 1 frånvarande, 1 med anmält förhinder, 0 inte registrerade.");
  await expectNoAxeViolations(page, testInfo);

  // Held: the manage section goes away and the minutes open up.
  const manage = main(page).getByRole("region", { name: "Hantera mötet", exact: true });
  await manage.getByRole("button", { name: "Markera som genomfört" }).click();
  await expect(manage).toHaveCount(0);
  // The form is gone with the meeting's new state; the confirmation is at the top, focused.
  await expectActionNotice(page, "Mötet är markerat som genomfört.");
  const details = main(page).getByRole("region", { name: "Om mötet", exact: true });
  await expect(details).toContainText("StatusGenomfört");
  await expect(details.getByRole("link", { name: "Protokoll", exact: true })).toBeVisible();
  await expect(main(page)).toContainText("Dagordningen kan bara ändras medan mötet är planerat.");
  await expectNoAxeViolations(page, testInfo);

  // The list of the meeting's year shows it as an extra, held meeting.
  await page.goto(`/meetings?year=${YESTERDAY.year}`);
  const row = meetingsTable(page, "Ledningsgruppens", YESTERDAY.year).getByRole("row", { name: new RegExp(EXTRA.title) });
  await expect(row).toContainText("Extrainsatt möte");
  await expect(row).toContainText("Genomfört");
});

test("the minutes are drafted, the chair appoints the adjuster, both justerar and the decision is registered", async ({ page, browser, baseURL }, testInfo) => {
  expect(extraMeetingId, "the meeting of the previous test").not.toBe("");
  const minutesUrl = `/meetings/${extraMeetingId}/minutes`;
  await page.goto("/sign-in");
  await signIn(page, ADMIN);

  // The secretary starts the minutes with the group's chair, who was present.
  await page.goto(`/meetings/${extraMeetingId}`);
  await main(page).getByRole("link", { name: "Protokoll", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${minutesUrl}$`));
  await checkPage(page, testInfo, EXTRA.title);
  const start = minutesForm(page, "Påbörja protokollet");
  await start.getByLabel("Ordförande", { exact: true }).selectOption({ label: "Anders Holmberg" });
  await start.getByRole("button", { name: "Påbörja protokollet" }).click();
  await expect(minutesStatus(page, "Utkast – inte justerat")).toBeVisible();
  await expectActionNotice(page, "Protokollet är påbörjat.");
  await expectNoAxeViolations(page, testInfo);
  const signatories = main(page).getByRole("region", { name: "Ordförande, protokollförare och justerare", exact: true });
  await expect(signatories).toContainText("OrdförandeAnders Holmberg");
  await expect(signatories).toContainText("ProtokollförareMaria Lindqvist");
  await expect(signatories).toContainText("JusterareInte utsedda");

  // The entry of the agenda item gets its text.
  const entry = await openFoldedForm(page, `Redigera ”${AGENDA_ITEM}”`);
  await entry.getByLabel("Text", { exact: true }).fill(ENTRY_TEXT);
  await entry.getByRole("button", { name: "Spara stycket" }).click();
  await expectActionNotice(page, "Stycket är sparat.");
  await expect(main(page).getByRole("article", { name: `1. ${AGENDA_ITEM}` })).toContainText(ENTRY_TEXT);

  // The decision, numbered § 1, on the agenda item.
  const decision = await openFoldedForm(page, "Lägg till ett beslut");
  await decision.getByLabel("Rubrik", { exact: true }).fill(DECISION.title);
  await decision.getByLabel("Beslut", { exact: true }).fill(DECISION.text);
  await decision.getByLabel("Punkt på dagordningen", { exact: true }).selectOption({ label: `1. ${AGENDA_ITEM}` });
  await decision.getByRole("button", { name: "Lägg till beslutet" }).click();
  await expectActionNotice(page, "Beslutet är tillagt.");
  const decisionArticle = main(page).getByRole("article", { name: `§ 1 ${DECISION.title}` });
  await expect(decisionArticle).toContainText(DECISION.text);
  await expect(decisionArticle).toContainText(`Punkt på dagordningen${AGENDA_ITEM}`);
  // Not ready yet: the chair has not appointed an adjuster.
  await expect(justering(page)).toContainText("Utkastet kan inte skickas för justering ännu. Utse minst en justerare.");
  await expectNoAxeViolations(page, testInfo);

  // Peter Axelsson (present) will adjust the minutes: one of the steering group's demo sign-ins.
  const adjusterContext = await browser.newContext({ baseURL, locale: "sv-SE", timezoneId: "Europe/Stockholm" });
  const adjuster = await adjusterContext.newPage();
  await signIn(adjuster, { email: ADJUSTER_EMAIL }, DEMO_PASSWORD);
  await page.goto(minutesUrl);

  // The chair, in a browser of his own, appoints Peter (present; neither the chair nor the minutes' secretary).
  const chair = await signedInPage(browser, baseURL, CHAIR);
  try {
    await chair.goto(minutesUrl);
    await expect(minutesStatus(chair, "Utkast – inte justerat")).toBeVisible();
    const adjusters = await openFoldedForm(chair, "Utse justerare");
    // Candidates are those present, neither the chair himself nor the minutes' secretary.
    await expect(adjusters.getByRole("checkbox")).toHaveCount(1);
    await expect(adjusters.getByRole("checkbox", { name: "Maria Lindqvist", exact: true })).toHaveCount(0);
    await adjusters.getByRole("checkbox", { name: "Peter Axelsson", exact: true }).check();
    await adjusters.getByRole("button", { name: "Spara justerare" }).click();
    await expectActionNotice(chair, "Justerarna är utsedda.");
    await expect(main(chair).getByRole("region", { name: "Ordförande, protokollförare och justerare", exact: true })).toContainText("JusterarePeter Axelsson");
    // He is not the secretary: no drafting forms for him.
    await expect(minutesForm(chair, "Skicka för justering")).toHaveCount(0);
    await expect(main(chair).locator("summary", { hasText: "Lägg till ett beslut" })).toHaveCount(0);
    await expectNoAxeViolations(chair, testInfo);

    // The secretary sends the draft for justering.
    await page.reload();
    await expect(justering(page)).toContainText("Utkastet kan skickas för justering.");
    await minutesForm(page, "Skicka för justering").getByRole("button", { name: "Skicka för justering" }).click();
    await expect(minutesStatus(page, "Under justering – väntar på ordförande och justerare")).toBeVisible();
    await expectActionNotice(page, "Protokollet är skickat för justering. E-post med en länk skickas till 2 personer.");
    await expect(justering(page)).toContainText("Väntar på: Anders Holmberg (ordförande), Peter Axelsson (justerare).");
    // In justering nothing is edited any more.
    await expect(main(page).locator("summary", { hasText: "Lägg till ett beslut" })).toHaveCount(0);
    await expectNoAxeViolations(page, testInfo);

    // The secretary does not sign; each signatory signs for themself: first the adjuster …
    await expect(minutesForm(page, "Justera protokollet")).toHaveCount(0);
    await adjuster.goto(minutesUrl);
    const approveAsAdjuster = minutesForm(adjuster, "Justera protokollet");
    await expect(approveAsAdjuster).toContainText("Du justerar protokollet som justerare.");
    await approveAsAdjuster.getByRole("button", { name: "Jag justerar protokollet" }).click();
    await expectActionNotice(adjuster, "Din justering är registrerad.");
    await expect(justering(adjuster)).toContainText("Väntar på: Anders Holmberg (ordförande).");
    await expect(minutesForm(adjuster, "Justera protokollet")).toHaveCount(0);
    await expectNoAxeViolations(adjuster, testInfo);

    // … then the chair, whose signature completes the justering and locks the minutes.
    await chair.reload();
    const approveAsChair = minutesForm(chair, "Justera protokollet");
    await expect(approveAsChair).toContainText("Du justerar protokollet som ordförande.");
    await approveAsChair.getByRole("button", { name: "Jag justerar protokollet" }).click();
    await expect(minutesStatus(chair, /^Justerat .+\. Det här är det gällande protokollet\.$/)).toBeVisible();
    await expectActionNotice(chair, "Din justering är registrerad. Alla har justerat: protokollet är nu justerat och låst.");
  } finally {
    await chair.context().close();
    await adjusterContext.close();
  }

  // Approved: who and when, locked, no edit forms; only a correction can be started.
  await page.reload();
  const today = todayLong();
  await expect(minutesStatus(page, `Justerat ${today}. Det här är det gällande protokollet.`)).toBeVisible();
  const approvals = justering(page).getByRole("table", { name: "Justerat av", exact: true });
  await expect(approvals.getByRole("row", { name: /Peter Axelsson/ })).toContainText("justerare");
  await expect(approvals.getByRole("row", { name: /Peter Axelsson/ })).toContainText(today);
  await expect(approvals.getByRole("row", { name: /Maria Lindqvist/ })).toHaveCount(0);
  await expect(approvals.getByRole("row", { name: /Anders Holmberg/ })).toContainText("ordförande");
  await expect(approvals.getByRole("row", { name: /Anders Holmberg/ })).toContainText(today);
  await expect(justering(page)).toContainText("Protokollet är justerat och låst.");
  for (const name of ["Skicka för justering", "Justera protokollet", "Utse justerare", "Ange ordförande"]) {
    await expect(minutesForm(page, name)).toHaveCount(0);
  }
  for (const summary of [`Redigera ”${AGENDA_ITEM}”`, "Lägg till ett stycke", "Lägg till ett beslut", "Redigera § 1", "Byt ordförande"]) {
    await expect(main(page).locator("summary", { hasText: summary })).toHaveCount(0);
  }
  await expect(main(page).locator("summary", { hasText: "Rätta protokollet" })).toBeVisible();
  await expectNoAxeViolations(page, testInfo);

  // The decision register finds the decision by its title.
  await page.goto("/decisions");
  await checkPage(page, testInfo, "Beslutsregister");
  const search = main(page).getByRole("search", { name: "Sök beslut" });
  await search.getByLabel("Fritext", { exact: true }).fill(DECISION.title);
  await search.getByRole("button", { name: "Sök", exact: true }).click();
  await expect(page).toHaveURL(/\/decisions\?.*q=/);
  const results = main(page).getByRole("table", { name: "Beslut som matchar sökningen, nyaste mötet först", exact: true });
  const decisionRow = results.getByRole("row", { name: new RegExp(DECISION.title) });
  await expect(results.getByRole("row")).toHaveCount(2); // The header and the one decision.
  await expect(decisionRow).toContainText(STEERING);
  await expect(decisionRow).toContainText(EXTRA.title);
  await expect(decisionRow).toContainText("Allmänt");
  await expect(decisionRow.getByRole("link", { name: `§ 1 ${DECISION.title}, i protokollet` })).toHaveAttribute("href", minutesUrl);
  await expectNoAxeViolations(page, testInfo);
});

test("the meeting downloads as an .ics in Stockholm time", async ({ page }) => {
  expect(extraMeetingId, "the meeting of the earlier tests").not.toBe("");
  await page.goto("/sign-in");
  await signIn(page, ADMIN);
  await page.goto(`/meetings/${extraMeetingId}`);
  const link = main(page).getByRole("link", { name: "Lägg till i kalendern (.ics)" });
  await expect(link).toHaveAttribute("href", `/api/calendar/meetings/${extraMeetingId}`);

  // The browser's own download, as a member gets it by clicking the link.
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const downloadedPath = await download.path();
  const ics = unfold(await fs.readFile(downloadedPath, "utf8"));
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
  expect(ics).toContain("BEGIN:VEVENT");
  expect(ics).toContain(`SUMMARY:${EXTRA.title} (Extrainsatt möte)`);
  // The wall-clock times entered, in the Stockholm zone , not shifted to UTC.
  const compactDate = EXTRA.date.replaceAll("-", "");
  expect(ics).toContain(`DTSTART;TZID=Europe/Stockholm:${compactDate}T100000`);
  expect(ics).toContain(`DTEND;TZID=Europe/Stockholm:${compactDate}T120000`);
  // RFC 5545 wants the zone a TZID names described in the file itself.
  expect(ics).toMatch(/BEGIN:VTIMEZONE\r?\nTZID:Europe\/Stockholm\r?\n/);

  // The same answer over HTTP, for its headers (a download does not show them).
  const response = await page.request.get(`/api/calendar/meetings/${extraMeetingId}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/calendar/);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename=".+\.ics"$/);
});

test("a reader sees the meeting and the approved minutes but no management forms", async ({ page }, testInfo) => {
  expect(extraMeetingId, "the meeting of the earlier tests").not.toBe("");
  await page.goto("/sign-in");
  await signIn(page, READER);

  await page.goto(`/meetings/${extraMeetingId}`);
  await checkPage(page, testInfo, EXTRA.title);
  await expect(main(page)).toContainText(`Skäl: ${EXTRA.reason}`);
  await expect(main(page).getByRole("table", { name: "Dagordning, 1 punkt", exact: true })).toContainText(AGENDA_ITEM);
  // Attendance as a table, not a form; no editing, no managing, no underlag (members only).
  await expect(main(page).getByRole("table", { name: "Närvaro vid mötet", exact: true }).getByRole("row", { name: /Anders Holmberg/ })).toContainText("Närvarande");
  await expect(main(page).locator("form")).toHaveCount(0);
  await expect(main(page).getByRole("link", { name: "Ändra mötet" })).toHaveCount(0);
  await expect(main(page).getByRole("region", { name: "Hantera mötet", exact: true })).toHaveCount(0);
  await expect(main(page)).toContainText("Underlaget visas bara för gruppens ledamöter.");

  await main(page).getByRole("link", { name: "Protokoll", exact: true }).click();
  await checkPage(page, testInfo, EXTRA.title);
  await expect(minutesStatus(page, /^Justerat .+\. Det här är det gällande protokollet\.$/)).toBeVisible();
  await expect(main(page).getByRole("article", { name: `§ 1 ${DECISION.title}` })).toContainText(DECISION.text);
  await expect(main(page).getByRole("article", { name: `1. ${AGENDA_ITEM}` })).toContainText(ENTRY_TEXT);
  await expect(main(page).locator("form")).toHaveCount(0);
  await expect(main(page).locator("summary")).toHaveCount(0);

  // Readers belong to neither group: the organisation page has no compliance section for them.
  await page.goto("/partnership");
  await expect(main(page).getByRole("region", { name: "Mötesrytm", exact: true })).toHaveCount(0);
});

/** RFC 5545 unfolding: a line break followed by a space or tab continues the previous line. */
function unfold(text: string): string {
  return text.replace(/\r?\n[ \t]/g, "");
}
