import type { Participation } from "./verify-credentials";

declare module "next-auth" {
  interface Session {
    user: {
      /** The account's id. */
      id: string;
      name: string;
      email: string;
      installationAdministrator: boolean;
      participations: Participation[];
    };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    /** The account's id. */
    aid?: string;
    /** The account's sessionVersion when the session began; a bump ends the session. */
    sv?: number;
    /** This session's own id, so that signing out can end it on the server. */
    sid?: string;
    /** When the account signed in (seconds); the session ends twelve hours later at the latest. */
    authTime?: number;
  }
}
