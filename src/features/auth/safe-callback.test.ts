import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeLocalPath } from "./safe-callback";

describe("safeLocalPath", () => {
  it.each([
    ["/account", "/account"],
    ["/admin/audit?page=2", "/admin/audit?page=2"],
    // The proxy's redirect carries an absolute URL: only its path is kept.
    ["http://localhost:3000/account?x=1", "/account?x=1"],
    ["https://evil.example/account", "/account"],
  ])("keeps %s as %s", (input, expected) => {
    expect(safeLocalPath(input)).toBe(expected);
  });

  it.each(["//evil.example/x", "/\\evil.example", "javascript:alert(1)", "mailto:a@b.se", "", null, undefined, "ftp://evil.example/"])(
    "turns %s into the home page",
    (input) => {
      expect(safeLocalPath(input)).toBe("/");
    },
  );
});

describe("safeCallbackPath", () => {
  it("never sends a signed-in user back to the sign-in page or an API route", () => {
    expect(safeCallbackPath("/sign-in")).toBe("/");
    expect(safeCallbackPath("/sign-in?callbackUrl=/x")).toBe("/");
    expect(safeCallbackPath("/api/auth/signout")).toBe("/");
    expect(safeCallbackPath("/account")).toBe("/account");
  });
});
