import type { Role } from "@/lib/roles";

/** The signed-in user on whose behalf the server acts; every permission check takes one. */
export type Actor = {
  userId: string;
  personId: string;
  partnershipId: string;
  name: string;
  email: string;
  roles: Role[];
};
