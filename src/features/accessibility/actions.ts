"use server";

import type { FormState } from "@/lib/forms/form-state";
import { submitAccessibilityReport } from "./report";

export async function reportAccessibilityProblemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submitAccessibilityReport(formData);
}
