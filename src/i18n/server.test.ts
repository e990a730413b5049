import { beforeEach, describe, expect, it, vi } from "vitest";

// The request's language, as next-intl reads it from src/i18n/request.ts (the cookie).
const request = vi.hoisted(() => ({ locale: "sv" }));
vi.mock("next-intl/server", () => ({ getLocale: async () => request.locale }));

const { getFormatter, getTranslations, sharedFormatting } = await import("./server");

describe("the server's translations", () => {
  beforeEach(() => {
    request.locale = "sv";
  });

  it("translate in the request's language, with values and plurals", async () => {
    const sv = await getTranslations("home");
    expect(sv("meetingsPerYear", { count: 1 })).toBe("Sammanträder en gång per år");
    expect(sv("meetingsPerYear", { count: 2 })).toBe("Sammanträder 2 gånger per år");

    request.locale = "en";
    const en = await getTranslations("home");
    expect(en("meetingsPerYear", { count: 2 })).toBe("Meets 2 times a year");
    expect((await getTranslations())("common.signedInAs", { name: "Eva" })).toBe("Signed in as Eva");
  });

  it("fall back to Swedish for a language the site does not have", async () => {
    request.locale = "de";
    expect((await getTranslations("common"))("signedInAs", { name: "Eva" })).toBe("Inloggad som Eva");
  });

  it("show the key, as next-intl does, for a message that is missing", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect((await getTranslations("home"))("noSuchMessage")).toBe("home.noSuchMessage");
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });

  it("parse a message once per language, not once per request", async () => {
    const parsed = () => Object.keys(sharedFormatting("sv").cache.message).length;
    // Two requests (each getTranslations call outside React's request scope stands for one).
    (await getTranslations("common"))("signedInAs", { name: "Eva" });
    const afterFirst = parsed();
    (await getTranslations("common"))("signedInAs", { name: "Per" });
    expect(afterFirst).toBeGreaterThan(0);
    expect(parsed()).toBe(afterFirst);
    // The other language keeps its own.
    request.locale = "en";
    (await getTranslations("common"))("signedInAs", { name: "Eva" });
    expect(parsed()).toBe(afterFirst);
    expect(Object.keys(sharedFormatting("en").cache.message).length).toBeGreaterThan(0);
  });

  it("format dates in Stockholm time in the request's language", async () => {
    const afterMidsummerEve = new Date("2026-06-19T22:30:00Z"); // 00:30 on the 20th in Stockholm, still the 19th in UTC
    expect((await getFormatter()).dateTime(afterMidsummerEve, { dateStyle: "long", timeStyle: "short" })).toBe("20 juni 2026 kl. 00:30");
    request.locale = "en";
    expect((await getFormatter()).dateTime(afterMidsummerEve, { dateStyle: "long" })).toBe("June 20, 2026");
  });
});
