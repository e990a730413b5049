import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addMembership } from "@/features/membership/add-membership";
import { dayOf } from "@/features/membership/composition-snapshot";
import { endMembership } from "@/features/membership/end-membership";
import { findCompositionFindings, getGroupPage } from "@/features/membership/queries";
import { executeFormAction } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { actorFor, form } from "../../support/actors";
import { testDatabase } from "../../support/test-database";

const prisma = () => testDatabase().prisma;
const today = dayOf(new Date()).toISOString().slice(0, 10);
let partnershipId: string;

async function membershipOf(name: string, kind: "STEERING_GROUP" | "WORKING_GROUP") {
  return prisma().membership.findFirstOrThrow({ where: { person: { name }, group: { kind, partnershipId }, endDate: null } });
}

async function createPerson(name: string, party: "MUNICIPALITY" | "UNIVERSITY") {
  const partyRow = await prisma().party.findFirstOrThrow({ where: { partnershipId, type: party } });
  return prisma().person.create({ data: { partnershipId, name, partyId: partyRow.id, email: `${name.toLowerCase().replace(/\W+/g, ".")}@example.se` } });
}

beforeAll(async () => {
  ({ partnershipId } = await seedDemoPartnership(prisma()));
});

let admin: Actor;
beforeEach(async () => {
  admin = await actorFor("admin@huddinge.example");
});

describe("ending a membership", () => {
  it("opens a vacancy when the last municipal manager of an area leaves, and says so", async () => {
    const mikael = await membershipOf("Mikael Berg", "WORKING_GROUP");
    const { state, result } = await executeFormAction(endMembership, admin, form({ membershipId: mikael.id, endDate: today }));
    expect(state).toMatchObject({ status: "success", message: "membership.ended", messageValues: { warnings: 1 } });
    expect(result?.warnings).toEqual([expect.objectContaining({ rule: "area-missing-party", areaName: "VFU och lärarutbildning", partyType: "MUNICIPALITY" })]);

    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
    expect(await findCompositionFindings(partnershipId, tomorrow)).toContainEqual(expect.objectContaining({ rule: "area-missing-party", partyType: "MUNICIPALITY" }));
    const event = await prisma().auditEvent.findFirstOrThrow({ where: { action: "membership.ended", entityId: mikael.id } });
    expect(event.data).toMatchObject({ before: { person: "Mikael Berg", endDate: null }, after: { endDate: today } });
  });

  // Guards the chair rule: ending the last chair's membership without naming a successor is refused.
  it("refuses to end the chair's membership without a successor, and changes nothing", async () => {
    const anders = await membershipOf("Anders Holmberg", "STEERING_GROUP");
    const events = await prisma().auditEvent.count();
    const { state } = await executeFormAction(endMembership, admin, form({ membershipId: anders.id, endDate: today }));
    expect(state).toMatchObject({ status: "error", message: "membership.refusals.no-chair", messageValues: { group: "STEERING_GROUP" } });
    expect((await prisma().membership.findUniqueOrThrow({ where: { id: anders.id } })).endDate).toBeNull();
    expect(await prisma().auditEvent.count()).toBe(events);
  });

  it("ends the chair's membership when a successor takes the chair in the same change", async () => {
    const anders = await membershipOf("Anders Holmberg", "STEERING_GROUP");
    const peter = await membershipOf("Peter Axelsson", "STEERING_GROUP");
    const { state } = await executeFormAction(endMembership, admin, form({ membershipId: anders.id, endDate: today, successorMembershipId: peter.id }));
    expect(state.status).toBe("success");
    expect((await prisma().membership.findUniqueOrThrow({ where: { id: peter.id } })).role).toBe("CHAIR");
    const page = await getGroupPage(partnershipId, "STEERING_GROUP", new Date(Date.now() + 24 * 60 * 60 * 1000));
    expect(page!.current.filter((member) => member.role === "CHAIR").map((member) => member.name)).toEqual(["Peter Axelsson"]);
    expect(page!.seats.find((seat) => seat.title === "Biträdande kommundirektör")?.holder).toBeNull();
  });

  it("refuses a membership of another partnership as if it did not exist", async () => {
    const other = await prisma().partnership.create({ data: { slug: "annan", name: "Annat partnerskap" } });
    const group = await prisma().group.create({ data: { partnershipId: other.id, kind: "WORKING_GROUP", meetingsPerYear: 2 } });
    const party = await prisma().party.create({ data: { partnershipId: other.id, type: "UNIVERSITY", name: "Annat lärosäte" } });
    const person = await prisma().person.create({ data: { partnershipId: other.id, name: "Främling", partyId: party.id } });
    const foreign = await prisma().membership.create({ data: { groupId: group.id, personId: person.id, partyId: party.id, startDate: new Date("2024-01-01") } });
    const { state } = await executeFormAction(endMembership, admin, form({ membershipId: foreign.id, endDate: today }));
    expect(state).toMatchObject({ status: "error", message: "errors.notFound" });
    expect((await prisma().membership.findUniqueOrThrow({ where: { id: foreign.id } })).endDate).toBeNull();
  });
});

