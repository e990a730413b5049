"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldHintAndErrors, useFieldProps } from "@/components/forms/field-frame";
import { SubmitButton } from "@/components/forms/submit-button";
import { withoutOversizedFlag } from "@/lib/uploads/oversized-upload";
import { exceedsUploadLimit } from "@/lib/uploads/upload-limits";
import { importMembersAction, previewImportAction } from "./actions";
import { ImportPreviewSection, VacancyList } from "./import-preview";
import { initialImportState, type ImportState } from "./state";

/** The form's answer to a file over the limit, as the server's check gives it. */
const tooLarge = (token: number): ImportState => ({
  ...initialImportState(),
  token,
  status: "error",
  message: "errors.validation",
  fieldErrors: { file: ["import.fileErrors.tooLarge"] },
});

/**
 * Upload → preview → import. Both steps are server actions that work without JavaScript; the
 * file's text travels back in a hidden field, so nothing is kept on the server between them.
 * `refusedAsTooLarge`: the page was reached after a file too large for any action was sent without
 * JavaScript (the proxy sent the browser back, src/lib/uploads/oversized-upload.ts); the form
 * starts with that error.
 */
export function ImportForm({ refusedAsTooLarge = false }: { refusedAsTooLarge?: boolean }) {
  const t = useTranslations("import");
  const [previewState, previewAction] = useActionState(previewImportAction, refusedAsTooLarge ? tooLarge(0) : initialImportState());
  const [importState, importAction] = useActionState(importMembersAction, initialImportState());
  // The newer of the two steps' answers is the one on screen, unless the browser refused the file
  // itself since (a file over the limit is not sent: it would be refused for its size anyway).
  const answered = importState.token > previewState.token ? importState : previewState;
  const [refusedHere, setRefusedHere] = useState<{ state: ImportState; after: number } | null>(null);
  const current = refusedHere && refusedHere.after === answered.token ? refusedHere.state : answered;
  const refuseOversizedFile = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("file");
    const chosen = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (!chosen || !exceedsUploadLimit("membershipImportCsv", chosen.size)) return setRefusedHere(null);
    event.preventDefault();
    setRefusedHere({ state: tooLarge(answered.token), after: answered.token });
  };
  const hint = t("upload.fileHint");
  const file = useFieldProps("file", current, hint);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (current.imported) resultHeading.current?.focus();
  }, [current]);

  // The flag has been shown: a reload or a shared link does not repeat it.
  useEffect(() => {
    if (refusedAsTooLarge) window.history.replaceState(window.history.state, "", `${window.location.pathname}${withoutOversizedFlag(window.location.search)}${window.location.hash}`);
  }, [refusedAsTooLarge]);

  return (
    <div className="space-y-10">
      {/* A finished import is reported in its own section below, which takes focus. */}
      <ErrorSummary state={current.imported ? { ...current, message: null } : current} fields={[{ name: "file", label: t("upload.file") }]} />

      {current.imported ? (
        <section aria-labelledby="import-result-heading">
          <h2 id="import-result-heading" ref={resultHeading} tabIndex={-1} className="mb-3 text-xl font-bold">
            {t("result.heading")}
          </h2>
          <p role="status" className="mb-3 rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
            {t("imported", { ...current.imported.counts })}
          </p>
          <VacancyList vacancies={current.imported.vacancies} />
        </section>
      ) : null}

      <form action={previewAction} onSubmit={refuseOversizedFile} noValidate aria-labelledby="import-upload-heading">
        <h2 id="import-upload-heading" className="mb-4 text-xl font-bold">
          {t("upload.heading")}
        </h2>
        <div className={`mb-5 ${file.invalid ? "border-l-4 border-red-700 pl-3" : ""}`}>
          <label htmlFor={file.id} className="block font-semibold">
            {t("upload.file")}
          </label>
          <FieldHintAndErrors hint={hint} {...file} />
          <input
            id={file.id}
            name="file"
            type="file"
            accept=".csv,text/csv,text/plain"
            required
            aria-invalid={file.invalid}
            aria-describedby={file.describedBy}
            className="mt-1 block w-full max-w-md rounded border-2 border-slate-700 px-3 py-2"
          />
        </div>
        <SubmitButton>{t("upload.submit")}</SubmitButton>
      </form>

      {current.preview && !current.imported ? (
        <ImportPreviewSection preview={current.preview} fileName={current.fileName} token={current.token} focusOnShow={current.status === "success"} />
      ) : null}

      {current.preview?.valid && current.csv && !current.imported ? (
        <form action={importAction} aria-labelledby="import-confirm-heading">
          <h2 id="import-confirm-heading" className="mb-2 text-xl font-bold">
            {t("confirm.heading")}
          </h2>
          <p className="mb-4">{t("confirm.text")}</p>
          <input type="hidden" name="csv" value={current.csv} />
          <SubmitButton>{t("confirm.submit", { rows: current.preview.counts.rows })}</SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
