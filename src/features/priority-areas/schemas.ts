import { z } from "zod";

const id = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { error: "validation.required" })
  .max(64, { error: "validation.invalid" })
  .refine((value) => !value.includes("\u0000"), { error: "validation.invalid" });

/** A later steering-group decision on an area: continue it into the next year, or close it. */
export const laterDecisionSchema = z.object({ priorityAreaId: id, decisionId: id });
