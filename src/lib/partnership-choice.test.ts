import { describe, expect, it } from "vitest";
import { choosePartnership, FORM_PARTNERSHIP_FIELD, openedInAnotherPartnership } from "./partnership-choice";

const a = { partnershipSlug: "a", roles: ["READER"] };
const b = { partnershipSlug: "b", roles: ["ADMINISTRATOR"] };

describe("choosePartnership", () => {
  it("takes the chosen partnership when the account takes part in it", () => {
    expect(choosePartnership([a, b], "b")).toBe(b);
  });

  it("falls back to the first (oldest) when nothing or something unknown is chosen", () => {
    expect(choosePartnership([a, b], undefined)).toBe(a);
    expect(choosePartnership([a, b], "c")).toBe(a);
    expect(choosePartnership([a, b], "")).toBe(a);
  });

  it("gives nothing when the account takes part in no partnership", () => {
    expect(choosePartnership([], "a")).toBeNull();
  });
});

describe("openedInAnotherPartnership", () => {
  const form = (value?: string) => {
    const data = new FormData();
    if (value !== undefined) data.set(FORM_PARTNERSHIP_FIELD, value);
    return data;
  };

  it("lets through a form opened in the partnership chosen, or one that does not say", () => {
    expect(openedInAnotherPartnership(form("p1"), "p1")).toBe(false);
    expect(openedInAnotherPartnership(form(), "p1")).toBe(false);
  });

  it("catches a form opened in another partnership", () => {
    expect(openedInAnotherPartnership(form("p2"), "p1")).toBe(true);
    expect(openedInAnotherPartnership(form(""), "p1")).toBe(true);
  });
});
