import { beforeAll, describe, expect, it } from "vitest";
import { dayOf } from "@/features/membership/composition-snapshot";
import { updatePerson } from "@/features/people/person-definitions";
import { anonymisePerson, deactivatePerson } from "@/features/people/departure-definitions";
import { executeFormAction } from "@/server/actions/form-action";
import { findSessionAccount, verifyCredentials } from "@/server/auth/verify-credentials";
import { createUser } from "../../support/users";
import { DEMO_PASSWORD } from "@/server/seed/demo-accounts";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { ADMIN, READER, actorFor, auditCount, form, lastEvent, personNamed, prisma } from "./people-fixtures";

const DAY_MS = 24 * 60 * 60 * 1000;
const today = () => dayOf(new Date());

/** Lena Forsberg gets an account, a past membership and one that has not started, besides her steering-group seat. */
async function giveLenaAnAccountAndHistory() {
  const lena = await personNamed("Lena Forsberg");
  const workingGroup = await prisma().group.findFirstOrThrow({ where: { kind: "WORKING_GROUP" } });
  const area = await prisma().thematicArea.findFirstOrThrow({ where: { name: "VFU och lärarutbildning" } });
  const { accountId } = await createUser(prisma(), { personId: lena.id, email: "lena.forsberg@sh.example", roles: ["STEERING_GROUP_MEMBER"] });
  await prisma().account.update({ where: { id: accountId }, data: { sessionVersion: 3 } });
  const past = await prisma().membership.create({
    data: {
      groupId: workingGroup.id,
      personId: lena.id,
      partyId: lena.partyId!,
      startDate: new Date("2020-01-01T00:00:00Z"),
      endDate: new Date("2021-12-31T00:00:00Z"),
      thematicAreas: { create: [{ thematicAreaId: area.id }] },
    },
  });
  const future = await prisma().membership.create({
    data: {
      groupId: workingGroup.id,
      personId: lena.id,
      partyId: lena.partyId!,
      startDate: new Date(today().getTime() + 30 * DAY_MS),
      thematicAreas: { create: [{ thematicAreaId: area.id }] },
    },
  });
  const current = await prisma().membership.findFirstOrThrow({ where: { personId: lena.id, endDate: null, group: { kind: "STEERING_GROUP" } } });
  return { lena: await personNamed("Lena Forsberg"), past, future, current };
}

beforeAll(async () => {
  await seedDemoPartnership(prisma());
});

