import { describe, expect, it } from "vitest";
import { clientAddress, resolveClientAddress, trustedProxyHopsFrom } from "./client-address";

describe("resolveClientAddress", () => {
  it("with no trusted proxy takes the socket's peer, whatever X-Forwarded-For claims", () => {
    expect(resolveClientAddress("6.6.6.6", "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(resolveClientAddress("6.6.6.6, 7.7.7.7", "::ffff:203.0.113.9", 0)).toBe("203.0.113.9");
    expect(resolveClientAddress(undefined, "::1", 0)).toBe("::1");
  });

  it("with one trusted proxy takes the entry that proxy appended: the header's last", () => {
    expect(resolveClientAddress("6.6.6.6, 198.51.100.4", "10.0.0.2", 1)).toBe("198.51.100.4");
    expect(resolveClientAddress(["6.6.6.6", "198.51.100.4"], "10.0.0.2", 1)).toBe("198.51.100.4");
  });

  it("with two trusted proxies skips both of their entries", () => {
    expect(resolveClientAddress("6.6.6.6, 198.51.100.4, 10.0.0.1", "10.0.0.2", 2)).toBe("198.51.100.4");
  });

  it("when a request carries fewer entries than trusted proxies, falls back to the oldest entry", () => {
    expect(resolveClientAddress(undefined, "10.0.0.2", 1)).toBe("10.0.0.2");
    expect(resolveClientAddress("198.51.100.4", "10.0.0.2", 3)).toBe("198.51.100.4");
  });

  it("never passes on an unbounded string", () => {
    expect(resolveClientAddress("x".repeat(10_000), "10.0.0.2", 1)).toHaveLength(64);
    expect(resolveClientAddress(undefined, undefined, 0)).toBe("unknown");
  });
});

describe("trustedProxyHopsFrom", () => {
  it("defaults to no trusted proxy and accepts a small whole number", () => {
    expect(trustedProxyHopsFrom({})).toBe(0);
    expect(trustedProxyHopsFrom({ TRUSTED_PROXY_HOPS: " 2 " })).toBe(2);
  });

  it("refuses anything else instead of guessing", () => {
    for (const value of ["-1", "1.5", "yes", "11"]) expect(() => trustedProxyHopsFrom({ TRUSTED_PROXY_HOPS: value }), value).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

describe("clientAddress", () => {
  it("reads the one address the server put in X-Forwarded-For", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
