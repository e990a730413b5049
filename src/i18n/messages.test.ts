import { describe, expect, it } from "vitest";
import enBase from "./messages/en.json";
import svBase from "./messages/sv.json";
import { FEATURE_CATALOGUES, messagesFor, type Messages as Catalogue } from "./catalogue";
import { DEFAULT_LOCALE, resolveLocale } from "./locales";

const sv = messagesFor("sv");
const en = messagesFor("en");

function keysOf(catalogue: Catalogue, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

describe("message catalogues", () => {
  it("give each feature file its own namespace, never one another file has", () => {
    for (const locale of ["sv", "en"] as const) {
      const namespaces = [svBase, ...FEATURE_CATALOGUES[locale]].flatMap((catalogue) => Object.keys(catalogue));
      expect(namespaces.length).toBe(new Set(namespaces).size);
      expect(Object.keys(locale === "sv" ? svBase : enBase).sort()).toEqual(Object.keys(svBase).sort());
    }
  });

  it("have the same keys in Swedish and English", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(sv).sort());
  });

  it("have no empty messages", () => {
    for (const catalogue of [sv, en] as Catalogue[]) {
      for (const key of keysOf(catalogue)) {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Catalogue)[part], catalogue);
        expect(value, key).not.toBe("");
      }
    }
  });

  // Issue #14: a feature that exists is shown, never announced. No message promises parts "coming in
  // later versions" (the old home page's "På gång" box) — the catalogue holds only what is built.
  it("announce nothing as coming in later versions", () => {
    const placeholder = /kommande versioner|senare versioner|byggs i kommande|coming versions|later versions|coming soon|being built/i;
    for (const catalogue of [sv, en] as Catalogue[]) {
      for (const key of keysOf(catalogue)) {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Catalogue)[part], catalogue);
        expect(String(value), key).not.toMatch(placeholder);
      }
    }
  });

  it("have every validation key the schemas use", () => {
    for (const key of ["required", "email", "tooLong", "invalid", "passwordTooShort", "passwordMismatch", "wrongPassword"]) {
      expect(keysOf(sv)).toContain(`validation.${key}`);
    }
  });
});

describe("resolveLocale", () => {
  it("defaults to Swedish and accepts only known locales", () => {
    expect(DEFAULT_LOCALE).toBe("sv");
    expect(resolveLocale("en")).toBe("en");
    expect(resolveLocale("sv")).toBe("sv");
    expect(resolveLocale("de")).toBe("sv");
    expect(resolveLocale(undefined)).toBe("sv");
  });
});
