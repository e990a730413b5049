import { beforeAll, describe, expect, it } from "vitest";
import { createPerson, updatePerson } from "@/features/people/person-definitions";
import { executeFormAction } from "@/server/actions/form-action";
import { verifyCredentials } from "@/server/auth/verify-credentials";
import { DEMO_PASSWORD } from "@/server/seed/demo-accounts";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { ADMIN, READER, actorFor, auditCount, form, lastEvent, personNamed, prisma } from "./people-fixtures";
import { createUser } from "../../support/users";

let partnershipId: string;
const unitNamed = (name: string) => prisma().organisationalUnit.findFirstOrThrow({ where: { name } });
const partyOf = (type: "MUNICIPALITY" | "UNIVERSITY") => prisma().party.findFirstOrThrow({ where: { partnershipId, type } });

beforeAll(async () => {
  ({ partnershipId } = await seedDemoPartnership(prisma()));
});

describe("adding a person", () => {
  it("adds a person without an account, stores the e-mail address in lower case and audits the new values", async () => {
    const admin = await actorFor(ADMIN);
    const university = await partyOf("UNIVERSITY");
    const unit = await unitNamed("Lärarutbildningen");
    const before = await auditCount();

    const { state, result } = await executeFormAction(
      createPerson,
      admin,
      form({ name: " Ulla Universitet ", email: " Ulla.Universitet@SH.Example ", title: "Lektor", partyId: university.id, unitId: unit.id }),
    );

    expect(state).toEqual({ status: "success", message: "people.created", fieldErrors: {}, values: {} });
    const person = await prisma().person.findUniqueOrThrow({ where: { id: result!.personId }, include: { user: true } });
    expect(person).toMatchObject({
      partnershipId,
      name: "Ulla Universitet",
      email: "ulla.universitet@sh.example",
      title: "Lektor",
      partyId: university.id,
      unitId: unit.id,
      active: true,
      user: null,
    });
    expect(await auditCount()).toBe(before + 1);
    const event = await lastEvent("person.created");
    expect(event).toMatchObject({ actorUserId: admin.userId, partnershipId, entityType: "Person", entityId: person.id });
    expect(event.data).toEqual({
      before: null,
      after: { name: "Ulla Universitet", email: "ulla.universitet@sh.example", title: "Lektor", partyId: university.id, unitId: unit.id, active: true },
    });
  });

  it("adds a person with only a name, and takes the party from a unit chosen without one", async () => {
    const admin = await actorFor(ADMIN);
    const { state, result } = await executeFormAction(createPerson, admin, form({ name: "Namn Utan Mer" }));
    expect(state.status).toBe("success");
    expect(await prisma().person.findUniqueOrThrow({ where: { id: result!.personId } })).toMatchObject({
      email: null,
      title: null,
      partyId: null,
      unitId: null,
    });

    const unit = await unitNamed("Kultur- och fritidsförvaltningen");
    const withUnit = await executeFormAction(createPerson, admin, form({ name: "Med Enhet", unitId: unit.id }));
    expect(await prisma().person.findUniqueOrThrow({ where: { id: withUnit.result!.personId } })).toMatchObject({
      partyId: unit.partyId,
      unitId: unit.id,
    });
  });

  it("refuses an e-mail address another person has, in any letter case, and writes nothing", async () => {
    const admin = await actorFor(ADMIN);
    const people = await prisma().person.count();
    const before = await auditCount();
    for (const email of ["EVA.LUNDGREN@huddinge.example", "Eva.Lundgren@Huddinge.Example"]) {
      const { state } = await executeFormAction(createPerson, admin, form({ name: "Dubblett", email }));
      expect(state).toMatchObject({
        status: "error",
        message: "errors.validation",
        fieldErrors: { email: ["people.validation.emailTaken"] },
        values: { name: "Dubblett", email },
      });
    }
    expect(await prisma().person.count()).toBe(people);
    expect(await auditCount()).toBe(before);
  });

  // Issue #15: one account per human across partnerships, so another partnership's account is no
  // conflict (inviting the person later gives that account access here too).
  it("accepts an address that an account of another partnership signs in with", async () => {
    const other = await prisma().partnership.create({ data: { slug: "annat", name: "Annat partnerskap" } });
    const annan = await prisma().person.create({ data: { partnershipId: other.id, name: "Annan", email: "annan@annat.example" } });
    await createUser(prisma(), { personId: annan.id, email: "annan@annat.example", roles: ["READER"] });
    const { state } = await executeFormAction(createPerson, await actorFor(ADMIN), form({ name: "Samma Människa", email: "ANNAN@annat.example" }));
    expect(state.status).toBe("success");
    expect(await prisma().person.findFirstOrThrow({ where: { name: "Samma Människa" } })).toMatchObject({ email: "annan@annat.example" });
    expect(await prisma().person.count({ where: { name: "Annan", partnershipId: other.id } })).toBe(1);
  });

  it("refuses a unit of another party, and a party of another partnership", async () => {
    const admin = await actorFor(ADMIN);
    const municipality = await partyOf("MUNICIPALITY");
    const universityUnit = await unitNamed("Lärarutbildningen");
    const mismatch = await executeFormAction(createPerson, admin, form({ name: "Fel Enhet", partyId: municipality.id, unitId: universityUnit.id }));
    expect(mismatch.state.fieldErrors).toEqual({ unitId: ["people.validation.unitNotInParty"] });

    const otherParty = await prisma().party.create({
      data: { partnership: { create: { slug: "tredje", name: "Tredje" } }, type: "MUNICIPALITY", name: "Grannkommunen" },
    });
    const foreign = await executeFormAction(createPerson, admin, form({ name: "Fel Part", partyId: otherParty.id }));
    expect(foreign.state.fieldErrors).toEqual({ partyId: ["validation.invalid"] });
    expect(await prisma().person.count({ where: { name: { in: ["Fel Enhet", "Fel Part"] } } })).toBe(0);
  });

  it("returns field errors for invalid input", async () => {
    const { state } = await executeFormAction(createPerson, await actorFor(ADMIN), form({ name: "", email: "inte-en-adress" }));
    expect(state.fieldErrors).toEqual({ name: ["validation.required"], email: ["validation.email"] });
  });

  // Issue #18, item 6: the address check, which needs the database, does not wait for the name.
  it("reports a missing name and a taken address together, and writes nothing", async () => {
    const people = await prisma().person.count();
    const before = await auditCount();
    const { state } = await executeFormAction(createPerson, await actorFor(ADMIN), form({ name: "", email: "Eva.Lundgren@huddinge.example", title: "x".repeat(201) }));
    expect(state).toMatchObject({ status: "error", message: "errors.validation", values: { name: "", email: "Eva.Lundgren@huddinge.example" } });
    expect(state.fieldErrors).toEqual({ name: ["validation.required"], email: ["people.validation.emailTaken"], title: ["validation.tooLong"] });
    expect(await prisma().person.count()).toBe(people);
    expect(await auditCount()).toBe(before);
  });

  it("refuses anyone who is not an administrator and changes nothing", async () => {
    const before = await auditCount();
    const people = await prisma().person.count();
    for (const email of [READER, "ledning@huddinge.example", "arbetsgrupp@sh.example", "forskare@sh.example"]) {
      const { state } = await executeFormAction(createPerson, await actorFor(email), form({ name: "Obehörig" }));
      expect(state).toMatchObject({ status: "error", message: "errors.forbidden" });
    }
    const signedOut = await executeFormAction(createPerson, null, form({ name: "Obehörig" }));
    expect(signedOut.state.message).toBe("errors.signedOut");
    expect(await prisma().person.count()).toBe(people);
    expect(await auditCount()).toBe(before);
  });
});

