import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messagesFor, type Messages } from "@/i18n/catalogue";

/**
 * The audit log names each event's object by its entity type (audit.entityTypes.<type>), and shows
 * the raw type name when there is no label. This scans the sources for every `entityType: "…"` an
 * audit entry is written with, so a new feature's record type cannot reach the log unlabelled.
 */

const SRC = path.resolve(__dirname, "..", "..");

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every record type named after `entityType:` (also in a conditional: `entityType: x ? "A" : "B"`). */
function entityTypesIn(source: string): string[] {
  const types: string[] = [];
  for (const match of source.matchAll(/entityType:\s*([^,}\n]+)/g)) {
    // Type names are PascalCase; `orderBy: { entityType: "asc" }` and type annotations are not.
    for (const literal of match[1]!.matchAll(/["'`]([A-Z][A-Za-z0-9]*)["'`]/g)) types.push(literal[1]!);
  }
  return types;
}

const used = [...new Set(sourceFiles(SRC).flatMap((file) => entityTypesIn(fs.readFileSync(file, "utf8"))))].sort();

/** Record types of the activity plan (issue #6), labelled before their actions write them. */
const PLANNED = ["ActivityPlan", "ActivityPlanRevision", "Activity", "ActivityFollowUp", "Result"];

const label = (catalogue: Messages, type: string): unknown => {
  const audit = catalogue.audit as Messages | undefined;
  const types = audit?.entityTypes as Messages | undefined;
  return types?.[type];
};

describe("the audit log's entity-type labels", () => {
  it("finds the record types the sources write (the scan itself works)", () => {
    expect(entityTypesIn(`audit: { action: "x", entityType: "Proposal", entityId: id }`)).toEqual(["Proposal"]);
    expect(entityTypesIn(`entityType: kind === "a" ? "AgreementNotice" : "AgreementDispute",`)).toEqual(["AgreementNotice", "AgreementDispute"]);
    expect(entityTypesIn(`orderBy: { entityType: "asc" }`)).toEqual([]);
    for (const type of ["Proposal", "Minutes", "Meeting", "Person", "User", "AgreementAmendment", "AgreementDispute", "AgreementSignatory"]) {
      expect(used).toContain(type);
    }
  });

  it("label every record type an audit entry is written with, in both languages", () => {
    for (const locale of ["sv", "en"] as const) {
      const missing = [...used, ...PLANNED].filter((type) => typeof label(messagesFor(locale), type) !== "string" || label(messagesFor(locale), type) === "");
      expect(missing, `${locale}: add audit.entityTypes.<type> to src/features/audit/messages.${locale}.json`).toEqual([]);
    }
  });

  it("label the types differently from the raw name in Swedish where it is a Swedish word", () => {
    // Guards against copying the English file into the Swedish one.
    const sv = messagesFor("sv");
    for (const type of ["Proposal", "Agreement", "AgreementDispute", "ActivityPlan"]) expect(label(sv, type)).not.toBe(type);
  });
});
