import { expect } from "vitest";
import type { DecisionSubject } from "@/generated/prisma/enums";
import { stockholmDay } from "@/lib/stockholm-day";
import { CLIMATE_AREA, seed as seedProposals, prisma, THIS_YEAR } from "../proposals/proposal-fixtures";
import { actionExpectations } from "../../support/action-expectations";
import { createUser } from "../../support/users";

export { actorFor, ADMIN, form, prisma, READER, RESEARCHER, SG_MEMBER, STEERING_CHAIR, THIS_YEAR, WG_MEMBER, WORKING_CHAIR } from "../proposals/proposal-fixtures";

/** Made by `seed`: Gunnar Ek, whose working-group membership ended; his account still has both group roles. */
export const FORMER_MEMBER = "gunnar.ek@huddinge.example";
/** Made by `seed`: the administrator of another partnership. */
export const OTHER_ADMIN = "admin@annat.example";

export type Fixture = {
  partnershipId: string;
  /** The demo priority area: in the register for this year only. */
  areaId: string;
  /** Last year's decisions on the activity plan (approved minutes): the working group's, and the steering group's prepared by it. */
  proposeDecisionId: string;
  adoptDecisionId: string;
  /** The working-group meeting of last year that proposed the plan. */
  proposingMeetingId: string;
  /** Last year's other decisions: the working group's on priority areas; the steering group's on the follow-up. */
  wgPriorityDecisionId: string;
  lastYearFollowUpDecisionId: string;
  /** This year's held working-group meeting (spring) and the extra held steering-group meeting with draft minutes. */
  wgSpringMeetingId: string;
  sgMeetingId: string;
  people: { municipal: string; university: string; inactiveMunicipal: string };
  units: { administration: string; school: string; department: string };
  thematic: { education: string; research: string };
  other: { partnershipId: string; planId: string; unitId: string; personId: string; decisionId: string };
};

const one = <T>(rows: T[], what: string): T => {
  expect(rows.length, what).toBeGreaterThan(0);
  return rows[0]!;
};

/**
 * A decision recorded in the draft minutes of a meeting (the minutes are made if the meeting has
 * none in draft), as the minutes' decision form would record it.
 */
export async function recordDecision(meetingId: string, subject: DecisionSubject, title: string, preparedByMeetingId: string | null = null): Promise<string> {
  const p = prisma();
  const minutes = (await p.minutes.findFirst({ where: { meetingId, status: "DRAFT" } })) ?? (await p.minutes.create({ data: { meetingId } }));
  const number = (await p.decision.count({ where: { minutesId: minutes.id } })) + 1;
  const decision = await p.decision.create({ data: { minutesId: minutes.id, meetingId, number, subject, title, text: title, preparedByMeetingId } });
  return decision.id;
}

