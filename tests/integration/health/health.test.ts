import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { openPostgresDatabase } from "@/server/db/connection";
import { installDatabase } from "@/server/db";
import { testDatabase } from "../../support/test-database";

afterEach(() => {
  installDatabase(testDatabase());
});

describe("/api/health", () => {
  it("answers 200 when the database is reachable", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "reachable" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503 when the database is not", async () => {
    const unreachable = await openPostgresDatabase("postgresql://postgres@127.0.0.1:1/nothing", 1);
    installDatabase(unreachable);
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "unavailable", database: "unreachable" });
    } finally {
      await unreachable.close();
    }
  });
});
