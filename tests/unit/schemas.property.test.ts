import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as accessibility from "@/features/accessibility/schema";
import * as activityPlans from "@/features/activity-plans/schemas";
import * as account from "@/features/account/change-password";
import * as agreement from "@/features/agreement/schemas";
import { parseAuditParams } from "@/features/audit/filter";
import * as auth from "@/features/auth/sign-in-schema";
import * as calendar from "@/features/calendar/feed-token-definitions";
import * as followUps from "@/features/follow-ups/schemas";
import * as importMembers from "@/features/import/import-members";
import * as installation from "@/features/installation/setup-schema";
import * as meetings from "@/features/meetings/schemas";
import * as membership from "@/features/membership/membership-schemas";
import * as seats from "@/features/membership/seat-schemas";
import * as minutes from "@/features/minutes/schemas";
import * as people from "@/features/people/person-schemas";
import * as priorityAreas from "@/features/priority-areas/schemas";
import * as proposals from "@/features/proposals/schemas";
import * as results from "@/features/results/schemas";
import { FEATURE_CATALOGUES, messagesFor, type Messages } from "@/i18n/catalogue";
import { fieldErrorsFrom } from "@/lib/forms/form-state";
import * as credentials from "@/server/auth/verify-credentials";
import { literalsOf, shapeOf, takesSeveral } from "../support/zod-shape";

/**
 * Property-based (issue #8, item 3): every zod schema of the application, fed random, oversized,
 * wrongly shaped, Unicode-heavy (NUL, lone surrogates, bidi marks, emoji) and script-injection form
 * values, never throws. Refusing what a browser could send (one value per field, several only for
 * a checkbox group), every issue is a catalogue key; refusing a hand-made request (any field
 * repeated), what the form shows is one. (That NUL, which PostgreSQL text cannot hold, never gets
 * as far as a 500 is checked on the actions: tests/integration/{proposals,trust}/hostile-input.)
 */

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The modules whose exported zod schemas are tested, by their path under src/. */
const SCHEMA_MODULES: Record<string, Record<string, unknown>> = {
  "features/accessibility/schema.ts": accessibility,
  "features/activity-plans/schemas.ts": activityPlans,
  "features/account/change-password.ts": account,
  "features/agreement/schemas.ts": agreement,
  "features/auth/sign-in-schema.ts": auth,
  "features/calendar/feed-token-definitions.ts": calendar,
  "features/follow-ups/schemas.ts": followUps,
  "features/import/import-members.ts": importMembers,
  "features/installation/setup-schema.ts": installation,
  "features/meetings/schemas.ts": meetings,
  "features/membership/membership-schemas.ts": membership,
  "features/membership/seat-schemas.ts": seats,
  "features/minutes/schemas.ts": minutes,
  "features/people/person-schemas.ts": people,
  "features/priority-areas/schemas.ts": priorityAreas,
  "features/proposals/schemas.ts": proposals,
  "features/results/schemas.ts": results,
  "server/auth/verify-credentials.ts": credentials,
};

/** Files that use zod without exporting a form schema, and why they are not in the list above. */
const NOT_FORM_SCHEMAS: Record<string, string> = {
  "features/audit/filter.ts": "the audit log's query-string filter; its schemas are private, and parseAuditParams is tested below",
  "features/import/plan.ts": "imports zod for types only",
  "lib/forms/form-checks.ts": "adds a form's checks to its schema (tested in form-definitions.property.test.ts)",
  "lib/forms/form-state.ts": "turns zod issues into field errors",
  "lib/forms/validate-submission.ts": "runs a schema on a submitted form",
  "server/actions/form-action.ts": "runs a definition's schema",
  "server/actions/create-form-action.ts": "wraps a definition as a server action",
  "server/actions/installation-action.ts": "runs an installation definition's schema",
};

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const schemas = Object.entries(SCHEMA_MODULES).flatMap(([file, module]) =>
  Object.entries(module)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => ({ name: `${file.split("/").at(-2)}/${name}`, schema })),
);

// ---------------------------------------------------------------------------------------------
// Hostile form values

