import "server-only";
import { activityForChange } from "@/features/follow-ups/activity-access";
import { stockholmMinute } from "@/features/follow-ups/time";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition, TransactionClient } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { normaliseIdentifier, normaliseUrl } from "./identifiers";
import { isoDay } from "./open-data";
import { mayRecordResult, resultActivityRefusal } from "./rules";
import { createResultSchema, editResultSchema, linkErrors, type ResultContent } from "./schemas";

/** A refusal by the results rules, shown as `results.refusals.<key>` (on a field when named). */
function refuse(key: string, field?: string, values?: Record<string, string | number>): never {
  const message = `results.refusals.${key}`;
  throw new ActionError(message, field ? { [field]: [message] } : {}, values);
}

/** The activity a result is recorded against: locked, in the actor's partnership, theirs to record for, and one results may come from. */
async function activityForResult(tx: TransactionClient, actor: Actor, activityId: string, keeping: boolean) {
  const { activity } = await activityForChange(tx, actor, activityId, mayRecordResult);
  const refusal = resultActivityRefusal(activity, keeping);
  if (refusal) refuse(refusal, "activityId", { year: activity.plan.year });
  return activity;
}

/** The identifier and the link, normalised (the schema's linkErrors has refused what cannot be). */
function checkLinks(content: ResultContent): { identifier: string | null; url: string | null } {
  const identifier = normaliseIdentifier(content.identifier);
  const url = normaliseUrl(content.url);
  if ("error" in identifier || "error" in url) throw new ActionError("errors.validation", linkErrors(content));
  return { identifier: identifier.value?.value ?? null, url: url.value };
}

function columns(content: ResultContent, links: { identifier: string | null; url: string | null }) {
  return {
    activityId: content.activityId,
    kind: content.kind,
    title: content.title,
    authors: content.authors,
    date: content.date,
    identifier: links.identifier,
    url: links.url,
    description: content.description,
    mayPublish: content.mayPublish,
  };
}

type Columns = ReturnType<typeof columns>;
const audited = (row: Columns) => ({ ...row, date: isoDay(row.date) });

/**
 * Records a result of an activity (issue #6, item 4). The form carries a submission key: the same
 * form sent twice (a double click, a resent request) finds the result the first one recorded and
 * returns it — one result, no error. The activity is locked first, so two such requests are
 * taken one after the other.
 */
export const createResult: FormActionDefinition<typeof createResultSchema, { resultId: string }> = {
  schema: createResultSchema,
  permission: "activity:follow-up",
  successMessage: "results.created",
  async run({ input, actor, tx }) {
    const { submissionKey, ...content } = input;
    await activityForResult(tx, actor, content.activityId, false);
    const earlier = await tx.auditEvent.findFirst({
      where: { partnershipId: actor.partnershipId, actorUserId: actor.userId, action: "result.created", data: { path: ["submissionKey"], equals: submissionKey } },
      select: { entityId: true },
    });
    if (earlier?.entityId) {
      return {
        audit: { action: "result.repeat_ignored", entityType: "Result", entityId: earlier.entityId, data: { submissionKey } },
        result: { resultId: earlier.entityId },
      };
    }
    const row = columns(content, checkLinks(content));
    const result = await tx.result.create({ data: { ...row, partnershipId: actor.partnershipId, createdById: actor.userId }, select: { id: true } });
    return {
      audit: { action: "result.created", entityType: "Result", entityId: result.id, data: { submissionKey, after: audited(row) } },
      result: { resultId: result.id },
    };
  },
};

/** The form was opened on an older version: say what changed since (when, by whom, the title now), and save nothing. */
async function refuseStale(tx: TransactionClient, result: { id: string; title: string; updatedAt: Date }): Promise<never> {
  const last = await tx.auditEvent.findFirst({
    where: { entityType: "Result", entityId: result.id, action: { in: ["result.created", "result.updated"] } },
    orderBy: { id: "desc" },
    select: { actor: { select: { person: { select: { name: true } } } } },
  });
  refuse("stale", undefined, { title: result.title, when: stockholmMinute(result.updatedAt), author: last?.actor?.person.name ?? "–" });
}

/**
 * Edits a result: those who may record results of its activity (and, when it is moved, of the
 * new one). The form carries the version it was rendered from; a stale save is refused with what
 * changed and overwrites nothing.
 */
export const editResult: FormActionDefinition<typeof editResultSchema, { resultId: string }> = {
  schema: editResultSchema,
  permission: "activity:follow-up",
  successMessage: "results.updated",
  async run({ input, actor, tx }) {
    const { resultId, version, ...content } = input;
    await tx.$queryRaw`SELECT "id" FROM "Result" WHERE "id" = ${resultId} FOR UPDATE`;
    const existing = await tx.result.findFirst({ where: { id: resultId, partnershipId: actor.partnershipId } });
    if (!existing) throw new ActionError("errors.notFound");
    await activityForResult(tx, actor, existing.activityId, true);
    if (content.activityId !== existing.activityId) await activityForResult(tx, actor, content.activityId, false);
    if (existing.version !== version) await refuseStale(tx, existing);

    const row = columns(content, checkLinks(content));
    const { count } = await tx.result.updateMany({ where: { id: resultId, version }, data: { ...row, version: { increment: 1 } } });
    if (count === 0) await refuseStale(tx, existing);
    const before: Columns = {
      activityId: existing.activityId,
      kind: existing.kind,
      title: existing.title,
      authors: existing.authors,
      date: existing.date,
      identifier: existing.identifier,
      url: existing.url,
      description: existing.description,
      mayPublish: existing.mayPublish,
    };
    return {
      audit: { action: "result.updated", entityType: "Result", entityId: resultId, data: { before: audited(before), after: audited(row) } },
      result: { resultId },
    };
  },
};
