import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messagesFor, type Messages } from "@/i18n/catalogue";
import type { AuditParam } from "./filter";

const has = (catalogue: Messages, key: string) =>
  typeof key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Messages)[part] : undefined), catalogue) === "string";

const ACTIONS = [
  "person.created",
  "person.updated",
  "person.deactivated",
  "person.anonymised",
  "person.invited",
  "person.data_exported",
  "invitation.accepted",
  "membership.added",
  "membership.ended",
  "membership.updated",
  "membership.imported",
  "auth.signed_in",
  "auth.signed_out",
  "account.password_changed",
];
const PARAMS: AuditParam[] = ["action", "actor", "entity", "from", "to", "page", "range"];


describe("the audit log's messages", () => {
  it("have a readable label for every action, in both languages", () => {
    for (const locale of ["sv", "en"] as const) {
      for (const action of ACTIONS) expect(has(messagesFor(locale), `audit.actions.${action.replaceAll(".", "_")}`), `${locale}: ${action}`).toBe(true);
    }
  });

  it("name every parameter that can be ignored", () => {
    for (const locale of ["sv", "en"] as const) {
      for (const param of PARAMS) expect(has(messagesFor(locale), `audit.ignored.${param}`), param).toBe(true);
    }
  });
});

describe("the audit log's messages with values", () => {
  it("format", () => {
    for (const locale of ["sv", "en"] as const) {
      // Untyped keys: the catalogue is assembled at run time.
      const t = createTranslator({
        locale,
        messages: messagesFor(locale),
        onError: (error) => {
          throw error;
        },
      }) as unknown as (key: string, values?: Record<string, string | number>) => string;
      expect(t("audit.data.more", { count: 3 })).toContain("3");
      expect(t("audit.page", { page: 2 })).toContain("2");
      expect(t("audit.detailsFor", { what: "X", when: "Y" })).toContain("X");
      expect(t("audit.values.person.updated")).not.toBe("");
    }
  });
});
