import path from "node:path";

export type DatabaseConfig = { kind: "postgres"; url: string } | { kind: "embedded"; dataDir: string };

/** The one place that decides which database the process uses. */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url };
  return { kind: "embedded", dataDir: path.resolve(env.SAMVERKAN_DATA_DIR?.trim() || path.join("data", "pglite")) };
}
