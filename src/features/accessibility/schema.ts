import { z } from "zod";

const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong").default("");

/** A reported accessibility problem. Only the description is required; contact details are optional. */
export const accessibilityReportSchema = z.object({
  pageUrl: optionalText(500),
  description: z.string().trim().min(1, "validation.required").max(5000, "validation.tooLong"),
  contactName: optionalText(200),
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "validation.tooLong")
    .refine((value) => value === "" || z.email().safeParse(value).success, "validation.email")
    .default(""),
  /** A field people never see (hidden from everyone, also from screen readers): filled only by bots. */
  website: z.string().max(0, "validation.invalid").default(""),
});

export type AccessibilityReportInput = z.output<typeof accessibilityReportSchema>;
