/**
 * A small in-process scheduler: every `intervalMs` it runs its jobs one after another. A run never
 * overlaps the previous one (the next is scheduled when a run ends), a failing job is logged and
 * the others still run, and the timer is unref()'d so it never keeps a process alive.
 */

export type Job = {
  name: string;
  run: (now: Date) => Promise<unknown>;
};

export type JobLogger = Pick<Console, "error" | "info">;

export type JobRunnerOptions = {
  jobs: readonly Job[];
  intervalMs: number;
  log?: JobLogger;
  /** The clock, for tests. */
  now?: () => Date;
};

export interface JobRunner {
  /** Schedules the first run one interval from now; does nothing if already started. */
  start(): void;
  /** Runs every job once now (after a run in progress, if any). */
  runOnce(): Promise<void>;
  /** Cancels the next run and waits for one in progress to finish. */
  stop(): Promise<void>;
  readonly running: boolean;
}

export function createJobRunner({ jobs, intervalMs, log = console, now = () => new Date() }: JobRunnerOptions): JobRunner {
  let timer: NodeJS.Timeout | null = null;
  let started = false;
  let current: Promise<void> | null = null;

  const runAll = async () => {
    for (const job of jobs) {
      try {
        await job.run(now());
      } catch (error) {
        log.error(`[jobs] ${job.name} failed`, error);
      }
    }
  };

  const runOnce = (): Promise<void> => {
    const run = (current ?? Promise.resolve()).then(runAll);
    const tracked = run.finally(() => {
      if (current === tracked) current = null;
    });
    current = tracked;
    return tracked;
  };

  const schedule = () => {
    if (!started) return;
    timer = setTimeout(() => {
      timer = null;
      void runOnce().finally(schedule);
    }, intervalMs);
    timer.unref();
  };

  return {
    start() {
      if (started) return;
      started = true;
      schedule();
    },
    runOnce,
    async stop() {
      started = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await current;
    },
    get running() {
      return started;
    },
  };
}
