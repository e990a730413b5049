"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/forms/form-state";
import { createPersonAction, updatePersonAction } from "./actions";
import type { PersonDetail, PersonFormOptions } from "./queries";

type Props = {
  options: PersonFormOptions;
  /** The person being edited; without it the form adds a new person. */
  person?: Pick<PersonDetail, "id" | "name" | "email" | "title" | "partyId" | "unitId" | "version">;
  /** The heading the form is labelled by. */
  labelledBy: string;
};

export function PersonForm({ options, person, labelledBy }: Props) {
  const t = useTranslations("people");
  const locale = useLocale();
  const [state, formAction] = useActionState(person ? updatePersonAction : createPersonAction, initialFormState());
  const fields = [
    { name: "name", label: t("fields.name") },
    { name: "email", label: t("fields.email") },
    { name: "title", label: t("fields.title") },
    { name: "partyId", label: t("fields.party") },
    { name: "unitId", label: t("fields.unit") },
  ];
  const unitOptions = options.units.map((unit) => ({
    value: unit.id,
    label: `${(locale === "en" && unit.nameEn) || unit.name} (${unit.partyName})`,
  }));

  return (
    <form action={formAction} noValidate aria-labelledby={labelledBy}>
      <ErrorSummary state={state} fields={fields} />
      {person ? (
        <>
          <input type="hidden" name="personId" value={person.id} />
          <input type="hidden" name="version" value={person.version} />
        </>
      ) : null}
      <TextField name="name" label={t("fields.name")} autoComplete="off" state={state} required defaultValue={person?.name} />
      <TextField
        name="email"
        label={t("fields.email")}
        hint={t("fields.emailHint")}
        type="email"
        autoComplete="off"
        state={state}
        defaultValue={person?.email ?? undefined}
      />
      <TextField name="title" label={t("fields.title")} autoComplete="off" state={state} defaultValue={person?.title ?? undefined} />
      <SelectField
        name="partyId"
        label={t("fields.party")}
        state={state}
        emptyOption={t("fields.noParty")}
        options={options.parties.map((party) => ({ value: party.id, label: party.name }))}
        defaultValue={person?.partyId ?? undefined}
      />
      <SelectField
        name="unitId"
        label={t("fields.unit")}
        hint={t("fields.unitHint")}
        state={state}
        emptyOption={t("fields.noUnit")}
        options={unitOptions}
        defaultValue={person?.unitId ?? undefined}
      />
      <SubmitButton>{person ? t("edit.submit") : t("create.submit")}</SubmitButton>
    </form>
  );
}
