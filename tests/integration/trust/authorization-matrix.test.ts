import { beforeAll, describe, expect, it } from "vitest";
import { executeFormAction } from "@/server/actions/form-action";
import { form } from "../../support/actors";
import {
  BASE_ACTORS,
  INVENTORY,
  ROWS,
  auditCount,
  buildWorld,
  declaredDefinitions,
  installWriteCounter,
  definitionOf,
  orderedActors,
  outcomeFor,
  prisma,
  writeCount,
  type ActorKey,
  type Fixture,
  type Row,
  type World,
} from "./action-table";

/**
 * Issue #8, item 1: every server action (every FormActionDefinition, found automatically) called
 * as each role, as a user of another partnership, and in the object-level cases (someone else's
 * draft, another group's minutes, a signatory of the other party), against the table in
 * action-table.ts. Allowed actors succeed with a valid form on a fresh object; refused actors get
 * the refusal and change nothing at all (no audit event, no committed write to any table).
 */

let world: World;
beforeAll(async () => {
  world = await buildWorld();
  await installWriteCounter();
}, 120_000);

describe("the inventory of actions", () => {
  it("finds the definitions in the feature modules", () => {
    // A floor, so a broken glob (finding nothing) cannot pass the checks below vacuously.
    expect(INVENTORY.size).toBeGreaterThanOrEqual(60);
  });

  it("has a row in the table for every definition, and no row for a definition that no longer exists", () => {
    const tabled = new Set(ROWS.map((row) => row.definition));
    const missing = [...INVENTORY.values()].filter((entry) => !tabled.has(entry.key)).map((entry) => `${entry.key} (${entry.file})`);
    expect(missing, "definitions without a row in tests/integration/trust/action-table.ts").toEqual([]);
    expect(ROWS.filter((row) => !INVENTORY.has(row.definition)).map((row) => row.name), "rows naming no definition").toEqual([]);
  });

  it("tries every definition as every role, and names every row once", () => {
    const complete = new Set(ROWS.filter((row) => BASE_ACTORS.every((actor) => row.actors.includes(actor))).map((row) => row.definition));
    expect([...INVENTORY.keys()].filter((key) => !complete.has(key))).toEqual([]);
    const names = ROWS.map((row) => row.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it("misses no definition declared in the sources (e.g. in a file the module scan does not reach)", () => {
    const missed = declaredDefinitions().filter(({ name }) => !INVENTORY.has(name));
    expect(missed).toEqual([]);
  });
});

describe("the check that a refusal changed nothing", () => {
  it("sees a committed write to any table, and not a rolled-back one", async () => {
    const before = await writeCount();
    await prisma().$transaction(async (tx) => {
      await tx.thematicArea.updateMany({ where: { partnershipId: world.partnershipId }, data: { description: "x" } });
      throw new Error("rolled back");
    }).catch(() => undefined);
    expect(await writeCount()).toBe(before);
    await prisma().seat.deleteMany({ where: { title: "no such seat" } });
    await prisma().partnership.update({ where: { id: world.otherPartnershipId }, data: { description: "Ändrad" } });
    expect(await writeCount()).toBeGreaterThan(before);
  });
});

// Refused actors of a row share one fixture (nothing they do may change it); allowed ones get their own.
const sharedFixtures = new Map<string, Promise<Fixture>>();

async function run(row: Row, actorKey: ActorKey): Promise<void> {
  const outcome = outcomeFor(row, actorKey);
  const entry = INVENTORY.get(row.definition);
  if (!entry) throw new Error(`No definition ${row.definition} in the inventory`);
  const actor = world.actors[actorKey];

  if (outcome.kind === "refuse") {
    let fixture = sharedFixtures.get(row.name);
    if (!fixture) sharedFixtures.set(row.name, (fixture = row.fixture(world, actorKey)));
    const fields = await fixture;
    const [audit, writes] = [await auditCount(), await writeCount()];
    const { state } = await executeFormAction(definitionOf(entry, fields), actor, form(fields.fields));
    expect(state.status, JSON.stringify(state)).toBe("error");
    expect(state.message, JSON.stringify(state)).toBe(outcome.message);
    // Nothing changed: no audit event, and no committed write to any table.
    expect(await auditCount()).toBe(audit);
    expect(await writeCount()).toBe(writes);
    return;
  }

  if (row.noValidFixture) return; // only the refusals can be checked (the reason is in the row)
  const fields = await row.fixture(world, actorKey);
  const before = await auditCount();
  const { state } = await executeFormAction(definitionOf(entry, fields), actor, form(fields.fields));
  expect(state.status, JSON.stringify(state)).toBe("success");
  expect(await auditCount()).toBe(before + 1);
  const event = await prisma().auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
  // "own": the other partnership's administrator acted on their own partnership, never this one.
  expect(event.partnershipId).toBe(outcome.kind === "own" ? world.otherPartnershipId : world.partnershipId);
  expect(event.actorUserId).toBe(actor!.userId);
}

const describeOutcome = (row: Row, actor: ActorKey) => {
  const outcome = outcomeFor(row, actor);
  return outcome.kind === "refuse" ? `refused (${outcome.message})` : outcome.kind === "own" ? "allowed in their own partnership" : "allowed";
};

// "%s" rather than "$name": Vitest shortens interpolated object values in test names.
describe.each(ROWS.map((row) => [row.name, row] as const))("%s", (_name, row) => {
  it.each(orderedActors(row).map((actor) => [actor, describeOutcome(row, actor)] as const))("as %s: %s", async (actor) => {
    await run(row, actor);
  });
});
