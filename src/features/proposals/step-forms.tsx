"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/forms/form-state";
import {
  addCommentAction,
  decideProposalAction,
  openCallAction,
  putForwardAction,
  recordRecommendationAction,
  reopenCallAction,
  startReviewAction,
  withdrawProposalAction,
} from "./actions";
import { OUTCOMES, RECOMMENDATIONS } from "./workflow";

type Target = { proposalId: string; version: number };
type Option = { value: string; label: string };

function Hidden({ proposalId, version }: Target) {
  return (
    <>
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="version" value={String(version)} />
    </>
  );
}

const BOX = "mb-6 rounded border border-slate-300 p-4";

export function StartReviewForm(target: Target) {
  const t = useTranslations("proposals.steps.startReview");
  const [state, formAction] = useActionState(startReviewAction, initialFormState());
  return (
    <form action={formAction} noValidate className={BOX} aria-label={t("submit")}>
      <ErrorSummary state={state} fields={[]} />
      <Hidden {...target} />
      <p className="mb-3">{t("intro")}</p>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

export function CommentForm(target: Target) {
  const t = useTranslations("proposals.steps.comment");
  const [state, formAction] = useActionState(addCommentAction, initialFormState());
  return (
    <form action={formAction} noValidate className={BOX} aria-label={t("label")}>
      <ErrorSummary state={state} fields={[{ name: "comment", label: t("label") }]} />
      <Hidden {...target} />
      <TextareaField name="comment" label={t("label")} state={state} rows={3} required />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

export function RecommendForm({ current, reason, ...target }: Target & { current: string | null; reason: string | null }) {
  const t = useTranslations("proposals.steps.recommend");
  const tRec = useTranslations("proposals.recommendations");
  const [state, formAction] = useActionState(recordRecommendationAction, initialFormState());
  const fields = [
    { name: "recommendation", label: t("recommendation") },
    { name: "recommendationReason", label: t("reason") },
  ];
  return (
    <form action={formAction} noValidate className={BOX} aria-labelledby="recommend-heading">
      <h3 id="recommend-heading" className="mb-2 text-xl font-bold">
        {t("heading")}
      </h3>
      <ErrorSummary state={state} fields={fields} />
      <Hidden {...target} />
      <SelectField
        name="recommendation"
        label={t("recommendation")}
        state={state}
        emptyOption={t("choose")}
        options={RECOMMENDATIONS.map((value) => ({ value, label: tRec(value) }))}
        defaultValue={current ?? undefined}
        required
      />
      <TextareaField name="recommendationReason" label={t("reason")} state={state} defaultValue={reason ?? undefined} rows={4} required />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

/** Said when no decision qualifies: none since the date it would have to follow, and when the group meets next. */
type NoneYet = { since: string; nextMeeting: string | null };

function NoDecisionYet({ t, year, since, nextMeeting }: NoneYet & { t: ReturnType<typeof useTranslations>; year: number }) {
  return (
    <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">
      {t("none", { year, date: since })} {nextMeeting ? t("nextMeeting", { date: nextMeeting }) : t("noNextMeeting")}
    </p>
  );
}

export function PutForwardForm({ options, year, since, nextMeeting, ...target }: Target & NoneYet & { options: Option[]; year: number }) {
  const t = useTranslations("proposals.steps.putForward");
  const [state, formAction] = useActionState(putForwardAction, initialFormState());
  return (
    <form action={formAction} noValidate className={BOX} aria-labelledby="put-forward-heading">
      <h3 id="put-forward-heading" className="mb-2 text-xl font-bold">
        {t("heading")}
      </h3>
      <ErrorSummary state={state} fields={[{ name: "putForwardDecisionId", label: t("decision") }]} />
      <Hidden {...target} />
      <p className="mb-3">{t("intro", { year })}</p>
      {options.length === 0 ? (
        <NoDecisionYet t={t} year={year} since={since} nextMeeting={nextMeeting} />
      ) : (
        <>
          <SelectField name="putForwardDecisionId" label={t("decision")} state={state} emptyOption={t("choose")} options={options} defaultValue={options.length === 1 ? options[0]!.value : undefined} required />
          <SubmitButton>{t("submit")}</SubmitButton>
        </>
      )}
    </form>
  );
}

export function DecideForm({
  options,
  year,
  years,
  since,
  nextMeeting,
  ...target
}: Target & NoneYet & { options: Option[]; year: number; years: { years: number[]; preselected: number } }) {
  const t = useTranslations("proposals.steps.decide");
  const tOutcome = useTranslations("proposals.outcomes");
  const [state, formAction] = useActionState(decideProposalAction, initialFormState());
  const fields = [
    { name: "outcome", label: t("outcome") },
    { name: "decisionId", label: t("decision") },
    { name: "years", label: t("years") },
  ];
  return (
    <form action={formAction} noValidate className={BOX} aria-labelledby="decide-heading">
      <h3 id="decide-heading" className="mb-2 text-xl font-bold">
        {t("heading")}
      </h3>
      <ErrorSummary state={state} fields={fields} />
      <Hidden {...target} />
      <p className="mb-3">{t("intro", { year })}</p>
      {options.length === 0 ? (
        <NoDecisionYet t={t} year={year} since={since} nextMeeting={nextMeeting} />
      ) : (
        <>
          <SelectField name="outcome" label={t("outcome")} state={state} options={OUTCOMES.map((value) => ({ value, label: tOutcome(value) }))} defaultValue="ACCEPTED" required />
          <SelectField name="decisionId" label={t("decision")} state={state} emptyOption={t("choose")} options={options} defaultValue={options.length === 1 ? options[0]!.value : undefined} required />
          <CheckboxGroup
            name="years"
            legend={t("years")}
            hint={t("yearsHint")}
            state={state}
            options={years.years.map((value) => ({ value: String(value), label: String(value) }))}
            defaultValues={[String(years.preselected)]}
          />
          <SubmitButton>{t("submit")}</SubmitButton>
        </>
      )}
    </form>
  );
}

export function WithdrawForm(target: Target) {
  const t = useTranslations("proposals.steps.withdraw");
  const [state, formAction] = useActionState(withdrawProposalAction, initialFormState());
  return (
    <details open={state.status === "error" || undefined} className="mb-6">
      <summary className="cursor-pointer font-semibold text-blue-900 underline">{t("summary")}</summary>
      <form action={formAction} noValidate className={`mt-2 ${BOX}`} aria-label={t("summary")}>
        <ErrorSummary state={state} fields={[]} />
        <Hidden {...target} />
        <p className="mb-3">{t("intro")}</p>
        <SubmitButton>{t("submit")}</SubmitButton>
      </form>
    </details>
  );
}

export function OpenCallForm({ defaultYear, today }: { defaultYear: number; today: string }) {
  const t = useTranslations("proposals.calls.openForm");
  const [state, formAction] = useActionState(openCallAction, initialFormState());
  const fields = [
    { name: "cycleYear", label: t("cycleYear") },
    { name: "callTitle", label: t("title") },
    { name: "callDescription", label: t("description") },
    { name: "opensOn", label: t("opensOn") },
    { name: "deadlineOn", label: t("deadlineOn") },
  ];
  return (
    <form action={formAction} noValidate className={BOX} aria-labelledby="open-call-heading">
      <h2 id="open-call-heading" className="mb-2 text-2xl font-bold">
        {t("heading")}
      </h2>
      <ErrorSummary state={state} fields={fields} />
      <TextField name="cycleYear" label={t("cycleYear")} hint={t("cycleYearHint")} state={state} defaultValue={String(defaultYear)} required />
      <TextField name="callTitle" label={t("title")} state={state} required />
      <TextareaField name="callDescription" label={t("description")} hint={t("optional")} state={state} rows={3} />
      <TextField name="opensOn" label={t("opensOn")} hint={t("dateHint")} type="date" state={state} defaultValue={today} required />
      <TextField name="deadlineOn" label={t("deadlineOn")} hint={t("dateHint")} type="date" state={state} required />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

export function ReopenCallForm({ callId, version, title }: { callId: string; version: number; title: string }) {
  const t = useTranslations("proposals.calls.reopenForm");
  const [state, formAction] = useActionState(reopenCallAction, initialFormState());
  const scope = `reopen-${callId}`;
  return (
    <details open={state.status === "error" || undefined} className="mt-2">
      <summary className="cursor-pointer font-semibold text-blue-900 underline">
        {t("summary")}
        <span className="sr-only">: {title}</span>
      </summary>
      <form action={formAction} noValidate className={`mt-2 ${BOX}`} aria-label={`${t("summary")}: ${title}`} id={scope}>
        <ErrorSummary
          state={state}
          scope={scope}
          fields={[
            { name: "deadlineOn", label: t("deadlineOn") },
            { name: "reopenReason", label: t("reason") },
          ]}
        />
        <input type="hidden" name="callId" value={callId} />
        <input type="hidden" name="version" value={String(version)} />
        {/* One form per closed call, beside the form for a new call: scoped ids keep them apart. */}
        <TextField scope={scope} name="deadlineOn" label={t("deadlineOn")} type="date" state={state} required />
        <TextareaField scope={scope} name="reopenReason" label={t("reason")} hint={t("reasonHint")} state={state} rows={2} required />
        <SubmitButton>{t("submit")}</SubmitButton>
      </form>
    </details>
  );
}
