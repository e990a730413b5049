"use client";

import { useFormStatus } from "react-dom";
import { FormPartnershipField } from "./form-partnership";

/**
 * Disabled while the form is being sent, so a double click submits once. Carries the partnership
 * the form was opened in (FormPartnershipField).
 */
export function SubmitButton({ children }: { children: React.ReactNode }) {
  const { pending } = useFormStatus();
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