const HOSTILE = [
  "",
  "   ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff",
  "x\ud83d",
  "\u202e\u200f\u200e\u200b\ufeff",
  "שלום عربي",
  "😀👨‍👩‍👧‍👦🇸🇪",
  "Z̷̢̛a̸͎͋l̵̰̈́g̶̣̈o̷͚͑",
  "<script>alert(1)</script>",
  "\"'><img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "'; DROP TABLE \"Meeting\"; --",
  "${7*7}{{7*7}}",
  "__proto__",
  "NaN",
  "-1",
  "1e309",
  "0x10",
  "99999999999999999999",
];

/** Values that look right, so that refinements further in are reached too. */
const PLAUSIBLE = ["1", "0", "2", "3", "12", "yes", "on", "true", "2027", "2027-05-12", "2027-02-30", "13:00", "25:61", "https://meet.example/x", "person@example.org", "samverkan-demo-long", "cmabcdefghijklmnop"];

function hostileText(plausible: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom(...HOSTILE),
    fc.constantFrom(...PLAUSIBLE, ...plausible),
    fc.integer({ min: 300, max: 70_000 }).chain((length) => fc.constantFrom("x", "å", "😀", "<", "\u0000").map((unit) => unit.repeat(length))),
  );
}

type FormValues = Record<string, string | string[]>;

/**
 * Form values as formInput gives them. Browser-shaped: every field, one string each, several only
 * where the field takes several. Wrongly shaped (a hand-made request): any field left out or
 * repeated, and names the form does not have.
 */
function formValues(shape: Record<string, unknown>, plausible: string[], { wronglyShaped }: { wronglyShaped: boolean }): fc.Arbitrary<FormValues> {
  const text = hostileText(plausible);
  const several = fc.array(text, { minLength: 2, maxLength: 60 });
  const either = fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: several });
  // A browser sends every text field (empty or not); a hand-made request may leave any out.
  const named = fc.record(
    Object.fromEntries(Object.entries(shape).map(([field, schema]) => [field, wronglyShaped || takesSeveral(schema) ? either : text])),
    wronglyShaped ? { requiredKeys: [] } : {},
  );
  if (!wronglyShaped) return named.map((values) => ({ ...values }) as FormValues);
  const extra = fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("__proto__", "constructor", "$ACTION_ID_x", "id", "version")), either, { maxKeys: 3 });
  return fc.tuple(named, extra).map(([known, unknown]) => Object.assign(Object.create(null) as FormValues, unknown, known));
}

// ---------------------------------------------------------------------------------------------
// The catalogue

const CATALOGUE = messagesFor("sv");
const FEATURE_NAMESPACES = FEATURE_CATALOGUES.sv.flatMap((messages) => Object.keys(messages));

function inCatalogue(key: string): boolean {
  let node: string | Messages | undefined = CATALOGUE;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string";
}

function isCatalogueKey(message: unknown): boolean {
  if (typeof message !== "string") return false;
  const prefixed = message.startsWith("validation.") || FEATURE_NAMESPACES.some((namespace) => message.startsWith(`${namespace}.`));
  return prefixed && inCatalogue(message);
}

function stringsIn(value: unknown, found: string[] = [], depth = 0): string[] {
  if (typeof value === "string") found.push(value);
  else if (depth < 6 && value && typeof value === "object") for (const inner of Object.values(value)) stringsIn(inner, found, depth + 1);
  return found;
}

type Parsed = ReturnType<z.ZodType["safeParse"]>;

