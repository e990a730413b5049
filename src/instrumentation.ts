// Runs once when a server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // The jobs first: their SIGINT/SIGTERM listeners stop the timer before the database is closed.
    const { startBackgroundJobs } = await import("./server/jobs");
    try {
      startBackgroundJobs();
    } catch (error) {
      // Jobs are a convenience; a server that cannot run them still serves.
      console.error("[jobs] not started", error);
    }
    const { closeDatabaseOnShutdown } = await import("./server/shutdown");
    closeDatabaseOnShutdown();
  }
}
