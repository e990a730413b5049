import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition, TransactionClient } from "@/server/actions/form-action";
import { activityForChange, type ActivityForChange } from "./activity-access";
import { checkFollowUp, followUpTargetRefusal, mayFollowUp } from "./rules";
import { followUpSchema } from "./schemas";
import { stockholmMinute } from "./time";

/** A refusal by the follow-up rules, shown as `followUps.refusals.<key>` (on a field when named). */
function refuse(key: string, field?: string, values?: Record<string, string | number>): never {
  const message = `followUps.refusals.${key}`;
  throw new ActionError(message, field ? { [field]: [message] } : {}, values);
}

/**
 * The form was opened on an older version of the activity: say what changed since — the follow-up
 * saved after the one the form showed (its status, progress, author and time), or else that the
 * activity itself was changed — and save nothing.
 */
async function refuseStale(tx: TransactionClient, activity: ActivityForChange["activity"], seenFollowUpId: string): Promise<never> {
  const latest = await tx.activityFollowUp.findFirst({
    where: { activityId: activity.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, status: true, progress: true, createdAt: true, author: { select: { person: { select: { name: true } } } } },
  });
  if (latest && latest.id !== seenFollowUpId) {
    refuse("staleFollowUp", undefined, {
      status: latest.status,
      progress: latest.progress,
      author: latest.author?.person.name ?? "–",
      when: stockholmMinute(latest.createdAt),
    });
  }
  refuse("stale");
}

/**
 * Records a follow-up of an activity (issue #6, item 3): its status, progress, narrative, results
 * and one outcome per reported indicator. In one transaction the follow-up is kept in the
 * activity's history, its status and progress are copied onto the activity (which the report
 * reads) and each reported outcome onto its indicator. The form carries the activity's version;
 * a stale form is refused with what changed, never saved over a newer follow-up.
 */
export const recordFollowUp: FormActionDefinition<typeof followUpSchema, { activityId: string; followUpId: string }> = {
  schema: followUpSchema,
  permission: "activity:follow-up",
  successMessage: "followUps.saved",
  async run({ input, actor, tx }) {
    const { activity } = await activityForChange(tx, actor, input.activityId, mayFollowUp);
    const refusal = followUpTargetRefusal(activity);
    if (refusal) refuse(refusal, undefined, { year: activity.plan.year });
    if (activity.version !== input.version) await refuseStale(tx, activity, input.seenFollowUpId);

    const known = new Set(activity.indicators.map((indicator) => indicator.id));
    if (Object.keys(input.outcomes).some((indicatorId) => !known.has(indicatorId))) refuse("unknownIndicator");
    const checked = checkFollowUp({
      status: input.status,
      progress: input.progress,
      narrative: input.narrative,
      outcomes: Object.fromEntries(activity.indicators.map((indicator) => [indicator.id, input.outcomes[indicator.id] ?? ""])),
    });
    if (checked.errors) throw new ActionError("errors.validation", checked.errors);
    const { status, progress, narrative, outcomes } = checked.value;

    const now = new Date();
    const { count } = await tx.activity.updateMany({
      where: { id: activity.id, version: input.version },
      data: { status, progress, followedUpAt: now, version: { increment: 1 } },
    });
    if (count === 0) refuse("stale");
    const followUp = await tx.activityFollowUp.create({
      data: {
        activityId: activity.id,
        status,
        progress,
        narrative,
        results: input.results,
        authorId: actor.userId,
        createdAt: now,
        outcomes: { createMany: { data: Object.entries(outcomes).map(([indicatorId, value]) => ({ indicatorId, value })) } },
      },
      select: { id: true },
    });
    for (const [indicatorId, value] of Object.entries(outcomes)) {
      await tx.activityIndicator.update({ where: { id: indicatorId }, data: { outcomeValue: value } });
    }
    return {
      audit: {
        action: "activity.followed_up",
        entityType: "Activity",
        entityId: activity.id,
        data: {
          followUpId: followUp.id,
          before: { status: activity.status, progress: activity.progress, version: activity.version },
          after: { status, progress, version: activity.version + 1, narrative, results: input.results, outcomes },
        },
      },
      result: { activityId: activity.id, followUpId: followUp.id },
    };
  },
};
