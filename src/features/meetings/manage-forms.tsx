"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ScopedTextarea } from "@/components/forms/scoped-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { cancelMeetingAction, markMeetingHeldAction, sendNoticeAction } from "./actions";

type MeetingRef = { meetingId: string; version: number };

function VersionFields({ meetingId, version }: MeetingRef) {
  return (
    <>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

/** Sends the notice (kallelse) to the group's current members; again after a change. */
export function SendNoticeForm({ meetingId, version, alreadySent }: MeetingRef & { alreadySent: boolean }) {
  const t = useTranslations("meetings.notice");
  const [state, formAction] = useActionState(sendNoticeAction, initialFormState());
  return (
    <form action={formAction} aria-label={alreadySent ? t("resubmit") : t("submit")}>
      <ErrorSummary state={state} fields={[]} />
      <VersionFields meetingId={meetingId} version={version} />
      <SubmitButton>{alreadySent ? t("resubmit") : t("submit")}</SubmitButton>
    </form>
  );
}

export function MarkHeldForm({ meetingId, version }: MeetingRef) {
  const t = useTranslations("meetings.manage.held");
  const [state, formAction] = useActionState(markMeetingHeldAction, initialFormState());
  return (
    <form action={formAction} aria-label={t("submit")}>
      <ErrorSummary state={state} fields={[]} />
      <p className="mb-3 max-w-3xl">{t("intro")}</p>
      <VersionFields meetingId={meetingId} version={version} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

/** Cancelling needs a reason; the meeting stays in the history and frees its regular slot. */
export function CancelMeetingForm({ meetingId, version }: MeetingRef) {
  const t = useTranslations("meetings.manage.cancel");
  const [state, formAction] = useActionState(cancelMeetingAction, initialFormState());
  return (
    <details open={state.status === "error" || undefined} className="mt-2">
      <summary className="cursor-pointer font-semibold text-blue-900 underline">{t("summary")}</summary>
      <form action={formAction} noValidate aria-label={t("summary")} className="mt-2 max-w-3xl rounded border border-slate-300 p-4">
        <ErrorSummary state={state} fields={[{ name: "cancellationReason", label: t("reason") }]} />
        <p className="mb-3">{t("intro")}</p>
        <VersionFields meetingId={meetingId} version={version} />
        <ScopedTextarea name="cancellationReason" label={t("reason")} state={state} rows={2} required />
        <SubmitButton>{t("submit")}</SubmitButton>
      </form>
    </details>
  );
}
