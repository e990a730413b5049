import type { PrismaClient } from "@/generated/prisma/client";
import type { ActivityStatus, DecisionSubject, FocusArea, ResultKind, SustainabilityDimension } from "@/generated/prisma/enums";
import { instantFromStockholm } from "@/features/meetings/meeting-time";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";

/**
 * Plans, activities, follow-ups, results, meetings, decisions and proposals written directly with
 * Prisma (the actions that make them are other features'), for the report's tests. The report is
 * always asked "as of" NOW, so the figures do not depend on the day the tests run.
 */

export const YEAR = 2026;
export const NOW = new Date("2026-11-27T10:00:00Z");

export const day = (date: string) => new Date(`${date}T00:00:00Z`);

export type Groups = { partnershipId: string; steeringGroupId: string; workingGroupId: string };

export async function seedPartnership(prisma: PrismaClient): Promise<Groups> {
  const { partnershipId } = await seedDemoPartnership(prisma);
  return groupsOf(prisma, partnershipId);
}

export async function groupsOf(prisma: PrismaClient, partnershipId: string): Promise<Groups> {
  const groups = await prisma.group.findMany({ where: { partnershipId } });
  return {
    partnershipId,
    steeringGroupId: groups.find((group) => group.kind === "STEERING_GROUP")!.id,
    workingGroupId: groups.find((group) => group.kind === "WORKING_GROUP")!.id,
  };
}

