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
};