/** The demo partnership with meetings, minutes and proposals (as the proposals' tests use it), plus what these tests need. */
export async function seed(): Promise<Fixture> {
  const base = await seedProposals();
  const p = prisma();
  const { partnershipId } = base;
  expect(await p.activityPlan.count(), "the fixture starts without plans").toBe(0);
  const LAST_YEAR = THIS_YEAR - 1;
  const decision = (subject: DecisionSubject, kind: "WORKING_GROUP" | "STEERING_GROUP", cycleYear: number) =>
    p.decision.findMany({ where: { subject, meeting: { cycleYear, status: "HELD", group: { partnershipId, kind } } }, orderBy: { createdAt: "asc" } });
  const propose = one(await decision("ACTIVITY_PLAN", "WORKING_GROUP", LAST_YEAR), "last year's working-group decision on the plan");
  const adopt = one(await decision("ACTIVITY_PLAN", "STEERING_GROUP", LAST_YEAR), "last year's steering-group decision on the plan");
  expect(adopt.preparedByMeetingId).toBe(propose.meetingId);

  const gunnar = await p.person.findFirstOrThrow({ where: { partnershipId, name: "Gunnar Ek" } });
  await createUser(p, { personId: gunnar.id, email: FORMER_MEMBER, roles: ["WORKING_GROUP_MEMBER", "STEERING_GROUP_MEMBER"] });
  const today = stockholmDay(new Date());
  expect(await p.membership.count({ where: { personId: gunnar.id, startDate: { lte: today }, OR: [{ endDate: null }, { endDate: { gte: today } }] } }), "Gunnar Ek is in no group today").toBe(0);

  const person = async (name: string) => (await p.person.findFirstOrThrow({ where: { partnershipId, name } })).id;
  const inactive = await p.person.create({ data: { partnershipId, name: "Före Detta", partyId: (await p.party.findFirstOrThrow({ where: { partnershipId, type: "MUNICIPALITY" } })).id, active: false } });
  const unit = async (name: string) => (await p.organisationalUnit.findFirstOrThrow({ where: { name, party: { partnershipId } } })).id;
  const thematic = async (focusArea: "EDUCATION_AND_COMPETENCE" | "RESEARCH_AND_DEVELOPMENT") => (await p.thematicArea.findFirstOrThrow({ where: { partnershipId, focusArea }, orderBy: { sortOrder: "asc" } })).id;

  // Another partnership with a plan, a unit, a person, an administrator and a decision of its own.
  const other = await p.partnership.create({ data: { slug: "annat", name: "Annat partnerskap" } });
  const otherParty = await p.party.create({ data: { partnershipId: other.id, type: "MUNICIPALITY", name: "Annan kommun" } });
  const otherUnit = await p.organisationalUnit.create({ data: { partyId: otherParty.id, kind: "ADMINISTRATION", name: "Annan förvaltning" } });
  const otherPerson = await p.person.create({ data: { partnershipId: other.id, name: "Annan Person", partyId: otherParty.id } });
  await createUser(p, { personId: otherPerson.id, email: OTHER_ADMIN, roles: ["ADMINISTRATOR"] });
  const otherPlan = await p.activityPlan.create({ data: { partnershipId: other.id, year: THIS_YEAR } });
  const otherGroup = await p.group.create({ data: { partnershipId: other.id, kind: "WORKING_GROUP", meetingsPerYear: 2 } });
  const otherMeeting = await p.meeting.create({
    data: { groupId: otherGroup.id, title: "Annat möte", startsAt: new Date(`${LAST_YEAR}-10-01T10:00:00Z`), endsAt: new Date(`${LAST_YEAR}-10-01T12:00:00Z`), cycleYear: LAST_YEAR, status: "HELD" },
  });
  const otherDecisionId = await recordDecision(otherMeeting.id, "ACTIVITY_PLAN", "Annan plan");

  return {
    partnershipId,
    // This year's priority area from last year's accepted climate proposal (the demo has several).
    areaId: (await p.priorityArea.findFirstOrThrow({ where: { partnershipId, title: CLIMATE_AREA } })).id,
    proposeDecisionId: propose.id,
    adoptDecisionId: adopt.id,
    proposingMeetingId: propose.meetingId,
    wgPriorityDecisionId: one(await decision("PRIORITY_AREAS", "WORKING_GROUP", LAST_YEAR), "last year's working-group decision on priority areas").id,
    lastYearFollowUpDecisionId: one(await decision("FOLLOW_UP", "STEERING_GROUP", LAST_YEAR), "last year's follow-up decision").id,
    wgSpringMeetingId: base.wgMeetingId,
    sgMeetingId: (await p.decision.findUniqueOrThrow({ where: { id: base.sgDecisionId } })).meetingId,
    people: { municipal: await person("Mikael Berg"), university: await person("Johan Ekberg"), inactiveMunicipal: inactive.id },
    units: { administration: await unit("Barn- och utbildningsförvaltningen"), school: await unit("Lärarutbildningen"), department: await unit("Institutionen för samhällsvetenskaper") },
    thematic: { education: await thematic("EDUCATION_AND_COMPETENCE"), research: await thematic("RESEARCH_AND_DEVELOPMENT") },
    other: { partnershipId: other.id, planId: otherPlan.id, unitId: otherUnit.id, personId: otherPerson.id, decisionId: otherDecisionId },
  };
}

/** A complete activity as the form sends it, for a plan of this year. */
export function activityFields(fixture: Fixture, overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    title: "Fler VFU-platser i förskolan",
    description: "Förskolorna tar emot fler lärarstudenter.",
    priorityAreaId: fixture.areaId,
    focusArea: "EDUCATION_AND_COMPETENCE",
    thematicAreaId: fixture.thematic.education,
    dimensions: ["SOCIAL", "ECONOMIC"],
    collaborationKinds: ["VFU_PLACEMENT", "COURSE"],
    municipalResponsibleId: fixture.people.municipal,
    universityResponsibleId: fixture.people.university,
    municipalUnitId: fixture.units.administration,
    universityUnitId: fixture.units.school,
    startsOn: `${THIS_YEAR}-02-01`,
    endsOn: `${THIS_YEAR}-11-30`,
    expectedResults: "Trettio nya VFU-platser.",
    indicator0Name: "VFU-platser",
    indicator0Unit: "platser",
    indicator0Target: "30",
    indicator1Name: "Utbildade handledare",
    indicator1Unit: "handledare",
    indicator1Target: "",
    indicator2Name: "",
    ...overrides,
  };
}

/** Everything an activity-plan action could have touched. */
export async function snapshot() {
  const p = prisma();
  return {
    audit: await p.auditEvent.count(),
    plans: await p.activityPlan.findMany({ orderBy: { id: "asc" } }),
    revisions: await p.activityPlanRevision.findMany({ orderBy: [{ planId: "asc" }, { number: "asc" }] }),
    activities: await p.activity.findMany({ orderBy: { id: "asc" } }),
    indicators: await p.activityIndicator.findMany({ orderBy: { id: "asc" } }),
  };
}

/** Refused: changed nothing of what snapshot() reads, wrote no audit event. Succeeded: returns the result. */
export const { expectRefused, expectSuccess } = actionExpectations(snapshot);


/**
 * Dates a plan made by a test back to the start of the year before its year, as if made before the
 * demo's meetings that propose and adopt it (time order: a meeting acts only on a plan that exists).
 */
export async function backdatePlan(planId: string): Promise<void> {
  const plan = await prisma().activityPlan.findUniqueOrThrow({ where: { id: planId } });
  await prisma().activityPlan.update({ where: { id: planId }, data: { createdAt: new Date(Date.UTC(plan.year - 2, 0, 1, 12)) } });
}

export const planRow = (id: string) => prisma().activityPlan.findUniqueOrThrow({ where: { id } });
export { lastEvent } from "../../support/action-expectations";
