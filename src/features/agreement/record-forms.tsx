"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/forms/form-state";
import { addSignatoryAction, editRecordAction, removeSignatoryAction } from "./actions";

type RecordValues = {
  version: number;
  title: string;
  signingDate: string;
  municipalityRegistrationNumber: string;
  universityRegistrationNumber: string;
};

/** The record's own data; the version it was shown with makes a stale save fail visibly. */
export function EditRecordForm({ record }: { record: RecordValues }) {
  const t = useTranslations("agreement.record.form");
  const [state, formAction] = useActionState(editRecordAction, initialFormState());
  const fields = [
    { name: "recordTitle", label: t("title") },
    { name: "signingDate", label: t("signingDate") },
    { name: "municipalityRegistrationNumber", label: t("municipalityRegistrationNumber") },
    { name: "universityRegistrationNumber", label: t("universityRegistrationNumber") },
  ];
  return (
    <form action={formAction} noValidate aria-labelledby="edit-record-heading" className="rounded border border-slate-300 p-4">
      <h3 id="edit-record-heading" className="mb-2 text-xl font-bold">
        {t("heading")}
      </h3>
      <p className="mb-4 max-w-3xl">{t("intro")}</p>
      <ErrorSummary state={state} fields={fields} />
      <input type="hidden" name="version" value={record.version} />
      <TextField name="recordTitle" label={t("title")} state={state} defaultValue={record.title} required />
      <TextField name="signingDate" label={t("signingDate")} type="date" state={state} defaultValue={record.signingDate} required />
      <TextField name="municipalityRegistrationNumber" label={t("municipalityRegistrationNumber")} state={state} defaultValue={record.municipalityRegistrationNumber} />
      <TextField name="universityRegistrationNumber" label={t("universityRegistrationNumber")} state={state} defaultValue={record.universityRegistrationNumber} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

export function AddSignatoryForm({ parties, people }: { parties: { id: string; label: string }[]; people: { id: string; label: string }[] }) {
  const t = useTranslations("agreement.signatories.form");
  const [state, formAction] = useActionState(addSignatoryAction, initialFormState());
  const fields = [
    { name: "signatoryPartyId", label: t("party") },
    { name: "signatoryPersonId", label: t("person") },
    { name: "signatoryTitle", label: t("title") },
  ];
  return (
    <form action={formAction} noValidate aria-labelledby="add-signatory-heading" className="rounded border border-slate-300 p-4">
      <h3 id="add-signatory-heading" className="mb-2 text-xl font-bold">
        {t("heading")}
      </h3>
      <p className="mb-4 max-w-3xl">{t("intro")}</p>
      <ErrorSummary state={state} fields={fields} />
      <SelectField name="signatoryPartyId" label={t("party")} state={state} emptyOption={t("chooseParty")} options={parties.map((party) => ({ value: party.id, label: party.label }))} required />
      <SelectField name="signatoryPersonId" label={t("person")} hint={t("personHint")} state={state} emptyOption={t("choosePerson")} options={people.map((person) => ({ value: person.id, label: person.label }))} required />
      <TextField name="signatoryTitle" label={t("title")} hint={t("titleHint")} state={state} required />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

export function RemoveSignatoryForm({ signatoryId, name }: { signatoryId: string; name: string }) {
  const t = useTranslations("agreement.signatories");
  const [state, formAction] = useActionState(removeSignatoryAction, initialFormState());
  return (
    <form action={formAction} className="inline">
      <ErrorSummary state={state} fields={[]} />
      <input type="hidden" name="signatoryId" value={signatoryId} />
      <button type="submit" className="font-semibold text-red-800 underline">
        {t("remove", { name })}
      </button>
    </form>
  );
}
