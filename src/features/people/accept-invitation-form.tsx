"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/forms/form-state";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations("people.invitation");
  const [state, formAction] = useActionState(acceptInvitationAction, initialFormState());
  const fields = [
    { name: "password", label: t("password") },
    { name: "confirmPassword", label: t("confirmPassword") },
  ];
  return (
    <form action={formAction} noValidate aria-labelledby="invitation-heading">
      <ErrorSummary state={state} fields={fields} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        label={t("password")}
        hint={t("passwordHint")}
        type="password"
        autoComplete="new-password"
        state={state}
        required
      />
      <TextField name="confirmPassword" label={t("confirmPassword")} type="password" autoComplete="new-password" state={state} required />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
