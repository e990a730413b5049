import { expect } from "vitest";
import type { FormState } from "@/lib/forms/form-state";
import type { ExecutedAction } from "@/server/actions/form-action";
import { testDatabase } from "./test-database";

/**
 * The two outcomes an integration test expects of a server action, for a feature whose tables
 * `snapshot` reads: a refusal with its message (and field errors when given) that changed nothing
 * and wrote no audit event, or a success whose result is returned.
 *
 *   export const { expectRefused, expectSuccess } = actionExpectations(snapshot);
 */
export function actionExpectations(snapshot: () => Promise<unknown>) {
  return {
    async expectRefused(run: () => Promise<ExecutedAction<unknown>>, message: string, fieldErrors?: Record<string, string[]>): Promise<FormState> {
      const before = await snapshot();
      const { state } = await run();
      expect(state.status, JSON.stringify(state)).toBe("error");
      expect(state.message).toBe(message);
      if (fieldErrors) expect(state.fieldErrors).toEqual(fieldErrors);
      expect(await snapshot()).toEqual(before);
      return state;
    },
    async expectSuccess<Result>(run: () => Promise<ExecutedAction<Result>>, message?: string): Promise<Result> {
      const { state, result } = await run();
      expect(state.status, JSON.stringify(state)).toBe("success");
      if (message) expect(state.message).toBe(message);
      return result as Result;
    },
  };
}

/** The newest audit event of `action` in the file's database. */
export const lastEvent = (action: string) => testDatabase().prisma.auditEvent.findFirstOrThrow({ where: { action }, orderBy: { id: "desc" } });
