/**
 * One app instance, as far as sign-in goes: a process of its own that opens the application's
 * database from DATABASE_URL exactly as the server does (src/server/db) and checks credentials
 * with the application's own verifyCredentials. Run by sign-in-limit-instances.test.ts:
 *
 *   DATABASE_URL=postgresql://… node --conditions=react-server --import tsx tests/integration/auth/sign-in-instance.ts
 *
 * (`react-server` is the condition under which the "server-only" marker imports, as in the server.)
 * It reads one request per line on stdin, `{"id":1,"email":"…","password":"…","ip":"…"}`, runs them
 * as they come (so requests sent together run concurrently, like requests to a server), and
 * answers each with one line, `{"id":1,"result":{…}}`, or `{"id":1,"error":"…"}`.
 */
import readline from "node:readline";
import { closeDatabase, db } from "../../../src/server/db";
import { verifyCredentials } from "../../../src/server/auth/verify-credentials";

type Request = { id: number; email: string; password: string; ip: string };

const reply = (message: object): void => {
  process.stdout.write(`${JSON.stringify(message)}\n`);
};

// Open the connection pool before saying so, so the parent's first requests do not race the open.
await (await db()).$queryRaw`SELECT 1`;
reply({ ready: process.pid });

const pending = new Set<Promise<void>>();
const lines = readline.createInterface({ input: process.stdin });
lines.on("line", (line) => {
  if (line.trim() === "") return;
  const request = JSON.parse(line) as Request;
  const handled = verifyCredentials({ email: request.email, password: request.password, ip: request.ip })
    .then((result) => reply({ id: request.id, result }))
    .catch((error: unknown) => reply({ id: request.id, error: error instanceof Error ? error.message : String(error) }));
  pending.add(handled);
  void handled.finally(() => pending.delete(handled));
});
lines.on("close", () => {
  void Promise.all(pending)
    .then(() => closeDatabase())
    .finally(() => process.exit(0));
});
