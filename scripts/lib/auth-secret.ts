import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Sessions are signed with AUTH_SECRET. When none is configured (a fresh clone), one is made once
 * and kept in the data folder, so sessions survive restarts. Instances that share a PostgreSQL
 * server must be given the same AUTH_SECRET instead.
 */
export function ensureAuthSecret(dataFolder: string): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataFolder, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataFolder, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}
