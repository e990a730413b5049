import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import type { DatabaseConfig } from "./config";
import { acquireEmbeddedLock } from "./embedded-lock";

/**
 * Backups of either database, in the form each restores exactly:
 * - embedded (PGlite): a gzipped tarball of the data folder made by PGlite itself (dumpDataDir).
 *   The folder must not be open elsewhere — the embedded lock proves it — so stop the server first.
 * - PostgreSQL: pg_dump's custom format, restored with pg_restore in one transaction, so a failed
 *   restore leaves the database as it was. pg_dump and pg_restore come from Debian's
 *   postgresql-client; their major version must be at least the server's.
 */

const run = promisify(execFile);
const EMBEDDED_EXTENSION = ".pglite.tar.gz";
const POSTGRES_EXTENSION = ".pgdump";

export function defaultBackupPath(config: DatabaseConfig, now = new Date(), folder = path.join(process.cwd(), "backups")): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  return path.join(folder, `samverkan-${stamp}${config.kind === "embedded" ? EMBEDDED_EXTENSION : POSTGRES_EXTENSION}`);
}

export async function backupDatabase(config: DatabaseConfig, file: string): Promise<{ file: string; bytes: number }> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // Written beside the target and renamed at the end, so a failed backup never leaves a file that looks whole.
  const partial = `${file}.partial`;
  try {
    if (config.kind === "embedded") await dumpEmbedded(config.dataDir, partial);
    else await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`, `--dbname=${config.url}`]);
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return { file, bytes: fs.statSync(file).size };
}

/**
 * Replaces the database with a backup. Embedded: the current folder is kept, renamed with the time
 * of the restore, so nothing is lost if the wrong backup was chosen. PostgreSQL: every object the
 * backup holds is dropped and recreated in one transaction.
 */
export async function restoreDatabase(config: DatabaseConfig, file: string, now = new Date()): Promise<{ keptPrevious: string | null }> {
  if (!fs.existsSync(file)) throw new Error(`No backup at ${file}.`);
  if (config.kind === "embedded") {
    if (!file.endsWith(EMBEDDED_EXTENSION)) throw new Error(`An embedded database restores from a ${EMBEDDED_EXTENSION} backup made by db:backup.`);
    return restoreEmbedded(config.dataDir, file, now);
  }
  if (!file.endsWith(POSTGRES_EXTENSION)) throw new Error(`A PostgreSQL database restores from a ${POSTGRES_EXTENSION} backup made by db:backup.`);
  await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${config.url}`, file]);
  return { keptPrevious: null };
}

async function dumpEmbedded(dataDir: string, target: string): Promise<void> {
  if (!fs.existsSync(dataDir)) throw new Error(`There is no embedded database in ${dataDir}.`);
  const lock = acquireEmbeddedLock(dataDir);
  try {
    const client = await PGlite.create({ dataDir });
    try {
      const dump = await client.dumpDataDir("gzip");
      fs.writeFileSync(target, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await client.close();
    }
  } finally {
    lock.release();
  }
}

async function restoreEmbedded(dataDir: string, file: string, now: Date): Promise<{ keptPrevious: string | null }> {
  const lock = acquireEmbeddedLock(dataDir);
  const staging = `${dataDir}.restoring`;
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    // Loaded into a fresh folder first: the current database is moved aside only once the backup opened.
    const client = await PGlite.create({ dataDir: staging, loadDataDir: new Blob([fs.readFileSync(file)], { type: "application/x-gzip" }) });
    await client.query("SELECT 1");
    await client.close();
    let keptPrevious: string | null = null;
    if (fs.existsSync(dataDir)) {
      keptPrevious = `${dataDir}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
      fs.renameSync(dataDir, keptPrevious);
    }
    fs.renameSync(staging, dataDir);
    return { keptPrevious };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    lock.release();
  }
}
