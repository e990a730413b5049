import { describe, expect, it } from "vitest";
import { cookieFrom, deviceNonceFor, withDeviceToken } from "./device-cookie";

const SECRET = "test-secret-of-some-length";
const OWNER = "lasare@huddinge.example";
const OTHER = "admin@huddinge.example";

describe("device cookies", () => {
  it("recognise the account the browser signed in to, and no other", () => {
    const cookie = withDeviceToken(undefined, OWNER, SECRET);
    expect(deviceNonceFor(cookie, OWNER, SECRET)).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(deviceNonceFor(cookie, OTHER, SECRET)).toBeNull();
  });

  it("are worthless when signed with another secret or altered", () => {
    const cookie = withDeviceToken(undefined, OWNER, SECRET);
    expect(deviceNonceFor(cookie, OWNER, "another-secret")).toBeNull();
    const [nonce, signature] = cookie.split(".") as [string, string];
    expect(deviceNonceFor(`${nonce}x.${signature}`, OWNER, SECRET)).toBeNull();
    expect(deviceNonceFor(`${nonce}.${signature.slice(1)}A`, OWNER, SECRET)).toBeNull();
    expect(deviceNonceFor("garbage~.~%00", OWNER, SECRET)).toBeNull();
  });

  it("keep a token per account, replacing an account's old token on its next sign-in", () => {
    const first = withDeviceToken(undefined, OWNER, SECRET);
    const both = withDeviceToken(first, OTHER, SECRET);
    expect(deviceNonceFor(both, OWNER, SECRET)).toBe(deviceNonceFor(first, OWNER, SECRET));
    expect(deviceNonceFor(both, OTHER, SECRET)).not.toBeNull();
    const renewed = withDeviceToken(both, OWNER, SECRET);
    expect(renewed.split("~")).toHaveLength(2);
    expect(deviceNonceFor(renewed, OWNER, SECRET)).not.toBe(deviceNonceFor(first, OWNER, SECRET));
  });

  it("hold at most five accounts", () => {
    let cookie: string | undefined;
    for (let n = 0; n < 7; n++) cookie = withDeviceToken(cookie, `person${n}@example.se`, SECRET);
    expect(cookie!.split("~")).toHaveLength(5);
    expect(deviceNonceFor(cookie, "person6@example.se", SECRET)).not.toBeNull();
    expect(deviceNonceFor(cookie, "person0@example.se", SECRET)).toBeNull();
  });

  it("are read from a Cookie header by name", () => {
    expect(cookieFrom("a=1; samverkan_device=abc.def; b=2", "samverkan_device")).toBe("abc.def");
    expect(cookieFrom(null, "samverkan_device")).toBeUndefined();
  });
});
