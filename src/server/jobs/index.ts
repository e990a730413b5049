import "server-only";
import { queueAgreementReminders } from "@/features/agreement/reminder-mail";
import { queueDeadlineNotices } from "@/features/proposals/deadline-job";
import { forgetExpiredEndedSessions } from "@/server/auth/verify-credentials";
import { describeMailConfigProblem, mailConfigFromEnv } from "@/server/mail/config";
import { deliverPendingMail } from "@/server/mail/delivery";
import { mailSenderFor, type MailSender } from "@/server/mail/sender";
import { configuredOrigin } from "@/server/public-origin";
import { jobsConfigFromEnv } from "./config";
import { createJobRunner, type Job, type JobLogger, type JobRunner } from "./runner";

/**
 * The application's background jobs: queue the agreement reminders that are due, then deliver
 * pending mail — only when a sender is configured; without one, mail stays in the outbox table.
 */
export function applicationJobs({ sender, log = console }: { sender: MailSender | null; log?: JobLogger }): Job[] {
  const jobs: Job[] = [
    {
      name: "agreement-reminders",
      run: async (now) => {
        const { queued } = await queueAgreementReminders(now);
        if (queued > 0) log.info(`[jobs] agreement reminders: queued ${queued} message(s)`);
      },
    },
    {
      name: "proposal-deadlines",
      run: async (now) => {
        const { calls, queued } = await queueDeadlineNotices(now);
        if (calls > 0) log.info(`[jobs] proposal deadlines passed: ${calls} call(s), queued ${queued} message(s) to the working group`);
      },
    },
    {
      name: "ended-sessions",
      run: async (now) => {
        await forgetExpiredEndedSessions(now);
      },
    },
  ];
  if (sender) {
    jobs.push({
      name: "mail-delivery",
      run: async () => {
        const { sent, retrying, failed } = await deliverPendingMail({ sender });
        if (sent + retrying + failed > 0) log.info(`[jobs] mail: sent ${sent}, will retry ${retrying}, failed ${failed}`);
        if (failed > 0) log.error(`[jobs] mail: ${failed} message(s) failed for good; see /admin/mail`);
      },
    });
  }
  return jobs;
}

const holder = globalThis as typeof globalThis & { __samverkanJobs?: JobRunner };

/**
 * Starts the jobs once per server process (src/instrumentation.ts), unless the environment says
 * not to (see ./config.ts). Returns the runner, or null when jobs are off. With
 * NEXT_MANUAL_SIG_HANDLE (npm start) the timer is stopped on SIGINT/SIGTERM; call this before
 * closeDatabaseOnShutdown so these listeners run first and no run starts while the database closes.
 */
export function startBackgroundJobs(env: Record<string, string | undefined> = process.env, log: JobLogger = console): JobRunner | null {
  if (holder.__samverkanJobs) return holder.__samverkanJobs;
  const config = jobsConfigFromEnv(env);
  if (!config.enabled) return null;
  if (config.invalidInterval) log.error(`[jobs] JOBS_INTERVAL_MS must be a whole number of milliseconds, at least 1000: using ${config.intervalMs}`);

  const mail = mailConfigFromEnv(env);
  if (mail.kind === "invalid") log.error(`[jobs] mail is not delivered: ${describeMailConfigProblem(mail.problem)}`);
  if (mail.kind === "smtp" && !configuredOrigin()) log.error("[jobs] AUTH_URL is not set: links in mail point to localhost");
  const sender = mail.kind === "smtp" ? mailSenderFor(mail) : null;

  const runner = createJobRunner({ jobs: applicationJobs({ sender, log }), intervalMs: config.intervalMs, log });
  holder.__samverkanJobs = runner;
  if (env.NEXT_MANUAL_SIG_HANDLE) {
    const stop = () => void runner.stop();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  }
  runner.start();
  log.info(`[jobs] started: every ${Math.round(config.intervalMs / 1000)} s; mail ${mail.kind === "smtp" ? `goes through ${mail.server}` : "stays in the outbox"}`);
  return runner;
}

/** Stops the process's jobs, if started (waits for a run in progress). */
export async function stopBackgroundJobs(): Promise<void> {
  const runner = holder.__samverkanJobs;
  holder.__samverkanJobs = undefined;
  await runner?.stop();
}
