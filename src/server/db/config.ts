import path from "node:path";

export type DatabaseConfig = { kind: "postgres"; url: string } | { kind: "embedded"; dataDir: string };

/** The one place that decides which database the process uses. */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url };
  const configured = env.SAMVERKAN_DATA_DIR?.trim();
  /*turbopackIgnore: true*/
  const dataDir = configured ? path.resolve(configured) : path.join(process.cwd(), "data", "pglite");
  return { kind: "embedded", dataDir };
}
