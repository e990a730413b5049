import "server-only";
import type { z } from "zod";
import type { FieldErrors } from "@/lib/forms/form-checks";
import { errorState, submittedValues } from "@/lib/forms/form-state";
import { formInput, validateSubmission } from "@/lib/forms/validate-submission";
import { getDatabase, isUniqueViolation } from "@/server/db";
import { ActionError } from "./action-error";
import type { AuditEntry, ExecutedAction, TransactionClient } from "./form-action";

/** The signed-in account as the session gives it (getSessionAccount), or the part of it that matters here. */
export type InstallationAccount = { id: string; installationAdministrator: boolean };

export type InstallationActionContext<Input> = {
  input: Input;
  account: InstallationAccount;
  tx: TransactionClient;
  /** The application's address, for links in mail. */
  origin: string;
};

export type InstallationActionDefinition<Schema extends z.ZodType, Result> = {
  schema: Schema;
  /** Shown on success, as a catalogue key. */
  successMessage: string;
  /**
   * Field errors that need the database (a name already taken), reported together with the
   * schema's in the same summary. Given the raw form input; runs only for an authorised account.
   */
  findTaken?: (tx: TransactionClient, input: Record<string, string | string[]>) => Promise<FieldErrors>;
  run(context: InstallationActionContext<z.output<Schema>>): Promise<{ audit: AuditEntry & { partnershipId: string | null }; result: Result }>;
};

const TRANSACTION_TIMEOUT_MS = 20_000;

/**
 * executeFormAction's sibling for what the installation administrator does outside any
 * partnership: there is no actor, so the account itself is authorised (installationAdministrator,
 * read again from the database inside the transaction), and the audit entry names the account
 * (actorAccountId) and the partnership the change concerns. Authorised before the input is checked
 * against the database, so no one else can probe which names are taken.
 */
export async function executeInstallationAction<Schema extends z.ZodType, Result>(
  definition: InstallationActionDefinition<Schema, Result>,
  account: InstallationAccount | null,
  formData: FormData,
  options: { origin: string },
): Promise<ExecutedAction<Result>> {
  const values = submittedValues(formData);
  if (!account) return { state: errorState("errors.signedOut", values) };
  if (!account.installationAdministrator) return { state: errorState("errors.forbidden", values) };

  try {
    const { prisma } = await getDatabase();
    const outcome = await prisma.$transaction(
      async (tx) => {
        const current = await tx.account.findUnique({ where: { id: account.id }, select: { installationAdministrator: true } });
        if (!current?.installationAdministrator) throw new ActionError("errors.forbidden");

        const input = formInput(formData);
        const validated = validateSubmission(definition.schema, input);
        const taken = definition.findTaken ? await definition.findTaken(tx, input) : {};
        const fieldErrors = mergeErrors(validated.ok ? {} : validated.fieldErrors, taken);
        if (!validated.ok || Object.keys(fieldErrors).length > 0) throw new ActionError("errors.validation", fieldErrors);

        const done = await definition.run({ input: validated.data, account, tx, origin: options.origin });
        await tx.auditEvent.create({
          data: {
            partnershipId: done.audit.partnershipId,
            actorUserId: null,
            actorAccountId: account.id,
            action: done.audit.action,
            entityType: done.audit.entityType,
            entityId: done.audit.entityId ?? null,
            data: done.audit.data ?? {},
          },
        });
        return done;
      },
      { timeout: TRANSACTION_TIMEOUT_MS },
    );
    return { state: { status: "success", message: definition.successMessage, fieldErrors: {}, values: {} }, result: outcome.result };
  } catch (error) {
    if (error instanceof ActionError) return { state: errorState(error.messageKey, values, error.fieldErrors, error.messageValues) };
    if (isUniqueViolation(error)) return { state: await conflictState(definition, values, formData) };
    console.error("[installation action] unexpected failure", error);
    return { state: errorState("errors.unexpected", values) };
  }
}

/**
 * A unique constraint hit after the checks passed: another submit took the name meanwhile. Asked
 * again, findTaken names the field; otherwise the form says only that the data already exists.
 */
async function conflictState<Schema extends z.ZodType, Result>(definition: InstallationActionDefinition<Schema, Result>, values: Record<string, string>, formData: FormData) {
  const { prisma } = await getDatabase();
  const taken = definition.findTaken ? await prisma.$transaction((tx) => definition.findTaken!(tx, formInput(formData))) : {};
  return Object.keys(taken).length > 0 ? errorState("errors.validation", values, mergeErrors(taken)) : errorState("errors.conflict", values);
}

function mergeErrors(...lists: FieldErrors[]): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const list of lists) {
    for (const [field, keys] of Object.entries(list)) merged[field] = [...new Set([...(merged[field] ?? []), ...(keys ?? [])])];
  }
  return merged;
}
