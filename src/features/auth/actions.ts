"use server";

import { AuthError } from "next-auth";
import { errorState, fieldErrorsFrom, submittedValues, type FormState } from "@/lib/forms/form-state";
import { formInput } from "@/server/actions/form-action";
import { signIn, signOut } from "@/server/auth";
import { OIDC_PROVIDER_ID } from "@/server/auth/oidc";
import { safeCallbackPath } from "./safe-callback";
import { signInSchema } from "./sign-in-schema";

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData);
  const parsed = signInSchema.safeParse(formInput(formData));
  if (!parsed.success) return errorState("errors.validation", values, fieldErrorsFrom(parsed.error));

  try {
    // On success this throws Next's redirect, which must travel on: only AuthError is caught.
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackPath(parsed.data.callbackUrl),
    });
    return errorState("signIn.failed", values);
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const code = (error as AuthError & { code?: string }).code;
    if (code === "rate_limited") {
      const minutes = (error as { retryAfterMinutes?: number }).retryAfterMinutes ?? 15;
      return errorState("signIn.rateLimited", values, {}, { minutes });
    }
    if (error.type === "CredentialsSignin") return errorState("signIn.invalid", values);
    console.error("[auth] sign-in failed", error.type);
    return errorState("signIn.failed", values);
  }
}

export async function signInWithOidcAction(formData: FormData): Promise<void> {
  const callbackUrl = formData.get("callbackUrl");
  await signIn(OIDC_PROVIDER_ID, { redirectTo: safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : null) });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
