import fs from "node:fs";
import path from "node:path";

/**
 * PGlite has no lock of its own, and two processes on one data folder corrupt it (seen here: a
 * PANIC on the next open, and silently lost rows). This lock file beside the folder makes a second
 * process fail fast instead. A lock left by a killed process is taken over once its PID is gone.
 */
export class EmbeddedDatabaseInUseError extends Error {
  readonly code = "EMBEDDED_DATABASE_IN_USE";
}

type LockOwner = { pid: number; command: string; since: string };

export type EmbeddedLock = { path: string; release: () => void };

export function lockPathFor(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

export function acquireEmbeddedLock(dataDir: string): EmbeddedLock {
  const lockPath = lockPathFor(dataDir);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const owner: LockOwner = {
    pid: process.pid,
    command: process.argv.slice(1).join(" ").slice(0, 200),
    since: new Date().toISOString(),
  };
  // The owner is written to a private file first and then hard-linked into place: the link fails
  // if a lock exists, and a reader never sees a half-written lock.
  const draft = `${lockPath}.${process.pid}.${Date.now()}`;
  fs.writeFileSync(draft, JSON.stringify(owner));
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.linkSync(draft, lockPath);
        return { path: lockPath, release: () => releaseIfOurs(lockPath) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        const holder = readOwner(lockPath);
        if (!holder || isAlive(holder.pid)) {
          throw new EmbeddedDatabaseInUseError(
            `The embedded database in ${path.resolve(dataDir)} is in use by process ${holder?.pid ?? "(unknown)"} ` +
              `(${holder?.command || "unknown command"}, since ${holder?.since ?? "unknown"}). ` +
              "Two processes on one PGlite folder corrupt it: stop that process first " +
              "(for example the running app server), or use a PostgreSQL server through DATABASE_URL.",
          );
        }
        // The holder is gone (killed or crashed): the lock is stale. Remove it only if it is still
        // the same stale lock, so a lock another process just took is never removed.
        removeIfStill(lockPath, holder);
      }
    }
  } finally {
    fs.rmSync(draft, { force: true });
  }
  throw new EmbeddedDatabaseInUseError(`Could not take the lock ${lockPath}: another process took it at the same moment.`);
}

function removeIfStill(lockPath: string, stale: LockOwner): void {
  const current = readOwner(lockPath);
  if (current && current.pid === stale.pid && current.since === stale.since) fs.rmSync(lockPath, { force: true });
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockOwner;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function releaseIfOurs(lockPath: string): void {
  const holder = readOwner(lockPath);
  if (holder?.pid === process.pid) fs.rmSync(lockPath, { force: true });
}
