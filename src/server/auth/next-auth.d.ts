import type { Role } from "@/lib/roles";

declare module "next-auth" {
  interface Session {
    user: {
      id: string;
      personId: string;
      partnershipId: string;
      name: string;
      email: string;
      roles: Role[];
    };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    /** The user's sessionVersion when the session began; a bump ends the session. */
    sv?: number;
    /** This session's own id, so that signing out can end it on the server. */
    sid?: string;
    account?: { personId: string; partnershipId: string; roles: Role[] };
  }
}
