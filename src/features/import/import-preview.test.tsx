import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/i18n/catalogue";
import { ImportPreviewSection } from "./import-preview";
import type { Issue } from "./issue";
import type { ImportPreview } from "./state";

const ROW_ISSUES: Issue[] = [
  { key: "import.rowErrors.required", column: "email" },
  { key: "import.rowErrors.tooLong", column: "name" },
  { key: "import.rowErrors.email" },
  { key: "import.rowErrors.unknownParty", values: { value: "Region <b>Stockholm</b>" } },
  { key: "import.rowErrors.unknownUnit", values: { value: "X", party: "Huddinge kommun" } },
  { key: "import.rowErrors.unknownGroup", values: { value: "styrelse" } },
  { key: "import.rowErrors.unknownRole", values: { value: "kassör" } },
  { key: "import.rowErrors.date", column: "startDate", values: { value: "2026-02-30" } },
  { key: "import.rowErrors.startRequired" },
  { key: "import.rowErrors.endBeforeStart" },
  { key: "import.rowErrors.needsGroup", column: "role" },
  { key: "import.rowErrors.unknownArea", values: { value: "Rymden" } },
  { key: "import.rowErrors.areasOnlyWorkingGroup" },
  { key: "import.rowErrors.duplicateEmail", values: { row: 2 } },
  { key: "import.rowErrors.duplicateDetails", values: { row: 2 } },
  { key: "import.rowErrors.personInactive" },
  { key: "import.rowErrors.otherParty", values: { party: "Södertörns högskola" } },
  { key: "import.rowErrors.overlapsExisting", values: { group: "WORKING_GROUP", start: "2024-01-01", end: "2025-12-31" } },
  { key: "import.rowErrors.overlapsExistingOpen", values: { group: "STEERING_GROUP", start: "2024-01-01" } },
  { key: "import.rowErrors.overlapsRow", values: { row: 3 } },
  { key: "import.rowErrors.quotes" },
  { key: "import.rowErrors.malformed" },
  { key: "import.rowErrors.tooManyFields" },
];

const FILE_ISSUES: Issue[] = [
  { key: "import.fileErrors.empty" },
  { key: "import.fileErrors.header" },
  { key: "import.fileErrors.noRows" },
  { key: "import.fileErrors.tooManyRows", values: { max: 1000 } },
  { key: "import.fileErrors.unknownColumn", values: { header: "telefon" } },
  { key: "import.fileErrors.duplicateColumn", values: { header: "namn" } },
  { key: "import.fileErrors.missingColumn", column: "party" },
];

const preview = (valid: boolean): ImportPreview => ({
  valid,
  fileIssues: valid ? [] : FILE_ISSUES,
  refusal: valid ? null : { key: "import.refusals.severalChairs", values: { group: "STEERING_GROUP", day: "2027-01-01" } },
  vacancies: [
    { key: "import.vacancies.partyMissing", values: { group: "WORKING_GROUP", party: "MUNICIPALITY" } },
    { key: "import.vacancies.areaMissingParty", values: { area: "ULF", party: "UNIVERSITY" } },
    { key: "import.vacancies.seatVacant", values: { seat: "Prorektor", party: "Södertörns högskola" } },
  ],
  counts: { rows: 3, invalidRows: valid ? 0 : 1, newPeople: 1, existingPeople: 1, updatedPeople: 1, memberships: 2 },
  rows: [
    {
      row: 2,
      name: "Åsa Öberg",
      email: "asa@example.se",
      party: "Södertörns högskola",
      issues: [],
      outcome: { person: "new", firstRow: null, changes: [], membership: { group: "WORKING_GROUP", role: "VICE_CHAIR", start: "2026-01-01", end: null, areas: ["VFU", "ULF"] } },
    },
    {
      row: 3,
      name: "Eva Lundgren-Ek",
      email: "eva@example.se",
      party: "Huddinge kommun",
      issues: [],
      outcome: {
        person: "existing",
        firstRow: 2,
        changes: [
          { field: "name", before: "Eva Lundgren", after: "Eva Lundgren-Ek" },
          { field: "party", before: null, after: "Huddinge kommun" },
        ],
        membership: { group: "STEERING_GROUP", role: "CHAIR", start: "2026-01-01", end: "2027-12-31", areas: [] },
      },
    },
    { row: 5, name: "<script>x</script>", email: "", party: "", issues: valid ? [] : ROW_ISSUES, outcome: null },
  ],
});

function render(locale: "sv" | "en", valid: boolean): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      messages={messagesFor(locale)}
      timeZone="Europe/Stockholm"
      onError={(error) => {
        throw error;
      }}
    >
      <ImportPreviewSection preview={preview(valid)} fileName="ledamöter.csv" token={1} focusOnShow={false} />
    </NextIntlClientProvider>,
  );
}

describe("ImportPreviewSection", () => {
  it("renders every message of a row, the file, refusals and vacancies in both languages", () => {
    for (const locale of ["sv", "en"] as const) {
      for (const valid of [true, false]) expect(() => render(locale, valid)).not.toThrow();
    }
  });

  it("says what happens per row, and links each row with errors to it", () => {
    const html = render("sv", false);
    expect(html).toContain("Ny person");
    expect(html).toContain("Befintlig person (Samma person som på rad 2)");
    expect(html).toContain("+ medlemskap i strategiska arbetsgruppen som vice ordförande från 2026-01-01");
    expect(html).toContain("+ medlemskap i ledningsgruppen som ordförande från 2026-01-01 till 2027-12-31");
    expect(html).toContain("Namn ändras från ”Eva Lundgren” till ”Eva Lundgren-Ek”");
    expect(html).toContain('href="#import-row-5"');
    expect(html).toContain('id="import-row-5"');
    expect(html).toContain("Startdatum ”2026-02-30” är inget giltigt datum");
    expect(html).toContain("Kolumnen Part saknas.");
    expect(html).toContain("Importen skulle ge ledningsgruppen mer än en ordförande samtidigt.");
    expect(html).toContain('<th scope="col"');
    expect(html).toContain("<caption");
  });

  it("escapes the file's content", () => {
    const html = render("en", false);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;x&lt;/script&gt;");
    expect(html).toContain("Unknown party “Region &lt;b&gt;Stockholm&lt;/b&gt;”.");
  });

  it("shows the vacancies left after a valid import", () => {
    const html = render("en", true);
    expect(html).toContain("The strategic working group has no representative of the municipality.");
    expect(html).toContain("The seat “Prorektor” (Södertörns högskola) is vacant.");
  });
});
