import { beforeAll, describe, expect, it } from "vitest";
import { parseAuditParams } from "@/features/audit/filter";
import { AUDIT_PAGE_SIZE, findAuditEvents, findAuditFilterOptions } from "@/features/audit/queries";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { testDatabase } from "../../support/test-database";
import { createUser } from "../../support/users";

const prisma = () => testDatabase().prisma;

let partnershipId: string;
let otherPartnershipId: string;
let adminId: string;
let readerId: string;
let otherAdminId: string;

async function event(data: {
  partnershipId: string;
  actorUserId: string | null;
  action: string;
  entityType: string;
  createdAt: string;
  data?: object;
}) {
  await prisma().auditEvent.create({ data: { ...data, createdAt: new Date(data.createdAt), data: data.data ?? {} } });
}

beforeAll(async () => {
  ({ partnershipId } = await seedDemoPartnership(prisma()));
  adminId = (await prisma().user.findFirstOrThrow({ where: { account: { email: "admin@huddinge.example" } } })).id;
  readerId = (await prisma().user.findFirstOrThrow({ where: { account: { email: "lasare@huddinge.example" } } })).id;

  const other = await prisma().partnership.create({ data: { slug: "annan-kommun", name: "Ett annat partnerskap" } });
  otherPartnershipId = other.id;
  const otherPerson = await prisma().person.create({ data: { partnershipId: other.id, name: "Hemlig Administratör", email: "admin@annan.example" } });
  otherAdminId = (await createUser(prisma(), { personId: otherPerson.id, email: "admin@annan.example", roles: ["ADMINISTRATOR"] })).id;

  const ours = [
    // 00:30 on 29 March in Stockholm (UTC+1 until 02:00 that night).
    { actorUserId: adminId, action: "person.created", entityType: "Person", createdAt: "2026-03-28T23:30:00Z", data: { before: null, after: { name: "Åsa Öberg" } } },
    // 23:30 on 28 March in Stockholm.
    { actorUserId: adminId, action: "person.updated", entityType: "Person", createdAt: "2026-03-28T22:30:00Z", data: { before: { name: "Åsa" }, after: { name: "Åsa Öberg" } } },
    { actorUserId: readerId, action: "auth.signed_in", entityType: "User", createdAt: "2026-04-02T08:00:00Z" },
    { actorUserId: adminId, action: "membership.added", entityType: "Membership", createdAt: "2026-05-10T10:00:00Z" },
  ];
  for (const entry of ours) await event({ partnershipId, ...entry });
  const theirs = [
    { actorUserId: otherAdminId, action: "person.created", entityType: "Person", createdAt: "2026-03-28T23:40:00Z" },
    { actorUserId: otherAdminId, action: "secret.action", entityType: "Secret", createdAt: "2026-04-02T09:00:00Z" },
    { actorUserId: null, action: "seed.other", entityType: "Partnership", createdAt: "2026-01-01T00:00:00Z" },
  ];
  for (const entry of theirs) await event({ partnershipId: otherPartnershipId, ...entry });
});

const actions = (rows: { action: string }[]) => rows.map((row) => row.action);
const filtered = (params: Record<string, string>) => findAuditEvents(partnershipId, 1, parseAuditParams(params).filter);

