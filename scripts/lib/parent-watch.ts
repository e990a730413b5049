/**
 * `npm start` runs as npm → sh → node (this process). A SIGKILL to npm cannot be caught or passed
 * on, and the shell in between keeps waiting for us, so nothing would tell the server that the
 * process its operator supervises is gone, and it would go on holding the database. This watches
 * the ancestors up to the first one that is not a shell and calls `onGone` when any of them ends.
 */
import fs from "node:fs";

const SHELLS = new Set(["sh", "dash", "bash", "zsh", "ash"]);
const CHECK_INTERVAL_MS = 500;

export function watchParents(onGone: () => void): void {
  const watched = ancestorsToWatch(process.ppid);
  const timer = setInterval(() => {
    if (watched.every(alive)) return;
    clearInterval(timer);
    onGone();
  }, CHECK_INTERVAL_MS);
  timer.unref();
}

/** The parent and, while it is a shell, its parent too (on Linux; elsewhere just the parent). */
function ancestorsToWatch(parent: number): number[] {
  const chain = [parent];
  let current = parent;
  for (let depth = 0; depth < 3 && SHELLS.has(commandOf(current)); depth++) {
    const next = parentOf(current);
    if (!next || next <= 1) break;
    chain.push(next);
    current = next;
  }
  return chain.filter((pid) => pid > 1);
}

function commandOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "";
  }
}

function parentOf(pid: number): number | null {
  try {
    // Fields after the command (which is in parentheses and may contain spaces): state, ppid, …
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) || null;
  } catch {
    return null;
  }
}

/** A killed parent that nobody has reaped yet is a zombie: it still answers signal 0, but it is gone. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  return stateOf(pid) !== "Z";
}

function stateOf(pid: number): string {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  } catch {
    return "";
  }
}
