import { describe, expect, it } from "vitest";
import { DEFAULT_JOBS_INTERVAL_MS, jobsConfigFromEnv, jobsDisabledByEnv } from "./config";

describe("jobsConfigFromEnv", () => {
  it("runs every minute by default", () => {
    expect(jobsConfigFromEnv({})).toEqual({ enabled: true, intervalMs: DEFAULT_JOBS_INTERVAL_MS, invalidInterval: false });
    expect(DEFAULT_JOBS_INTERVAL_MS).toBe(60_000);
  });

  it("takes JOBS_INTERVAL_MS when it is a whole number of at least a second", () => {
    expect(jobsConfigFromEnv({ JOBS_INTERVAL_MS: "5000" })).toEqual({ enabled: true, intervalMs: 5000, invalidInterval: false });
    for (const value of ["abc", "999", "-5000", "1.5e3", "10s"]) {
      expect(jobsConfigFromEnv({ JOBS_INTERVAL_MS: value })).toEqual({ enabled: true, intervalMs: DEFAULT_JOBS_INTERVAL_MS, invalidInterval: true });
    }
  });

  it("is off with JOBS_DISABLED=1, during next build and under Vitest", () => {
    expect(jobsConfigFromEnv({ JOBS_DISABLED: "1" })).toEqual({ enabled: false, reason: "disabled" });
    expect(jobsConfigFromEnv({ JOBS_DISABLED: "true" })).toEqual({ enabled: false, reason: "disabled" });
    expect(jobsConfigFromEnv({ NEXT_PHASE: "phase-production-build" })).toEqual({ enabled: false, reason: "build" });
    expect(jobsConfigFromEnv({ VITEST: "true" })).toEqual({ enabled: false, reason: "test" });
    expect(jobsConfigFromEnv({ JOBS_DISABLED: "0" }).enabled).toBe(true);
    expect(jobsDisabledByEnv({ JOBS_DISABLED: "1" })).toBe(true);
    expect(jobsDisabledByEnv({})).toBe(false);
  });
});
