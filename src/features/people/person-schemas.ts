import { z } from "zod";
import { withFormChecks } from "@/lib/forms/form-checks";
import { ROLES } from "@/lib/roles";
import { normaliseEmail } from "./person-rules";

/**
 * The forms' input, as zod parses it. Messages are catalogue keys under "validation."; refusals
 * that need a people-specific message are raised in the definitions instead (ActionError).
 */

/** A form field that may be missing or blank; trimmed. */
const trimmed = z
  .string()
  .optional()
  .transform((value) => (value ?? "").trim());

const requiredText = (max: number) =>
  trimmed.pipe(z.string().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" }));

const optionalText = (max: number) =>
  trimmed.pipe(z.string().max(max, { error: "validation.tooLong" })).transform((value) => (value === "" ? null : value));

const emailFormat = z.email({ error: "validation.email" });

/** Optional; stored in lower case, so "Anna@Example.se" and "anna@example.se" are the same address. */
const optionalEmail = trimmed
  .pipe(z.string().max(254, { error: "validation.tooLong" }))
  .transform(normaliseEmail)
  .refine((value) => value === "" || emailFormat.safeParse(value).success, { error: "validation.email" })
  .transform((value) => (value === "" ? null : value));

const id = requiredText(64);
const optionalId = optionalText(64);

/** Checkbox groups arrive as nothing, one value or several. Whether any was chosen is a form check (rolesChosen). */
const roles = z
  .union([z.enum(ROLES, { error: "validation.invalid" }), z.array(z.enum(ROLES, { error: "validation.invalid" }))], { error: "validation.invalid" })
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? [...new Set(value)] : [value]));

const personFields = {
  name: requiredText(200),
  email: optionalEmail,
  title: optionalText(200),
  partyId: optionalId,
  unitId: optionalId,
};

export const createPersonSchema = z.object(personFields);
export type CreatePersonInput = z.output<typeof createPersonSchema>;

export const updatePersonSchema = z.object({
  personId: id,
  /** The record's updatedAt when the form was shown, to refuse overwriting someone else's edit. */
  version: optionalText(64),
  ...personFields,
});
export type UpdatePersonInput = z.output<typeof updatePersonSchema>;

/** An account has at least one role. */
const rolesChosen = (input: { roles?: unknown[] }) => (input.roles?.length === 0 ? { roles: ["people.validation.rolesRequired"] } : {});

export const invitePersonSchema = withFormChecks(z.object({ personId: id, roles }), rolesChosen);
export const changeRolesSchema = withFormChecks(z.object({ personId: id, roles }), rolesChosen);
export const deactivatePersonSchema = z.object({ personId: id });
/** Anonymising cannot be undone: the form's confirmation box must be ticked. */
export const anonymisePersonSchema = withFormChecks(z.object({ personId: id, confirm: optionalText(10) }), ({ confirm }) =>
  confirm !== undefined && confirm !== "yes" ? { confirm: ["people.validation.confirmRequired"] } : {},
);

/** Passwords are taken as typed, never trimmed. */
const secret = z
  .string()
  .optional()
  .transform((value) => value ?? "");

/** The same rule as changing one's password (src/features/account/change-password.ts). */
export const MIN_PASSWORD_LENGTH = 10;

export const acceptInvitationSchema = z
  .object({
    token: requiredText(200),
    password: secret.pipe(
      z.string().min(MIN_PASSWORD_LENGTH, { error: "validation.passwordTooShort" }).max(512, { error: "validation.tooLong" }),
    ),
    confirmPassword: secret.pipe(z.string().min(1, { error: "validation.required" }).max(512, { error: "validation.tooLong" })),
  })
  .refine((input) => input.password === input.confirmPassword, { path: ["confirmPassword"], error: "validation.passwordMismatch" });
