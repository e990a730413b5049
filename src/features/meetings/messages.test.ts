import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/i18n/catalogue";
import { TIME_ZONE } from "@/i18n/locales";
import { cadenceRefusalValues } from "./meeting-context";
import { instantFromStockholm } from "./meeting-time";

const translator = (locale: "sv" | "en") =>
  createTranslator({
    locale,
    messages: messagesFor(locale),
    timeZone: TIME_ZONE,
    onError: (error) => {
      throw error;
    },
  }) as unknown as (key: string, values?: Record<string, string | number>) => string;


describe("the meetings' refusals", () => {
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
