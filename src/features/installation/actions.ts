"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { withNotice } from "@/lib/forms/action-notice";
import type { FormState } from "@/lib/forms/form-state";
import { executeInstallationAction } from "@/server/actions/installation-action";
import { getSessionAccount } from "@/server/auth/session";
import { appOrigin } from "@/server/public-origin";
import { setUpPartnership } from "./setup-definition";

/** The setup form's action: the account is read and authorised here, in the action itself. */
export async function setUpPartnershipAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const account = await getSessionAccount();
  const { state } = await executeInstallationAction(setUpPartnership, account, formData, { origin: await appOrigin() });
  if (state.status !== "success") return state;
  revalidatePath("/installation", "layout");
  redirect(withNotice("/installation", state.message ?? "installation.created"));
}
