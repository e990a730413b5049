import "server-only";
import { getDatabase } from "@/server/db";

export type Health = { status: "ok" | "unavailable"; database: "reachable" | "unreachable" };

/** Whether this instance can serve: the database answers a trivial query within a few seconds. */
export async function checkHealth(timeoutMs = 3_000): Promise<Health> {
  try {
    const probe = getDatabase().then(({ prisma }) => prisma.$queryRawUnsafe("SELECT 1"));
    await Promise.race([probe, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs).unref())]);
    return { status: "ok", database: "reachable" };
  } catch {
    return { status: "unavailable", database: "unreachable" };
  }
}
