"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { ROLES, type Role } from "@/lib/roles";
import { invitePersonAction } from "./actions";

type Props = { personId: string; defaultRoles: Role[]; hasAccount: boolean };

/**
 * Invites the person (or makes a new link for an invited account that has not set a password).
 * The link comes back once, in the action's state, for the administrator to copy: there is no
 * mail sender yet.
 */
export function InviteForm({ personId, defaultRoles, hasAccount }: Props) {
  const t = useTranslations("people");
  const tRole = useTranslations("roles");
  const [state, formAction] = useActionState(invitePersonAction, initialFormState());
  const link = state.status === "success" ? state.messageValues?.link : undefined;

  return (
    <form action={formAction} noValidate aria-labelledby="invite-heading">
      <h3 id="invite-heading" className="mb-2 text-lg font-bold">
        {hasAccount ? t("invite.againHeading") : t("invite.heading")}
      </h3>
      <p className="mb-4 max-w-2xl">{t("invite.intro")}</p>
      <ErrorSummary state={state} fields={[{ name: "roles", label: t("roles.legend") }]} />
      {link ? (
        <div className="mb-6 rounded border-2 border-green-700 p-4">
          <label htmlFor="invitation-link" className="block font-semibold">
            {t("invite.link")}
          </label>
          <p id="invitation-link-hint" className="text-sm text-slate-700">
            {t("invite.linkHint")}
          </p>
          <input
            id="invitation-link"
            type="text"
            readOnly
            value={String(link)}
            aria-describedby="invitation-link-hint"
            className="mt-1 block w-full rounded border-2 border-slate-700 px-3 py-2 font-mono text-sm"
          />
        </div>
      ) : null}
      <input type="hidden" name="personId" value={personId} />
      <CheckboxGroup
        name="roles"
        legend={t("roles.legend")}
        hint={t("roles.hint")}
        state={state}
        options={ROLES.map((role) => ({ value: role, label: tRole(role) }))}
        defaultValues={defaultRoles}
      />
      <SubmitButton>{hasAccount ? t("invite.submitAgain") : t("invite.submit")}</SubmitButton>
    </form>
  );
}
