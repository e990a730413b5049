"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/forms/form-state";
import { addMembershipAction } from "./actions";
import type { GroupKind } from "./composition";

type Option = { id: string; label: string };
type Props = { groupKind: GroupKind; people: Option[]; seats: Option[]; thematicAreas: Option[]; today: string };

export function AddMembershipForm({ groupKind, people, seats, thematicAreas, today }: Props) {
  const t = useTranslations("membership.add");
  const tRole = useTranslations("groupRoles");
  const [state, formAction] = useActionState(addMembershipAction, initialFormState());
  const fields = [
    { name: "personId", label: t("person") },
    { name: "role", label: t("role") },
    { name: "seatId", label: t("seat") },
    { name: "startDate", label: t("startDate") },
    { name: "endDate", label: t("endDate") },
    { name: "thematicAreaIds", label: t("areas") },
  ];
  const roles = (["MEMBER", "CHAIR", "VICE_CHAIR", "SECRETARY"] as const).map((role) => ({ value: role, label: tRole(role) }));

  return (
    <form action={formAction} noValidate aria-labelledby="add-member-heading" className="rounded border border-slate-300 p-4">
      <h2 id="add-member-heading" className="mb-4 text-xl font-bold">
        {t("heading")}
      </h2>
      <ErrorSummary state={state} fields={fields} />
      <input type="hidden" name="groupKind" value={groupKind} />
      <SelectField
        name="personId"
        label={t("person")}
        state={state}
        emptyOption={t("choosePerson")}
        options={people.map((person) => ({ value: person.id, label: person.label }))}
        required
      />
      <SelectField name="role" label={t("role")} state={state} options={roles} defaultValue="MEMBER" required />
      {seats.length > 0 ? (
        <SelectField
          name="seatId"
          label={t("seat")}
          hint={t("optional")}
          state={state}
          emptyOption={t("noSeat")}
          options={seats.map((seat) => ({ value: seat.id, label: seat.label }))}
        />
      ) : null}
      <TextField name="startDate" label={t("startDate")} hint={t("dateHint")} state={state} type="date" defaultValue={today} required />
      <TextField name="endDate" label={t("endDate")} hint={`${t("optional")} ${t("dateHint")}`} state={state} type="date" />
      {groupKind === "WORKING_GROUP" ? (
        <CheckboxGroup
          name="thematicAreaIds"
          legend={t("areas")}
          hint={t("areasHint")}
          state={state}
          options={thematicAreas.map((area) => ({ value: area.id, label: area.label }))}
        />
      ) : null}
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
