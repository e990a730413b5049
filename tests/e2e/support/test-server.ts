/**
 * The server the end-to-end tests run against (started by playwright.config.ts's webServer):
 * a fresh embedded database in a temporary folder, served from the existing build by the same
 * program as `npm start` (scripts/start.ts: it migrates, seeds the demo partnership and serves
 * through the application's own HTTP server, scripts/lib/serve.ts), so the tests exercise it. On
 * SIGTERM/SIGINT the server is stopped (it closes the database itself) and the temporary folder
 * is removed.
 *
 *   PORT=3311 npx tsx tests/e2e/support/test-server.ts
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { lockPathFor } from "../../../src/server/db/embedded-lock";
import { groupAlive, signalGroup, waitForGroupExit } from "../../../scripts/lib/process-group";

const root = path.resolve(import.meta.dirname, "..", "..", "..");
const startScript = path.join(root, "scripts", "start.ts");
const port = Number(process.env.PORT || 3311);
const hostname = process.env.E2E_HOST || "127.0.0.1";
const FOLDER_PREFIX = "samverkan-e2e-";
const OWNER_FILE = "owner.pid";
const STOP_TIMEOUT_MS = 8_000;

if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.error("[e2e server] No build found: run `npm run build` first (`npm run test:e2e` does).");
  process.exit(1);
}

removeStaleFolders();
const tempFolder = fs.mkdtempSync(path.join(os.tmpdir(), FOLDER_PREFIX));
fs.writeFileSync(path.join(tempFolder, OWNER_FILE), String(process.pid));
const dataDir = path.join(tempFolder, "pglite");

let server: ChildProcess | undefined;
let stopping: Promise<void> | undefined;

// Registered before anything slow, so a stop during migration still cleans up. `on`, not `once`:
// the signal can arrive more than once (Playwright signals the whole group, npx and tsx relay it),
// and a second one without a listener would end this process before it has cleaned up.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void stop(signal === "SIGINT" ? 130 : 143));
}
// A last resort when this process ends some other way: never leave the folder behind.
process.on("exit", () => {
  if (server?.pid && groupAlive(server.pid)) signalGroup(server.pid, "SIGKILL");
  removeTempFolder();
});

if (!stopping) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    BIND_ADDRESS: hostname,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    SAMVERKAN_DATA_DIR: dataDir,
  };
  delete env.DATABASE_URL;
  delete env.TRUSTED_PROXY_HOPS;
  server = spawn(process.execPath, ["--import", "tsx", startScript], {
    cwd: root,
    // In its own process group, so that stopping it also stops anything it started.
    detached: true,
    stdio: "inherit",
    env,
  });
  server.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`[e2e server] the server exited on its own (code ${code}, signal ${signal}).`);
    void stop(code || 1);
  });
  console.log(`[e2e server] http://${hostname}:${port} on ${dataDir}`);
}

function stop(exitCode: number): Promise<void> {
  stopping ??= (async () => {
    const pid = server?.pid;
    if (pid && groupAlive(pid)) {
      signalGroup(pid, "SIGTERM");
      if (!(await waitForGroupExit(pid, STOP_TIMEOUT_MS))) {
        console.error("[e2e server] the server did not stop in time: killing it.");
        signalGroup(pid, "SIGKILL");
        await waitForGroupExit(pid, 2_000);
      }
    }
    removeTempFolder();
    process.exit(exitCode);
  })();
  return stopping;
}

function removeTempFolder(): void {
  fs.rmSync(lockPathFor(dataDir), { force: true });
  fs.rmSync(tempFolder, { recursive: true, force: true });
}

/** Folders left by an earlier run whose server process is gone (e.g. it was killed with SIGKILL). */
function removeStaleFolders(): void {
  const tmp = os.tmpdir();
  for (const name of fs.readdirSync(tmp)) {
    if (!name.startsWith(FOLDER_PREFIX)) continue;
    const folder = path.join(tmp, name);
    let owner = Number.NaN;
    try {
      owner = Number(fs.readFileSync(path.join(folder, OWNER_FILE), "utf8"));
    } catch {
      // No owner file: still being created, or not ours to judge.
      continue;
    }
    if (!processAlive(owner)) fs.rmSync(folder, { recursive: true, force: true });
  }
}

function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
