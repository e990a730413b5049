import "server-only";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { activityChangeRefusal, mayEditPlan, maySeePlan, type PlanStatus } from "./lifecycle";
import { planStandingFor } from "./plan-context";
import { loadActivitySnapshot } from "./revisions";
import { dayString } from "./snapshot";
import { fieldFingerprints } from "./snapshot-diff";

type Option = { id: string; name: string; nameEn?: string | null };

export type ActivityFormOptions = {
  /** The priority areas in the register for the plan's year. */
  priorityAreas: { id: string; title: string }[];
  thematicAreas: (Option & { focusArea: string })[];
  municipalPeople: Option[];
  universityPeople: Option[];
  municipalUnits: Option[];
  universityUnits: Option[];
};

export type ActivityFormValues = {
  title: string;
  description: string;
  priorityAreaId: string;
  focusArea: string;
  thematicAreaId: string;
  dimensions: string[];
  collaborationKinds: string[];
  municipalResponsibleId: string;
  universityResponsibleId: string;
  municipalUnitId: string;
  universityUnitId: string;
  startsOn: string;
  endsOn: string;
  expectedResults: string;
  indicators: { id: string; name: string; unit: string; target: string }[];
};

/** What the plan's state and the actor's standing say about changing its activities now: null when allowed. */
export type ChangeRefusal = "forbidden" | "planProposed" | "planClosed" | "activityRemoved";

/**
 * The choices of the activity form for a plan's year: the register's areas for that year, the
 * thematic areas, each party's active people and its units of the right kind. People already
 * chosen (`keepPersonIds`) stay on offer even if they are no longer active.
 */
export async function getActivityFormOptions(partnershipId: string, year: number, keepPersonIds: string[] = []): Promise<ActivityFormOptions> {
  const prisma = await db();
  const [areas, thematicAreas, people, units] = await Promise.all([
    prisma.priorityArea.findMany({ where: { partnershipId, years: { some: { year } } }, orderBy: { title: "asc" }, select: { id: true, title: true } }),
    prisma.thematicArea.findMany({ where: { partnershipId }, orderBy: [{ focusArea: "asc" }, { sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, nameEn: true, focusArea: true } }),
    prisma.person.findMany({
      where: { partnershipId, party: { partnershipId }, OR: [{ active: true, anonymisedAt: null }, { id: { in: keepPersonIds } }] },
      orderBy: { name: "asc" },
      select: { id: true, name: true, party: { select: { type: true } } },
    }),
    prisma.organisationalUnit.findMany({ where: { party: { partnershipId } }, orderBy: { name: "asc" }, select: { id: true, name: true, nameEn: true, kind: true, party: { select: { type: true } } } }),
  ]);
  const person = (type: string) => people.filter((row) => row.party?.type === type).map(({ id, name }) => ({ id, name }));
  return {
    priorityAreas: areas,
    thematicAreas,
    municipalPeople: person("MUNICIPALITY"),
    universityPeople: person("UNIVERSITY"),
    municipalUnits: units.filter((unit) => unit.party.type === "MUNICIPALITY" && unit.kind === "ADMINISTRATION").map(({ id, name, nameEn }) => ({ id, name, nameEn })),
    universityUnits: units.filter((unit) => unit.party.type === "UNIVERSITY" && unit.kind !== "ADMINISTRATION").map(({ id, name, nameEn }) => ({ id, name, nameEn })),
  };
}

function changeRefusal(status: PlanStatus, mayEdit: boolean): ChangeRefusal | null {
  if (!mayEdit) return "forbidden";
  const refusal = activityChangeRefusal(status, "reason given in the form");
  return refusal === "planProposed" || refusal === "planClosed" ? refusal : null;
}

export type NewActivityPage = { plan: { id: string; year: number; status: PlanStatus }; refusal: ChangeRefusal | null; needsReason: boolean; options: ActivityFormOptions };

/** The form for a new activity in a year's plan; null when there is no plan the actor may read. */
export async function getNewActivityPage(actor: Actor, year: number): Promise<NewActivityPage | null> {
  const prisma = await db();
  const plan = await prisma.activityPlan.findFirst({ where: { partnershipId: actor.partnershipId, year }, select: { id: true, year: true, status: true } });
  if (!plan) return null;
  const standing = await planStandingFor(actor, prisma);
  if (!maySeePlan(plan.status, standing)) return null;
  return { plan, refusal: changeRefusal(plan.status, mayEditPlan(standing)), needsReason: plan.status === "ADOPTED", options: await getActivityFormOptions(actor.partnershipId, plan.year) };
}

export type EditActivityPage = NewActivityPage & { activityId: string; title: string; version: number; baseline: string; values: ActivityFormValues };

/** The edit form of one activity with its current values; null when the actor may not read it. */
export async function getEditActivityPage(actor: Actor, activityId: string): Promise<EditActivityPage | null> {
  if (activityId.length === 0 || activityId.length > 64) return null;
  const prisma = await db();
  const row = await prisma.activity.findFirst({
    where: { id: activityId, plan: { partnershipId: actor.partnershipId } },
    include: { plan: { select: { id: true, year: true, status: true } }, indicators: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] } },
  });
  if (!row) return null;
  const standing = await planStandingFor(actor, prisma);
  if (!maySeePlan(row.plan.status, standing)) return null;
  const keep = [row.municipalResponsibleId, row.universityResponsibleId].filter((id): id is string => id !== null);
  const refusal = row.removedAt ? "activityRemoved" : changeRefusal(row.plan.status, mayEditPlan(standing));
  return {
    plan: row.plan,
    refusal,
    needsReason: row.plan.status === "ADOPTED",
    options: await getActivityFormOptions(actor.partnershipId, row.plan.year, keep),
    activityId: row.id,
    title: row.title,
    version: row.version,
    baseline: fieldFingerprints(await loadActivitySnapshot(prisma, row.id)),
    values: {
      title: row.title,
      description: row.description,
      priorityAreaId: row.priorityAreaId ?? "",
      focusArea: row.focusArea,
      thematicAreaId: row.thematicAreaId ?? "",
      dimensions: row.dimensions,
      collaborationKinds: row.collaborationKinds,
      municipalResponsibleId: row.municipalResponsibleId ?? "",
      universityResponsibleId: row.universityResponsibleId ?? "",
      municipalUnitId: row.municipalUnitId ?? "",
      universityUnitId: row.universityUnitId ?? "",
      startsOn: dayString(row.startsOn),
      endsOn: dayString(row.endsOn),
      expectedResults: row.expectedResults,
      indicators: row.indicators.map((indicator) => ({ id: indicator.id, name: indicator.name, unit: indicator.unit, target: indicator.targetValue === null ? "" : String(indicator.targetValue) })),
    },
  };
}
