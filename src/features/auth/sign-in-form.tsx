"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/forms/form-state";
import { signInAction } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const [state, formAction] = useActionState(signInAction, initialFormState());
  const fields = [
    { name: "email", label: t("email") },
    { name: "password", label: t("password") },
  ];

  return (
    <form action={formAction} noValidate aria-label={t("title")}>
      <ErrorSummary state={state} fields={fields} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField name="email" label={t("email")} type="email" autoComplete="username" state={state} required />
      <TextField name="password" label={t("password")} type="password" autoComplete="current-password" state={state} required />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
