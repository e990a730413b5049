"use client";

import { useActionState, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldId } from "@/components/forms/field-id";
import { ScopedInput, ScopedSelect } from "@/components/forms/scoped-fields";
import { errorState, initialFormState, type FormState } from "@/lib/forms/form-state";
import { removeMeetingDocumentAction } from "./actions";
import { MEETING_DOCUMENT_ACCEPT } from "./documents";

export const meetingUploadUrl = (meetingId: string) => `/api/meetings/${meetingId}/documents`;

/**
 * Uploads go to a route handler (a server action's body is limited to 1 MB). With JavaScript the
 * form posts with fetch and shows the answer in place; without, the browser posts it and comes back
 * to the meeting page with the outcome.
 */
export function UploadMeetingDocumentForm({ meetingId, items, maxMegabytes }: { meetingId: string; items: { id: string; label: string }[]; maxMegabytes: number }) {
  const t = useTranslations("meetings.documents.form");
  const tDocuments = useTranslations("meetings.documents");
  const tAll = useTranslations();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<FormState>(initialFormState());
  const [pending, startTransition] = useTransition();
  const url = meetingUploadUrl(meetingId);
  const fileErrors = (state.fieldErrors.file ?? []).map((key) => tAll(key));
  const fileId = fieldId("file");
  const hintId = `${fileId}-hint`;
  const errorId = fileErrors.length > 0 ? `${fileId}-error` : undefined;
  const fields = [
    { name: "documentTitle", label: t("title") },
    { name: "agendaItemId", label: t("item") },
    { name: "file", label: t("file") },
  ];

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      try {
        const response = await fetch(url, { method: "POST", body: data, headers: { Accept: "application/json" } });
        const next = (await response.json()) as FormState;
        setState(next);
        if (next.status === "success") {
          formRef.current?.reset();
          router.refresh();
        }
      } catch {
        setState(errorState("errors.unexpected"));
      }
    });
  }

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
      <div className={`mb-5 ${errorId ? "border-l-4 border-red-700 pl-3" : ""}`}>
        <label htmlFor={fileId} className="block font-semibold">
          {t("file")}
        </label>
        <p id={hintId} className="text-sm text-slate-700">
          {t("fileHint", { megabytes: maxMegabytes })}
        </p>
        {errorId ? (
          <p id={errorId} className="font-semibold text-red-800">
            {fileErrors.join(" ")}
          </p>
        ) : null}
        <input
          id={fileId}
          name="file"
          type="file"
          accept={MEETING_DOCUMENT_ACCEPT}
          required
          aria-invalid={errorId ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}
          className="mt-1 block w-full max-w-md"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900 disabled:bg-slate-600"
      >
        {t("submit")}
      </button>
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
