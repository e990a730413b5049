import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createJobRunner, type Job } from "./runner";

const silent = { error: vi.fn(), info: vi.fn() };

beforeEach(() => {
  vi.useFakeTimers();
  silent.error.mockReset();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the job runner", () => {
  it("runs its jobs in order once per interval, starting one interval after start", async () => {
    const calls: string[] = [];
    const jobs: Job[] = [
      { name: "a", run: async () => void calls.push("a") },
      { name: "b", run: async () => void calls.push("b") },
    ];
    const runner = createJobRunner({ jobs, intervalMs: 1000, log: silent });
    runner.start();
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual(["a", "b"]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual(["a", "b", "a", "b"]);
    await runner.stop();
  });

  it("logs a failing job and still runs the others, and keeps running", async () => {
    const calls: string[] = [];
    const runner = createJobRunner({
      jobs: [
        { name: "broken", run: async () => Promise.reject(new Error("boom")) },
        { name: "fine", run: async () => void calls.push("fine") },
      ],
      intervalMs: 1000,
      log: silent,
    });
    runner.start();
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toEqual(["fine", "fine"]);
    expect(silent.error).toHaveBeenCalledTimes(2);
    expect(silent.error.mock.calls[0]![0]).toContain("broken");
    await runner.stop();
  });

  it("never overlaps runs: a slow run delays the next", async () => {
    let inside = 0;
    let mostInside = 0;
    let runs = 0;
    const runner = createJobRunner({
      jobs: [
        {
          name: "slow",
          run: async () => {
            inside++;
            mostInside = Math.max(mostInside, inside);
            await new Promise((resolve) => setTimeout(resolve, 2500));
            inside--;
            runs++;
          },
        },
      ],
      intervalMs: 1000,
      log: silent,
    });
    runner.start();
    void runner.runOnce();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(mostInside).toBe(1);
    // 10 s of 2.5 s runs, each followed by a 1 s pause: fewer runs than intervals.
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(runs).toBeLessThan(10);
    const stopping = runner.stop();
    await vi.advanceTimersByTimeAsync(3000);
    await stopping;
  });

  it("stops: no more runs, an unref()'d timer, and stop waits for the run in progress", async () => {
    let finished = 0;
    const runner = createJobRunner({
      jobs: [{ name: "job", run: () => new Promise<void>((resolve) => setTimeout(() => (finished++, resolve()), 500)) }],
      intervalMs: 1000,
      log: silent,
    });
    const unref = vi.spyOn(globalThis, "setTimeout");
    runner.start();
    expect(unref.mock.results[0]!.value.hasRef()).toBe(false);
    await vi.advanceTimersByTimeAsync(1200);
    const stopping = runner.stop();
    await vi.advanceTimersByTimeAsync(400);
    await stopping;
    expect(finished).toBe(1);
    expect(runner.running).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(finished).toBe(1);
  });

  it("passes the clock's time to each job", async () => {
    const seen: Date[] = [];
    const at = new Date("2027-05-15T10:00:00Z");
    const runner = createJobRunner({ jobs: [{ name: "clock", run: async (now) => void seen.push(now) }], intervalMs: 1000, log: silent, now: () => at });
    await runner.runOnce();
    expect(seen).toEqual([at]);
  });
});
