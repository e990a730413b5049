"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ScopedCheckboxes, ScopedInput, ScopedSelect, ScopedTextarea } from "@/components/forms/scoped-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import {
  addDecisionAction,
  addEntryAction,
  appointAdjustersAction,
  approveMinutesAction,
  editDecisionAction,
  editEntryAction,
  removeDecisionAction,
  removeEntryAction,
  returnToDraftAction,
  sendForAdjustmentAction,
  setChairAction,
  startCorrectionAction,
  startMinutesAction,
} from "./actions";
import { DECISION_SUBJECTS } from "./preparation";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Option = { value: string; label: string };
type MinutesRef = { minutesId: string; version: number };

const BOX = "rounded border border-slate-300 p-4 print:hidden";

/**
 * The minutes page's forms. Each carries the minutes' version, so an edit made from a page that
 * someone else has changed since is refused instead of overwriting their change.
 */
function MinutesForm({
  action,
  label,
  hidden,
  submit,
  summary,
  children,
}: {
  action: Action;
  label: string;
  hidden: Record<string, string | number>;
  submit: string;
  /** Shown on demand behind this summary; open again after a submit, to show the outcome (with or without JavaScript). */
  summary?: string;
  children?: (state: FormState) => React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, initialFormState());
  const form = (
    <form action={formAction} noValidate aria-label={label} className={summary ? "mt-2 rounded border border-slate-300 p-4" : BOX}>
      <ErrorSummary state={state} fields={[]} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children?.(state)}
      <SubmitButton>{submit}</SubmitButton>
    </form>
  );
  if (!summary) return form;
  return (
    <details open={state.status !== "idle" || undefined} className="mt-2 print:hidden">
      <summary className="cursor-pointer font-semibold text-blue-900 underline">{summary}</summary>
      {form}
    </details>
  );
}

export function StartMinutesForm({ meetingId, present, defaultChairId }: { meetingId: string; present: Option[]; defaultChairId?: string }) {
  const t = useTranslations("minutes.forms");
  return (
    <MinutesForm action={startMinutesAction} label={t("start.heading")} hidden={{ meetingId }} submit={t("start.submit")}>
      {(state) => (
        <>
          <h3 className="mb-2 text-xl font-bold">{t("start.heading")}</h3>
          <p className="mb-3 max-w-3xl">{t("start.intro")}</p>
          <ScopedSelect
            scope="start"
            compact
            name="chairPersonId"
            label={t("chair")}
            hint={t("chairHint")}
            state={state}
            options={present}
            emptyOption={t("chooseLater")}
            defaultValue={defaultChairId}
          />
        </>
      )}
    </MinutesForm>
  );
}

export function SetChairForm({ minutes, present, chairId, hasAdjusters }: { minutes: MinutesRef; present: Option[]; chairId: string | null; hasAdjusters: boolean }) {
  const t = useTranslations("minutes.forms");
  return (
    <MinutesForm
      action={setChairAction}
      label={t("setChair.heading")}
      summary={chairId ? t("setChair.change") : t("setChair.heading")}
      hidden={{ ...minutes }}
      submit={t("setChair.submit")}
    >
      {(state) => (
        <ScopedSelect
          scope="set-chair"
          compact
          name="chairPersonId"
          label={t("chair")}
          hint={hasAdjusters ? `${t("chairHint")} ${t("setChair.clearsAdjusters")}` : t("chairHint")}
          state={state}
          options={present}
          emptyOption={t("choosePerson")}
          defaultValue={chairId ?? undefined}
          required
        />
      )}
    </MinutesForm>
  );
}

export function AppointAdjustersForm({ minutes, candidates, selected }: { minutes: MinutesRef; candidates: Option[]; selected: string[] }) {
  const t = useTranslations("minutes.forms.adjusters");
  return (
    <MinutesForm
      action={appointAdjustersAction}
      label={t("heading")}
      summary={selected.length > 0 ? t("change") : t("heading")}
      hidden={{ ...minutes }}
      submit={t("submit")}
    >
      {(state) => (
        <ScopedCheckboxes scope="adjusters" compact name="adjusterIds" label={t("legend")} hint={t("hint")} state={state} options={candidates} defaultValues={selected} />
      )}
    </MinutesForm>
  );
}

