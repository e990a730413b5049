import { createTranslator, IntlErrorCode } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "./messages.en.json";
import sv from "./messages.sv.json";

type Catalogue = { [key: string]: string | Catalogue };

function keysOf(catalogue: Catalogue, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

describe("the installation messages", () => {
  it("have the same keys in Swedish and English", () => {
    expect(keysOf(en as Catalogue).sort()).toEqual(keysOf(sv as Catalogue).sort());
  });

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
    for (const key of keysOf(messages as Catalogue)) t(key as never, { party: "x", group: "x", focusArea: "x", partnership: "x", link: "x", days: 14 } as never);
    expect(invalid).toEqual([]);
  });
});
