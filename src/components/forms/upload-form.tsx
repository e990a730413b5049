"use client";

import { useRef, useState, useTransition, type FormEvent, type ReactNode, type RefObject } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { errorState, initialFormState, type FormState } from "@/lib/forms/form-state";
import { fieldId } from "./field-id";
import { FormPartnershipField } from "./form-partnership";

export type UploadForm = {
  state: FormState;
  pending: boolean;
  formRef: RefObject<HTMLFormElement | null>;
  submit: (event: FormEvent<HTMLFormElement>) => void;
};

/**
 * Uploads go to a route handler (a server action's body is limited). With JavaScript the form posts
 * with fetch and shows the answer in place; without, the browser posts it and the handler sends it
 * back to the page with the outcome.
 */
export function useUploadForm(url: string): UploadForm {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<FormState>(initialFormState());
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
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

  return { state, pending, formRef, submit };
}

/** The file input named "file", with its hint and errors tied to it for screen readers. */
export function FileField({ label, hint, accept, state }: { label: string; hint: string; accept: string; state: FormState }) {
  const tAll = useTranslations();
  const fileErrors = (state.fieldErrors.file ?? []).map((key) => tAll(key));
  const fileId = fieldId("file");
  const hintId = `${fileId}-hint`;
  const errorId = fileErrors.length > 0 ? `${fileId}-error` : undefined;
  return (
    <div className={`mb-5 ${errorId ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={fileId} className="block font-semibold">
        {label}
      </label>
      <p id={hintId} className="text-sm text-slate-700">
        {hint}
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
        accept={accept}
        required
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}
        className="mt-1 block w-full max-w-md"
      />
    </div>
  );
}

/** The submit button of an upload, disabled while the file is on its way. */
export function UploadButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <>
      <FormPartnershipField />
      <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900 disabled:bg-slate-600"
    >
      {children}
      </button>
    </>
  );
}
