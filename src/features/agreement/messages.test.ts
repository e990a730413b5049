import { createTranslator, IntlErrorCode } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "./messages.en.json";
import sv from "./messages.sv.json";

type Catalogue = { [key: string]: string | Catalogue };

function keysOf(catalogue: Catalogue, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

describe("the agreement's messages", () => {
  // An apostrophe before {, } or # starts an ICU quote ("months'}}" broke a message once).
  it.each([
    ["sv", sv],
    ["en", en],
  ] as const)("are valid ICU messages in %s", (locale, messages) => {
    const invalid: string[] = [];
    const t = createTranslator({
      locale,
      messages,
      onError: (error) => {
        if (error.code === IntlErrorCode.INVALID_MESSAGE) invalid.push(error.message);
      },
    });
    for (const key of keysOf(messages as Catalogue)) {
      t.markup(key as never, { strong: (chunks: string) => chunks } as never);
    }
    expect(invalid).toEqual([]);
  });
});
