import { describe, expect, it } from "vitest";
import en from "./messages.en.json";
import sv from "./messages.sv.json";


describe("the stale message", () => {
  it("names the newer follow-up's status in words, in both languages", async () => {
    const { createTranslator } = await import("next-intl");
    const values = { status: "DELAYED", progress: 50, author: "Mikael Berg", when: "2027-05-02 10:00" };
    const tSv = createTranslator({ locale: "sv", messages: sv, namespace: "followUps.refusals" });
    const tEn = createTranslator({ locale: "en", messages: en, namespace: "followUps.refusals" });
    expect(tSv("staleFollowUp", values)).toContain("Mikael Berg angav Försenad, 50 %, den 2027-05-02 10:00.");
    expect(tEn("staleFollowUp", values)).toContain("Mikael Berg recorded Delayed, 50 %, on 2027-05-02 10:00.");
  });
});
