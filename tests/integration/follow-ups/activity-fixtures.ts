import type { Actor } from "@/server/auth/actor";
import { actorFor, ADMIN, CLIMATE_AREA, prisma, READER, RESEARCHER, seed, SG_MEMBER, WG_MEMBER, type Fixture } from "../proposals/proposal-fixtures";
import { actionExpectations } from "../../support/action-expectations";
import { createUser } from "../../support/users";

export { actorFor, ADMIN, form, prisma, READER, RESEARCHER, SG_MEMBER, WG_MEMBER, WORKING_CHAIR } from "../proposals/proposal-fixtures";

/**
 * Activity plans and activities for the follow-up and results tests, made directly with Prisma
 * (the plan's own actions are not what these tests are about). Years far from today keep them
 * clear of any plan the demo seed may hold.
 */

/**
 * Made here: Gunnar Ek, the municipal responsible person of the adopted plan's first activity — a
 * reader whose working-group membership ended in 2025, so only his responsibility lets him in.
 */
export const MUNICIPAL_RESPONSIBLE = "gunnar.ek@huddinge.example";
/** Made here: an administrator of another partnership. */
export const OTHER_ADMIN = "admin@annat.example";

export const YEARS = { closed: 2189, adopted: 2190, draft: 2191, proposed: 2192 } as const;

export type ActivityFixture = Fixture & {
  plans: Record<keyof typeof YEARS, string>;
  /** In the adopted plan: Johan Ekberg (the researcher) and Gunnar Ek responsible, two indicators, a priority area. */
  activityId: string;
  indicatorIds: [string, string];
  /** In the adopted plan, nobody of the tests responsible. */
  otherActivityId: string;
  /** In the adopted plan, taken out by a revision; Johan Ekberg responsible. */
  removedActivityId: string;
  /** One activity in each of the other plans, Johan Ekberg responsible. */
  draftActivityId: string;
  proposedActivityId: string;
  closedActivityId: string;
  priorityAreaId: string;
  otherPartnership: { id: string; slug: string; activityId: string };
};

async function personId(partnershipId: string, name: string): Promise<string> {
  return (await prisma().person.findFirstOrThrow({ where: { partnershipId, name } })).id;
}

export async function seedActivities(): Promise<ActivityFixture> {
  const fixture = await seed();
  const { partnershipId } = fixture;
  const johan = await personId(partnershipId, "Johan Ekberg");
  const gunnar = await personId(partnershipId, "Gunnar Ek");
  await createUser(prisma(), { personId: gunnar, email: MUNICIPAL_RESPONSIBLE, roles: ["READER"] });
  const priorityAreaId = (await prisma().priorityArea.findFirstOrThrow({ where: { partnershipId, title: CLIMATE_AREA } })).id;

  // The decisions only need to exist for the plan's recorded steps.
  const decided = { proposedByDecisionId: fixture.wgDecisionId, proposedAt: new Date("2026-03-01T10:00:00Z") };
  const adopted = { ...decided, adoptedByDecisionId: fixture.sgDecisionId, adoptedAt: new Date("2026-04-01T10:00:00Z") };
  const plan = (year: number, data: object) => prisma().activityPlan.create({ data: { partnershipId, year, ...data }, select: { id: true } });
  const plans = {
    closed: (await plan(YEARS.closed, { status: "CLOSED", ...adopted, closedByDecisionId: fixture.sgDecisionId, closedAt: new Date("2026-05-01T10:00:00Z") })).id,
    adopted: (await plan(YEARS.adopted, { status: "ADOPTED", ...adopted })).id,
    draft: (await plan(YEARS.draft, { status: "DRAFT" })).id,
    proposed: (await plan(YEARS.proposed, { status: "PROPOSED", ...decided })).id,
  };

  const activity = (planId: string, title: string, data: object = {}) =>
    prisma().activity.create({
      data: { planId, title, focusArea: "EDUCATION_AND_COMPETENCE", startsOn: new Date("2026-01-01T00:00:00Z"), endsOn: new Date("2026-12-31T00:00:00Z"), ...data },
      select: { id: true },
    });
  const main = await activity(plans.adopted, "Fler VFU-platser i förskolan", { municipalResponsibleId: gunnar, universityResponsibleId: johan, priorityAreaId });
  const first = await prisma().activityIndicator.create({ data: { activityId: main.id, name: "VFU-platser", unit: "platser", targetValue: 30, sortOrder: 1 } });
  const second = await prisma().activityIndicator.create({ data: { activityId: main.id, name: "Nöjda studenter", unit: "%", targetValue: 80, sortOrder: 2 } });
  const other = await activity(plans.adopted, "Kompetensutveckling för förskollärare", { universityResponsibleId: await personId(partnershipId, "Helena Åberg") });
  const removed = await activity(plans.adopted, "Borttagen aktivitet", { universityResponsibleId: johan, removedAt: new Date("2026-06-01T10:00:00Z") });
  const draft = await activity(plans.draft, "Utkast till aktivitet", { universityResponsibleId: johan });
  const proposed = await activity(plans.proposed, "Föreslagen aktivitet", { universityResponsibleId: johan });
  const closed = await activity(plans.closed, "Avslutad aktivitet", { universityResponsibleId: johan });

  const otherPartnership = await prisma().partnership.create({ data: { slug: "annat-partnerskap", name: "Ett annat partnerskap" } });
  const otherAdmin = await prisma().person.create({ data: { partnershipId: otherPartnership.id, name: "Annan Administratör", email: OTHER_ADMIN } });
  await createUser(prisma(), { personId: otherAdmin.id, email: OTHER_ADMIN, roles: ["ADMINISTRATOR"] });
  // Another partnership's adopted plan needs decisions of its own partnership only in real life; the foreign keys accept ours.
  const otherPlan = await prisma().activityPlan.create({ data: { partnershipId: otherPartnership.id, year: YEARS.adopted, status: "ADOPTED", ...adopted }, select: { id: true } });
  const otherActivity = await activity(otherPlan.id, "Det andra partnerskapets aktivitet");

  return {
    ...fixture,
    plans,
    activityId: main.id,
    indicatorIds: [first.id, second.id],
    otherActivityId: other.id,
    removedActivityId: removed.id,
    draftActivityId: draft.id,
    proposedActivityId: proposed.id,
    closedActivityId: closed.id,
    priorityAreaId,
    otherPartnership: { id: otherPartnership.id, slug: otherPartnership.slug, activityId: otherActivity.id },
  };
}

