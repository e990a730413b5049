"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { anonymisePersonAction, deactivatePersonAction } from "./actions";

/** The confirmation step of deactivating: the page explains what happens, this form does it. */
export function DeactivateForm({ personId, cancelHref }: { personId: string; cancelHref: string }) {
  const t = useTranslations("people");
  const [state, formAction] = useActionState(deactivatePersonAction, initialFormState());
  return (
    <form action={formAction} noValidate aria-labelledby="deactivate-confirm-heading">
      <ErrorSummary state={state} fields={[]} />
      <input type="hidden" name="personId" value={personId} />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton>{t("deactivate.submit")}</SubmitButton>
        <Link href={cancelHref} className="font-semibold text-blue-900 underline">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}

/** The confirmation step of anonymising, which cannot be undone: a box must be ticked too. */
export function AnonymiseForm({ personId, cancelHref }: { personId: string; cancelHref: string }) {
  const t = useTranslations("people");
  const [state, formAction] = useActionState(anonymisePersonAction, initialFormState());
  return (
    <form action={formAction} noValidate aria-labelledby="anonymise-confirm-heading">
      <ErrorSummary state={state} fields={[{ name: "confirm", label: t("anonymise.confirmLegend") }]} />
      <input type="hidden" name="personId" value={personId} />
      <CheckboxGroup
        name="confirm"
        legend={t("anonymise.confirmLegend")}
        state={state}
        options={[{ value: "yes", label: t("anonymise.confirmLabel") }]}
      />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton>{t("anonymise.submit")}</SubmitButton>
        <Link href={cancelHref} className="font-semibold text-blue-900 underline">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
