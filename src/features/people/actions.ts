"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/form-state";
import { createFormAction } from "@/server/actions/create-form-action";
import { executeFormAction } from "@/server/actions/form-action";
import { getActor } from "@/server/auth/session";
import { appOrigin } from "@/server/public-origin";
import { acceptInvitation } from "./accept-invitation";
import { changeRoles, invitePerson } from "./account-definitions";
import { anonymisePerson, deactivatePerson } from "./departure-definitions";
import { createPerson, updatePerson } from "./person-definitions";

// People's names show on the home page and the membership pages as well as here.
const REVALIDATE = ["/"];
const personPage = (personId: string, notice?: string) => `/membership/people/${personId}${notice ? `?notice=${notice}` : ""}`;

export const createPersonAction = createFormAction(createPerson, {
  revalidate: REVALIDATE,
  redirectTo: (result) => personPage(result.personId, "created"),
});

export const updatePersonAction = createFormAction(updatePerson, { revalidate: REVALIDATE });

export const changeRolesAction = createFormAction(changeRoles, { revalidate: REVALIDATE });

export const deactivatePersonAction = createFormAction(deactivatePerson, {
  revalidate: REVALIDATE,
  redirectTo: (result) => personPage(result.personId, "deactivated"),
});

export const anonymisePersonAction = createFormAction(anonymisePerson, {
  revalidate: REVALIDATE,
  redirectTo: (result) => personPage(result.personId, "anonymised"),
});

/**
 * Like createFormAction, but the one-time link goes back in the form state: it is shown once, to
 * the administrator who made it, and is not kept anywhere. (There is no mail sender yet.)
 */
export async function invitePersonAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const { state, result } = await executeFormAction(invitePerson, actor, formData);
  if (state.status !== "success" || !result) return state;
  for (const path of REVALIDATE) revalidatePath(path, "layout");
  if (!result.token) return { ...state, message: "people.invite.accessGiven" };
  return { ...state, messageValues: { link: `${await appOrigin()}/invitation/${result.token}` } };
}

/** The public invitation page's form: no session; sends the user to sign in once the password is set. */
export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await acceptInvitation(formData);
  if (state.status === "success") redirect("/sign-in");
  return state;
}
