"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/forms/form-state";
import { addSeatAction, removeSeatAction } from "./actions";
import type { GroupKind } from "./composition";

export function AddSeatForm({ groupKind }: { groupKind: GroupKind }) {
  const t = useTranslations("membership.seatAdmin");
  const tParty = useTranslations("partyTypes");
  const [state, formAction] = useActionState(addSeatAction, initialFormState());
  return (
    <form action={formAction} noValidate aria-label={t("submit")}>
      <ErrorSummary state={state} fields={[{ name: "title", label: t("title") }, { name: "partyType", label: t("party") }]} />
      <input type="hidden" name="groupKind" value={groupKind} />
      <TextField name="title" label={t("title")} state={state} required />
      <SelectField
        name="partyType"
        label={t("party")}
        state={state}
        options={(["MUNICIPALITY", "UNIVERSITY"] as const).map((type) => ({ value: type, label: tParty(type) }))}
        required
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

export function RemoveSeatForm({ seatId, title }: { seatId: string; title: string }) {
  const t = useTranslations("membership.seatAdmin");
  const [state, formAction] = useActionState(removeSeatAction, initialFormState());
  return (
    <form action={formAction}>
      <ErrorSummary state={state} fields={[]} />
      <input type="hidden" name="seatId" value={seatId} />
      <button type="submit" className="font-semibold text-red-800 underline">
        {t("remove", { title })}
      </button>
    </form>
  );
}
