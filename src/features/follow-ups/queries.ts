import "server-only";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { activityStandingFor } from "./activity-access";
import { followUpTargetRefusal, mayFollowUp, mayReadActivity, type ActivityStatus, type FollowUpTargetRefusal, type PlanStatus } from "./rules";

/**
 * The follow-ups' reads. Each takes the actor: another partnership's activity, or one of a plan
 * the actor may not read (a draft, for someone outside the groups), is not there (null).
 */

export type FollowUpIndicator = {
  id: string;
  name: string;
  unit: string;
  targetValue: number | null;
  /** The latest reported outcome. */
  outcomeValue: number | null;
};

export type FollowUpRecord = {
  id: string;
  status: ActivityStatus;
  progress: number;
  narrative: string;
  results: string;
  authorName: string | null;
  createdAt: Date;
  /** The outcomes this follow-up reported, per indicator id. */
  outcomes: Record<string, number>;
};

export type ActivityFollowUps = {
  activity: {
    id: string;
    title: string;
    planYear: number;
    planStatus: PlanStatus;
    removed: boolean;
    status: ActivityStatus;
    progress: number;
    followedUpAt: Date | null;
    version: number;
  };
  indicators: FollowUpIndicator[];
  /** Newest first; the first is the latest. */
  followUps: FollowUpRecord[];
  /** The actor is one who follows it up (responsible, working group, administrator). */
  mayFollowUp: boolean;
  /** Why the activity takes no follow-up now; null when it does. */
  refusal: FollowUpTargetRefusal | null;
};

const ID_MAX = 64;

export async function getActivityFollowUps(actor: Actor, activityId: string): Promise<ActivityFollowUps | null> {
  if (activityId.length === 0 || activityId.length > ID_MAX) return null;
  const prisma = await db();
  const activity = await prisma.activity.findFirst({
    where: { id: activityId, plan: { partnershipId: actor.partnershipId } },
    select: {
      id: true,
      title: true,
      status: true,
      progress: true,
      followedUpAt: true,
      removedAt: true,
      version: true,
      municipalResponsibleId: true,
      universityResponsibleId: true,
      plan: { select: { year: true, status: true } },
      indicators: { orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], select: { id: true, name: true, unit: true, targetValue: true, outcomeValue: true } },
      followUps: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: {
          id: true,
          status: true,
          progress: true,
          narrative: true,
          results: true,
          createdAt: true,
          author: { select: { person: { select: { name: true } } } },
          outcomes: { select: { indicatorId: true, value: true } },
        },
      },
    },
  });
  if (!activity) return null;
  const standing = await activityStandingFor(actor, activity, prisma);
  if (!mayReadActivity(standing, activity.plan.status)) return null;
  return {
    activity: {
      id: activity.id,
      title: activity.title,
      planYear: activity.plan.year,
      planStatus: activity.plan.status,
      removed: activity.removedAt !== null,
      status: activity.status,
      progress: activity.progress,
      followedUpAt: activity.followedUpAt,
      version: activity.version,
    },
    indicators: activity.indicators,
    followUps: activity.followUps.map((row) => ({
      id: row.id,
      status: row.status,
      progress: row.progress,
      narrative: row.narrative,
      results: row.results,
      authorName: row.author?.person.name ?? null,
      createdAt: row.createdAt,
      outcomes: Object.fromEntries(row.outcomes.map((outcome) => [outcome.indicatorId, outcome.value])),
    })),
    mayFollowUp: mayFollowUp(standing),
    refusal: followUpTargetRefusal(activity),
  };
}
