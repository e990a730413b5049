"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ScopedInput, ScopedSelect } from "@/components/forms/scoped-fields";
import { FileField, UploadButton, useUploadForm } from "@/components/forms/upload-form";
import { initialFormState } from "@/lib/forms/form-state";
import { removeMeetingDocumentAction } from "./actions";
import { MEETING_DOCUMENT_ACCEPT } from "./documents";

export const meetingUploadUrl = (meetingId: string) => `/api/meetings/${meetingId}/documents`;

/** Sends the file through useUploadForm, with or without JavaScript. */
export function UploadMeetingDocumentForm({ meetingId, items, maxMegabytes }: { meetingId: string; items: { id: string; label: string }[]; maxMegabytes: number }) {
  const t = useTranslations("meetings.documents.form");
  const tDocuments = useTranslations("meetings.documents");
  const url = meetingUploadUrl(meetingId);
  const { state, pending, formRef, submit } = useUploadForm(url);
  const fields = [
    { name: "documentTitle", label: t("title") },
    { name: "agendaItemId", label: t("item") },
    { name: "file", label: t("file") },
  ];

  return (
    <form
      ref={formRef}
      action={url}
      method="post"
      encType="multipart/form-data"
      onSubmit={submit}
      noValidate
      aria-labelledby="upload-meeting-document-heading"
      className="max-w-3xl rounded border border-slate-300 p-4"
    >
      <h3 id="upload-meeting-document-heading" className="mb-2 text-xl font-bold">
        {t("heading")}
      </h3>
      <ErrorSummary state={state} fields={fields} />
      <ScopedInput name="documentTitle" label={t("title")} state={state} width="long" required />
      <ScopedSelect
        name="agendaItemId"
        label={t("item")}
        state={state}
        emptyOption={tDocuments("noItem")}
        options={items.map((item) => ({ value: item.id, label: item.label }))}
      />
      <FileField label={t("file")} hint={t("fileHint", { megabytes: maxMegabytes })} accept={MEETING_DOCUMENT_ACCEPT} state={state} />
      <UploadButton pending={pending}>{t("submit")}</UploadButton>
    </form>
  );
}

export function RemoveMeetingDocumentForm({ documentId, title }: { documentId: string; title: string }) {
  const t = useTranslations("meetings.documents");
  const [state, formAction] = useActionState(removeMeetingDocumentAction, initialFormState());
  return (
    <form action={formAction}>
      <ErrorSummary state={state} fields={[]} />
      <input type="hidden" name="documentId" value={documentId} />
      <button type="submit" className="font-semibold text-red-800 underline">
        {t("remove", { title })}
      </button>
    </form>
  );
}
