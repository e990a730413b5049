"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { ROLES, type Role } from "@/lib/roles";
import { changeRolesAction } from "./actions";

/** Changes an active account's roles; the person is signed out so the new roles apply at once. */
export function RolesForm({ personId, roles }: { personId: string; roles: Role[] }) {
  const t = useTranslations("people");
  const tRole = useTranslations("roles");
  const [state, formAction] = useActionState(changeRolesAction, initialFormState());
  return (
    <form action={formAction} noValidate aria-labelledby="roles-heading">
      <h3 id="roles-heading" className="mb-2 text-lg font-bold">
        {t("roles.heading")}
      </h3>
      <ErrorSummary state={state} fields={[{ name: "roles", label: t("roles.legend") }]} />
      <input type="hidden" name="personId" value={personId} />
      <CheckboxGroup
        name="roles"
        legend={t("roles.legend")}
        hint={t("roles.changeHint")}
        state={state}
        options={ROLES.map((role) => ({ value: role, label: tRole(role) }))}
        defaultValues={roles}
      />
      <SubmitButton>{t("roles.submit")}</SubmitButton>
    </form>
  );
}
