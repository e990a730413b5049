/**
 * The janitor of `npm run bench`, in a process of its own (and a process group of its own, so that
 * Ctrl-C does not reach it). The benchmark tells it, as JSON lines on its stdin, what it has made:
 * a server's process group, a temporary folder, a database. When its stdin ends — the benchmark
 * exited, however: normally, on Ctrl-C, or killed (tsx's signal relay SIGKILLs a process whose
 * event loop is busy, as it is while PGlite opens a data folder) — it removes whatever is still
 * registered: stops the servers (SIGTERM, then SIGKILL), removes the folders, drops the databases.
 * What the benchmark cleaned up itself it unregisters first ("forget"), so that a process id that
 * was reused is never signalled.
 *
 * The benchmark starts it with startReaper() below; the same file is the janitor's program.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import readline from "node:readline";
import { dropDatabase } from "../../tests/support/postgres-admin";

export type ReaperEntry = { kind: "group"; pid: number } | { kind: "folder"; path: string } | { kind: "database"; adminUrl: string; name: string };
export type ReaperMessage = ReaperEntry & { forget?: boolean };

const key = (entry: ReaperEntry) => JSON.stringify(entry.kind === "group" ? [entry.kind, entry.pid] : entry.kind === "folder" ? [entry.kind, entry.path] : [entry.kind, entry.adminUrl, entry.name]);

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function stopGroup(pid: number): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // Already gone.
    }
  };
  if (!groupAlive(pid)) return;
  signal("SIGTERM");
  for (let waited = 0; waited < 8_000 && groupAlive(pid); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  if (groupAlive(pid)) signal("SIGKILL");
}

async function reap(entries: Map<string, ReaperEntry>): Promise<void> {
  const all = [...entries.values()];
  // Servers first (they hold the folders and the databases), then folders, then databases.
  for (const entry of all) if (entry.kind === "group") await stopGroup(entry.pid);
  for (const entry of all) if (entry.kind === "folder") fs.rmSync(entry.path, { recursive: true, force: true });
  for (const entry of all) if (entry.kind === "database") await dropDatabase(entry.adminUrl, entry.name).catch(() => undefined);
}

async function main(): Promise<void> {
  const entries = new Map<string, ReaperEntry>();
  // Nothing reaches it but its stdin: it must not end on the benchmark's signals.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => undefined);
  for await (const line of readline.createInterface({ input: process.stdin })) {
    if (!line.trim()) continue;
    const message = JSON.parse(line) as ReaperMessage;
    const { forget, ...entry } = message;
    if (forget) entries.delete(key(entry));
    else entries.set(key(entry), entry);
  }
  await reap(entries);
  process.exit(0);
}

export type Reaper = {
  watch(entry: ReaperEntry): void;
  forget(entry: ReaperEntry): void;
};

/** Starts the janitor for this process: detached, told everything through its stdin. */
export function startReaper(): Reaper {
  const child = spawn(process.execPath, ["--import", "tsx", import.meta.filename, "--reaper"], { detached: true, stdio: ["pipe", "ignore", "ignore"] });
  child.unref();
  const stdin = child.stdin!;
  // Its stdin stays open as long as this process lives; it must not keep this process alive.
  (stdin as unknown as { unref?: () => void }).unref?.();
  stdin.on("error", () => undefined);
  const send = (message: ReaperMessage) => stdin.write(`${JSON.stringify(message)}\n`);
  return { watch: (entry) => send(entry), forget: (entry) => send({ ...entry, forget: true }) };
}

if (process.argv.includes("--reaper")) await main();
