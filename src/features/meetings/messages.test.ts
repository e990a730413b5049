import { createTranslator, IntlErrorCode } from "next-intl";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/i18n/catalogue";
import { TIME_ZONE } from "@/i18n/locales";
import { cadenceRefusalValues } from "./meeting-context";
import { instantFromStockholm } from "./meeting-time";
import en from "./messages.en.json";
import sv from "./messages.sv.json";

type Catalogue = { [key: string]: string | Catalogue };

function keysOf(catalogue: Catalogue, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

const translator = (locale: "sv" | "en") =>
  createTranslator({
    locale,
    messages: messagesFor(locale),
    timeZone: TIME_ZONE,
    onError: (error) => {
      throw error;
    },
  }) as unknown as (key: string, values?: Record<string, string | number>) => string;

describe("the meetings' messages", () => {
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
    for (const key of keysOf(messages as Catalogue)) t.markup(key as never, {} as never);
    expect(invalid).toEqual([]);
  });

  it("name the year and the dates of the meetings holding the slots when the cadence refuses", () => {
    const may = { startsAt: instantFromStockholm("2027-05-12", "13:00")! };
    // Late in the evening: the date must be Stockholm's, not UTC's.
    const march = { startsAt: instantFromStockholm("2027-03-10", "23:30")! };
    const october = { startsAt: instantFromStockholm("2027-10-06", "00:30")! };
    expect(translator("sv")("meetings.refusals.cadenceFull", cadenceRefusalValues("STEERING_GROUP", 2027, [may]))).toBe(
      "Ledningsgruppen har redan sitt ordinarie möte 2027 (12 maj). Ett till möte måste vara ett extrainsatt möte med angivet skäl.",
    );
    expect(translator("sv")("meetings.refusals.cadenceFull", cadenceRefusalValues("WORKING_GROUP", 2027, [march, october]))).toBe(
      "Strategiska arbetsgruppen har redan sina två ordinarie möten 2027 (10 mars och 6 oktober). Ett till möte måste vara ett extrainsatt möte med angivet skäl.",
    );
    expect(translator("en")("meetings.refusals.cadenceFull", cadenceRefusalValues("STEERING_GROUP", 2027, [may]))).toBe(
      "The steering group already has its regular meeting in 2027 (May 12). Another meeting must be an extra meeting with a stated reason.",
    );
  });
});
