import { describe, expect, it } from "vitest";
import { choosePartnership } from "./partnership-choice";

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
