import { expect, test, type Page } from "@playwright/test";
import { account } from "./support/accounts";
import { signIn } from "./support/sign-in";

// Issue #18, item 5: a file over its limit, sent by a browser without JavaScript (which cannot
// check the size before sending), ends on the form's own error naming the limit, not on a bare 413.
test.use({ javaScriptEnabled: false });

const ADMIN = account("ADMINISTRATOR");
const FILE_LINK = "#field-file";

/**
 * A CSV file with the template's header and one new person, padded to several times the import's
 * limit and beyond the largest body a server action takes (the proxy's own threshold).
 */
async function oversizedImport(page: Page, name: string): Promise<Buffer> {
  const template = (await (await page.request.get("/membership/import/template")).text()).replace(/^\uFEFF/, "");
  const header = template.split(/\r?\n/)[0]!;
  const row = header.split(";").map((_, index) => (index === 0 ? name : "")).join(";");
  return Buffer.concat([Buffer.from(`\uFEFF${header}\r\n${row}\r\n`), Buffer.alloc(5 * 1024 * 1024, "\n")]);
}

test("a membership import file over the limit, sent without JavaScript, gets the form's own error naming the limit, and nothing is imported", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, ADMIN);
  const name = `Överstor Fil ${Date.now()}`;
  const file = await oversizedImport(page, name);

  await page.goto("/membership/import");
  const main = page.getByRole("main");
  const uploadForm = main.locator("form").filter({ has: page.locator('input[type="file"]') });
  await uploadForm.locator('input[type="file"]').setInputFiles({ name: "medlemmar.csv", mimeType: "text/csv", buffer: file });
  await uploadForm.getByRole("button", { name: "Förhandsgranska" }).click();

  // Post/redirect/get: the browser is back on the page, flagged, and the form says why.
  await page.waitForURL((url) => url.pathname === "/membership/import" && url.searchParams.get("upload") === "tooLarge");
  const summary = main.getByRole("alert");
  await expect(summary).toContainText("Det finns problem");
  await expect(summary.getByRole("link", { name: "CSV-fil: Filen är större än 1 MB. Dela upp den i flera filer." })).toHaveAttribute("href", FILE_LINK);
  await expect(summary).toBeFocused();
  const field = uploadForm.locator(FILE_LINK);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/Filen är större än 1 MB/);
  await expect(main.getByRole("heading", { name: /Förhandsgranskning|Bekräfta/ })).toHaveCount(0);

  // The same error in English, from the catalogue.
  await page.getByRole("button", { name: "In English" }).click();
  await page.waitForLoadState("load");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(main.getByRole("alert").getByRole("link", { name: "CSV file: The file is larger than 1 MB. Split it into several files." })).toBeVisible();

  // Nothing was stored: the person in the file is not among the people.
  await page.goto("/membership/people");
  await expect(main.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(main).not.toContainText(name);
});
