import { createTranslator, IntlErrorCode } from "next-intl";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/i18n/catalogue";
import en from "./messages.en.json";
import sv from "./messages.sv.json";

type Catalogue = { [key: string]: string | Catalogue };

function keysOf(catalogue: Catalogue, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

// Every refusal the rules and actions can raise, as "minutes.refusals.<key>".
const REFUSALS = [
  "stale",
  "locked",
  "notDraft",
  "notInAdjustment",
  "notHeld",
  "alreadyStarted",
  "chairMissing",
  "chairNotPresent",
  "adjustersMissing",
  "tooManyAdjusters",
  "adjusterIsChair",
  "adjusterIsSecretary",
  "adjusterNotPresent",
  "notSignatory",
  "alreadyApproved",
  "notApproved",
  "notInForce",
  "openMinutesExist",
  "numberTaken",
  "decisionInUse",
  "decisionSubjectInUse",
  ...["required", "notExpected", "notFound", "notWorkingGroup", "otherCycle", "notHeld", "subjectMissing"].map((key) => `preparation.${key}`),
];

// Every audit action the minutes' actions write.
const AUDIT_ACTIONS = [
  "minutes.started",
  "minutes.chair_set",
  "minutes.entry_added",
  "minutes.entry_edited",
  "minutes.entry_removed",
  "minutes.decision_added",
  "minutes.decision_edited",
  "minutes.decision_removed",
  "minutes.adjusters_appointed",
  "minutes.sent_for_adjustment",
  "minutes.signed",
  "minutes.approved",
  "minutes.returned_to_draft",
  "minutes.correction_started",
];

describe("the minutes' messages", () => {
  it("give the audit log a label for every action and record type, in both languages", () => {
    for (const locale of ["sv", "en"] as const) {
      const keys = keysOf(messagesFor(locale));
      for (const action of AUDIT_ACTIONS) expect(keys, `${locale}: ${action}`).toContain(`audit.actions.${action.replaceAll(".", "_")}`);
      for (const entity of ["Minutes", "MinutesEntry", "Decision"]) expect(keys).toContain(`audit.entityTypes.${entity}`);
    }
  });

  it("have the same keys in Swedish and English", () => {
    expect(keysOf(en as Catalogue).sort()).toEqual(keysOf(sv as Catalogue).sort());
  });

  it("name every refusal", () => {
    for (const refusal of REFUSALS) expect(keysOf(sv as Catalogue)).toContain(`minutes.refusals.${refusal}`);
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
});
