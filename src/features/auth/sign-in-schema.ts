import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().min(1, { error: "validation.required" }).pipe(z.email({ error: "validation.email" })).pipe(z.string().max(254, { error: "validation.tooLong" })),
  password: z.string().min(1, { error: "validation.required" }).max(512, { error: "validation.tooLong" }),
  callbackUrl: z.string().max(2000, { error: "validation.tooLong" }).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;
