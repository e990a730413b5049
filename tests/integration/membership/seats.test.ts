import { beforeAll, describe, expect, it } from "vitest";
import { getGroupPage } from "@/features/membership/queries";
import { addSeat, removeSeat } from "@/features/membership/seats";
import { executeFormAction } from "@/server/actions/form-action";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { actorFor, form } from "../../support/actors";
import { testDatabase } from "../../support/test-database";

const prisma = () => testDatabase().prisma;
let partnershipId: string;

beforeAll(async () => {
  ({ partnershipId } = await seedDemoPartnership(prisma()));
});

describe("seats", () => {
  it("lets an administrator name a new university seat, shown as vacant", async () => {
    const admin = await actorFor("admin@huddinge.example");
    const { state } = await executeFormAction(addSeat, admin, form({ groupKind: "STEERING_GROUP", partyType: "UNIVERSITY", title: "Forskningsföreträdare" }));
    expect(state.status).toBe("success");
    const page = await getGroupPage(partnershipId, "STEERING_GROUP");
    expect(page!.seats.at(-1)).toMatchObject({ title: "Forskningsföreträdare", partyName: "Södertörns högskola", holder: null });
    expect(page!.findings).toContainEqual(expect.objectContaining({ rule: "seat-vacant", seatTitle: "Forskningsföreträdare" }));
    expect(await prisma().auditEvent.count({ where: { action: "seat.added" } })).toBe(1);
  });

  it("refuses a second seat with the same name in the group", async () => {
    const admin = await actorFor("admin@huddinge.example");
    const { state } = await executeFormAction(addSeat, admin, form({ groupKind: "STEERING_GROUP", partyType: "MUNICIPALITY", title: "Biträdande kommundirektör" }));
    expect(state.fieldErrors).toEqual({ title: ["membership.seatAdmin.duplicate"] });
  });

  it("removes a seat but keeps the membership that filled it", async () => {
    const admin = await actorFor("admin@huddinge.example");
    const seat = await prisma().seat.findFirstOrThrow({ where: { title: "Prorektor" } });
    const holder = await prisma().membership.findFirstOrThrow({ where: { seatId: seat.id } });
    const { state } = await executeFormAction(removeSeat, admin, form({ seatId: seat.id }));
    expect(state.status).toBe("success");
    expect(await prisma().seat.findUnique({ where: { id: seat.id } })).toBeNull();
    expect(await prisma().membership.findUniqueOrThrow({ where: { id: holder.id } })).toMatchObject({ seatId: null, endDate: null });
  });

  // Guards seat configuration: only administrators name or remove seats.
  it("refuses non-administrators and seats of another partnership", async () => {
    const reader = await actorFor("ledning@huddinge.example");
    const refused = await executeFormAction(addSeat, reader, form({ groupKind: "STEERING_GROUP", partyType: "UNIVERSITY", title: "Kapad" }));
    expect(refused.state.message).toBe("errors.forbidden");

    const other = await prisma().partnership.create({ data: { slug: "annat", name: "Annat" } });
    const group = await prisma().group.create({ data: { partnershipId: other.id, kind: "STEERING_GROUP", meetingsPerYear: 1 } });
    const party = await prisma().party.create({ data: { partnershipId: other.id, type: "MUNICIPALITY", name: "Annan kommun" } });
    const foreign = await prisma().seat.create({ data: { groupId: group.id, partyId: party.id, title: "Främmande plats" } });
    const admin = await actorFor("admin@huddinge.example");
    const { state } = await executeFormAction(removeSeat, admin, form({ seatId: foreign.id }));
    expect(state.message).toBe("errors.notFound");
    expect(await prisma().seat.findUnique({ where: { id: foreign.id } })).not.toBeNull();
  });
});
