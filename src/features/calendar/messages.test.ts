import { createTranslator, IntlErrorCode } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "./messages.en.json";
import sv from "./messages.sv.json";

type Catalogue = { [key: string]: string | Catalogue };

function keysOf(catalogue: Catalogue, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

describe("the calendar's messages", () => {
  it("have the same keys in both languages", () => {
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
    for (const key of keysOf(messages as Catalogue)) t.markup(key as never, {} as never);
    expect(invalid).toEqual([]);
  });

  it("count in the plural forms of each language", () => {
    const svT = createTranslator({ locale: "sv", messages: sv });
    const enT = createTranslator({ locale: "en", messages: en });
    expect(svT("calendar.compliance.missingSchedule", { count: 1, deadline: "31 december 2027" })).toBe(
      "1 möte till ska planeras och hållas senast 31 december 2027",
    );
    expect(svT("calendar.compliance.missingNotHeld", { count: 2 })).toBe("2 möten hölls inte");
    expect(enT("calendar.compliance.missingHold", { count: 2, deadline: "31 December 2027" })).toBe(
      "2 scheduled meetings to hold by 31 December 2027",
    );
  });
});