export function EditEntryForm({ minutes, entry }: { minutes: MinutesRef; entry: { id: string; heading: string; text: string } }) {
  const t = useTranslations("minutes.forms.entry");
  // Not `entry-<id>`: the entry's own heading has the id `entry-<id>-heading` (minutes-view.tsx).
  const scope = `edit-entry-${entry.id}`;
  return (
    <>
      <MinutesForm
        action={editEntryAction}
        label={t("edit", { heading: entry.heading })}
        summary={t("edit", { heading: entry.heading })}
        hidden={{ ...minutes, entryId: entry.id }}
        submit={t("save")}
      >
        {(state) => (
          <>
            <ScopedInput scope={scope} compact width="long" name="heading" label={t("heading")} state={state} defaultValue={entry.heading} required />
            <ScopedTextarea scope={scope} compact width="wide" name="text" label={t("text")} state={state} defaultValue={entry.text} rows={8} />
          </>
        )}
      </MinutesForm>
      <MinutesForm
        action={removeEntryAction}
        label={t("remove", { heading: entry.heading })}
        summary={t("remove", { heading: entry.heading })}
        hidden={{ ...minutes, entryId: entry.id }}
        submit={t("removeSubmit")}
      >
        {() => <p className="mb-3 max-w-3xl">{t("removeHint")}</p>}
      </MinutesForm>
    </>
  );
}

export function AddEntryForm({ minutes }: { minutes: MinutesRef }) {
  const t = useTranslations("minutes.forms.entry");
  return (
    <MinutesForm action={addEntryAction} label={t("add")} summary={t("add")} hidden={{ ...minutes }} submit={t("addSubmit")}>
      {(state) => (
        <>
          <ScopedInput scope="new-entry" compact width="long" name="heading" label={t("heading")} hint={t("headingHint")} state={state} required />
          <ScopedTextarea scope="new-entry" compact width="wide" name="text" label={t("text")} state={state} rows={6} />
        </>
      )}
    </MinutesForm>
  );
}

export type DecisionValues = { id: string; number: number; title: string; text: string; subject: string; agendaItemId: string | null; preparedById: string | null };

function DecisionFields({
  scope,
  state,
  decision,
  agendaItems,
  preparing,
}: {
  scope: string;
  state: FormState;
  decision?: DecisionValues;
  agendaItems: Option[];
  /** The held working-group meetings of the cycle; null when the group names no preparing meeting. */
  preparing: Option[] | null;
}) {
  const t = useTranslations("minutes.forms.decision");
  const tSubject = useTranslations("minutes.subjects");
  return (
    <>
      <ScopedInput scope={scope} compact width="long" name="decisionTitle" label={t("title")} hint={t("titleHint")} state={state} defaultValue={decision?.title} required />
      <ScopedTextarea scope={scope} compact width="wide" name="decisionText" label={t("text")} hint={t("textHint")} state={state} defaultValue={decision?.text} rows={5} required />
      <ScopedSelect
        scope={scope}
        compact
        name="subject"
        label={t("subject")}
        hint={preparing ? t("subjectHintSteering") : t("subjectHint")}
        state={state}
        options={DECISION_SUBJECTS.map((subject) => ({ value: subject, label: tSubject(subject) }))}
        defaultValue={decision?.subject ?? "GENERAL"}
        required
      />
      {agendaItems.length > 0 ? (
        <ScopedSelect
          scope={scope}
          compact
          name="agendaItemId"
          label={t("agendaItem")}
          state={state}
          options={agendaItems}
          emptyOption={t("noAgendaItem")}
          defaultValue={decision?.agendaItemId ?? undefined}
        />
      ) : null}
      {preparing ? (
        <ScopedSelect
          scope={scope}
          compact
          name="preparedByMeetingId"
          label={t("preparedBy")}
          hint={t("preparedByHint")}
          state={state}
          options={preparing}
          emptyOption={t("noPreparation")}
          defaultValue={decision?.preparedById ?? undefined}
        />
      ) : null}
    </>
  );
}

