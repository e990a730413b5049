import { describe, expect, it } from "vitest";
import { day } from "./dates";
import { applyChanges, changesToJson, compareTerms, effectiveChanges, upcomingVersions, versionInForce, type Terms } from "./terms";

const signed: Terms = {
  purpose: "Långsiktig samverkan",
  focusAreas: ["EDUCATION_AND_COMPETENCE", "RESEARCH_AND_DEVELOPMENT"],
  dimensions: ["SOCIAL", "ECOLOGICAL", "ECONOMIC", "CULTURAL"],
  rightsClause: "Fri publicering",
  disputeClause: "Ledningsgruppen först",
  startDate: day("2022-01-01"),
  endDate: null,
  noticePeriodMonths: 6,
  endsAtYearEnd: true,
};

describe("terms and their versions", () => {
  it("apply an amendment's named changes and nothing else", () => {
    const amended = applyChanges(signed, { noticePeriodMonths: 12, endDate: day("2030-12-31") });
    expect(amended).toEqual({ ...signed, noticePeriodMonths: 12, endDate: day("2030-12-31") });
    expect(applyChanges(signed, {})).toEqual(signed);
  });

  it("keep only the changes that change something", () => {
    expect(
      effectiveChanges(signed, {
        purpose: "Långsiktig samverkan",
        dimensions: ["CULTURAL", "ECONOMIC", "ECOLOGICAL", "SOCIAL"],
        endDate: null,
        noticePeriodMonths: 3,
      }),
    ).toEqual({ noticePeriodMonths: 3 });
  });

  it("compare two versions field by field", () => {
    const amended = applyChanges(signed, { rightsClause: "Fri publicering med källhänvisning", focusAreas: ["RESEARCH_AND_DEVELOPMENT"] });
    const comparison = compareTerms(signed, amended);
    expect(comparison.map((row) => row.term)).toEqual([
      "purpose",
      "focusAreas",
      "dimensions",
      "rightsClause",
      "disputeClause",
      "startDate",
      "endDate",
      "noticePeriodMonths",
      "endsAtYearEnd",
    ]);
    expect(comparison.filter((row) => row.changed).map((row) => [row.term, row.before, row.after])).toEqual([
      ["focusAreas", signed.focusAreas, ["RESEARCH_AND_DEVELOPMENT"]],
      ["rightsClause", "Fri publicering", "Fri publicering med källhänvisning"],
    ]);
    expect(compareTerms(signed, signed).some((row) => row.changed)).toBe(false);
  });

  it("pick the version in force: the newest whose effective date has come", () => {
    const versions = [
      { number: 1, effectiveDate: day("2022-01-01") },
      { number: 2, effectiveDate: day("2026-01-01") },
      { number: 3, effectiveDate: day("2027-01-01") },
    ];
    expect(versionInForce(versions, day("2021-12-31"))).toBeNull();
    expect(versionInForce(versions, day("2022-01-01"))?.number).toBe(1);
    expect(versionInForce(versions, day("2026-06-01"))?.number).toBe(2);
    expect(versionInForce(versions, day("2027-01-01"))?.number).toBe(3);
    expect(upcomingVersions(versions, day("2026-06-01")).map((version) => version.number)).toEqual([3]);
  });

  it("store changes with days as YYYY-MM-DD", () => {
    expect(changesToJson({ endDate: day("2030-12-31"), endsAtYearEnd: false })).toEqual({ endDate: "2030-12-31", endsAtYearEnd: false });
    expect(changesToJson({ endDate: null })).toEqual({ endDate: null });
  });
});
