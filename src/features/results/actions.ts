"use server";

import { createFormAction } from "@/server/actions/create-form-action";
import { createResult, editResult } from "./definitions";

// A result shows in the register, on its activity's page, on the public page and in the open data,
// and in the yearly follow-up report: everything under the root is refreshed.
const resultPath = (result: { resultId: string }) => `/results/${encodeURIComponent(result.resultId)}?saved=1`;

export const createResultAction = createFormAction(createResult, { revalidate: ["/"], redirectTo: resultPath });
export const editResultAction = createFormAction(editResult, { revalidate: ["/"], redirectTo: resultPath });
