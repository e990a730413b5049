"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ScopedCheckbox, ScopedInput, ScopedSelect, ScopedTextarea } from "@/components/forms/scoped-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { editMeetingAction, scheduleMeetingAction } from "./actions";

type Props =
  | { mode: "schedule"; groups: { id: string; label: string }[]; defaultGroupId?: string }
  | { mode: "edit"; meetingId: string; version: number; values: Record<string, string> };

/**
 * Scheduling a meeting and editing it share one form: date and times in Swedish time, place and/or
 * online link, public, and extra meeting with its reason. The server checks the cadence.
 */
export function MeetingForm(props: Props) {
  const t = useTranslations("meetings.form");
  const [state, formAction] = useActionState(props.mode === "schedule" ? scheduleMeetingAction : editMeetingAction, initialFormState());
  const values = props.mode === "edit" ? props.values : {};
  const fields = [
    ...(props.mode === "schedule" ? [{ name: "groupId", label: t("group") }] : []),
    { name: "meetingTitle", label: t("meetingTitle") },
    { name: "meetingDate", label: t("meetingDate") },
    { name: "startTime", label: t("startTime") },
    { name: "endTime", label: t("endTime") },
    { name: "location", label: t("location") },
    { name: "onlineUrl", label: t("onlineUrl") },
    { name: "isPublic", label: t("isPublic") },
    { name: "isExtra", label: t("isExtra") },
    { name: "extraReason", label: t("extraReason") },
  ];
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      <ErrorSummary state={state} fields={fields} />
      {props.mode === "edit" ? (
        <>
          <input type="hidden" name="meetingId" value={props.meetingId} />
          <input type="hidden" name="version" value={props.version} />
        </>
      ) : (
        <ScopedSelect
          name="groupId"
          label={t("group")}
          state={state}
          options={props.groups.map((group) => ({ value: group.id, label: group.label }))}
          defaultValue={props.defaultGroupId ?? (props.groups.length === 1 ? props.groups[0]!.id : undefined)}
          emptyOption={props.groups.length === 1 ? undefined : t("chooseGroup")}
          required
        />
      )}
      <ScopedInput name="meetingTitle" label={t("meetingTitle")} hint={t("meetingTitleHint")} state={state} defaultValue={values.meetingTitle} width="long" required />
      <ScopedInput name="meetingDate" label={t("meetingDate")} hint={t("meetingDateHint")} type="date" state={state} defaultValue={values.meetingDate} width="short" required />
      <div className="flex flex-wrap gap-x-6">
        <ScopedInput name="startTime" label={t("startTime")} hint={t("timeHint")} type="time" state={state} defaultValue={values.startTime} width="short" required />
        <ScopedInput name="endTime" label={t("endTime")} hint={t("timeHint")} type="time" state={state} defaultValue={values.endTime} width="short" required />
      </div>
      <ScopedInput name="location" label={t("location")} hint={t("locationHint")} state={state} defaultValue={values.location} width="long" autoComplete="off" />
      <ScopedInput name="onlineUrl" label={t("onlineUrl")} hint={t("onlineUrlHint")} type="url" state={state} defaultValue={values.onlineUrl} width="long" autoComplete="off" />
      <ScopedCheckbox name="isPublic" label={t("isPublic")} hint={t("isPublicHint")} state={state} defaultChecked={values.isPublic === "yes"} />
      <fieldset className="mb-5 rounded border-2 border-slate-300 p-4">
        <legend className="px-1 font-semibold">{t("isExtra")}</legend>
        <ScopedCheckbox name="isExtra" label={t("isExtra")} hint={t("isExtraHint")} state={state} defaultChecked={values.isExtra === "yes"} />
        <ScopedTextarea name="extraReason" label={t("extraReason")} hint={t("extraReasonHint")} state={state} defaultValue={values.extraReason} rows={2} />
      </fieldset>
      <SubmitButton>{props.mode === "schedule" ? t("submitSchedule") : t("submitEdit")}</SubmitButton>
    </form>
  );
}