export function AddDecisionForm({ minutes, agendaItems, preparing }: { minutes: MinutesRef; agendaItems: Option[]; preparing: Option[] | null }) {
  const t = useTranslations("minutes.forms.decision");
  return (
    <MinutesForm action={addDecisionAction} label={t("add")} summary={t("add")} hidden={{ ...minutes }} submit={t("addSubmit")}>
      {(state) => <DecisionFields scope="new-decision" state={state} agendaItems={agendaItems} preparing={preparing} />}
    </MinutesForm>
  );
}

export function EditDecisionForm({
  minutes,
  decision,
  agendaItems,
  preparing,
}: {
  minutes: MinutesRef;
  decision: DecisionValues;
  agendaItems: Option[];
  preparing: Option[] | null;
}) {
  const t = useTranslations("minutes.forms.decision");
  return (
    <>
      <MinutesForm
        action={editDecisionAction}
        label={t("edit", { number: decision.number })}
        summary={t("edit", { number: decision.number })}
        hidden={{ ...minutes, decisionId: decision.id }}
        submit={t("save")}
      >
        {(state) => <DecisionFields scope={`decision-${decision.id}`} state={state} decision={decision} agendaItems={agendaItems} preparing={preparing} />}
      </MinutesForm>
      <MinutesForm
        action={removeDecisionAction}
        label={t("remove", { number: decision.number })}
        summary={t("remove", { number: decision.number })}
        hidden={{ ...minutes, decisionId: decision.id }}
        submit={t("removeSubmit")}
      >
        {() => <p className="mb-3 max-w-3xl">{t("removeHint")}</p>}
      </MinutesForm>
    </>
  );
}

export function SendForAdjustmentForm({ minutes }: { minutes: MinutesRef }) {
  const t = useTranslations("minutes.forms.send");
  return (
    <MinutesForm action={sendForAdjustmentAction} label={t("heading")} hidden={{ ...minutes }} submit={t("submit")}>
      {() => (
        <>
          <h3 className="mb-2 text-xl font-bold">{t("heading")}</h3>
          <p className="mb-3 max-w-3xl">{t("intro")}</p>
        </>
      )}
    </MinutesForm>
  );
}

export function ApproveMinutesForm({ minutes, role }: { minutes: MinutesRef; role: "CHAIR" | "ADJUSTER" }) {
  const t = useTranslations("minutes.forms.approve");
  return (
    <MinutesForm action={approveMinutesAction} label={t("heading")} hidden={{ ...minutes }} submit={t("submit")}>
      {() => (
        <>
          <h3 className="mb-2 text-xl font-bold">{t("heading")}</h3>
          <p className="mb-3 max-w-3xl">{t("intro", { role })}</p>
        </>
      )}
    </MinutesForm>
  );
}

export function ReturnToDraftForm({ minutes }: { minutes: MinutesRef }) {
  const t = useTranslations("minutes.forms.returnToDraft");
  return (
    <MinutesForm action={returnToDraftAction} label={t("heading")} summary={t("heading")} hidden={{ ...minutes }} submit={t("submit")}>
      {(state) => (
        <>
          <p className="mb-3 max-w-3xl">{t("intro")}</p>
          <ScopedTextarea scope="return" compact width="wide" name="reason" label={t("reason")} state={state} rows={3} required />
        </>
      )}
    </MinutesForm>
  );
}

export function StartCorrectionForm({ minutes }: { minutes: MinutesRef }) {
  const t = useTranslations("minutes.forms.correction");
  return (
    <MinutesForm action={startCorrectionAction} label={t("heading")} summary={t("heading")} hidden={{ ...minutes }} submit={t("submit")}>
      {(state) => (
        <>
          <p className="mb-3 max-w-3xl">{t("intro")}</p>
          <ScopedTextarea scope="correction" compact width="wide" name="correctionReason" label={t("reason")} state={state} rows={3} required />
        </>
      )}
    </MinutesForm>
  );
}
