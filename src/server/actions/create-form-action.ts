import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { safeLocalPath } from "@/features/auth/safe-callback";
import { withNotice } from "@/lib/forms/action-notice";
import type { FormState } from "@/lib/forms/form-state";
import { getActor } from "@/server/auth/session";
import { executeFormAction, type FormActionDefinition } from "./form-action";

type AfterSuccess<Result> = {
  revalidate?: string[];
  /** Where to go after a success (the page there confirms it itself); without it, back to the page the form was on. */
  redirectTo?: (result: Result) => string;
};

/**
 * The page the form was posted from, as a local path: with and without JavaScript the browser
 * sends it as the Referer (same origin; the proxy refuses cross-site posts). Null when it is missing.
 */
async function formPage(): Promise<string | null> {
  const referer = (await headers()).get("referer");
  if (!referer) return null;
  const path = safeLocalPath(referer);
  return path.startsWith("/api/") ? null : path;
}

/**
 * Turns a definition into a server action for `useActionState`: the session is read here, in the
 * action itself, never trusted from a layout or the proxy. After a success the user lands on a page
 * that says so (post/redirect/get, with or without JavaScript): the page named by `redirectTo`, or
 * the page the form was on, carrying the success message for the frame's confirmation
 * (ActionNotice). The form itself may no longer be there: the page shows its new state.
 */
export function createFormAction<Schema extends z.ZodType, Result>(
  definition: FormActionDefinition<Schema, Result>,
  after: AfterSuccess<Result> = {},
) {
  return async function formAction(_previous: FormState, formData: FormData): Promise<FormState> {
    const actor = await getActor();
    const { state, result } = await executeFormAction(definition, actor, formData);
    if (state.status !== "success") return state;
    // Revalidated as layouts, so every page under a path (including dynamic ones) is refreshed.
    for (const path of after.revalidate ?? []) revalidatePath(path, "layout");
    if (after.redirectTo) redirect(after.redirectTo(result as Result));
    const page = await formPage();
    if (page && state.message) redirect(withNotice(page, state.message, state.messageValues));
    return state;
  };
}
