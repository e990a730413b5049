import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearReportCache } from "@/features/follow-up-report/report-cache";
import { clearOverviewCache, getOverview } from "@/features/overview/queries";
import { installDatabase } from "@/server/db";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { seedDemoWork } from "@/server/seed/demo-work";
import type { Actor } from "@/server/auth/actor";
import { testDatabase } from "../../support/test-database";
import { openCountingDatabase, type CountingDatabase } from "../follow-up-report/counting-database";
import * as fixture from "./overview-fixtures";
import { actorOf } from "../../support/actors";

/**
 * Issue #14, item 6: "Min översikt" reads a bounded number of SQL statements — the same for a
 * partnership with little waiting and one with much, none per meeting, proposal, activity, minutes,
 * invitation or message. Counted for a person holding every role (every part of the page), with
 * the follow-up report built anew (its cache cleared), as the first reader of the day gets it.
 */

/**
 * Today's count is 77 when every part is built anew: the follow-up report's 25 and the three kept
 * parts' reads of the audit trail included. A query per row would pass this at once.
 */
const BOUND = 80;

let database: CountingDatabase;
let actor: Actor;
let partnershipId: string;

async function statements({ cleared = true } = {}): Promise<number> {
  if (cleared) {
    clearReportCache();
    clearOverviewCache();
  }
  database.counter.statements = 0;
  await getOverview(actor);
  return database.counter.statements;
}

beforeAll(async () => {
  database = await openCountingDatabase();
  installDatabase(database);
  ({ partnershipId } = await seedDemoPartnership(database.prisma));
  await seedDemoWork(database.prisma, partnershipId);
  const { id } = await database.prisma.user.findFirstOrThrow({ where: { account: { email: "arbetsgrupp@sh.example" } }, select: { id: true } });
  const user = await database.prisma.user.update({
    where: { id },
    data: { roles: ["ADMINISTRATOR", "STEERING_GROUP_MEMBER", "WORKING_GROUP_MEMBER", "CONTRIBUTOR", "READER"] },
    include: { person: true, account: true },
  });
  actor = actorOf(user);
}, 240_000);

afterAll(async () => {
  installDatabase(testDatabase());
  await database.close();
});

describe("Min översikt for a person with every role", () => {
  it("sends the same, bounded number of SQL statements however much waits", async () => {
    const few = await statements();

    // Much more of everything that waits: meetings with agendas and underlag, proposals to review
    // and to decide, minutes to approve, activities to follow up, invitations and failed mail.
    const prisma = database.prisma;
    const steering = await fixture.groupId(prisma, partnershipId, "STEERING_GROUP");
    const working = await fixture.groupId(prisma, partnershipId, "WORKING_GROUP");
    const chair = await fixture.personId(prisma, "ledning@huddinge.example");
    const now = new Date();
    const plan = await fixture.adoptedPlan(prisma, partnershipId, 2160);
    for (let index = 0; index < 12; index += 1) {
      await fixture.meeting(prisma, { groupId: index % 2 ? steering : working, title: `Möte ${index}`, startsAt: fixture.daysFrom(now, 2 + index), agenda: ["A", "B", "C"], documents: ["U"] });
      const held = await fixture.meeting(prisma, { groupId: index % 2 ? steering : working, title: `Hållet ${index}`, startsAt: fixture.daysFrom(now, -2 - index), status: "HELD" });
      await fixture.minutesInAdjustment(prisma, held.id, chair, actor.personId);
      await fixture.proposal(prisma, { partnershipId, title: `Förslag ${index}`, status: index % 3 === 0 ? "PUT_FORWARD" : "SUBMITTED" });
      await fixture.proposal(prisma, { partnershipId, title: `Eget ${index}`, status: "DRAFT", authorId: actor.userId });
      await fixture.activity(prisma, { planId: plan.id, title: `Aktivitet ${index}`, startsOn: fixture.daysFrom(now, -300), endsOn: fixture.daysFrom(now, index % 2 ? -1 : 30), responsibleId: actor.personId });
      await fixture.invitedPerson(prisma, partnershipId, `Inbjuden ${String.fromCharCode(65 + index)}`, fixture.daysFrom(now, index % 2 ? 5 : -5));
      await fixture.failedMail(prisma, partnershipId);
    }
    const many = await statements();

    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(BOUND);
  }, 120_000);

  it("reuses the partnership's own parts (the year in brief, the administrator's and the reader's) until something in the partnership changes", async () => {
    const built = await statements();
    const reused = await statements({ cleared: false });
    // Only the audit trail's state is read for each kept part; the person's own work is read again.
    expect(reused).toBeLessThan(built - 15);
    const before = await getOverview(actor);

    // An audited change anywhere in the partnership: every kept part is built anew.
    await database.prisma.auditEvent.create({ data: { partnershipId, actorUserId: actor.userId, action: "test.changed", entityType: "Test", entityId: "x" } });
    expect(await statements({ cleared: false })).toBe(built);
    expect(await getOverview(actor)).toEqual(before);
  }, 120_000);
});

