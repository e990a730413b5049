import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { describe, expect, it } from "vitest";

/**
 * Issue #18, item 9: `npm start` runs as npm → sh → node. When npm is killed with SIGKILL, the
 * shell in between stays, and only the server's watch on its ancestors can tell it to stop. Here a
 * stand-in for npm (a node process) starts the server stand-in through `sh -c`, as npm does, and is
 * killed outright.
 */
const CHILD = path.resolve("tests/integration/durability/parent-watch-child.ts");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("the server's watch on the process that started it", () => {
  it("stops the server when its starter is killed with SIGKILL, through the shell in between", async () => {
    const starter = spawn(
      process.execPath,
      ["-e", `require("node:child_process").spawn("sh", ["-c", ${JSON.stringify(`"${process.execPath}" --import tsx "${CHILD}"`)}], { stdio: "inherit" }); setInterval(() => {}, 1000);`],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    const server = await new Promise<number>((resolve, reject) => {
      readline.createInterface({ input: starter.stdout! }).on("line", (line) => {
        if (line.startsWith("ready ")) resolve(Number(line.slice("ready ".length)));
      });
      starter.once("exit", () => reject(new Error("the starter exited before the server was ready")));
    });
    expect(alive(server)).toBe(true);

    starter.kill("SIGKILL");
    const deadline = Date.now() + 10_000;
    while (alive(server) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    const stopped = !alive(server);
    if (!stopped) process.kill(server, "SIGKILL");
    expect(stopped).toBe(true);
  }, 30_000);
});
