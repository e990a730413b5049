import { describe, expect, it } from "vitest";
import {
  duplicatesIn,
  focusAreasWithThematicAreas,
  isOrganisationNumber,
  isValidSlug,
  linesOf,
  meetingsField,
  meetingsPerYearFrom,
  noticeMonthsFrom,
  normaliseSlug,
  partyNameField,
  partyNumberField,
  seatsField,
  thematicAreasField,
} from "./setup-rules";

describe("a partnership's slug", () => {
  it("takes lower-case letters, digits and inner hyphens, 3 to 60 characters", () => {
    expect(isValidSlug("kth-huddinge")).toBe(true);
    expect(isValidSlug("ki2")).toBe(true);
    expect(isValidSlug("a".repeat(60))).toBe(true);
    for (const wrong of ["ab", "a".repeat(61), "Huddinge", "hud dinge", "-huddinge", "huddinge-", "hud--dinge", "hüddinge", "hud_dinge"]) {
      expect(isValidSlug(wrong), wrong).toBe(false);
    }
  });

  it("is stored trimmed and in lower case", () => {
    expect(normaliseSlug("  KTH-Huddinge ")).toBe("kth-huddinge");
  });
});

describe("an organisation number", () => {
  it("is written in the Swedish format NNNNNN-NNNN", () => {
    expect(isOrganisationNumber("212000-0076")).toBe(true);
    for (const wrong of ["2120000076", "212000-007", "21200-00076", "212000 0076", "21200A-0076", " 212000-0076"]) expect(isOrganisationNumber(wrong), wrong).toBe(false);
  });
});

describe("months of notice", () => {
  it("are a whole number from 1 to 24", () => {
    expect(noticeMonthsFrom("1")).toBe(1);
    expect(noticeMonthsFrom(" 24 ")).toBe(24);
    for (const wrong of ["0", "25", "", "6.5", "-3", "sex", "100"]) expect(noticeMonthsFrom(wrong), wrong).toBeNull();
  });
});

describe("meetings per year", () => {
  it("are a whole number of at least one", () => {
    expect(meetingsPerYearFrom("1")).toBe(1);
    expect(meetingsPerYearFrom("12")).toBe(12);
    for (const wrong of ["0", "", "  ", "1.5", "-1", "två"]) expect(meetingsPerYearFrom(wrong), wrong).toBeNull();
  });
});

describe("a list typed one item per line", () => {
  it("drops blank lines and surrounding spaces, with either line ending", () => {
    expect(linesOf("  Skola \r\n\r\nVälfärd\n   \nKlimat  ")).toEqual(["Skola", "Välfärd", "Klimat"]);
    expect(linesOf("")).toEqual([]);
  });

  it("finds the names given twice, whatever their case", () => {
    expect(duplicatesIn(["Skola", "Välfärd", "skola", "Klimat", "VÄLFÄRD"])).toEqual(["skola", "VÄLFÄRD"]);
    expect(duplicatesIn(["Skola", "Välfärd"])).toEqual([]);
  });
});

describe("the form's repeated fields", () => {
  it("are named per enum value, so another group kind or focus area needs no new code", () => {
    expect(partyNameField("MUNICIPALITY")).toBe("municipalityName");
    expect(partyNumberField("UNIVERSITY")).toBe("universityOrganisationNumber");
    expect(meetingsField("STEERING_GROUP")).toBe("steeringGroupMeetingsPerYear");
    expect(seatsField("WORKING_GROUP", "UNIVERSITY")).toBe("workingGroupUniversitySeats");
    expect(thematicAreasField("RESEARCH_AND_DEVELOPMENT")).toBe("researchAndDevelopmentThematicAreas");
  });
});

describe("the agreement's focus areas", () => {
  it("are those given a thematic area, in the enum's order", () => {
    const order = ["EDUCATION_AND_COMPETENCE", "RESEARCH_AND_DEVELOPMENT"] as const;
    expect(focusAreasWithThematicAreas(order, [{ focusArea: "RESEARCH_AND_DEVELOPMENT" }, { focusArea: "EDUCATION_AND_COMPETENCE" }])).toEqual([...order]);
    expect(focusAreasWithThematicAreas(order, [{ focusArea: "RESEARCH_AND_DEVELOPMENT" }])).toEqual(["RESEARCH_AND_DEVELOPMENT"]);
  });
});
