"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { FileField, UploadButton, useUploadForm } from "@/components/forms/upload-form";
import { initialFormState } from "@/lib/forms/form-state";
import { removeDocumentAction } from "./actions";
import { DOCUMENT_ACCEPT } from "./documents";

export const UPLOAD_URL = "/api/agreement/documents";

/** Sends the file through useUploadForm, with or without JavaScript. */
export function UploadDocumentForm({ maxMegabytes }: { maxMegabytes: number }) {
  const t = useTranslations("agreement.documents.form");
  const tKind = useTranslations("agreement.documents.kinds");
  const { state, pending, formRef, submit } = useUploadForm(UPLOAD_URL);
  const fields = [
    { name: "documentKind", label: t("kind") },
    { name: "documentTitle", label: t("title") },
    { name: "file", label: t("file") },
  ];

  return (
    <form
      ref={formRef}
      action={UPLOAD_URL}
      method="post"
      encType="multipart/form-data"
      onSubmit={submit}
      noValidate
      aria-labelledby="upload-document-heading"
      className="rounded border border-slate-300 p-4"
    >
      <h3 id="upload-document-heading" className="mb-2 text-xl font-bold">
        {t("heading")}
      </h3>
      <ErrorSummary state={state} fields={fields} />
      <SelectField
        name="documentKind"
        label={t("kind")}
        state={state}
        defaultValue="ANNEX"
        options={(["AGREEMENT_TEXT", "ANNEX"] as const).map((kind) => ({ value: kind, label: tKind(kind) }))}
        required
      />
      <TextField name="documentTitle" label={t("title")} state={state} required />
      <FileField label={t("file")} hint={t("fileHint", { megabytes: maxMegabytes })} accept={DOCUMENT_ACCEPT} state={state} />
      <UploadButton pending={pending}>{t("submit")}</UploadButton>
    </form>
  );
}

export function RemoveDocumentForm({ documentId, title }: { documentId: string; title: string }) {
  const t = useTranslations("agreement.documents");
  const [state, formAction] = useActionState(removeDocumentAction, initialFormState());
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
