import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEmbeddedDatabase, type Database } from "@/server/db/connection";
import { EmbeddedDatabaseInUseError, lockPathFor } from "@/server/db/embedded-lock";
import { makeTempDir } from "../../support/test-database";

/**
 * Two processes on one PGlite folder corrupt it, so a second process must be refused at once, with
 * a message that says what to do. Runs on PGlite whatever TEST_DATABASE_URL says.
 */

const ROOT = path.resolve(".");
const CHILD_TIMEOUT_MS = 60_000;

type ChildResult = { code: number | null; stdout: string; stderr: string; ms: number };

/** Runs tests/support/open-embedded-child.ts in a process of its own on `dataDir`. */
function openInAnotherProcess(dataDir: string): Promise<ChildResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(ROOT, "node_modules", ".bin", "tsx"),
      [path.join(ROOT, "tests", "support", "open-embedded-child.ts"), dataDir],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), CHILD_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

function lockOwnerPid(dataDir: string): number | null {
  const file = lockPathFor(dataDir);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as { pid: number }).pid : null;
}

describe("the embedded database's folder lock", () => {
  let root: string;
  let dataDir: string;
  let database: Database | undefined;

  beforeAll(async () => {
    root = makeTempDir("embedded-lock");
    dataDir = path.join(root, "pglite");
    database = await openEmbeddedDatabase({ dataDir });
    await database.withExclusiveSession((session) =>
      session.exec(`CREATE TABLE "Kept" ("note" TEXT); INSERT INTO "Kept" VALUES ('written by the first process');`),
    );
  });

  afterAll(async () => {
    await database?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("makes a second process fail fast with a clear message, and leaves the first one working", async () => {
    expect(lockOwnerPid(dataDir)).toBe(process.pid);

    const child = await openInAnotherProcess(dataDir);

    expect(child.code, child.stderr).toBe(3);
    expect(child.stderr).toContain(`is in use by process ${process.pid}`);
    expect(child.stderr).toMatch(/stop that process first/);
    expect(child.stdout).not.toMatch(/opened/);
    // Refused before starting PGlite (which alone takes seconds on disk), not after a timeout.
    expect(child.ms).toBeLessThan(20_000);

    expect(lockOwnerPid(dataDir)).toBe(process.pid);
    const rows = await database!.withExclusiveSession((session) => session.query<{ note: string }>(`SELECT note FROM "Kept"`));
    expect(rows).toEqual([{ note: "written by the first process" }]);
  });

  it("refuses a second open in the same process too", async () => {
    await expect(openEmbeddedDatabase({ dataDir })).rejects.toBeInstanceOf(EmbeddedDatabaseInUseError);
    expect(lockOwnerPid(dataDir)).toBe(process.pid);
  });

  it("is removed on close, after which another process opens the folder", async () => {
    await database!.close();
    database = undefined;
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);

    const child = await openInAnotherProcess(dataDir);
    expect(child.code, child.stderr).toBe(0);
    expect(child.stdout).toMatch(/opened/);
    // The other process released it in turn.
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);
  });

  it("takes over a stale lock left by a process that is gone, with the data intact", async () => {
    const gone = spawnSync(process.execPath, ["-e", ""]);
    expect(gone.status).toBe(0);
    fs.writeFileSync(
      lockPathFor(dataDir),
      JSON.stringify({ pid: gone.pid, command: "a killed app server", since: new Date(0).toISOString() }),
    );

    database = await openEmbeddedDatabase({ dataDir });
    expect(lockOwnerPid(dataDir)).toBe(process.pid);
    const rows = await database.withExclusiveSession((session) => session.query<{ note: string }>(`SELECT note FROM "Kept"`));
    expect(rows).toEqual([{ note: "written by the first process" }]);

    await database.close();
    database = undefined;
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);
  });
});
