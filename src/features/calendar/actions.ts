"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/forms/form-state";
import { createFormAction } from "@/server/actions/create-form-action";
import { executeFormAction } from "@/server/actions/form-action";
import { getActor } from "@/server/auth/session";
import { appOrigin } from "@/server/public-origin";
import { createFeedToken, revokeFeedToken } from "./feed-token-definitions";
import { FEED_GROUP_KINDS, groupFeedUrl } from "./feed-token";

const REVALIDATE = ["/account"];

/**
 * Like createFormAction, but the new feed links go back in the form state: shown once, to their
 * owner, and kept nowhere. `createdAt` lets the form hide them once the token is replaced or
 * turned off.
 */
export async function createFeedTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const { state, result } = await executeFormAction(createFeedToken, actor, formData);
  if (state.status !== "success" || !result) return state;
  for (const path of REVALIDATE) revalidatePath(path, "layout");
  const origin = await appOrigin();
  const links = Object.fromEntries(FEED_GROUP_KINDS.map((kind) => [kind, groupFeedUrl(origin, kind, result.token)]));
  return { ...state, messageValues: { ...links, createdAt: result.createdAt.toISOString() } };
}

export const revokeFeedTokenAction = createFormAction(revokeFeedToken, { revalidate: REVALIDATE });
