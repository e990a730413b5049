"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ScopedInput, ScopedSelect, ScopedTextarea } from "@/components/forms/scoped-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { addAgendaItemAction, editAgendaItemAction, moveAgendaItemAction, removeAgendaItemAction } from "./actions";
import { AGENDA_ITEM_TYPES, MAX_AGENDA_ITEM_MINUTES, type AgendaItemType } from "./agenda";

type ItemValues = { title: string; description: string; presenter: string; durationMinutes: number | null; type: AgendaItemType };

/** The item's fields; `scope` gives each edit form its own ids. */
function ItemFields({ state, scope, values }: { state: FormState; scope?: string; values?: ItemValues }) {
  const t = useTranslations("meetings.agenda.fields");
  const tType = useTranslations("meetings.agendaTypes");
  return (
    <>
      <ScopedInput scope={scope} name="itemTitle" label={t("itemTitle")} state={state} defaultValue={values?.title} width="long" required />
      <ScopedTextarea scope={scope} name="itemDescription" label={t("itemDescription")} hint={t("optional")} state={state} defaultValue={values?.description} rows={2} />
      <ScopedInput scope={scope} name="presenter" label={t("presenter")} hint={t("optional")} state={state} defaultValue={values?.presenter} />
      <div className="flex flex-wrap gap-x-6">
        <ScopedInput
          scope={scope}
          name="durationMinutes"
          label={t("durationMinutes")}
          hint={t("durationHint")}
          type="number"
          min={1}
          max={MAX_AGENDA_ITEM_MINUTES}
          state={state}
          defaultValue={values?.durationMinutes?.toString()}
          width="short"
        />
        <ScopedSelect
          scope={scope}
          name="itemType"
          label={t("itemType")}
          state={state}
          defaultValue={values?.type ?? "INFORMATION"}
          options={AGENDA_ITEM_TYPES.map((type) => ({ value: type, label: tType(type) }))}
          required
        />
      </div>
    </>
  );
}

export function AddAgendaItemForm({ meetingId }: { meetingId: string }) {
  const t = useTranslations("meetings.agenda");
  const tField = useTranslations("meetings.agenda.fields");
  const [state, formAction] = useActionState(addAgendaItemAction, initialFormState());
  const fields = (["itemTitle", "itemDescription", "presenter", "durationMinutes", "itemType"] as const).map((name) => ({ name, label: tField(name) }));
  return (
    <form action={formAction} noValidate aria-labelledby="add-agenda-item-heading" className="max-w-3xl rounded border border-slate-300 p-4">
      <h3 id="add-agenda-item-heading" className="mb-2 text-xl font-bold">
        {t("add.heading")}
      </h3>
      <ErrorSummary state={state} fields={fields} />
      <input type="hidden" name="meetingId" value={meetingId} />
      {/* A successful add empties the form for the next item. */}
      <ItemFields key={state.status === "success" ? JSON.stringify(state) : "form"} state={state} />
      <SubmitButton>{t("add.submit")}</SubmitButton>
    </form>
  );
}

export function EditAgendaItemForm({ itemId, number, values }: { itemId: string; number: number; values: ItemValues }) {
  const t = useTranslations("meetings.agenda.edit");
  const [state, formAction] = useActionState(editAgendaItemAction, initialFormState());
  return (
    <details open={state.status === "error" || undefined}>
      <summary className="cursor-pointer font-semibold text-blue-900 underline">{t("summary", { number })}</summary>
      <form action={formAction} noValidate aria-label={t("summary", { number })} className="mt-2 rounded border border-slate-300 p-4">
        <ErrorSummary state={state} fields={[]} />
        <input type="hidden" name="itemId" value={itemId} />
        <ItemFields state={state} scope={`item-${itemId}`} values={values} />
        <SubmitButton>{t("submit")}</SubmitButton>
      </form>
    </details>
  );
}

/** One small form per button, so reordering works without JavaScript. */
export function AgendaItemButtons({ itemId, number, title, first, last }: { itemId: string; number: number; title: string; first: boolean; last: boolean }) {
  const t = useTranslations("meetings.agenda");
  const tAll = useTranslations();
  const [moveState, moveAction] = useActionState(moveAgendaItemAction, initialFormState());
  const [removeState, removeAction] = useActionState(removeAgendaItemAction, initialFormState());
  const error = [moveState, removeState].find((state) => state.status === "error");
  const button = "rounded border-2 border-blue-800 px-2 py-1 text-sm font-semibold text-blue-900 hover:bg-blue-50";
  return (
    <div className="flex flex-wrap items-center gap-2">
      {!first ? (
        <form action={moveAction}>
          <input type="hidden" name="itemId" value={itemId} />
          <input type="hidden" name="direction" value="up" />
          <button type="submit" className={button} aria-label={t("moveUpLabel", { number, title })}>
            {t("moveUp")}
          </button>
        </form>
      ) : null}
      {!last ? (
        <form action={moveAction}>
          <input type="hidden" name="itemId" value={itemId} />
          <input type="hidden" name="direction" value="down" />
          <button type="submit" className={button} aria-label={t("moveDownLabel", { number, title })}>
            {t("moveDown")}
          </button>
        </form>
      ) : null}
      <form action={removeAction}>
        <input type="hidden" name="itemId" value={itemId} />
        <button type="submit" className="rounded border-2 border-red-800 px-2 py-1 text-sm font-semibold text-red-800 hover:bg-red-50" aria-label={t("removeLabel", { number, title })}>
          {t("remove")}
        </button>
      </form>
      {error?.message ? (
        <p role="alert" className="w-full font-semibold text-red-800">
          {tAll(error.message, error.messageValues)}
        </p>
      ) : null}
    </div>
  );
}
