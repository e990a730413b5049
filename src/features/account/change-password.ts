import "server-only";
import { z } from "zod";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition } from "@/server/actions/form-action";
import { hashPassword, verifyPassword } from "@/server/auth/passwords";

export const MIN_PASSWORD_LENGTH = 10;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: "validation.required" }).max(512, { error: "validation.tooLong" }),
    newPassword: z
      .string()
      .min(MIN_PASSWORD_LENGTH, { error: "validation.passwordTooShort" })
      .max(512, { error: "validation.tooLong" }),
    confirmPassword: z.string().min(1, { error: "validation.required" }).max(512, { error: "validation.tooLong" }),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    error: "validation.passwordMismatch",
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    error: "validation.passwordUnchanged",
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const changePassword: FormActionDefinition<typeof changePasswordSchema, null> = {
  schema: changePasswordSchema,
  permission: "account:manage-own",
  successMessage: "account.passwordChanged",
  async run({ input, actor, tx }) {
    // Ownership: the account changed is always the actor's own, never one named in the form.
    // The password is the account's: it changes for every partnership the account takes part in.
    const account = await tx.account.findUniqueOrThrow({ where: { id: actor.accountId }, select: { passwordHash: true } });
    if (!account.passwordHash || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
      throw new ActionError("errors.validation", { currentPassword: ["validation.wrongPassword"] });
    }
    await tx.account.update({ where: { id: actor.accountId }, data: { passwordHash: await hashPassword(input.newPassword) } });
    return { audit: { action: "account.password_changed", entityType: "User", entityId: actor.userId }, result: null };
  },
};
