import { createTranslator, IntlErrorCode } from "next-intl";
import { describe, expect, it } from "vitest";

/**
 * The checks every feature's message catalogue must pass, run for each registered catalogue by
 * src/i18n/feature-catalogues.test.ts (src/i18n/messages.test.ts checks the merged catalogue as a
 * whole, but not the ICU syntax nor that each file keeps to one namespace).
 *
 *   describeCatalogue("the meetings' messages", { sv, en });
 */

export type Catalogue = { [key: string]: string | Catalogue };

/** Every message's full key, e.g. "meetings.refusals.stale". */
export function keysOf(catalogue: Catalogue, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

/** Keys that cannot be looked up: next-intl reads a dot as a step into a namespace. */
export function unreachableKeys(catalogue: Catalogue, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => {
    const own = key === "" || key.includes(".") ? [`${prefix}${key}`] : [];
    return typeof value === "string" ? own : [...own, ...unreachableKeys(value, `${prefix}${key}.`)];
  });
}

/**
 * The ICU syntax errors of a catalogue's messages. Each message is formatted with values given
 * (no plain-text shortcut), so every message is parsed; missing values and tags are formatting
 * errors, not syntax errors, and are not reported.
 */
export function invalidMessages(locale: "sv" | "en", messages: Catalogue): string[] {
  const invalid: string[] = [];
  const t = createTranslator({
    locale,
    messages,
    onError: (error) => {
      if (error.code === IntlErrorCode.INVALID_MESSAGE) invalid.push(error.message);
    },
  });
  for (const key of keysOf(messages)) t.markup(key as never, {} as never);
  return invalid;
}

/** Registers the common checks of one feature's catalogue (sv and en) under `name`. */
export function describeCatalogue(name: string, catalogues: { sv: Catalogue; en: Catalogue }): void {
  const { sv, en } = catalogues;
  describe(name, () => {
    it("have the same keys in Swedish and English", () => {
      expect(keysOf(en).sort()).toEqual(keysOf(sv).sort());
    });

    it("keep to one namespace of their own, with keys that can be looked up", () => {
      expect(Object.keys(sv)).toHaveLength(1);
      expect(Object.keys(en)).toEqual(Object.keys(sv));
      expect(unreachableKeys(sv)).toEqual([]);
      expect(unreachableKeys(en)).toEqual([]);
    });

    // An apostrophe before {, } or # starts an ICU quote ("months'}}" broke a message once).
    it.each([
      ["sv", sv],
      ["en", en],
    ] as const)("are valid ICU messages in %s", (locale, messages) => {
      expect(invalidMessages(locale, messages)).toEqual([]);
    });
  });
}
