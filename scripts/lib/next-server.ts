/**
 * Starting and stopping the BUILT application (`next start`) from a script, as tests/e2e's server
 * and scripts/start.ts do: in a process group of its own (killing `next start` alone leaves
 * `next-server` running), with the server closing its database itself on SIGTERM
 * (NEXT_MANUAL_SIG_HANDLE, see src/instrumentation.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { groupAlive, signalGroup, waitForGroupExit } from "./process-group";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** Whether `next build` has been run (`next start` needs its output). */
export function hasBuild(root = ROOT): boolean {
  return fs.existsSync(path.join(root, ".next", "BUILD_ID"));
}

/** A TCP port that is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export type NextServer = {
  url: string;
  pid: number;
  /** Resolves once GET /api/health answers 200; stops the server and throws if it does not in time. */
  ready(timeoutMs?: number): Promise<void>;
  /** SIGTERM to the group, SIGKILL after `timeoutMs`; resolves when the group is gone. */
  stop(timeoutMs?: number): Promise<void>;
  /** For process exit handlers, which cannot wait. */
  killNow(): void;
  /** The end of what the server wrote, for error reports. */
  output(): string;
};

export type StartOptions = {
  port: number;
  /** Added to this process's environment (a value of undefined removes the variable). */
  env: Record<string, string | undefined>;
  hostname?: string;
  /** The checkout whose build to serve (default: this one), e.g. another branch's worktree to compare with. */
  root?: string;
  /**
   * What serves the build: Next.js's own `next start` (default), or the program `npm start` runs
   * (scripts/start.ts: migrates, seeds an empty database, then serves through the application's
   * own server, scripts/lib/serve.ts, with its Brotli assets), for measuring what users get.
   */
  program?: "next start" | "npm start";
};

/**
 * Starts the server and returns at once, so that the caller can register its stop before
 * waiting for it to be ready (an interrupted start must not leave a server behind).
 */
export function spawnNextServer(options: StartOptions): NextServer {
  const hostname = options.hostname ?? "127.0.0.1";
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXT_MANUAL_SIG_HANDLE: "true" };
  for (const [name, value] of Object.entries(options.env)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const root = options.root ?? ROOT;
  const [command, args] =
    options.program === "npm start"
      ? [process.execPath, ["--import", "tsx", path.join(root, "scripts", "start.ts")]]
      : [path.join(root, "node_modules", ".bin", "next"), ["start", "--port", String(options.port), "--hostname", hostname]];
  if (options.program === "npm start") Object.assign(env, { PORT: String(options.port), BIND_ADDRESS: hostname });
  const child: ChildProcess = spawn(command, args, {
    cwd: root,
    // In its own process group, so that stopping it also stops the next-server it starts.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let exited = false;
  child.on("exit", () => (exited = true));
  const pid = child.pid!;
  const url = `http://${hostname}:${options.port}`;
  const server: NextServer = {
    url,
    pid,
    async ready(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (exited) throw new Error(`next start exited before it was ready:\n${log.trim()}`);
        try {
          const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
          if (response.status === 200) return;
        } catch {
          // Not listening yet.
        }
        if (Date.now() > deadline) {
          await server.stop();
          throw new Error(`next start did not answer ${url}/api/health with 200 in time:\n${log.trim()}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    async stop(timeoutMs = 8_000) {
      if (!groupAlive(pid)) return;
      signalGroup(pid, "SIGTERM");
      if (!(await waitForGroupExit(pid, timeoutMs))) {
        signalGroup(pid, "SIGKILL");
        await waitForGroupExit(pid, 2_000);
      }
    },
    killNow() {
      if (groupAlive(pid)) signalGroup(pid, "SIGKILL");
    },
    output: () => log,
  };
  return server;
}