describe("adding a membership", () => {
  it("fills a vacancy: a municipal manager for the VFU area", async () => {
    const person = await createPerson("Petra Gran", "MUNICIPALITY");
    const vfu = await prisma().thematicArea.findFirstOrThrow({ where: { partnershipId, name: "VFU och lärarutbildning" } });
    const { state } = await executeFormAction(
      addMembership,
      admin,
      form({ groupKind: "WORKING_GROUP", personId: person.id, role: "MEMBER", startDate: today, endDate: "", thematicAreaIds: [vfu.id] }),
    );
    expect(state).toMatchObject({ status: "success", messageValues: { warnings: 0 } });
    const findings = await findCompositionFindings(partnershipId, new Date(Date.now() + 24 * 60 * 60 * 1000));
    expect(findings.filter((finding) => finding.rule === "area-missing-party")).toEqual([]);
    const event = await prisma().auditEvent.findFirstOrThrow({ where: { action: "membership.added" }, orderBy: { id: "desc" } });
    expect(event.data).toMatchObject({ after: { person: "Petra Gran", group: "WORKING_GROUP", thematicAreaIds: [vfu.id] } });
  });

  it("refuses an overlapping membership of the same person in the same group", async () => {
    const sara = await prisma().person.findFirstOrThrow({ where: { name: "Sara Nyström" } });
    const { state } = await executeFormAction(
      addMembership,
      admin,
      form({ groupKind: "WORKING_GROUP", personId: sara.id, role: "MEMBER", startDate: "2030-01-01" }),
    );
    expect(state.fieldErrors).toEqual({ startDate: ["membership.validation.overlap"] });
  });

  it("refuses a second chair", async () => {
    const person = await createPerson("Olle Ordförande", "UNIVERSITY");
    const { state } = await executeFormAction(addMembership, admin, form({ groupKind: "WORKING_GROUP", personId: person.id, role: "CHAIR", startDate: today }));
    expect(state).toMatchObject({ status: "error", message: "membership.refusals.several-chairs" });
    expect(await prisma().membership.count({ where: { personId: person.id } })).toBe(0);
  });

  it("refuses a seat of the other party and thematic areas in the steering group", async () => {
    const person = await createPerson("Sofia Säte", "UNIVERSITY");
    const deputySeat = await prisma().seat.findFirstOrThrow({ where: { title: "Biträdande kommundirektör" } });
    const seatRefusal = await executeFormAction(
      addMembership,
      admin,
      form({ groupKind: "STEERING_GROUP", personId: person.id, role: "MEMBER", seatId: deputySeat.id, startDate: today }),
    );
    expect(seatRefusal.state.fieldErrors).toEqual({ seatId: ["membership.validation.seatOtherParty"] });
    const area = await prisma().thematicArea.findFirstOrThrow({ where: { partnershipId } });
    const areaRefusal = await executeFormAction(
      addMembership,
      admin,
      form({ groupKind: "STEERING_GROUP", personId: person.id, role: "MEMBER", startDate: today, thematicAreaIds: area.id }),
    );
    expect(areaRefusal.state.fieldErrors).toEqual({ thematicAreaIds: ["membership.validation.areasOnlyWorkingGroup"] });

    // Issue #18, item 6: the checks against the database are reported with the fields' own errors, in one submit.
    const together = await executeFormAction(
      addMembership,
      admin,
      form({ groupKind: "STEERING_GROUP", personId: person.id, role: "", seatId: deputySeat.id, startDate: "2025-02-30", thematicAreaIds: area.id }),
    );
    expect(together.state).toMatchObject({ status: "error", message: "errors.validation" });
    expect(together.state.fieldErrors).toEqual({
      role: ["validation.required"],
      startDate: ["validation.date"],
      seatId: ["membership.validation.seatOtherParty"],
      thematicAreaIds: ["membership.validation.areasOnlyWorkingGroup"],
    });
    expect(await prisma().membership.count({ where: { personId: person.id } })).toBe(0);
  });

  it("gives clear field errors for bad dates and missing fields, keeping the input", async () => {
    const { state } = await executeFormAction(
      addMembership,
      admin,
      form({ groupKind: "WORKING_GROUP", personId: "", role: "MEMBER", startDate: "2025-02-30", endDate: "2024-01-01" }),
    );
    expect(state.fieldErrors).toMatchObject({ personId: ["validation.required"], startDate: ["validation.date"] });
    expect(state.values).toMatchObject({ startDate: "2025-02-30", endDate: "2024-01-01" });

    const reversed = await executeFormAction(
      addMembership,
      admin,
      form({ groupKind: "WORKING_GROUP", personId: "x", role: "MEMBER", startDate: "2025-02-01", endDate: "2025-01-01" }),
    );
    // The unknown person is reported with the reversed dates, not after they are fixed.
    expect(reversed.state.fieldErrors).toEqual({ endDate: ["validation.endBeforeStart"], personId: ["validation.invalid"] });
  });

  // Guards membership administration: only administrators change who sits in a group.
  it("refuses every non-administrator and writes nothing", async () => {
    const person = await createPerson("Nils Nekad", "MUNICIPALITY");
    for (const email of ["ledning@huddinge.example", "arbetsgrupp@sh.example", "forskare@sh.example", "lasare@huddinge.example"]) {
      const { state } = await executeFormAction(
        addMembership,
        await actorFor(email),
        form({ groupKind: "WORKING_GROUP", personId: person.id, role: "MEMBER", startDate: today }),
      );
      expect(state.message, email).toBe("errors.forbidden");
    }
    expect(await prisma().membership.count({ where: { personId: person.id } })).toBe(0);
  });

  it("judges a membership that starts later on its start date", async () => {
    const person = await createPerson("Framtida Ordförande", "MUNICIPALITY");
    const { state } = await executeFormAction(
      addMembership,
      admin,
      form({ groupKind: "WORKING_GROUP", personId: person.id, role: "CHAIR", startDate: "2031-01-01" }),
    );
    expect(state.message).toBe("membership.refusals.several-chairs");
  });
});
