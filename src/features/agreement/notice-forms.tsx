"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ScopedInput, ScopedSelect, ScopedTextarea } from "@/components/forms/scoped-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { initialFormState } from "@/lib/forms/form-state";
import { registerNoticeAction, withdrawNoticeAction } from "./actions";

type Option = { id: string; label: string };

/** A party's notice of termination; the server computes the end date from the clause. */
export function RegisterNoticeForm({ parties, today }: { parties: Option[]; today: string }) {
  const t = useTranslations("agreement.notices.form");
  const [state, formAction] = useActionState(registerNoticeAction, initialFormState());
  const fields = [
    { name: "noticePartyId", label: t("party") },
    { name: "receivedOn", label: t("receivedOn") },
    { name: "noticeNote", label: t("note") },
  ];
  return (
    <form action={formAction} noValidate aria-labelledby="register-notice-heading" className="rounded border border-slate-300 p-4">
      <h3 id="register-notice-heading" className="mb-2 text-xl font-bold">
        {t("heading")}
      </h3>
      <p className="mb-4 max-w-3xl">{t("intro")}</p>
      <ErrorSummary state={state} fields={fields} />
      <SelectField
        name="noticePartyId"
        label={t("party")}
        hint={t("partyHint")}
        state={state}
        options={parties.map((party) => ({ value: party.id, label: party.label }))}
        defaultValue={parties.length === 1 ? parties[0]!.id : undefined}
        emptyOption={parties.length === 1 ? undefined : t("chooseParty")}
        required
      />
      <TextField name="receivedOn" label={t("receivedOn")} hint={t("receivedOnHint")} type="date" state={state} defaultValue={today} required />
      <TextareaField name="noticeNote" label={t("note")} hint={t("optional")} state={state} rows={3} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

/** Withdrawing a notice needs the other party's consent: which of its signatories, and when. */
export function WithdrawNoticeForm({ noticeId, partyName, consentSignatories, today }: { noticeId: string; partyName: string; consentSignatories: Option[]; today: string }) {
  const t = useTranslations("agreement.notices.withdraw");
  const [state, formAction] = useActionState(withdrawNoticeAction, initialFormState());
  const scope = `withdraw-${noticeId}`;
  return (
    <details open={state.status === "error" || undefined} className="mt-2">
      <summary className="cursor-pointer font-semibold text-blue-900 underline">{t("summary", { party: partyName })}</summary>
      <form action={formAction} noValidate className="mt-2 rounded border border-slate-300 p-4" aria-label={t("summary", { party: partyName })}>
        <ErrorSummary state={state} fields={[]} />
        <p className="mb-3 max-w-3xl">{t("intro")}</p>
        <input type="hidden" name="noticeId" value={noticeId} />
        <ScopedSelect
          scope={scope}
          compact
          name="consentSignatoryId"
          label={t("consentBy")}
          hint={t("consentByHint")}
          state={state}
          emptyOption={t("chooseSignatory")}
          options={consentSignatories.map((signatory) => ({ value: signatory.id, label: signatory.label }))}
          required
        />
        <ScopedInput scope={scope} compact name="consentGivenOn" label={t("consentGivenOn")} type="date" state={state} defaultValue={today} required />
        <ScopedTextarea scope={scope} compact name="withdrawalNote" label={t("note")} hint={t("optional")} state={state} />
        <SubmitButton>{t("submit")}</SubmitButton>
      </form>
    </details>
  );
}
