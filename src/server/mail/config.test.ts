import { describe, expect, it } from "vitest";
import { describeMailConfigProblem, mailConfigFromEnv } from "./config";

describe("mailConfigFromEnv", () => {
  it("keeps mail in the outbox when SMTP_URL is unset or blank", () => {
    expect(mailConfigFromEnv({})).toEqual({ kind: "outbox" });
    expect(mailConfigFromEnv({ SMTP_URL: "  ", MAIL_FROM: "noreply@example.se" })).toEqual({ kind: "outbox" });
  });

  it("uses SMTP when SMTP_URL and MAIL_FROM are set, naming the server without credentials", () => {
    expect(mailConfigFromEnv({ SMTP_URL: "smtp://user:secret@mail.example.se:587", MAIL_FROM: "Samverkan <noreply@example.se>" })).toEqual({
      kind: "smtp",
      url: "smtp://user:secret@mail.example.se:587",
      from: "Samverkan <noreply@example.se>",
      server: "mail.example.se:587",
    });
    expect(mailConfigFromEnv({ SMTP_URL: "smtps://mail.example.se", MAIL_FROM: "noreply@example.se" })).toMatchObject({ kind: "smtp", server: "mail.example.se" });
  });

  it.each([
    [{ SMTP_URL: "http://mail.example.se", MAIL_FROM: "noreply@example.se" }, "invalidUrl"],
    [{ SMTP_URL: "not a url", MAIL_FROM: "noreply@example.se" }, "invalidUrl"],
    [{ SMTP_URL: "smtp://mail.example.se" }, "missingFrom"],
    [{ SMTP_URL: "smtp://mail.example.se", MAIL_FROM: "noreply" }, "invalidFrom"],
    [{ SMTP_URL: "smtp://mail.example.se", MAIL_FROM: "Samverkan <noreply>" }, "invalidFrom"],
  ] as const)("refuses an unusable configuration %j", (env, problem) => {
    expect(mailConfigFromEnv(env)).toEqual({ kind: "invalid", problem });
  });

  it("describes problems without the URL", () => {
    expect(describeMailConfigProblem("invalidUrl")).not.toContain("secret");
    expect(describeMailConfigProblem("missingFrom")).toContain("MAIL_FROM");
  });
});
