import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { addCheckErrors, hasFieldErrors, type FieldErrors } from "@/lib/forms/form-checks";
import { errorState, submittedValues, type FormState } from "@/lib/forms/form-state";
import { formInput, validateSubmission } from "@/lib/forms/validate-submission";
import { openedInAnotherPartnership } from "@/lib/partnership-choice";
import { hasPermission, type Permission } from "@/lib/permissions";
import type { Actor } from "@/server/auth/actor";
import { getDatabase, isUniqueViolation } from "@/server/db";
import { ActionError } from "./action-error";

export type TransactionClient = Prisma.TransactionClient;

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: Prisma.InputJsonValue;
};

export type ActionContext<Input> = { input: Input; actor: Actor; tx: TransactionClient };

/** What a check that needs the database is given: the fields that parsed (all of them when the form is valid). */
export type CheckContext<Input> = { input: Partial<Input>; actor: Actor; tx: TransactionClient };

export type ActionOutcome<Result> = {
  /** Every change writes one audit entry, in the same transaction as the change. */
  audit: AuditEntry;
  result: Result;
};

export type FormActionDefinition<Schema extends z.ZodType, Result> = {
  schema: Schema;
  permission: Permission;
  /** Shown on success, as a catalogue key. */
  successMessage: string;
  /** Values for the success message, e.g. how many vacancies the change opened. */
  successMessageValues?: (result: Result) => Record<string, string | number>;
  /** Field errors to show when the change hits a unique constraint (e.g. a taken e-mail). */
  onConflict?: { field: string; message: string };
  /**
   * The form's rules that need the database (an e-mail a person with an account must keep, a
   * withdrawal's consent against its notice). They run before `run`, in its transaction, and also
   * when other fields failed, on the fields that parsed: one submit reports the fields' errors and
   * these together (issue #18, item 6). A rule says nothing about a field that is absent. They
   * return catalogue keys per field, or throw an ActionError for a refusal with its own message.
   * Rules that need no database belong in the schema (withFormChecks).
   */
  check?(context: CheckContext<z.output<Schema>>): Promise<FieldErrors>;
  /** How long the transaction may take; bulk changes (imports) need more than the default. */
  transactionTimeoutMs?: number;
  run(context: ActionContext<z.output<Schema>>): Promise<ActionOutcome<Result>>;
};

const DEFAULT_TRANSACTION_TIMEOUT_MS = 10_000;

export type ExecutedAction<Result> = { state: FormState; result?: Result };

/**
 * The one path every mutation takes: parse → authorize → change and audit in one transaction.
 * Kept free of Next's request APIs so integration tests run it against a real database.
 */
export async function executeFormAction<Schema extends z.ZodType, Result>(
  definition: FormActionDefinition<Schema, Result>,
  actor: Actor | null,
  formData: FormData,
): Promise<ExecutedAction<Result>> {
  const values = submittedValues(formData);
  if (!actor) return { state: errorState("errors.signedOut", values) };
  if (openedInAnotherPartnership(formData, actor.partnershipId)) return { state: errorState("partnershipChoice.switchedElsewhere", values) };

  const validated = validateSubmission(definition.schema, formInput(formData));
  const permitted = hasPermission(actor.roles, definition.permission);
  // Whoever may not act learns nothing from the database: the fields' errors only, or the refusal.
  if (!validated.ok && (!permitted || !definition.check)) return { state: errorState("errors.validation", values, validated.fieldErrors) };
  if (!permitted) return { state: errorState("errors.forbidden", values) };

  try {
    const { prisma } = await getDatabase();
    if (!validated.ok) {
      const checked = await prisma.$transaction((tx) => definition.check!({ input: validated.parsed, actor, tx }));
      return { state: errorState("errors.validation", values, addCheckErrors(validated.fieldErrors, checked)) };
    }
    const outcome = await prisma.$transaction(async (tx) => {
      if (definition.check) {
        const checked = await definition.check({ input: validated.data, actor, tx });
        if (hasFieldErrors(checked)) throw new ActionError("errors.validation", addCheckErrors({}, checked));
      }
      const done = await definition.run({ input: validated.data, actor, tx });
      await tx.auditEvent.create({
        data: {
          partnershipId: actor.partnershipId,
          actorUserId: actor.userId,
          action: done.audit.action,
          entityType: done.audit.entityType,
          entityId: done.audit.entityId ?? null,
          data: done.audit.data ?? {},
        },
      });
      return done;
    }, { timeout: definition.transactionTimeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS });
    return {
      state: {
        status: "success",
        message: definition.successMessage,
        ...(definition.successMessageValues ? { messageValues: definition.successMessageValues(outcome.result) } : {}),
        fieldErrors: {},
        values: {},
      },
      result: outcome.result,
    };
  } catch (error) {
    if (error instanceof ActionError) {
      // Thrown by a check while other fields had failed too: the refusal and the fields' errors together.
      const fieldErrors = validated.ok ? error.fieldErrors : addCheckErrors(validated.fieldErrors, error.fieldErrors);
      return { state: errorState(error.messageKey, values, fieldErrors, error.messageValues) };
    }
    if (definition.onConflict && isUniqueViolation(error)) {
      const { field, message } = definition.onConflict;
      return { state: errorState("errors.validation", values, { [field]: [message] }) };
    }
    console.error("[action] unexpected failure", error);
    return { state: errorState("errors.unexpected", values) };
  }
}

/** Kept here too for the actions outside executeFormAction (sign-in, accepting an invitation). */
export { formInput };
