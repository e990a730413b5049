import { describe, expect, it } from "vitest";
import { invalidMessages, keysOf, unreachableKeys } from "../support/catalogue-checks";

/** The shared catalogue checks (tests/support/catalogue-checks.ts) find what they are for. */

describe("the catalogue checks", () => {
  it("list every message's full key", () => {
    expect(keysOf({ meetings: { title: "Möten", refusals: { stale: "Ändrat", late: "Sent" } } })).toEqual(["meetings.title", "meetings.refusals.stale", "meetings.refusals.late"]);
  });

  it("find keys that next-intl cannot look up", () => {
    expect(unreachableKeys({ audit: { "auth.signed_in": "Loggade in", actions: { "": "Tom", ok: "Ja" } } })).toEqual(["audit.auth.signed_in", "audit.actions."]);
    expect(unreachableKeys({ audit: { auth_signed_in: "Loggade in" } })).toEqual([]);
  });

  it("report ICU syntax errors, an apostrophe that quotes a brace among them, in any message", () => {
    const only = (message: string) => ({ agreement: { plain: "Avtalet", message } });
    expect(invalidMessages("en", only("{count, plural, one {# month's} other {# months'}}"))).toHaveLength(1);
    expect(invalidMessages("sv", only("Hej {name"))).toHaveLength(1);
    expect(invalidMessages("sv", only("Hej {name}"))).toEqual([]);
  });

  it("accept placeholders, plurals and tags without their values", () => {
    const catalogue = { calendar: { due: "<strong>{name}</strong> har {count, plural, one {# möte} other {# möten}} kvar", quote: "Skriv '{'namn'}'", plain: "Kalender" } };
    expect(invalidMessages("sv", catalogue)).toEqual([]);
  });
});