/** Parses without letting an exception through: a throw is a failure of its own. */
function parse(schema: z.ZodType, input: unknown): Parsed {
  try {
    return schema.safeParse(input);
  } catch (error) {
    throw new Error(`safeParse threw: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Every issue is a catalogue key of "validation." or the feature's own namespace. */
function expectCatalogueKeys(result: Parsed): void {
  if (result.success) return;
  for (const issue of result.error.issues) expect(isCatalogueKey(issue.message), `"${issue.message}" at ${issue.path.join(".") || "(form)"} is not a catalogue key`).toBe(true);
}

/**
 * What the form shows (fieldErrorsFrom, as executeFormAction uses it) is a catalogue key; zod's
 * own messages for a wrongly shaped request become "validation.invalid" there, by design.
 */
function expectShownAsKeys(result: Parsed): void {
  if (result.success) return;
  for (const [field, keys] of Object.entries(fieldErrorsFrom(result.error))) for (const key of keys) expect(isCatalogueKey(key), `"${key}" shown at ${field} is not a catalogue key`).toBe(true);
  // A message meant as a key (dotted, lower-case namespace) must be one: no typos, nothing missing.
  for (const issue of result.error.issues) if (/^[a-z]+(\.[A-Za-z]+)+$/.test(issue.message)) expect(inCatalogue(issue.message), `"${issue.message}" is not in the catalogue`).toBe(true);
}

// ---------------------------------------------------------------------------------------------

describe("every zod schema", () => {
  it("is found: each source file using zod is tested here or named as no form schema", () => {
    const files = sourceFiles(path.join(ROOT, "src"))
      .filter((file) => /from "zod"/.test(fs.readFileSync(file, "utf8")))
      .map((file) => path.relative(path.join(ROOT, "src"), file).split(path.sep).join("/"))
      .sort();
    const known = [...Object.keys(SCHEMA_MODULES), ...Object.keys(NOT_FORM_SCHEMAS)].sort();
    expect(files).toEqual(known);
    for (const file of Object.keys(SCHEMA_MODULES)) {
      expect(schemas.some((entry) => entry.name.startsWith(`${file.split("/").at(-2)}/`)), `${file} exports no zod schema`).toBe(true);
    }
    expect(schemas.length).toBeGreaterThan(50);
  });

  for (const { name, schema } of schemas) {
    const shape = shapeOf(schema);
    const fields = Object.keys(shape);
    const plausible = [...literalsOf(schema)];
    const examples: [FormValues][] = [
      // Always tried: every field NUL, every field oversized, every field script and a lone surrogate.
      [Object.fromEntries(fields.map((field) => [field, "a\u0000"]))],
      [Object.fromEntries(fields.map((field) => [field, "å".repeat(70_000)]))],
      [Object.fromEntries(fields.map((field) => [field, "<script>alert(1)</script>\ud800"]))],
    ];

    it(`${name}: browser-shaped hostile values never make it throw, and every refusal is a catalogue key`, () => {
      fc.assert(fc.property(formValues(shape, plausible, { wronglyShaped: false }), (input) => expectCatalogueKeys(parse(schema, input))), { numRuns: 150, examples });
    });

    it(`${name}: wrongly shaped form values never make it throw, and the form shows catalogue keys`, () => {
      // Also always tried: nothing at all, and every field repeated.
      const repeated: [FormValues] = [Object.fromEntries(fields.map((field) => [field, ["<script>alert(1)</script>", "\ud800"]]))];
      fc.assert(fc.property(formValues(shape, plausible, { wronglyShaped: true }), (input) => expectShownAsKeys(parse(schema, input))), { numRuns: 150, examples: [...examples, [{}], repeated] });
    });

    it(`${name}: input of any type never makes it throw`, () => {
      fc.assert(fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...fields, "x"), fc.anything())), (input) => void parse(schema, input)), { numRuns: 60 });
    });
  }
});

describe("the audit log's filter", () => {
  it("never throws on hostile query strings, and names only known parameters as ignored", () => {
    const value = fc.oneof(hostileText(["proposal.created", "system", "Proposal", "2027-01-01", "2"]), fc.array(hostileText([]), { maxLength: 4 }), fc.constant(undefined));
    const params = fc.record({ action: value, actor: value, entity: value, from: value, to: value, page: value }, { requiredKeys: [] });
    fc.assert(
      fc.property(params, (input) => {
        const { filter, page, ignored } = parseAuditParams(input);
        expect(Number.isInteger(page) && page >= 1).toBe(true);
        for (const name of ignored) expect(["action", "actor", "entity", "from", "to", "page", "range"]).toContain(name);
        for (const text of stringsIn(filter)) expect(text).not.toMatch(/[\u0000<>]/);
      }),
      { numRuns: 300 },
    );
  });
});
