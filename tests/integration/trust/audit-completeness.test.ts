import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import auditEn from "@/features/audit/messages.en.json";
import auditSv from "@/features/audit/messages.sv.json";
import { executeFormAction } from "@/server/actions/form-action";
import { form } from "../../support/actors";
import { INVENTORY, buildWorld, definitionOf, prisma, snapshot, successCase, type AnyDefinition, type World } from "./action-table";

/**
 * Issue #8, item 10: every mutating action (every definition of the inventory, with the valid
 * fixture of the authorization table, as the administrator or, where only someone else may act,
 * as them) writes exactly one audit event, in the same transaction as its change:
 *
 * - a successful call writes one new AuditEvent, with a dotted verb as action, the entity type
 *   set and a label for the action in the audit log's catalogues;
 * - a call that fails inside `run`, after its change, leaves no event and no change;
 * - a call whose audit entry cannot be written (the database refuses the insert) leaves no change
 *   either: the change and its entry commit together or not at all.
 */

const labels = (catalogue: typeof auditSv) => catalogue.audit.actions as Record<string, string>;
const DOTTED_VERB = /^[a-z]+(?:_[a-z]+)*(?:\.[a-z]+(?:_[a-z]+)*)+$/;

let world: World;
beforeAll(async () => {
  world = await buildWorld();
  // Refuses every audit entry once a wrapped run has installed it (inside the action's transaction,
  // so the trigger itself goes with the rollback).
  await prisma().$executeRawUnsafe(`CREATE FUNCTION "zz_test_refuse_audit"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'injected failure: the audit entry is refused'; END $$`);
}, 120_000);

afterEach(() => {
  vi.restoreAllMocks();
});

async function prepare(key: string) {
  const found = successCase(key);
  if (!found) throw new Error(`No row of the table lets anyone succeed with ${key}: add one (or a reason).`);
  const entry = INVENTORY.get(key)!;
  const fixture = await found.row.fixture(world, found.actor);
  return { actor: world.actors[found.actor]!, definition: definitionOf(entry, fixture), fields: form(fixture.fields) };
}

/** The definition, failing after its own run: `after` runs in the action's transaction, after the change. */
function failing(definition: AnyDefinition, after: (tx: Parameters<AnyDefinition["run"]>[0]["tx"]) => Promise<void>, seen: { changed?: boolean }, before: Record<string, string>): AnyDefinition {
  return {
    ...definition,
    async run(context) {
      const outcome = await definition.run(context);
      // The change is there, inside the transaction…
      seen.changed = JSON.stringify(await snapshot(context.tx)) !== JSON.stringify(before);
      await after(context.tx);
      return outcome;
    },
  };
}

describe.each([...INVENTORY.keys()])("%s", (key) => {
  it("writes exactly one audit event when it succeeds: a dotted verb, an entity, a label", async () => {
    const { actor, definition, fields } = await prepare(key);
    const last = await prisma().auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    const { state } = await executeFormAction(definition, actor, fields);
    expect(state.status, JSON.stringify(state)).toBe("success");

    const events = await prisma().auditEvent.findMany({ where: { id: { gt: last?.id ?? 0n } } });
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event!.action).toMatch(DOTTED_VERB);
    expect(event!.entityType).toMatch(/^[A-Z][A-Za-z]+$/);
    expect(event!.entityId).toBeTruthy();
    expect(event!.partnershipId).toBe(actor.partnershipId);
    expect(event!.actorUserId).toBe(actor.userId);
    const labelKey = event!.action.replaceAll(".", "_");
    expect(labels(auditSv)[labelKey], `audit.actions.${labelKey} in src/features/audit/messages.sv.json`).toBeTruthy();
    expect(labels(auditEn)[labelKey], `audit.actions.${labelKey} in src/features/audit/messages.en.json`).toBeTruthy();
  });

  it("leaves no event and no change when it fails inside run, after its change", async () => {
    const { actor, definition, fields } = await prepare(key);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const before = await snapshot();
    const seen: { changed?: boolean } = {};
    const wrapped = failing(
      definition,
      async () => {
        throw new Error("injected failure after the change");
      },
      seen,
      before,
    );

    const { state } = await executeFormAction(wrapped, actor, fields);
    expect(seen.changed, "the action changed something before the failure").toBe(true);
    expect(state).toMatchObject({ status: "error", message: "errors.unexpected" });
    expect(await snapshot()).toEqual(before);
    expect(error).toHaveBeenCalledWith("[action] unexpected failure", expect.objectContaining({ message: "injected failure after the change" }));
  });

  it("leaves no change when its audit entry cannot be written: change and entry share the transaction", async () => {
    const { actor, definition, fields } = await prepare(key);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const before = await snapshot();
    const seen: { changed?: boolean } = {};
    const wrapped = failing(
      definition,
      async (tx) => {
        await tx.$executeRawUnsafe(`CREATE TRIGGER "zz_test_refuse_audit" BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "zz_test_refuse_audit"()`);
      },
      seen,
      before,
    );

    const { state } = await executeFormAction(wrapped, actor, fields);
    expect(seen.changed, "the action changed something before its audit entry").toBe(true);
    expect(state).toMatchObject({ status: "error", message: "errors.unexpected" });
    // The insert of the audit entry was what failed…
    expect(String(error.mock.calls[0]?.[1])).toContain("injected failure: the audit entry is refused");
    // …and the change went with it (so did the trigger, created in the same transaction).
    expect(await snapshot()).toEqual(before);
    expect(await prisma().$queryRawUnsafe(`SELECT 1 FROM pg_trigger WHERE tgname = 'zz_test_refuse_audit'`)).toEqual([]);
  });
});
