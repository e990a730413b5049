import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEmbeddedDatabase } from "@/server/db/connection";
import { prepareDatabase } from "@/server/db/prepare";

/**
 * A process killed with SIGKILL in the middle of a burst of writes on the embedded database: after
 * a restart the database opens cleanly (the stale lock is taken over) and every write the process
 * acknowledged — printed only after its transaction committed — is there.
 */

let folder: string;
let dataDir: string;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-sigkill-"));
  dataDir = path.join(folder, "pglite");
  const database = await openEmbeddedDatabase({ dataDir });
  await prepareDatabase(database);
  await database.close();
}, 300_000);

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function burstThenKill(minimumAcknowledged: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/write-burst-child.ts", dataDir], { stdio: ["ignore", "pipe", "pipe"] });
    const acknowledged: string[] = [];
    let buffer = "";
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) if (line.startsWith("ack ")) acknowledged.push(line.slice(4));
      if (acknowledged.length >= minimumAcknowledged && !child.killed) child.kill("SIGKILL");
    });
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve(acknowledged);
      else reject(new Error(`The writer exited by itself (code ${code}): ${stderr}`));
    });
  });
}

describe("killing the process during a burst of writes (embedded)", () => {
  it("keeps every acknowledged write and opens cleanly, three times over", async () => {
    const everyAcknowledged: string[] = [];
    for (let round = 0; round < 3; round++) {
      everyAcknowledged.push(...(await burstThenKill(50 + round * 37)));
      const database = await openEmbeddedDatabase({ dataDir });
      try {
        const stored = new Set((await database.prisma.signInFailure.findMany({ select: { id: true } })).map((row) => row.id));
        const lost = everyAcknowledged.filter((id) => !stored.has(id));
        expect(lost).toEqual([]);
        // The database is whole, not merely readable: a write after the crash works too.
        await database.prisma.signInFailure.create({ data: { email: "after-crash@example.test", ip: "192.0.2.2" } });
      } finally {
        await database.close();
      }
    }
    expect(everyAcknowledged.length).toBeGreaterThanOrEqual(150);
  }, 300_000);
});