/** The people the follow-up and results tests act as, signed in. */
export type ActivityActors = {
  /** Johan Ekberg: responsible for the main activity and for one activity of every other plan; in neither group. */
  researcher: Actor;
  /** Gunnar Ek: the main activity's other responsible person (MUNICIPAL_RESPONSIBLE). */
  municipal: Actor;
  reader: Actor;
  sgMember: Actor;
  wgMember: Actor;
  admin: Actor;
  /** An administrator of another partnership. */
  otherAdmin: Actor;
};

/** The activities (`seedActivities`) and the people the tests act as, signed in. */
export async function seedActivitiesAndActors(): Promise<{ fixture: ActivityFixture } & ActivityActors> {
  const fixture = await seedActivities();
  return {
    fixture,
    researcher: await actorFor(RESEARCHER),
    municipal: await actorFor(MUNICIPAL_RESPONSIBLE),
    reader: await actorFor(READER),
    sgMember: await actorFor(SG_MEMBER),
    wgMember: await actorFor(WG_MEMBER),
    admin: await actorFor(ADMIN),
    otherAdmin: await actorFor(OTHER_ADMIN),
  };
}

/** Everything a follow-up or a result action could have touched. */
export async function snapshot() {
  const p = prisma();
  return {
    audit: await p.auditEvent.count(),
    activities: await p.activity.findMany({ orderBy: { id: "asc" } }),
    indicators: await p.activityIndicator.findMany({ orderBy: { id: "asc" } }),
    followUps: await p.activityFollowUp.findMany({ orderBy: { id: "asc" } }),
    outcomes: await p.indicatorOutcome.findMany({ orderBy: [{ followUpId: "asc" }, { indicatorId: "asc" }] }),
    results: await p.result.findMany({ orderBy: { id: "asc" } }),
    plans: await p.activityPlan.findMany({ orderBy: { id: "asc" } }),
  };
}

/** Refused: changed nothing of what snapshot() reads, wrote no audit event. Succeeded: returns the result. */
export const { expectRefused, expectSuccess } = actionExpectations(snapshot);


export { lastEvent } from "../../support/action-expectations";
export const activityRow = (id: string) => prisma().activity.findUniqueOrThrow({ where: { id } });
