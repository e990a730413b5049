import { beforeAll, describe, expect, it } from "vitest";
import { closePriorityArea, continuePriorityArea } from "@/features/priority-areas/definitions";
import { findPublicRegister, findRegister, getPriorityAreaPage } from "@/features/priority-areas/queries";
import type { Actor } from "@/server/auth/actor";
import { executeFormAction } from "@/server/actions/form-action";
import {
  actorFor,
  ADMIN,
  expectRefused,
  expectSuccess,
  form,
  lastEvent,
  prisma,
  READER,
  seed,
  SG_MEMBER,
  STEERING_CHAIR,
  THIS_YEAR,
  WORKING_CHAIR,
  CLIMATE_AREA,
  type Fixture,
} from "../proposals/proposal-fixtures";

let fixture: Fixture;
let reader: Actor;
let areaId: string;

beforeAll(async () => {
  fixture = await seed();
  reader = await actorFor(READER);
  // The demo's area: accepted last year for this year, by last year's steering-group decision (approved minutes).
  areaId = (await prisma().priorityArea.findFirstOrThrow({ where: { partnershipId: fixture.partnershipId, title: CLIMATE_AREA } })).id;
});

describe("the register of priority areas", () => {
  it("shows each year what was prioritised, by which decision, traced back to the proposal", async () => {
    const { years, allYears } = await findRegister(reader, null);
    // The demo's history: each past call gave the next year its areas.
    expect(allYears).toContain(THIS_YEAR);
    expect(allYears.length).toBeGreaterThan(1);
    const entry = years.find((row) => row.year === THIS_YEAR)!.entries.find((row) => row.area.id === areaId);
    expect(entry!.area.title).toBe("Klimatanpassad samhällsplanering i Huddinge");
    expect(entry!.decision).toMatchObject({ number: 2, inForce: true });
    expect(entry!.area.proposal).not.toBeNull();
    expect(entry!.area.activities).toEqual([]);
    expect((await findRegister(reader, THIS_YEAR - 5)).years).toEqual([]);
    const page = await getPriorityAreaPage(reader, areaId);
    expect(page).toMatchObject({ mayDecide: false, nextYear: THIS_YEAR + 1 });
  });

  it("publishes only areas whose decisions are in force, without the proposal or people", async () => {
    const [register] = await findPublicRegister();
    const [entry] = register!.years[0]!.entries;
    expect(entry!.area.proposal).toBeNull();
    expect(entry!.area.description).toBe("");
    expect(JSON.stringify(register)).not.toContain("forskare@sh.example");
    expect(JSON.stringify(register)).not.toContain("Johan Ekberg");
  });

  it("continues an area into the next year by a later steering-group decision, once", async () => {
    const chair = await actorFor(STEERING_CHAIR);
    const wgChair = await actorFor(WORKING_CHAIR);
    const fields = form({ priorityAreaId: areaId, decisionId: fixture.sgDecisionId });
    await expectRefused(() => executeFormAction(continuePriorityArea, wgChair, fields), "errors.forbidden");
    await expectRefused(() => executeFormAction(continuePriorityArea, reader, fields), "errors.forbidden");
    const earlier = await prisma().decision.findFirstOrThrow({ where: { subject: "PRIORITY_AREAS", meeting: { cycleYear: THIS_YEAR - 1, group: { kind: "STEERING_GROUP" } } } });
    await expectRefused(() => executeFormAction(continuePriorityArea, chair, form({ priorityAreaId: areaId, decisionId: earlier.id })), "priorityAreas.refusals.notLater");
    await expectRefused(() => executeFormAction(continuePriorityArea, chair, form({ priorityAreaId: areaId, decisionId: fixture.wgDecisionId })), "priorityAreas.refusals.notSteeringGroupDecision");
    const { year } = await expectSuccess(() => executeFormAction(continuePriorityArea, chair, fields), "priorityAreas.continuedMessage");
    expect(year).toBe(THIS_YEAR + 1);
    expect(await prisma().priorityAreaYear.findMany({ where: { priorityAreaId: areaId }, orderBy: { year: "asc" } })).toMatchObject([
      { year: THIS_YEAR },
      { year: THIS_YEAR + 1, decisionId: fixture.sgDecisionId },
    ]);
    expect((await lastEvent("priority_area.continued")).entityId).toBe(areaId);
    const next = (await findRegister(reader, THIS_YEAR + 1)).years[0]!.entries[0]!;
    expect(next).toMatchObject({ continued: true, decision: { id: fixture.sgDecisionId, inForce: false } });
    // Draft minutes: not yet in the public register.
    const publicYears = (await findPublicRegister())[0]!.years.map((row) => row.year);
    expect(publicYears).toContain(THIS_YEAR);
    expect(publicYears).not.toContain(THIS_YEAR + 1);
  });

  it("closes an area by a later decision, after which it takes no more years", async () => {
    const admin = await actorFor(ADMIN);
    const member = await actorFor(SG_MEMBER);
    await expectSuccess(() => executeFormAction(closePriorityArea, member, form({ priorityAreaId: areaId, decisionId: fixture.sgDecisionId })), "priorityAreas.closedMessage");
    const area = await prisma().priorityArea.findUniqueOrThrow({ where: { id: areaId } });
    expect(area.closedByDecisionId).toBe(fixture.sgDecisionId);
    expect(area.closedAt).not.toBeNull();
    await expectRefused(() => executeFormAction(closePriorityArea, admin, form({ priorityAreaId: areaId, decisionId: fixture.sgDecisionId })), "priorityAreas.refusals.closed");
    await expectRefused(() => executeFormAction(continuePriorityArea, admin, form({ priorityAreaId: areaId, decisionId: fixture.sgDecisionId })), "priorityAreas.refusals.closed");
    await expectRefused(() => executeFormAction(closePriorityArea, admin, form({ priorityAreaId: "missing", decisionId: fixture.sgDecisionId })), "errors.notFound");
  });
});
