import { randomBytes } from "node:crypto";
import pg from "pg";

/** Creating and dropping the test run's own databases on a PostgreSQL server. */

export function randomSuffix(bytes = 4): string {
  return randomBytes(bytes).toString("hex");
}

/** The same server and credentials as `adminUrl`, another database. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function identifier(name: string): string {
  // Only names this suite makes up; checked anyway, as they end up in DDL.
  if (!/^[a-z0-9_]{1,63}$/.test(name)) throw new Error(`Unexpected database name: ${name}`);
  return `"${name}"`;
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(adminUrl: string, name: string, template: string): Promise<void> {
  await withAdmin(adminUrl, async (client) => {
    // Two files may copy the template at the same moment; PostgreSQL then sometimes reports the
    // template as busy for a moment. Retry briefly instead of failing the file.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${identifier(name)} TEMPLATE ${identifier(template)}`);
        return;
      } catch (error) {
        const busy = (error as { code?: string }).code === "55006"; // object_in_use
        if (!busy || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${identifier(name)} WITH (FORCE)`);
  });
}

/** Drops every database whose name starts with `prefix` (this run's template and leftovers). */
export async function dropDatabasesWithPrefix(adminUrl: string, prefix: string): Promise<string[]> {
  if (!/^samverkan_test_[a-z0-9]+_$/.test(prefix)) throw new Error(`Refusing to drop databases by prefix ${prefix}`);
  return withAdmin(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY datname",
      [prefix],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS ${identifier(datname)} WITH (FORCE)`);
    }
    return rows.map((row) => row.datname);
  });
}
