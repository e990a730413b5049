import type { Prisma } from "@/generated/prisma/client";
import { loadPlanSnapshot } from "@/features/activity-plans/snapshot-load";
import { instantFromStockholm } from "@/features/meetings/meeting-time";
import { PAST_ACTIVITIES, PAST_AREAS, PAST_RESULTS } from "./demo-history";

/**
 * The activity plans of the demo's past years (demo-history.ts), each as the application would
 * have left it: proposed by the working group's autumn meeting of the year before, adopted by the
 * steering group's meeting after it, followed up twice during its year (spring and autumn, before
 * the year's steering-group meeting), and closed by that meeting's follow-up decision. Results are
 * dated in the plan's year. Run after the meetings, minutes and proposals, in the same transaction.
 */

const DAY_MS = 86_400_000;
const FOLLOWED_UP_BY = "arbetsgrupp@sh.example";
const SECRETARY_ACCOUNT = "admin@huddinge.example";

type Lookups = {
  partnershipId: string;
  users: Map<string, string>;
  people: Map<string, string>;
  units: Map<string, string>;
  areas: Map<string, string>;
};

/** A decision of a group's held meeting in a cycle year, with its meeting's start. */
async function decisionOf(tx: Prisma.TransactionClient, partnershipId: string, kind: "WORKING_GROUP" | "STEERING_GROUP", cycleYear: number, subject: "ACTIVITY_PLAN" | "FOLLOW_UP", preparedByMeetingId?: string) {
  return tx.decision.findFirst({
    where: { subject, ...(preparedByMeetingId ? { preparedByMeetingId } : {}), meeting: { cycleYear, status: "HELD", isExtra: false, group: { partnershipId, kind } } },
    orderBy: { meeting: { startsAt: "asc" } },
    select: { id: true, meetingId: true, meeting: { select: { startsAt: true } } },
  });
}

