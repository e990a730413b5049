import { closeDatabase } from "@/server/db";

/**
 * `npm start` sets NEXT_MANUAL_SIG_HANDLE so that Next leaves SIGINT/SIGTERM to us: the embedded
 * database must be closed cleanly (and its folder lock released) before the process exits.
 */
export function closeDatabaseOnShutdown(): void {
  if (!process.env.NEXT_MANUAL_SIG_HANDLE) return;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    closeDatabase()
      .catch((error: unknown) => console.error("[shutdown] closing the database failed", error))
      .finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  // `on`, not `once`: a second signal during the close must not kill the process half-way.
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