export async function meeting(prisma: PrismaClient, groupId: string, date: string, options: { title?: string; status?: "PLANNED" | "HELD" } = {}) {
  const startsAt = instantFromStockholm(date, "10:00")!;
  return prisma.meeting.create({
    data: {
      groupId,
      title: options.title ?? `Möte ${date}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      cycleYear: Number(date.slice(0, 4)),
      status: options.status ?? "HELD",
    },
  });
}

/** Minutes of a meeting with its decisions (§ 1, § 2, …), approved unless `draft`. Returns the decisions' ids in order. */
export async function decisions(
  prisma: PrismaClient,
  meetingId: string,
  list: readonly { title: string; subject?: DecisionSubject }[],
  options: { draft?: boolean } = {},
): Promise<string[]> {
  const minutes = await prisma.minutes.create({ data: { meetingId } });
  const ids: string[] = [];
  for (const [index, item] of list.entries()) {
    const created = await prisma.decision.create({
      data: { minutesId: minutes.id, meetingId, number: index + 1, title: item.title, text: `${item.title}: beslutat.`, subject: item.subject ?? "GENERAL" },
    });
    ids.push(created.id);
  }
  if (!options.draft) await prisma.minutes.update({ where: { id: minutes.id }, data: { status: "APPROVED", approvedAt: new Date() } });
  return ids;
}

export type ActivitySeed = {
  key?: string;
  title?: string;
  status?: ActivityStatus;
  progress?: number;
  focusArea?: FocusArea;
  dimensions?: SustainabilityDimension[];
  priorityAreaId?: string | null;
  endsOn?: string;
  removed?: boolean;
  carriedOverFromId?: string;
  municipalResponsibleId?: string;
  universityResponsibleId?: string;
  indicators?: { name: string; unit?: string; targetValue?: number | null; outcomeValue?: number | null }[];
};

/** An adopted (or closed) plan with its activities, each with its latest follow-up copied onto it. */
export async function plan(
  prisma: PrismaClient,
  partnershipId: string,
  year: number,
  adoptedBy: string,
  activities: readonly ActivitySeed[],
  options: { status?: "DRAFT" | "ADOPTED" | "CLOSED"; closedBy?: string } = {},
): Promise<{ planId: string; activityIds: Record<string, string>; ids: string[] }> {
  const status = options.status ?? "ADOPTED";
  const decided = status !== "DRAFT";
  const created = await prisma.activityPlan.create({
    data: {
      partnershipId,
      year,
      status,
      proposedByDecisionId: decided ? adoptedBy : null,
      proposedAt: decided ? day(`${year - 1}-09-01`) : null,
      adoptedByDecisionId: decided ? adoptedBy : null,
      adoptedAt: decided ? day(`${year - 1}-10-01`) : null,
      closedByDecisionId: status === "CLOSED" ? options.closedBy! : null,
      closedAt: status === "CLOSED" ? day(`${year}-10-15`) : null,
    },
  });
  const activityIds: Record<string, string> = {};
  const ids: string[] = [];
  for (const [index, seed] of activities.entries()) {
    const activity = await prisma.activity.create({
      data: {
        planId: created.id,
        title: seed.title ?? `Aktivitet ${year}-${index + 1}`,
        focusArea: seed.focusArea ?? "EDUCATION_AND_COMPETENCE",
        dimensions: seed.dimensions ?? ["SOCIAL"],
        collaborationKinds: ["COURSE"],
        priorityAreaId: seed.priorityAreaId ?? null,
        startsOn: day(`${year}-01-01`),
        endsOn: day(seed.endsOn ?? `${year}-12-31`),
        status: seed.status ?? "ON_TRACK",
        progress: seed.progress ?? 50,
        followedUpAt: seed.status && seed.status !== "NOT_STARTED" ? day(`${year}-06-01`) : null,
        removedAt: seed.removed ? day(`${year}-05-01`) : null,
        carriedOverFromId: seed.carriedOverFromId ?? null,
        municipalResponsibleId: seed.municipalResponsibleId ?? null,
        universityResponsibleId: seed.universityResponsibleId ?? null,
        indicators: seed.indicators
          ? { create: seed.indicators.map((indicator, position) => ({ name: indicator.name, unit: indicator.unit ?? "", targetValue: indicator.targetValue ?? null, outcomeValue: indicator.outcomeValue ?? null, sortOrder: position })) }
          : undefined,
      },
    });
    if (seed.status && seed.status !== "NOT_STARTED") {
      await prisma.activityFollowUp.create({ data: { activityId: activity.id, status: seed.status, progress: seed.progress ?? 50, narrative: "Lägesrapport." } });
    }
    activityIds[seed.key ?? String(index)] = activity.id;
    ids.push(activity.id);
  }
  return { planId: created.id, activityIds, ids };
}

export async function result(prisma: PrismaClient, partnershipId: string, activityId: string, kind: ResultKind, date: string, title = `${kind} ${date}`) {
  return prisma.result.create({ data: { partnershipId, activityId, kind, title, date: day(date), authors: "Sara Nyström" } });
}

export async function priorityArea(prisma: PrismaClient, partnershipId: string, title: string, decisionId: string, years: number[]) {
  return prisma.priorityArea.create({
    data: { partnershipId, title, focusArea: "EDUCATION_AND_COMPETENCE", dimensions: ["SOCIAL"], decisionId, years: { create: years.map((year) => ({ year, decisionId })) } },
  });
}

export async function call(prisma: PrismaClient, partnershipId: string, cycleYear: number) {
  return prisma.proposalCall.create({
    data: { partnershipId, cycleYear, title: `Inbjudan ${cycleYear}`, opensAt: new Date(`${cycleYear}-01-15T08:00:00Z`), deadline: new Date(`${cycleYear}-03-31T21:59:59Z`) },
  });
}

export async function proposal(
  prisma: PrismaClient,
  partnershipId: string,
  callId: string,
  status: "DRAFT" | "SUBMITTED" | "ACCEPTED" | "REJECTED" | "WITHDRAWN",
  decided?: { meetingId: string; decisionId: string },
) {
  const submitted = status !== "DRAFT";
  return prisma.proposal.create({
    data: {
      partnershipId,
      callId,
      status,
      title: `Förslag (${status})`,
      problem: "Ett problem att lösa.",
      focusArea: "EDUCATION_AND_COMPETENCE",
      dimensions: ["SOCIAL"],
      contactName: "Sara Nyström",
      submittedAt: submitted ? new Date("2026-02-01T10:00:00Z") : null,
      withdrawnAt: status === "WITHDRAWN" ? new Date("2026-02-10T10:00:00Z") : null,
      putForwardMeetingId: status === "ACCEPTED" || status === "REJECTED" ? decided!.meetingId : null,
      decisionId: status === "ACCEPTED" || status === "REJECTED" ? decided!.decisionId : null,
      decidedAt: status === "ACCEPTED" || status === "REJECTED" ? new Date("2026-10-06T10:00:00Z") : null,
    },
  });
}

export async function personId(prisma: PrismaClient, partnershipId: string, name: string): Promise<string> {
  return (await prisma.person.findFirstOrThrow({ where: { partnershipId, name }, select: { id: true } })).id;
}
