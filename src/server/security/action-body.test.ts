import { describe, expect, it } from "vitest";
import { hasMalformedActionBody } from "./action-body";

const post = (body: string, headers: Record<string, string>) => new Request("http://localhost/sign-in", { method: "POST", body, headers });

describe("hasMalformedActionBody", () => {
  it("refuses multipart bodies that do not parse, and action calls whose arguments are not JSON", async () => {
    expect(await hasMalformedActionBody(post("garbage", { "content-type": "multipart/form-data; boundary=xyz" }))).toBe(true);
    expect(await hasMalformedActionBody(post("{garbage", { "content-type": "text/plain;charset=UTF-8", "next-action": "40c3" }))).toBe(true);
  });

  it("accepts what a browser and React send, and leaves the body readable", async () => {
    const form = new FormData();
    form.set("email", "a@example.se");
    const multipart = new Request("http://localhost/sign-in", { method: "POST", body: form });
    expect(await hasMalformedActionBody(multipart)).toBe(false);
    expect((await multipart.formData()).get("email")).toBe("a@example.se");
    expect(await hasMalformedActionBody(post('["$K1"]', { "content-type": "text/plain;charset=UTF-8", "next-action": "40c3" }))).toBe(false);
    expect(await hasMalformedActionBody(post("a=1", { "content-type": "application/x-www-form-urlencoded" }))).toBe(false);
  });
});
