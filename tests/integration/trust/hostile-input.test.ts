import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { executeFormAction, formInput } from "@/server/actions/form-action";
import { form } from "../../support/actors";
import { auditCount, buildWorld, definitionOf, INVENTORY, installWriteCounter, successCase, writeCount, type World } from "./action-table";

/**
 * Issue #8, item 3, for the meetings, minutes and agreement actions (the proposals' own test is
 * tests/integration/proposals/hostile-input.test.ts): each action, from the valid form of the
 * action table, with some fields replaced by random, oversized, wrongly shaped (repeated),
 * Unicode-heavy (NUL, lone surrogates, bidi marks, emoji) or script-injection values, run as
 * someone allowed to act. It never fails unexpectedly (no "errors.unexpected", the 500 of a form),
 * and a refusal writes nothing: no audit event and no committed write to any table.
 */

const FEATURES = ["/src/features/meetings/", "/src/features/minutes/", "/src/features/agreement/"];
const KEYS = [...INVENTORY.entries()].filter(([, entry]) => FEATURES.some((folder) => entry.file.startsWith(folder))).map(([key]) => key);
// Bounded: the whole file stays well under a minute on two shared cores.
const RUNS_PER_ACTION = 3;

let world: World;
let unexpected: ReturnType<typeof vi.spyOn>;

beforeAll(async () => {
  world = await buildWorld();
  await installWriteCounter();
  // An unexpected failure is logged by executeFormAction; the tests assert on the state instead.
  unexpected = vi.spyOn(console, "error").mockImplementation(() => undefined);
}, 120_000);

afterAll(() => {
  unexpected.mockRestore();
});

const HOSTILE = [
  "",
  "   ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfff",
  "\u202e\u200f\u200b\ufeff",
  "שלום عربي",
  "😀👨‍👩‍👧‍👦🇸🇪",
  "<script>alert(1)</script>",
  "\"'><img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "'; DROP TABLE \"Meeting\"; --",
  "-1",
  "1e309",
  "99999999999999999999",
  "2027-02-30",
  "25:61",
];

const hostileText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom(...HOSTILE),
  fc.integer({ min: 1_000, max: 40_000 }).chain((length) => fc.constantFrom("x", "å", "😀", "<").map((unit) => unit.repeat(length))),
);
const hostileValue = fc.oneof({ weight: 4, arbitrary: hostileText }, { weight: 1, arbitrary: fc.array(hostileText, { minLength: 2, maxLength: 30 }) });

/** The form fields an action reads: its schema's shape, under refinements and pipes. */
function schemaFields(schema: unknown): string[] {
  let def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  for (let depth = 0; def && depth < 10; depth++) {
    if (def.type === "object") return Object.keys(def.shape as Record<string, unknown>);
    const inner = (def.in ?? def.innerType ?? def.schema) as { _zod?: { def?: Record<string, unknown> } } | undefined;
    def = inner?._zod?.def;
  }
  return [];
}

describe("hostile input to the meetings, minutes and agreement actions", () => {
  it("covers them all", () => {
    expect(KEYS.length).toBeGreaterThanOrEqual(30);
    for (const key of KEYS) expect(successCase(key), `${key} has a valid fixture in the action table`).not.toBeNull();
  });


  it.each(KEYS)("%s: NUL in every field its schema lets through is refused, not a 500", async (key) => {
    // Deterministic: NUL, which PostgreSQL text cannot hold, appended to each field of a valid form
    // that the schema does not refuse on its own; all of them at once, the rest of the form valid.
    const entry = INVENTORY.get(key)!;
    const found = successCase(key)!;
    const fixture = await found.row.fixture(world, found.actor);
    const definition = definitionOf(entry, fixture);
    const withNul = (value: string | string[]) => (Array.isArray(value) ? value.map((item) => `${item}\u0000`) : `${value}\u0000`);
    const fields = [...new Set([...Object.keys(fixture.fields), ...schemaFields(definition.schema)])];
    const passing = fields.filter((field) => definition.schema.safeParse(formInput(form({ ...fixture.fields, [field]: withNul(fixture.fields[field] ?? "") }))).success);
    const hostile = { ...fixture.fields };
    for (const field of passing) hostile[field] = withNul(fixture.fields[field] ?? "");
    await check(definition, world.actors[found.actor]!, hostile);
  });

  it.each(KEYS)("%s: random hostile values never fail unexpectedly, and a refusal writes nothing", async (key) => {
    const entry = INVENTORY.get(key)!;
    const found = successCase(key)!;
    const actor = world.actors[found.actor]!;

    await fc.assert(
      fc.asyncProperty(fc.func(fc.boolean()), hostileValue, fc.array(hostileValue, { minLength: 1, maxLength: 4 }), async (pick, firstValue, values) => {
        // A fresh valid form for a fresh target; then some of its fields (and the schema's) made hostile.
        const fixture = await found.row.fixture(world, found.actor);
        const definition = definitionOf(entry, fixture);
        const fields = [...new Set([...Object.keys(fixture.fields), ...schemaFields(definition.schema)])];
        const chosen = fields.filter((field) => pick(field));
        const targets = chosen.length > 0 ? chosen : fields.slice(0, 1);
        const hostile: Record<string, string | string[]> = { ...fixture.fields };
        targets.forEach((field, index) => {
          hostile[field] = index === 0 ? firstValue : values[index % values.length]!;
        });
        await check(definition, actor, hostile);
      }),
      { numRuns: RUNS_PER_ACTION },
    );
  }, 60_000);
});

type AnyDefinition = ReturnType<typeof definitionOf>;

async function check(definition: AnyDefinition, actor: NonNullable<World["actors"][keyof World["actors"]]>, fields: Record<string, string | string[]>): Promise<void> {
  const audit = await auditCount();
  const writes = await writeCount();
  unexpected.mockClear();
  const { state } = await executeFormAction(definition, actor, form(fields));
  const failure = unexpected.mock.calls[0]?.[1];
  expect(state.message, `unexpected failure: ${failure instanceof Error ? failure.message.split("\n").slice(-2).join(" ") : String(failure)}`).not.toBe("errors.unexpected");
  if (state.status === "error") {
    expect(await auditCount(), "a refusal wrote an audit event").toBe(audit);
    expect(await writeCount(), "a refusal wrote to the database").toBe(writes);
    for (const keys of Object.values(state.fieldErrors)) for (const message of keys ?? []) expect(message).toMatch(/^[a-z]+(\.[A-Za-z]+)+$/);
  } else {
    expect(await auditCount(), "an accepted change wrote one audit event").toBe(audit + 1);
  }
}
