import { describe, expect, it } from "vitest";
import { oversizedUploadRedirect, wasRefusedAsOversized, withoutOversizedFlag, type PostedRequest } from "./oversized-upload";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./upload-limits";

const post = (overrides: Partial<PostedRequest> = {}): PostedRequest => ({
  pathname: "/membership/import",
  search: "",
  contentType: "multipart/form-data; boundary=----x",
  contentLength: 30 * 1024 * 1024,
  isActionCall: false,
  ...overrides,
});

describe("an oversized upload without JavaScript", () => {
  it("is sent back to its form's page with the flag, the page's own query kept", () => {
    expect(oversizedUploadRedirect(post())).toBe("/membership/import?upload=tooLarge");
    expect(oversizedUploadRedirect(post({ search: "?lang=en&upload=x" }))).toBe("/membership/import?lang=en&upload=tooLarge");
    expect(wasRefusedAsOversized({ upload: "tooLarge" })).toBe(true);
  });

  it("is not redirected at or under the server actions' limit: the action itself answers", () => {
    expect(oversizedUploadRedirect(post({ contentLength: SERVER_ACTION_BODY_LIMIT_BYTES }))).toBeNull();
    expect(oversizedUploadRedirect(post({ contentLength: SERVER_ACTION_BODY_LIMIT_BYTES + 1 }))).not.toBeNull();
    expect(oversizedUploadRedirect(post({ contentLength: Number.NaN }))).toBeNull();
  });

  // Anything else that large is no form of ours: it keeps its 413.
  it("leaves pages without an upload form, script calls and other bodies to the 413", () => {
    expect(oversizedUploadRedirect(post({ pathname: "/" }))).toBeNull();
    expect(oversizedUploadRedirect(post({ pathname: "/membership/import/" }))).toBeNull();
    expect(oversizedUploadRedirect(post({ pathname: "/constructor" }))).toBeNull();
    expect(oversizedUploadRedirect(post({ isActionCall: true }))).toBeNull();
    expect(oversizedUploadRedirect(post({ contentType: "text/plain;charset=UTF-8" }))).toBeNull();
    expect(oversizedUploadRedirect(post({ contentType: null }))).toBeNull();
  });

  it("is read from the page's query only when the flag is exactly ours, and taken out of it", () => {
    expect(wasRefusedAsOversized({})).toBe(false);
    expect(wasRefusedAsOversized({ upload: "uploaded" })).toBe(false);
    expect(wasRefusedAsOversized({ upload: ["tooLarge", "tooLarge"] })).toBe(false);
    expect(withoutOversizedFlag("?upload=tooLarge")).toBe("");
    expect(withoutOversizedFlag("?a=1&upload=tooLarge")).toBe("?a=1");
  });
});