export async function seedPastPlan(tx: Prisma.TransactionClient, lookups: Lookups, planYear: number, offset: number): Promise<void> {
  const { partnershipId } = lookups;
  const activities = PAST_ACTIVITIES[offset];
  if (!activities) return;
  const find = (map: Map<string, string>, key: string, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo past plans: no ${what} ${key}`);
    return id;
  };

  const proposing = await decisionOf(tx, partnershipId, "WORKING_GROUP", planYear - 1, "ACTIVITY_PLAN");
  const adopting = proposing ? await decisionOf(tx, partnershipId, "STEERING_GROUP", planYear - 1, "ACTIVITY_PLAN", proposing.meetingId) : null;
  const closing = await decisionOf(tx, partnershipId, "STEERING_GROUP", planYear, "FOLLOW_UP");
  if (!proposing || !adopting || !closing) throw new Error(`Demo past plans: the decisions for the plan of ${planYear} are missing`);

  const areaTitles = new Map((PAST_AREAS[offset] ?? []).map((area) => [area.key, area.title]));
  const priorityAreas = new Map(
    (await tx.priorityArea.findMany({ where: { partnershipId, years: { some: { year: planYear } } }, select: { id: true, title: true } })).map((area) => [area.title, area.id]),
  );
  const day = (monthDay: string) => new Date(`${planYear}-${monthDay}T00:00:00Z`);
  const at = (monthDay: string) => instantFromStockholm(`${planYear}-${monthDay}`, "10:00")!;

  const doneCount = activities.filter((activity) => activity.status === "DONE").length;
  const plan = await tx.activityPlan.create({
    data: {
      partnershipId,
      year: planYear,
      status: "CLOSED",
      summary: `Verksamhetsplanen för ${planYear} omfattade ${activities.length} aktiviteter inom årets prioriterade områden och partnerskapets två fokusområden; ${doneCount} blev klara.`,
      proposedByDecisionId: proposing.id,
      proposedAt: proposing.meeting.startsAt,
      adoptedByDecisionId: adopting.id,
      adoptedAt: adopting.meeting.startsAt,
      closedByDecisionId: closing.id,
      closedAt: closing.meeting.startsAt,
      // Drafted, proposed, adopted, closed.
      version: 4,
      createdAt: new Date(proposing.meeting.startsAt.getTime() - 30 * DAY_MS),
    },
  });

  const created: { id: string; indicatorId: string }[] = [];
  for (const seed of activities) {
    const areaTitle = seed.area ? areaTitles.get(seed.area) : undefined;
    const activity = await tx.activity.create({
      data: {
        planId: plan.id,
        title: seed.title,
        description: seed.description,
        priorityAreaId: areaTitle ? find(priorityAreas, areaTitle, "priority area") : null,
        focusArea: seed.focusArea,
        thematicAreaId: find(lookups.areas, seed.thematic, "thematic area"),
        dimensions: seed.dimensions,
        collaborationKinds: seed.kinds,
        municipalResponsibleId: find(lookups.people, seed.responsible[0], "person"),
        universityResponsibleId: find(lookups.people, seed.responsible[1], "person"),
        municipalUnitId: find(lookups.units, seed.units[0], "unit"),
        universityUnitId: find(lookups.units, seed.units[1], "unit"),
        startsOn: day("01-15"),
        endsOn: day("12-15"),
        expectedResults: `${seed.indicator.target} ${seed.indicator.unit}.`,
        createdAt: plan.createdAt,
        indicators: { create: [{ name: seed.indicator.name, unit: seed.indicator.unit, targetValue: seed.indicator.target, sortOrder: 0, createdAt: plan.createdAt }] },
      },
      include: { indicators: { select: { id: true } } },
    });
    created.push({ id: activity.id, indicatorId: activity.indicators[0]!.id });
  }

  await tx.activityPlanRevision.create({
    data: {
      planId: plan.id,
      number: 0,
      reason: "",
      snapshot: (await loadPlanSnapshot(tx, plan.id)) as unknown as Prisma.InputJsonObject,
      createdById: lookups.users.get(SECRETARY_ACCOUNT) ?? null,
      createdAt: adopting.meeting.startsAt,
    },
  });

  // Two follow-ups each, in spring and in the autumn before the steering group's meeting; the last is copied onto the activity.
  const author = lookups.users.get(FOLLOWED_UP_BY) ?? null;
  for (const [index, seed] of activities.entries()) {
    const { id, indicatorId } = created[index]!;
    const spring = at("05-25");
    const autumn = at("10-20");
    const springStatus = seed.status === "CANCELLED" ? "AT_RISK" : seed.status === "DELAYED" ? "AT_RISK" : "ON_TRACK";
    await tx.activityFollowUp.create({
      data: {
        activityId: id,
        status: springStatus,
        progress: Math.min(50, seed.progress),
        narrative: springStatus === "ON_TRACK" ? "Arbetet går enligt plan." : "Arbetet har svårt att komma i gång; arbetsgruppen följer det.",
        authorId: author,
        createdAt: spring,
        outcomes: { create: [{ indicatorId, value: Math.floor(seed.indicator.outcome / 2) }] },
      },
    });
    await tx.activityFollowUp.create({
      data: {
        activityId: id,
        status: seed.status,
        progress: seed.progress,
        narrative: seed.narrative,
        authorId: author,
        createdAt: autumn,
        outcomes: { create: [{ indicatorId, value: seed.indicator.outcome }] },
      },
    });
    await tx.activity.update({ where: { id }, data: { status: seed.status, progress: seed.progress, followedUpAt: autumn, version: 3 } });
    await tx.activityIndicator.update({ where: { id: indicatorId }, data: { outcomeValue: seed.indicator.outcome } });
  }

  await tx.result.createMany({
    data: (PAST_RESULTS[offset] ?? []).map((result) => {
      const date = day(result.on);
      return {
        partnershipId,
        activityId: created[result.activity]!.id,
        kind: result.kind,
        title: result.title,
        authors: "",
        date,
        description: "",
        mayPublish: result.mayPublish,
        createdById: author,
        createdAt: new Date(date.getTime() + DAY_MS),
      };
    }),
  });
}
