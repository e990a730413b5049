"use client";

import { createContext, useContext } from "react";
import { FORM_PARTNERSHIP_FIELD } from "@/lib/partnership-choice";

const FormPartnership = createContext<string | null>(null);

/** Set by the root layout: the partnership the page was rendered in (null signed out). */
export function FormPartnershipProvider({ partnershipId, children }: { partnershipId: string | null; children: React.ReactNode }) {
  return <FormPartnership value={partnershipId}>{children}</FormPartnership>;
}

/** Rendered with every submit button (server-rendered too, so it works without JavaScript). */
export function FormPartnershipField() {
  const partnershipId = useContext(FormPartnership);
  return partnershipId ? <input type="hidden" name={FORM_PARTNERSHIP_FIELD} value={partnershipId} /> : null;
}
