import { describe, expect, it } from "vitest";
import { changesState, isSameOriginRequest } from "./same-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("same-origin requests", () => {
  it("accepts the site's own origin, directly and behind a proxy", () => {
    expect(isSameOriginRequest(headers({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(isSameOriginRequest(headers({ origin: "https://samverkan.huddinge.se", host: "10.0.0.5:3000", "x-forwarded-host": "samverkan.huddinge.se" }))).toBe(true);
  });

  it("refuses a missing, null, foreign or malformed origin", () => {
    expect(isSameOriginRequest(headers({ host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "null", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "http://localhost:3000.evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "not a url", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "http://localhost:3000" }))).toBe(false);
  });

  it("treats everything but GET, HEAD and OPTIONS as changing state", () => {
    expect(["GET", "head", "OPTIONS"].map(changesState)).toEqual([false, false, false]);
    expect(["POST", "PUT", "PATCH", "DELETE"].map(changesState)).toEqual([true, true, true, true]);
  });
});
