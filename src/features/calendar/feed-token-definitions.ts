import "server-only";
import { z } from "zod";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition } from "@/server/actions/form-action";
import { hashFeedToken, newFeedToken } from "./feed-token";

/**
 * A user's personal calendar-feed token. Each user has at most one: making a new one replaces the
 * old (whose links stop working at once), and it can be turned off. Only the hash is stored; the
 * token goes back once, in the result, for the form to show. The audit entries record that it
 * happened, never the token or its hash.
 */

// Nothing to submit: the token is always the actor's own, never one named in the form.
export const feedTokenSchema = z.object({});
export type FeedTokenInput = z.infer<typeof feedTokenSchema>;

export type CreatedFeedToken = { token: string; createdAt: Date };

export const createFeedToken: FormActionDefinition<typeof feedTokenSchema, CreatedFeedToken> = {
  schema: feedTokenSchema,
  permission: "account:manage-own",
  successMessage: "calendar.feed.created",
  async run({ actor, tx }) {
    const token = newFeedToken();
    const tokenHash = hashFeedToken(token);
    const createdAt = new Date();
    const previous = await tx.calendarFeedToken.findUnique({ where: { userId: actor.userId }, select: { id: true, createdAt: true } });
    const saved = await tx.calendarFeedToken.upsert({
      where: { userId: actor.userId },
      create: { userId: actor.userId, tokenHash, createdAt },
      update: { tokenHash, createdAt },
      select: { id: true, createdAt: true },
    });
    return {
      audit: {
        action: "calendar.feed_token_created",
        entityType: "CalendarFeedToken",
        entityId: saved.id,
        data: {
          before: previous ? { linkCreatedAt: previous.createdAt.toISOString() } : null,
          after: { linkCreatedAt: saved.createdAt.toISOString() },
          replacedEarlierLink: previous !== null,
        },
      },
      result: { token, createdAt: saved.createdAt },
    };
  },
};

export const revokeFeedToken: FormActionDefinition<typeof feedTokenSchema, null> = {
  schema: feedTokenSchema,
  permission: "account:manage-own",
  successMessage: "calendar.feed.revoked",
  async run({ actor, tx }) {
    const existing = await tx.calendarFeedToken.findUnique({ where: { userId: actor.userId }, select: { id: true, createdAt: true } });
    if (!existing) throw new ActionError("calendar.feed.none");
    const removed = await tx.calendarFeedToken.deleteMany({ where: { userId: actor.userId } });
    if (removed.count !== 1) throw new ActionError("calendar.feed.none");
    return {
      audit: {
        action: "calendar.feed_token_revoked",
        entityType: "CalendarFeedToken",
        entityId: existing.id,
        data: { before: { linkCreatedAt: existing.createdAt.toISOString() }, after: null },
      },
      result: null,
    };
  },
};
