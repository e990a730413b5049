import { describe, expect, it } from "vitest";
import { auditQuery, auditTimeRange, hasFilter, parseAuditParams, restrictToOptions, startOfDayIn } from "./filter";

describe("parseAuditParams", () => {
  it("reads a full filter and the page", () => {
    expect(
      parseAuditParams({ action: "person.updated", actor: "cm123abc", entity: "Person", from: "2026-01-01", to: "2026-01-31", page: "3" }),
    ).toEqual({
      filter: { action: "person.updated", actor: "cm123abc", entityType: "Person", from: "2026-01-01", to: "2026-01-31" },
      page: 3,
      ignored: [],
    });
  });

  it("treats empty values (an untouched select) as no filter", () => {
    expect(parseAuditParams({ action: "", actor: "", entity: "", from: "", to: "", page: "" })).toEqual({ filter: {}, page: 1, ignored: [] });
  });

  it("drops and names every value that does not hold, keeping the rest", () => {
    const parsed = parseAuditParams({
      action: "<script>alert(1)</script>",
      actor: "system",
      entity: "Person; DROP TABLE",
      from: "2026-02-30",
      to: "2026-03-01",
      page: "-4",
    });
    expect(parsed.filter).toEqual({ actor: "system", to: "2026-03-01" });
    expect(parsed.page).toBe(1);
    expect(parsed.ignored).toEqual(["action", "entity", "from", "page"]);
  });

  it("ignores repeated parameters, absurd pages and a range that ends before it starts", () => {
    expect(parseAuditParams({ action: ["a", "b"], page: "99999999" }).ignored).toEqual(["action", "page"]);
    expect(parseAuditParams({ from: "2026-05-01", to: "2026-04-01" })).toEqual({ filter: {}, page: 1, ignored: ["range"] });
  });
});

describe("auditQuery", () => {
  it("keeps the filter in links, with the page after the first", () => {
    expect(auditQuery({ action: "membership.added", from: "2026-01-01" }, 2)).toBe("?action=membership.added&from=2026-01-01&page=2");
    expect(auditQuery({ entityType: "Person", actor: "system" })).toBe("?actor=system&entity=Person");
    expect(auditQuery({}, 1)).toBe("");
    expect(hasFilter({})).toBe(false);
    expect(hasFilter({ to: "2026-01-01" })).toBe(true);
  });
});

describe("Stockholm days", () => {
  it("start at local midnight in winter (UTC+1) and summer (UTC+2)", () => {
    expect(startOfDayIn("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfDayIn("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });

  it("handle the days summer time starts and ends", () => {
    // 29 March 2026: clocks go from 02:00 to 03:00; midnight is still UTC+1.
    expect(startOfDayIn("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDayIn("2026-03-30").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfDayIn("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(startOfDayIn("2026-10-26").toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });

  it("cover whole days, the last one included", () => {
    const range = auditTimeRange({ from: "2026-03-29", to: "2026-03-29" });
    expect(range.gte?.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(range.lt?.toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(auditTimeRange({ to: "2026-12-31" }).lt?.toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(auditTimeRange({})).toEqual({});
  });
});

describe("restrictToOptions", () => {
  const options = { actions: ["auth.signed_in"], actorIds: ["u1"], hasSystemEvents: false, entityTypes: ["User"] };

  it("keeps values present in the log", () => {
    const parsed = parseAuditParams({ action: "auth.signed_in", actor: "u1", entity: "User" });
    expect(restrictToOptions(parsed, options)).toEqual(parsed);
  });

  it("drops and names values the log does not hold", () => {
    const parsed = restrictToOptions(parseAuditParams({ action: "person.created", actor: "system", entity: "Person", from: "2026-01-01" }), options);
    expect(parsed.filter).toEqual({ from: "2026-01-01" });
    expect(parsed.ignored).toEqual(["action", "actor", "entity"]);
  });
});
