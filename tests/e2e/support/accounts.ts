import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../../src/server/seed/demo-accounts";

export { DEMO_PASSWORD };

export type DemoAccount = (typeof DEMO_ACCOUNTS)[number];
export type DemoRole = DemoAccount["role"];

export function account(role: DemoRole): DemoAccount {
  const found = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
  if (!found) throw new Error(`No demo account with the role ${role}`);
  return found;
}

export const ALL_ACCOUNTS = DEMO_ACCOUNTS;

/**
 * Accounts whose state a test changes. They are used only by the specs of the "account-state"
 * project, which runs after every other spec has finished (see playwright.config.ts):
 * - the sign-in limit spec locks CONTRIBUTOR out for 15 minutes;
 * - the change-password spec changes WORKING_GROUP_MEMBER's password (and changes it back).
 */
export const LOCKOUT_ACCOUNT = account("CONTRIBUTOR");
export const PASSWORD_CHANGE_ACCOUNT = account("WORKING_GROUP_MEMBER");