describe("deactivating a person", () => {
  it("refuses to deactivate the only chair of a group, with a clear message, and changes nothing", async () => {
    const anders = await personNamed("Anders Holmberg");
    const memberships = await prisma().membership.findMany({ where: { personId: anders.id }, orderBy: { id: "asc" } });
    const before = await auditCount();

    const { state } = await executeFormAction(deactivatePerson, await actorFor(ADMIN), form({ personId: anders.id }));

    expect(state).toMatchObject({ status: "error", message: "people.refusals.onlyChair", messageValues: { group: "STEERING_GROUP" } });
    const after = await personNamed("Anders Holmberg");
    expect(after.active).toBe(true);
    expect(after.user).toMatchObject({ active: true, roles: anders.user!.roles });
    expect(await prisma().membership.findMany({ where: { personId: anders.id }, orderBy: { id: "asc" } })).toEqual(memberships);
    expect(await auditCount()).toBe(before);
    expect((await verifyCredentials({ email: "ledning@huddinge.example", password: DEMO_PASSWORD, ip: "10.3.0.1" })).ok).toBe(true);
  });

  it("ends ongoing memberships today, removes ones not yet started, keeps history, takes the partnership from the account's sessions", async () => {
    const admin = await actorFor(ADMIN);
    const { lena, past, future, current } = await giveLenaAnAccountAndHistory();
    const accountId = lena.user!.accountId!;
    expect((await findSessionAccount(accountId, 3, "session-1"))?.participations.map((p) => p.userId)).toEqual([lena.user!.id]);
    const before = await auditCount();

    const { state, result } = await executeFormAction(deactivatePerson, admin, form({ personId: lena.id }));

    expect(state).toMatchObject({ status: "success", message: "people.notices.deactivated" });
    // Her steering-group seat is now vacant: a warning, not a refusal.
    expect(result!.warnings.map((warning) => warning.rule)).toContain("seat-vacant");
    const after = await personNamed("Lena Forsberg");
    expect(after).toMatchObject({ active: false, name: "Lena Forsberg", email: "lena.forsberg@sh.example", anonymisedAt: null });
    expect(after.user).toMatchObject({ active: false });
    // Sessions read the account's partnerships on every request: her only one is gone, so her
    // session ends without the account's session version being bumped.
    expect(await prisma().account.findUniqueOrThrow({ where: { id: accountId } })).toMatchObject({ sessionVersion: 3 });
    expect(await findSessionAccount(accountId, 3, "session-1")).toBeNull();
    expect((await verifyCredentials({ email: "lena.forsberg@sh.example", password: "anything", ip: "10.3.0.2" })).ok).toBe(false);

    expect((await prisma().membership.findUniqueOrThrow({ where: { id: current.id } })).endDate).toEqual(today());
    expect(await prisma().membership.findUniqueOrThrow({ where: { id: past.id } })).toEqual(past);
    expect(await prisma().membership.findUnique({ where: { id: future.id } })).toBeNull();
    expect(await prisma().membershipThematicArea.count({ where: { membershipId: past.id } })).toBe(1);

    expect(await auditCount()).toBe(before + 1);
    const event = await lastEvent("person.deactivated");
    expect(event).toMatchObject({ actorUserId: admin.userId, entityType: "Person", entityId: lena.id });
    const isoToday = today().toISOString().slice(0, 10);
    expect(event.data).toMatchObject({
      before: {
        active: true,
        account: { active: true },
        memberships: [
          { id: current.id, group: "STEERING_GROUP", endDate: null },
          { id: future.id, group: "WORKING_GROUP", endDate: null },
        ],
      },
      after: {
        active: false,
        account: { active: false },
        memberships: [{ id: current.id, endDate: isoToday }],
        removedMemberships: [future.id],
      },
      warnings: expect.arrayContaining(["seat-vacant"]),
    });
  });

  it("deactivates a person without an account", async () => {
    const oskar = await personNamed("Oskar Lind");
    const { state } = await executeFormAction(deactivatePerson, await actorFor(ADMIN), form({ personId: oskar.id }));
    expect(state.status).toBe("success");
    expect((await personNamed("Oskar Lind")).active).toBe(false);
    expect((await prisma().membership.findFirstOrThrow({ where: { personId: oskar.id } })).endDate).toEqual(today());
    expect((await lastEvent("person.deactivated")).data).toMatchObject({ before: { account: null }, after: { account: null } });
  });

  it("refuses deactivating oneself, someone already deactivated, and anyone when not an administrator", async () => {
    const admin = await actorFor(ADMIN);
    const before = await auditCount();
    expect((await executeFormAction(deactivatePerson, admin, form({ personId: admin.personId }))).state.message).toBe(
      "people.refusals.deactivateSelf",
    );
    const lena = await personNamed("Lena Forsberg");
    expect((await executeFormAction(deactivatePerson, admin, form({ personId: lena.id }))).state.message).toBe(
      "people.refusals.alreadyInactive",
    );
    const fredrik = await personNamed("Fredrik Sundin");
    expect((await executeFormAction(deactivatePerson, await actorFor(READER), form({ personId: fredrik.id }))).state.message).toBe(
      "errors.forbidden",
    );
    expect((await personNamed("Fredrik Sundin")).active).toBe(true);
    expect((await prisma().membership.findFirstOrThrow({ where: { personId: fredrik.id } })).endDate).toBeNull();
    expect((await personNamed("Maria Lindqvist")).active).toBe(true);
    expect(await auditCount()).toBe(before);
  });
});

