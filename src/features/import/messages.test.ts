import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messagesFor, type Messages } from "@/i18n/catalogue";
import { COLUMN_KEYS } from "./columns";

const has = (catalogue: Messages, key: string) =>
  typeof key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Messages)[part] : undefined), catalogue) === "string";

const sources = fs
  .readdirSync(__dirname)
  .filter((file) => /\.(ts|tsx)$/.test(file) && !file.includes(".test."))
  .map((file) => fs.readFileSync(path.join(__dirname, file), "utf8"))
  .join("\n");

describe("the import's messages", () => {
  const keys = [...new Set([...sources.matchAll(/"(import\.[A-Za-z]+(?:\.[A-Za-z]+)*)"/g)].map((match) => match[1]!))];

  it("exist in both languages for every key the code names", () => {
    expect(keys.length).toBeGreaterThan(30);
    for (const locale of ["sv", "en"] as const) {
      const catalogue = messagesFor(locale);
      for (const key of keys) expect(has(catalogue, key), `${locale}: ${key}`).toBe(true);
    }
  });

  it("name every column and every refusal the composition rules can give", () => {
    for (const locale of ["sv", "en"] as const) {
      const catalogue = messagesFor(locale);
      for (const column of COLUMN_KEYS) {
        expect(has(catalogue, `import.columns.${column}`), column).toBe(true);
        expect(has(catalogue, `import.columnHelp.${column}`), column).toBe(true);
      }
      for (const rule of ["noChair", "severalChairs", "partyMissing", "areaMissingParty", "seatVacant", "other"]) {
        expect(has(catalogue, `import.refusals.${rule}`), rule).toBe(true);
      }
    }
  });
});

describe("the import's form messages", () => {
  it("format with the values the actions give them", () => {
    const counts = { rows: 3, invalidRows: 1, newPeople: 2, existingPeople: 1, updatedPeople: 1, memberships: 2 };
    for (const locale of ["sv", "en"] as const) {
      // Untyped keys: the catalogue is assembled at run time.
      const t = createTranslator({
        locale,
        messages: messagesFor(locale),
        onError: (error) => {
          throw error;
        },
      }) as unknown as (key: string, values?: Record<string, string | number>) => string;
      expect(t("import.previewReady", { rows: 1 })).not.toContain("{");
      expect(t("import.previewInvalid", { count: 2 })).not.toContain("{");
      expect(t("import.imported", counts)).not.toContain("{");
      expect(t("import.preview.summary", counts)).not.toContain("{");
      expect(t("import.confirm.submit", { rows: 1000 })).toMatch(/1[\s\u00a0,]?000/);
      for (const key of ["previewFileInvalid", "previewRefused", "errors.invalid", "errors.conflict", "fileErrors.noFile", "fileErrors.tooLarge", "fileErrors.notCsv", "fileErrors.spreadsheet", "fileErrors.notUtf8"]) {
        expect(t(`import.${key}`)).not.toBe("");
      }
    }
  });
});
