import type { GroupRole } from "@/generated/prisma/client";
import type { Role } from "@/lib/roles";

/**
 * The signed-in user on whose behalf the server acts, inside the partnership chosen: every
 * permission check and every query takes one. `userId`, `personId` and `roles` are the account's
 * in that partnership.
 */
export type Actor = {
  userId: string;
  accountId: string;
  personId: string;
  partnershipId: string;
  name: string;
  email: string;
  roles: Role[];
  /**
   * The person's roles today in each group of the partnership, by group id, as the session's
   * statement read them for this request. Absent for an actor made elsewhere (tests, jobs): the
   * meeting rules then read them from the database (features/meetings/viewer.ts).
   */
  groupRolesToday?: Readonly<Record<string, readonly GroupRole[]>>;
};