describe("the audit log query", () => {
  // Newest first means last written first (by id): real events are written in time order.
  it("shows only the actor's partnership, newest first, with each event's data", async () => {
    const { rows, hasMore } = await findAuditEvents(partnershipId, 1);
    expect(hasMore).toBe(false);
    expect(actions(rows)).toEqual(["membership.added", "auth.signed_in", "person.updated", "person.created", "seed.demo_partnership"]);
    expect(rows.find((row) => row.action === "person.updated")).toMatchObject({
      actor: { kind: "user", name: "Maria Lindqvist" },
      entityType: "Person",
      data: { before: { name: "Åsa" }, after: { name: "Åsa Öberg" } },
    });
    expect(rows.find((row) => row.action === "seed.demo_partnership")?.actor).toBeNull();
  });

  it("filters by action", async () => {
    expect(actions((await filtered({ action: "person.created" })).rows)).toEqual(["person.created"]);
  });

  it("filters by the person who acted, and by the system", async () => {
    expect(actions((await filtered({ actor: adminId })).rows)).toEqual(["membership.added", "person.updated", "person.created"]);
    expect(actions((await filtered({ actor: readerId })).rows)).toEqual(["auth.signed_in"]);
    expect(actions((await filtered({ actor: "system" })).rows)).toEqual(["seed.demo_partnership"]);
  });

  it("filters by record type", async () => {
    expect(actions((await filtered({ entity: "Person" })).rows)).toEqual(["person.updated", "person.created"]);
  });

  it("filters by whole days in Stockholm time", async () => {
    expect(actions((await filtered({ from: "2026-03-29", to: "2026-03-29" })).rows)).toEqual(["person.created"]);
    expect(actions((await filtered({ from: "2026-03-28", to: "2026-03-28" })).rows)).toEqual(["person.updated"]);
    expect(actions((await filtered({ from: "2026-04-02", to: "2026-05-31" })).rows)).toEqual(["membership.added", "auth.signed_in"]);
    // The demo seed ran today, after every dated event here.
    expect(actions((await filtered({ from: "2026-06-01" })).rows)).toEqual(["seed.demo_partnership"]);
    expect(actions((await filtered({ to: "2026-03-28", entity: "Person" })).rows)).toEqual(["person.updated"]);
  });

  it("combines filters", async () => {
    expect(actions((await filtered({ actor: adminId, entity: "Person", from: "2026-03-29" })).rows)).toEqual(["person.created"]);
    expect((await filtered({ actor: readerId, action: "person.created" })).rows).toEqual([]);
  });

  it("never shows another partnership's events, whatever the filter names", async () => {
    expect((await filtered({ actor: otherAdminId })).rows).toEqual([]);
    expect((await filtered({ action: "secret.action" })).rows).toEqual([]);
    expect((await filtered({ entity: "Secret" })).rows).toEqual([]);
    const all = await findAuditEvents(partnershipId, 1);
    expect(actions(all.rows)).not.toContain("secret.action");
    expect(all.rows.map((row) => row.actor?.name)).not.toContain("Hemlig Administratör");
    // And the other way round.
    expect(actions((await findAuditEvents(otherPartnershipId, 1)).rows).sort()).toEqual(["person.created", "secret.action", "seed.other"]);
  });

  it("pages through a filtered log", async () => {
    for (let index = 0; index < AUDIT_PAGE_SIZE + 2; index += 1) {
      await event({ partnershipId, actorUserId: readerId, action: "auth.signed_out", entityType: "User", createdAt: `2026-06-01T10:${String(index % 60).padStart(2, "0")}:00Z` });
    }
    const filter = parseAuditParams({ action: "auth.signed_out" }).filter;
    const first = await findAuditEvents(partnershipId, 1, filter);
    const second = await findAuditEvents(partnershipId, 2, filter);
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.hasMore).toBe(true);
    expect(second.rows).toHaveLength(2);
    expect(second.hasMore).toBe(false);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(AUDIT_PAGE_SIZE + 2);
  });
});

describe("the filter's options", () => {
  it("offer only the actions, people and record types of the actor's partnership", async () => {
    const options = await findAuditFilterOptions(partnershipId);
    expect(options.actions).toEqual(expect.arrayContaining(["auth.signed_in", "membership.added", "person.created", "person.updated", "seed.demo_partnership"]));
    expect(options.actions).not.toContain("secret.action");
    expect(options.entityTypes).toEqual(expect.arrayContaining(["Membership", "Partnership", "Person", "User"]));
    expect(options.entityTypes).not.toContain("Secret");
    expect(options.actors.map((actor) => actor.name)).toEqual(["Karin Sjöberg", "Maria Lindqvist"]);
    expect(options.actors.map((actor) => actor.id)).not.toContain(otherAdminId);
    expect(options.hasSystemEvents).toBe(true);
  });
});
