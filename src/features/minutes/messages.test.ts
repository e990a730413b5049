import { describe, expect, it } from "vitest";
import { messagesFor } from "@/i18n/catalogue";
import { keysOf, type Catalogue } from "../../../tests/support/catalogue-checks";
import sv from "./messages.sv.json";

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


describe("the minutes' refusals and audit labels", () => {
  it("give the audit log a label for every action and record type, in both languages", () => {
    for (const locale of ["sv", "en"] as const) {
      const keys = keysOf(messagesFor(locale));
      for (const action of AUDIT_ACTIONS) expect(keys, `${locale}: ${action}`).toContain(`audit.actions.${action.replaceAll(".", "_")}`);
      for (const entity of ["Minutes", "MinutesEntry", "Decision"]) expect(keys).toContain(`audit.entityTypes.${entity}`);
    }
  });

  it("name every refusal", () => {
    for (const refusal of REFUSALS) expect(keysOf(sv as Catalogue)).toContain(`minutes.refusals.${refusal}`);
  });
});
