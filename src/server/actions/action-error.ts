/**
 * An expected refusal inside an action (a rule of the agreement, a stale edit, a wrong current
 * password). Its message is a catalogue key shown to the user; anything else thrown is logged and
 * shown as a generic error.
 */
export class ActionError extends Error {
  constructor(
    readonly messageKey: string,
    readonly fieldErrors: Record<string, string[]> = {},
    readonly messageValues?: Record<string, string | number>,
  ) {
    super(messageKey);
    this.name = "ActionError";
  }
}
