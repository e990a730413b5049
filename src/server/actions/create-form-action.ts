import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";
import { getActor } from "@/server/auth/session";
import { executeFormAction, type FormActionDefinition } from "./form-action";

type AfterSuccess<Result> = {
  revalidate?: string[];
  /** Where to go after a success; without it the form shows its success message. */
  redirectTo?: (result: Result) => string;
};

/**
 * Turns a definition into a server action for `useActionState`: the session is read here, in the
 * action itself, never trusted from a layout or the proxy.
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
    return state;
  };
}
