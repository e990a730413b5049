import { expect, test, type Locator, type Page } from "@playwright/test";
import { account } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";

/**
 * Issue #6, item 8: a director (a steering-group member) signs in, opens this year's follow-up,
 * sees the right figures for the demo data (src/server/seed/demo-plans.ts: 8 activities – 3 on
 * track, 2 done, 1 at risk, 1 delayed, 1 not started; 15 indicators with a target, 4 met; 5 results
 * dated this year), opens the activity at risk and follows its trace back to the priority area, the
 * proposal and the decisions, and downloads the PDF. The report opens with its verdict (issue #14,
 * item 3): a sentence per main figure, each leading to its section, with last year's figures to
 * compare with (the demo has past years). Axe finds nothing on the report page.
 */

const YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric" }).format(new Date()));
const AT_RISK = "Klimatanpassning: kartläggning av skyfallsutsatta områden";

/** The first figure (this year's) in the row of a report table whose row header is `label`. */
function figure(table: Locator, page: Page, label: string): Locator {
  return table
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: label, exact: true }) })
    .getByRole("cell")
    .first();
}

test("a director reviews this year's follow-up, follows an activity at risk to its origin and downloads the PDF", async ({ page }, testInfo) => {
  await page.goto("/sign-in");
  await signIn(page, account("STEERING_GROUP_MEMBER"));

  await page.getByRole("navigation").getByRole("link", { name: "Uppföljning", exact: true }).click();
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: "Årlig uppföljning" })).toBeVisible();
  await main.getByRole("link", { name: `Uppföljning ${YEAR}` }).first().click();
  await page.waitForURL(`**/follow-up/${YEAR}`);

  await expect(main.getByRole("heading", { level: 1, name: `Uppföljning ${YEAR}` })).toBeVisible();
  await expect(main).toContainText(`Verksamhetsplanen för ${YEAR} är fastställd.`);

  // The verdict, before the tables: its figures, and each sentence a link to the section it sums up.
  const verdict = main.getByRole("region", { name: "I korthet" });
  await expect(verdict.getByRole("link", { name: "8 aktiviteter är planerade: 2 klara, 3 enligt plan, 1 i riskzonen och 1 försenade; 1 ej påbörjade eller inställda." })).toHaveAttribute(
    "href",
    "#report-status",
  );
  await expect(verdict.getByRole("link", { name: `Alla 4 prioriterade områden för ${YEAR} har aktiviteter.` })).toHaveAttribute("href", "#report-plan-vs-outcome");
  await expect(verdict.getByRole("link", { name: /^5 resultat registrerades/ })).toHaveAttribute("href", "#report-results");
  await expect(verdict.getByRole("link", { name: new RegExp(`^Andelen klara aktiviteter är 25 % mot \\d+ % ${YEAR - 1}`) })).toHaveAttribute("href", "#report-comparison");
  await verdict.getByRole("link", { name: /^Mötesrytmen/ }).click();
  await expect(page).toHaveURL(/#report-cadence$/);

  const summary = main.getByRole("table", { name: "Årets siffror jämförda med föregående år" });
  await expect(figure(summary, page, "Planerade aktiviteter")).toHaveText("8");
  await expect(figure(summary, page, "Klara aktiviteter")).toHaveText("2");
  await expect(figure(summary, page, "Aktiviteter i riskzonen eller försenade")).toHaveText("2");
  await expect(figure(summary, page, "Indikatorer med mål")).toHaveText("15");
  await expect(figure(summary, page, "Indikatorer som nått målet")).toHaveText("4");
  await expect(figure(summary, page, "Resultat")).toHaveText("5");

  const statuses = main.getByRole("table", { name: `Aktiviteter per status ${YEAR}` });
  await expect(figure(statuses, page, "Enligt plan")).toHaveText("3");
  await expect(figure(statuses, page, "Genomförd")).toHaveText("2");
  await expect(figure(statuses, page, "I riskzonen")).toHaveText("1");
  await expect(figure(statuses, page, "Försenad")).toHaveText("1");
  await expect(figure(statuses, page, "Inte påbörjad")).toHaveText("1");
  // Every chart has a text alternative.
  await expect(main.getByRole("img", { name: `Aktiviteternas status ${YEAR}` })).toBeVisible();

  await expectNoAxeViolations(page, testInfo);

  // The PDF, as the download link gives it.
  const downloading = page.waitForEvent("download");
  await main.getByRole("link", { name: "Rapporten som PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`samverkan-uppfoljning-${YEAR}.pdf`);
  const bytes = await readAll(await download.createReadStream());
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(bytes.length).toBeGreaterThan(5_000);

  // The activity at risk, and its trace back.
  const atRisk = main.getByRole("table", { name: /^Aktiviteter i riskzonen eller försenade/ });
  await atRisk.getByRole("link", { name: AT_RISK }).click();
  await expect(main.getByRole("heading", { level: 1, name: AT_RISK })).toBeVisible();
  const trace = () => main.getByRole("region", { name: "Spåret bakåt" });
  /** The row of the trace (a term and its definition) with this term. */
  const traceRow = (term: string) => trace().locator("dl > div").filter({ has: page.getByRole("term").filter({ hasText: new RegExp(`^${term}$`) }) });
  await expect(trace().getByRole("link", { name: `Verksamhetsplan ${YEAR}`, exact: true })).toHaveAttribute("href", `/plans/${YEAR}`);
  await expectNoAxeViolations(page, testInfo);

  // One click back to the proposal it came from.
  const proposal = traceRow("Förslaget").getByRole("link");
  const proposalTitle = (await proposal.textContent())!.trim();
  await proposal.click();
  await expect(main.getByRole("heading", { level: 1, name: proposalTitle })).toBeVisible();
  await page.goBack();

  // To the priority area, and from there one click back to the activity.
  await traceRow("Prioriterat område").getByRole("link").click();
  await page.waitForURL(/\/priority-areas\/[^/]+$/);
  await main.getByRole("link", { name: AT_RISK }).click();
  await expect(main.getByRole("heading", { level: 1, name: AT_RISK })).toBeVisible();

  // The steering group's decision that adopted the plan, in its minutes.
  const adoption = traceRow("Ledningsgruppens beslut att fastställa planen").getByRole("link", { name: /^§ \d+/ });
  const paragraph = (await adoption.textContent())!.trim();
  expect(paragraph).toContain(`Verksamhetsplan ${YEAR}`);
  await adoption.click();
  await page.waitForURL(/\/meetings\/[^/]+\/minutes/);
  await expect(main.getByText(`Verksamhetsplan ${YEAR}`).first()).toBeVisible();
});

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