describe("anonymising a person", () => {
  it("refuses an active person and changes nothing", async () => {
    const fredrik = await personNamed("Fredrik Sundin");
    const before = await auditCount();
    const { state } = await executeFormAction(anonymisePerson, await actorFor(ADMIN), form({ personId: fredrik.id, confirm: "yes" }));
    expect(state.message).toBe("people.refusals.anonymiseActive");
    expect(await personNamed("Fredrik Sundin")).toEqual(fredrik);
    expect(await auditCount()).toBe(before);
  });

  it("needs the confirmation box", async () => {
    const lena = await personNamed("Lena Forsberg");
    const before = await auditCount();
    const { state } = await executeFormAction(anonymisePerson, await actorFor(ADMIN), form({ personId: lena.id }));
    expect(state).toMatchObject({ message: "errors.validation", fieldErrors: { confirm: ["people.validation.confirmRequired"] } });
    expect((await personNamed("Lena Forsberg")).anonymisedAt).toBeNull();
    expect(await auditCount()).toBe(before);
  });

  it("refuses anyone who is not an administrator", async () => {
    const lena = await personNamed("Lena Forsberg");
    const { state } = await executeFormAction(anonymisePerson, await actorFor("ledning@huddinge.example"), form({ personId: lena.id, confirm: "yes" }));
    expect(state.message).toBe("errors.forbidden");
    expect((await personNamed("Lena Forsberg")).name).toBe("Lena Forsberg");
  });

  it("clears the personal data, switches the account off for good and keeps the memberships", async () => {
    const admin = await actorFor(ADMIN);
    const lena = await personNamed("Lena Forsberg");
    const memberships = await prisma().membership.findMany({ where: { personId: lena.id }, orderBy: { id: "asc" } });
    expect(memberships.length).toBeGreaterThanOrEqual(2);
    const before = await auditCount();

    const { state } = await executeFormAction(anonymisePerson, admin, form({ personId: lena.id, confirm: "yes" }));

    expect(state).toMatchObject({ status: "success", message: "people.notices.anonymised" });
    const after = await personNamed("Lena Forsberg").catch(() => null);
    expect(after).toBeNull();
    const person = await prisma().person.findUniqueOrThrow({ where: { id: lena.id }, include: { user: true } });
    const accountId = lena.user!.accountId!;
    expect(person).toMatchObject({
      name: `Anonymiserad person ${lena.id.slice(-8)}`,
      email: null,
      title: null,
      unitId: null,
      partyId: lena.partyId,
      active: false,
    });
    expect(person.anonymisedAt).toBeInstanceOf(Date);
    expect(person.user).toMatchObject({ active: false, accountId: null });
    // Her account is used nowhere else, so nothing of it identifies her any more, and its sessions end.
    expect(await prisma().account.findUniqueOrThrow({ where: { id: accountId } })).toMatchObject({
      passwordHash: null,
      email: `anonymised-${accountId.toLowerCase()}@invalid.invalid`,
      sessionVersion: 4,
    });
    expect(await prisma().account.count({ where: { email: "lena.forsberg@sh.example" } })).toBe(0);
    expect(await prisma().membership.findMany({ where: { personId: lena.id }, orderBy: { id: "asc" } })).toEqual(memberships);

    expect(await auditCount()).toBe(before + 1);
    const event = await lastEvent("person.anonymised");
    expect(event).toMatchObject({ actorUserId: admin.userId, entityType: "Person", entityId: lena.id });
    expect(event.data).toMatchObject({
      before: { name: "[removed]", email: "[removed]", title: "[removed]", anonymisedAt: null, account: { email: "[removed]", active: false } },
      after: { name: person.name, email: null, title: null, unitId: null, account: { email: null, active: false, hasPassword: false } },
    });
    // The new entry does not itself keep what was removed.
    const written = JSON.stringify(event.data);
    expect(written).not.toContain("Lena");
    expect(written).not.toContain("lena.forsberg@sh.example");
    expect(written).not.toContain("Chef för Lärarutbildningen");
  });

  it("anonymises only once, and an anonymised person cannot be edited", async () => {
    const admin = await actorFor(ADMIN);
    const person = await prisma().person.findFirstOrThrow({ where: { anonymisedAt: { not: null } } });
    const before = await auditCount();
    expect((await executeFormAction(anonymisePerson, admin, form({ personId: person.id, confirm: "yes" }))).state.message).toBe(
      "people.refusals.alreadyAnonymised",
    );
    expect((await executeFormAction(updatePerson, admin, form({ personId: person.id, name: "Lena Forsberg" }))).state.message).toBe(
      "people.refusals.anonymised",
    );
    expect(await deactivateAgain(person.id)).toBe("people.refusals.anonymised");
    expect((await prisma().person.findUniqueOrThrow({ where: { id: person.id } })).name).toBe(person.name);
    expect(await auditCount()).toBe(before);
  });
});

async function deactivateAgain(personId: string) {
  return (await executeFormAction(deactivatePerson, await actorFor(ADMIN), form({ personId }))).state.message;
}
