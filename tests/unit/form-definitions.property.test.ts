import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { validateSubmission } from "@/lib/forms/validate-submission";
import { literalsOf, shapeOf, takesSeveral } from "../support/zod-shape";

/**
 * Property-based (issue #18, item 6): every form reports every error at once. For every form
 * definition of the application, whatever its choices (intent, kind, focus area, …), the empty
 * submission reports every field that is required — every field the form refuses when that field
 * alone is left empty — in the same error summary, and so does any half-filled submission that
 * leaves the field empty: no error waits for another to be fixed first. It runs the validation
 * every action runs first (validateSubmission, as executeFormAction calls it), so the schema's
 * fields and the form's checks (withFormChecks) are both in it. A refused choice (a focus area the
 * form does not offer) must not hide them either: "required" is judged with the choices accepted.
 */

const SRC = path.resolve(import.meta.dirname, "../../src");

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Files that name FormActionDefinition without exporting a definition object, and why. */
const NO_DEFINITION_OBJECTS: Record<string, string> = {
  "server/actions/form-action.ts": "declares the type and runs definitions",
  "server/actions/create-form-action.ts": "wraps a definition as a server action",
};

type Definition = { schema: z.ZodType; permission: string; run: unknown };
const isDefinition = (value: unknown): value is Definition =>
  typeof value === "object" && value !== null && (value as Definition).schema instanceof z.ZodType && typeof (value as Definition).permission === "string" && typeof (value as Definition).run === "function";

const definitionFiles = sourceFiles(SRC)
  .filter((file) => fs.readFileSync(file, "utf8").includes("FormActionDefinition<"))
  .map((file) => path.relative(SRC, file).split(path.sep).join("/"))
  .sort();

const definitions = (
  await Promise.all(
    definitionFiles
      .filter((file) => !(file in NO_DEFINITION_OBJECTS))
      .map(async (file) => {
        const exported = (await import(path.join(SRC, file))) as Record<string, unknown>;
        return Object.entries(exported)
          .filter((entry): entry is [string, Definition] => isDefinition(entry[1]))
          .map(([name, definition]) => ({ file, name: `${file.split("/").at(-2)}/${name}`, definition }));
      }),
  )
).flat();

/** Values that a field of some kind accepts, most specific first; a field takes the first it parses. */
const FILLERS = ["2027-05-12", "13:00", "person@example.org", "https://meet.example/x", "samverkan-demo-long", "cmabcdefghijklmnop", "2027", "1", "yes", "Text"];

type Submission = Record<string, string | string[]>;

function errorFields(schema: z.ZodType, submission: Submission): Set<string> {
  const validated = validateSubmission(schema, submission);
  return new Set(validated.ok ? [] : Object.keys(validated.fieldErrors));
}

describe("every form definition", () => {
  it("is found: each file naming FormActionDefinition exports definitions or says why not", () => {
    for (const file of definitionFiles) {
      if (file in NO_DEFINITION_OBJECTS) continue;
      expect(definitions.some((entry) => entry.file === file), `${file} exports no definition object`).toBe(true);
    }
    expect(definitions.length).toBeGreaterThan(60);
  });

  for (const { name, definition } of definitions) {
    const shape = shapeOf(definition.schema);
    const fields = Object.keys(shape);
    // Choices: fields with a fixed set of values (a select, radio buttons, a checkbox group of
    // options). What a form requires may depend on them (a submission needs more than a draft).
    const choices = Object.fromEntries(fields.map((field) => [field, [...literalsOf(shape[field])]] as const).filter(([, values]) => values.length > 0));
    const texts = fields.filter((field) => !(field in choices));
    const emptyValue = (field: string): string | undefined => (takesSeveral(shape[field]) ? undefined : "");
    const filler = Object.fromEntries(
      texts.map((field) => [field, [...FILLERS, ...literalsOf(definition.schema)].find((value) => (shape[field] as z.ZodType).safeParse(takesSeveral(shape[field]) ? [value] : value).success)]),
    );

    const submission = (chosen: Record<string, string | undefined>, filled: readonly string[]): Submission => {
      const values: Record<string, string | string[] | undefined> = { ...chosen };
      for (const field of texts) values[field] = filled.includes(field) && filler[field] !== undefined ? filler[field] : emptyValue(field);
      return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
    };

    // A choice may also be refused (a hand-made or stale form): that must not hide the other errors.
    const chosenValues = fc.record(
      Object.fromEntries(Object.entries(choices).map(([field, values]) => [field, fc.constantFrom<string | undefined>(emptyValue(field), "x-refused", ...values)])),
    );
    const parses = (field: string, value: string | undefined) => (shape[field] as z.ZodType).safeParse(value === undefined || !takesSeveral(shape[field]) ? value : [value]).success;
    const acceptedValues = (field: string) => [emptyValue(field), ...choices[field]!].filter((value) => parses(field, value));
    /**
     * The contexts "required" is judged in: the same choices, each refused one replaced by one the
     * field accepts — by each in turn, since what is required may depend on it (an amendment needs
     * the text of the terms it changes). Required means required whichever it was.
     */
    const acceptedContexts = (chosen: Record<string, string | undefined>): Record<string, string | undefined>[] => {
      const refused = Object.keys(chosen).filter((field) => !parses(field, chosen[field]));
      const base = { ...chosen, ...Object.fromEntries(refused.map((field) => [field, acceptedValues(field)[0]])) };
      return refused.length === 0 ? [base] : refused.flatMap((field) => acceptedValues(field).map((value) => ({ ...base, [field]: value })));
    };
    const filledFields = fc.oneof(fc.constant<string[]>([]), fc.subarray(texts));

    it(`${name}: an empty or half-filled submission reports every required field it leaves empty`, () => {
      fc.assert(
        fc.property(chosenValues, filledFields, (chosen, filled) => {
          const reported = errorFields(definition.schema, submission(chosen, filled));
          for (const field of texts) {
            if (filled.includes(field)) continue;
            // Required: refused when it alone is left empty and everything else is filled in.
            const required = acceptedContexts(chosen).every((context) => errorFields(definition.schema, submission(context, texts.filter((other) => other !== field))).has(field));
            if (required) expect(reported.has(field), `${field} is required but not reported with the other errors`).toBe(true);
          }
        }),
        { numRuns: 40 },
      );
    });
  }
});
