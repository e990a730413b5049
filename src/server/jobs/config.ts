/** The background jobs' settings, from the environment. Pure, for tests. */

export const DEFAULT_JOBS_INTERVAL_MS = 60_000;
const MIN_JOBS_INTERVAL_MS = 1_000;

export type JobsConfig =
  | { enabled: true; intervalMs: number; /** JOBS_INTERVAL_MS was set but unusable: the default is used. */ invalidInterval: boolean }
  | { enabled: false; reason: "disabled" | "build" | "test" };

/**
 * Jobs run in a server process: not while `next build` collects pages (it loads instrumentation
 * too), not under Vitest (tests run the jobs' functions themselves), and not when JOBS_DISABLED=1.
 * JOBS_INTERVAL_MS sets the interval (default one minute, at least one second).
 */
export function jobsConfigFromEnv(env: Record<string, string | undefined> = process.env): JobsConfig {
  if (env.NEXT_PHASE === "phase-production-build") return { enabled: false, reason: "build" };
  if (isOn(env.JOBS_DISABLED)) return { enabled: false, reason: "disabled" };
  if (env.VITEST) return { enabled: false, reason: "test" };
  const raw = env.JOBS_INTERVAL_MS?.trim();
  if (!raw) return { enabled: true, intervalMs: DEFAULT_JOBS_INTERVAL_MS, invalidInterval: false };
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < MIN_JOBS_INTERVAL_MS) return { enabled: true, intervalMs: DEFAULT_JOBS_INTERVAL_MS, invalidInterval: true };
  return { enabled: true, intervalMs: value, invalidInterval: false };
}

/** Whether JOBS_DISABLED switches the jobs off ("1" or "true"). */
export function jobsDisabledByEnv(env: Record<string, string | undefined> = process.env): boolean {
  return isOn(env.JOBS_DISABLED);
}

function isOn(value: string | undefined): boolean {
  return value !== undefined && ["1", "true", "yes"].includes(value.trim().toLowerCase());
}
