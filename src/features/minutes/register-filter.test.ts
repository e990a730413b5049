import { describe, expect, it } from "vitest";
import { hasRegisterFilter, parseRegisterParams, registerHref } from "./register-filter";

describe("the decision register's search parameters", () => {
  it("reads free text, group, year, subject and page", () => {
    expect(parseRegisterParams({ q: "  VFU ", group: "WORKING_GROUP", year: "2027", subject: "PRIORITY_AREAS", page: "3" })).toEqual({
      filter: { q: "VFU", group: "WORKING_GROUP", year: 2027, subject: "PRIORITY_AREAS" },
      page: 3,
    });
  });

  it("drops what is not valid instead of failing", () => {
    expect(parseRegisterParams({ q: "", group: "BOARD", year: "27", subject: "BUDGET", page: "-1" })).toEqual({ filter: {}, page: 1 });
    expect(parseRegisterParams({ year: "1999" }).filter).toEqual({});
    expect(parseRegisterParams({ page: "0" }).page).toBe(1);
    expect(parseRegisterParams({ page: "abc" }).page).toBe(1);
    // Repeated parameters: the first counts.
    expect(parseRegisterParams({ group: ["STEERING_GROUP", "WORKING_GROUP"] }).filter).toEqual({ group: "STEERING_GROUP" });
  });

  it("caps the free text", () => {
    expect(parseRegisterParams({ q: "x".repeat(500) }).filter.q).toHaveLength(200);
  });

  it("builds the URL back, leaving out what is unset", () => {
    expect(registerHref({}, 1)).toBe("/decisions");
    expect(registerHref({ q: "plan & budget", year: 2027 }, 2)).toBe("/decisions?q=plan+%26+budget&year=2027&page=2");
    expect(hasRegisterFilter({})).toBe(false);
    expect(hasRegisterFilter({ subject: "GENERAL" })).toBe(true);
  });
});
