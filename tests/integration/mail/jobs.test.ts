import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { applicationJobs, startBackgroundJobs, stopBackgroundJobs } from "@/server/jobs";
import { createJobRunner } from "@/server/jobs/runner";
import type { MailMessage, MailSender } from "@/server/mail/sender";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { testDatabase } from "../../support/test-database";

const prisma = () => testDatabase().prisma;
const log = { error: vi.fn(), info: vi.fn() };
// 15 May 2027: the demo agreement's first notice-deadline reminder (60 days before 30 June) is due.
const DUE = new Date("2027-05-15T08:00:00Z");

beforeAll(async () => {
  await seedDemoPartnership(prisma());
});
beforeEach(async () => {
  await prisma().outboxMessage.deleteMany();
  log.error.mockReset();
  log.info.mockReset();
});

describe("the application's jobs", () => {
  it("queue the due reminders and deliver them in the same run when a sender is configured", async () => {
    const sent: MailMessage[] = [];
    const sender: MailSender = { send: async (message) => void sent.push(message) };
    const runner = createJobRunner({ jobs: applicationJobs({ sender, log }), intervalMs: 60_000, log, now: () => DUE });

    await runner.runOnce();

    expect(sent.map((message) => message.to)).toEqual(["admin@huddinge.example"]);
    expect(await prisma().outboxMessage.findMany({ select: { status: true } })).toEqual([{ status: "SENT" }]);
    expect(log.error).not.toHaveBeenCalled();
    // The next minute: nothing new to queue or send.
    await runner.runOnce();
    expect(sent).toHaveLength(1);
  });

  it("leave mail in the outbox without a sender", async () => {
    const runner = createJobRunner({ jobs: applicationJobs({ sender: null, log }), intervalMs: 60_000, log, now: () => DUE });
    await runner.runOnce();
    expect(await prisma().outboxMessage.findMany({ select: { status: true, attempts: true } })).toEqual([{ status: "PENDING", attempts: 0 }]);
  });

  it("log a failed delivery without failing the run", async () => {
    const sender: MailSender = { send: async () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:25")) };
    const runner = createJobRunner({ jobs: applicationJobs({ sender, log }), intervalMs: 60_000, log, now: () => DUE });
    await expect(runner.runOnce()).resolves.toBeUndefined();
    expect(await prisma().outboxMessage.findFirstOrThrow()).toMatchObject({ status: "PENDING", attempts: 1, lastError: "connect ECONNREFUSED 127.0.0.1:25" });
    expect(log.info).toHaveBeenCalledWith(expect.stringContaining("will retry 1"));
  });
});

describe("startBackgroundJobs", () => {
  it("starts one runner per process, and none when switched off or under test", async () => {
    expect(startBackgroundJobs({ JOBS_DISABLED: "1" }, log)).toBeNull();
    expect(startBackgroundJobs({ VITEST: "true" }, log)).toBeNull();
    const runner = startBackgroundJobs({}, log);
    try {
      expect(runner?.running).toBe(true);
      expect(startBackgroundJobs({}, log)).toBe(runner);
      expect(log.info).toHaveBeenCalledWith(expect.stringContaining("stays in the outbox"));
    } finally {
      await stopBackgroundJobs();
    }
    expect(runner?.running).toBe(false);
  });

  it("reports a half mail configuration and delivers nothing", async () => {
    const runner = startBackgroundJobs({ SMTP_URL: "smtp://user:hunter2@mail.example.se" }, log);
    await stopBackgroundJobs();
    expect(runner).not.toBeNull();
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining("MAIL_FROM"));
    expect(JSON.stringify(log.error.mock.calls)).not.toContain("hunter2");
  });
});
