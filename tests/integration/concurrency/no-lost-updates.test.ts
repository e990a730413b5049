import { beforeAll, describe, expect, it } from "vitest";
import { editRecord } from "@/features/agreement/record-definitions";
import { executeFormAction } from "@/server/actions/form-action";
import { actorFor, ADMIN, form, prisma, seed, type Fixture } from "../agreement/agreement-fixtures";
import { testDatabaseKind } from "../../support/test-database";

/**
 * Issue #8, item 5: several people saving the same record at once. Each writer reads the record,
 * appends its own mark to the title and saves with the version it read; a stale save is refused
 * and the writer tries again on fresh data. If any save silently overwrote another, a mark would be
 * missing at the end. Run against the PostgreSQL server (TEST_DATABASE_URL) the writers truly run
 * in parallel; on PGlite they interleave in one process.
 */

const WRITERS = 8;
let fixture: Fixture;

beforeAll(async () => {
  fixture = await seed();
});

async function currentRecord() {
  return prisma().agreement.findFirstOrThrow({ where: { partnershipId: fixture.partnershipId }, select: { title: true, version: true } });
}

async function appendMark(mark: string): Promise<{ attempts: number; staleRefusals: number }> {
  const actor = await actorFor(ADMIN);
  let staleRefusals = 0;
  for (let attempt = 1; attempt <= 50; attempt++) {
    const { title, version } = await currentRecord();
    const { state } = await executeFormAction(
      editRecord,
      actor,
      form({ version: String(version), recordTitle: `${title} ${mark}`, signingDate: "2021-11-15", municipalityRegistrationNumber: "KS-2021/1163", universityRegistrationNumber: "SH-2021/1587" }),
    );
    if (state.status === "success") return { attempts: attempt, staleRefusals };
    // The only acceptable failure is the stale-version refusal; anything else fails the test.
    expect(state.message).toBe("agreement.record.stale");
    staleRefusals++;
  }
  throw new Error(`Writer ${mark} never got its save through`);
}

describe(`concurrent writers on one record (${testDatabaseKind()})`, () => {
  it("keeps every writer's change: stale saves are refused, never silently overwritten", async () => {
    const before = await currentRecord();
    const marks = Array.from({ length: WRITERS }, (_, index) => `[w${index}]`);
    const outcomes = await Promise.all(marks.map((mark) => appendMark(mark)));

    const after = await currentRecord();
    for (const mark of marks) expect(after.title.split(mark).length - 1, mark).toBe(1);
    expect(after.version).toBe(before.version + WRITERS);
    // Every successful save wrote exactly one audit event; refused ones wrote none.
    const events = await prisma().auditEvent.count({ where: { action: "agreement.record_edited", createdAt: { gte: new Date(Date.now() - 120_000) } } });
    expect(events).toBe(WRITERS);
    if (testDatabaseKind() === "postgres") {
      // On a real server the writers collided: some saves must have been refused as stale.
      expect(outcomes.reduce((sum, outcome) => sum + outcome.staleRefusals, 0)).toBeGreaterThan(0);
    }
  }, 120_000);
});