describe("editing a person", () => {
  const editForm = (person: { id: string; updatedAt: Date }, fields: Record<string, string>) =>
    form({ personId: person.id, version: person.updatedAt.toISOString(), ...fields });

  it("saves new details and audits the values before and after", async () => {
    const admin = await actorFor(ADMIN);
    const tomas = await personNamed("Tomas Wikström");
    const unit = await unitNamed("Barn- och utbildningsförvaltningen");
    const before = await auditCount();

    const { state } = await executeFormAction(
      updatePerson,
      admin,
      editForm(tomas, { name: "Tomas Wikström", email: "TOMAS.W@huddinge.example", title: "Förvaltningschef", partyId: tomas.partyId!, unitId: unit.id }),
    );

    expect(state).toMatchObject({ status: "success", message: "people.edit.saved" });
    const after = await prisma().person.findUniqueOrThrow({ where: { id: tomas.id } });
    expect(after).toMatchObject({ email: "tomas.w@huddinge.example", title: "Förvaltningschef", unitId: unit.id });
    expect(await auditCount()).toBe(before + 1);
    const event = await lastEvent("person.updated");
    expect(event).toMatchObject({ actorUserId: admin.userId, entityType: "Person", entityId: tomas.id });
    expect(event.data).toMatchObject({
      before: { name: "Tomas Wikström", email: "tomas.wikstrom@huddinge.example", title: "Avdelningschef vuxenutbildning", unitId: tomas.unitId },
      after: { name: "Tomas Wikström", email: "tomas.w@huddinge.example", title: "Förvaltningschef", unitId: unit.id },
    });
  });

  it("moves the account's sign-in address along with the person's", async () => {
    const karin = await personNamed("Karin Sjöberg");
    const { state } = await executeFormAction(
      updatePerson,
      await actorFor(ADMIN),
      editForm(karin, { name: karin.name, email: "Karin.Sjoberg@Huddinge.example", title: karin.title ?? "", partyId: karin.partyId ?? "", unitId: karin.unitId ?? "" }),
    );
    expect(state.status).toBe("success");
    expect((await prisma().account.findUniqueOrThrow({ where: { id: karin.user!.accountId! } })).email).toBe("karin.sjoberg@huddinge.example");
    expect((await verifyCredentials({ email: "karin.sjoberg@huddinge.example", password: DEMO_PASSWORD, ip: "10.1.0.1" })).ok).toBe(true);
    expect((await lastEvent("person.updated")).data).toMatchObject({
      before: { accountEmail: "lasare@huddinge.example" },
      after: { accountEmail: "karin.sjoberg@huddinge.example" },
    });
  });

  it("refuses removing the address of a person who signs in with it", async () => {
    const johan = await personNamed("Johan Ekberg");
    const before = await auditCount();
    const { state } = await executeFormAction(updatePerson, await actorFor(ADMIN), editForm(johan, { name: johan.name, email: "" }));
    expect(state.fieldErrors).toEqual({ email: ["people.validation.emailRequiredForAccount"] });
    expect((await prisma().person.findUniqueOrThrow({ where: { id: johan.id } })).email).toBe("forskare@sh.example");
    expect(await auditCount()).toBe(before);
  });

  // Issue #18, item 6: whether the person signs in with the address is read from the database, and
  // is reported in the same summary as the fields' own errors.
  it("reports a missing name together with the removed or taken sign-in address, and changes nothing", async () => {
    const johan = await personNamed("Johan Ekberg");
    const admin = await actorFor(ADMIN);
    const before = await auditCount();
    const removed = await executeFormAction(updatePerson, admin, editForm(johan, { name: "", email: "", title: "x".repeat(201) }));
    expect(removed.state).toMatchObject({ status: "error", message: "errors.validation" });
    expect(removed.state.fieldErrors).toEqual({ name: ["validation.required"], title: ["validation.tooLong"], email: ["people.validation.emailRequiredForAccount"] });
    const taken = await executeFormAction(updatePerson, admin, editForm(johan, { name: " ", email: "Peter.Axelsson@SH.example" }));
    expect(taken.state.fieldErrors).toEqual({ name: ["validation.required"], email: ["people.validation.emailTaken"] });
    // A stale page is still refused as such, with the fields' errors.
    const stale = await executeFormAction(updatePerson, admin, form({ personId: johan.id, version: new Date(johan.updatedAt.getTime() - 1000).toISOString(), name: "", email: "" }));
    expect(stale.state).toMatchObject({ message: "people.refusals.stale", fieldErrors: { name: ["validation.required"] } });
    expect(await prisma().person.findUniqueOrThrow({ where: { id: johan.id } })).toMatchObject({ name: johan.name, email: "forskare@sh.example" });
    expect(await auditCount()).toBe(before);
  });

  it("refuses another person's address in any letter case, for the person and for the account", async () => {
    const admin = await actorFor(ADMIN);
    const mikael = await personNamed("Mikael Berg");
    const before = await auditCount();
    for (const email of ["Peter.Axelsson@SH.example", "FORSKARE@sh.example"]) {
      const { state } = await executeFormAction(updatePerson, admin, editForm(mikael, { name: mikael.name, email }));
      expect(state.fieldErrors).toEqual({ email: ["people.validation.emailTaken"] });
    }
    expect((await prisma().person.findUniqueOrThrow({ where: { id: mikael.id } })).email).toBe("mikael.berg@huddinge.example");
    expect(await auditCount()).toBe(before);
  });

  it("keeps a person's own address when only its letter case changes", async () => {
    const nadia = await personNamed("Nadia Haddad");
    const { state } = await executeFormAction(updatePerson, await actorFor(ADMIN), editForm(nadia, { name: nadia.name, email: "NADIA.HADDAD@sh.example" }));
    expect(state.status).toBe("success");
    expect((await prisma().person.findUniqueOrThrow({ where: { id: nadia.id } })).email).toBe("nadia.haddad@sh.example");
  });

  it("refuses an edit made on a stale page", async () => {
    const ingrid = await personNamed("Ingrid Nilsson");
    const { state } = await executeFormAction(
      updatePerson,
      await actorFor(ADMIN),
      form({ personId: ingrid.id, version: new Date(ingrid.updatedAt.getTime() - 1000).toISOString(), name: "Ingrid Gammal" }),
    );
    expect(state.message).toBe("people.refusals.stale");
    expect((await prisma().person.findUniqueOrThrow({ where: { id: ingrid.id } })).name).toBe("Ingrid Nilsson");
  });

  it("refuses a person of another partnership as not found", async () => {
    const stranger = await prisma().person.findFirstOrThrow({ where: { name: "Annan" } });
    const { state } = await executeFormAction(updatePerson, await actorFor(ADMIN), form({ personId: stranger.id, name: "Kapad" }));
    expect(state.message).toBe("people.refusals.notFound");
    expect((await prisma().person.findUniqueOrThrow({ where: { id: stranger.id } })).name).toBe("Annan");
  });

  it("refuses someone who is not an administrator and changes nothing", async () => {
    const robert = await personNamed("Robert Karlsson");
    const before = await auditCount();
    const { state } = await executeFormAction(updatePerson, await actorFor("arbetsgrupp@sh.example"), editForm(robert, { name: "Kapad" }));
    expect(state.message).toBe("errors.forbidden");
    expect((await prisma().person.findUniqueOrThrow({ where: { id: robert.id } })).name).toBe("Robert Karlsson");
    expect(await auditCount()).toBe(before);
  });
});
