"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/forms/form-state";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const [state, formAction] = useActionState(changePasswordAction, initialFormState());
  const fields = [
    { name: "currentPassword", label: t("currentPassword") },
    { name: "newPassword", label: t("newPassword") },
    { name: "confirmPassword", label: t("confirmPassword") },
  ];

  return (
    <form action={formAction} noValidate aria-labelledby="change-password-heading">
      <h2 id="change-password-heading" className="mb-4 text-xl font-bold">
        {t("changePassword")}
      </h2>
      <ErrorSummary state={state} fields={fields} />
      <TextField name="currentPassword" label={t("currentPassword")} type="password" autoComplete="current-password" state={state} required />
      <TextField
        name="newPassword"
        label={t("newPassword")}
        hint={t("newPasswordHint")}
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
