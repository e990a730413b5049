import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "./messages.en.json";
import sv from "./messages.sv.json";


describe("the calendar's counts", () => {
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
