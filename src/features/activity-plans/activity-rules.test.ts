import { describe, expect, it } from "vitest";
import { periodOverlapsYear, priorityAreaRefusal, responsibleRefusal, thematicAreaRefusal, unitRefusal } from "./activity-rules";

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe("an activity's period", () => {
  it("must overlap the plan's year", () => {
    expect(periodOverlapsYear({ startsOn: day("2027-01-01"), endsOn: day("2027-01-01") }, 2027)).toBe(true);
    expect(periodOverlapsYear({ startsOn: day("2026-09-01"), endsOn: day("2027-02-01") }, 2027)).toBe(true);
    expect(periodOverlapsYear({ startsOn: day("2027-12-31"), endsOn: day("2028-05-01") }, 2027)).toBe(true);
    expect(periodOverlapsYear({ startsOn: day("2026-01-01"), endsOn: day("2026-12-31") }, 2027)).toBe(false);
    expect(periodOverlapsYear({ startsOn: day("2028-01-01"), endsOn: day("2028-03-01") }, 2027)).toBe(false);
  });
});

describe("an activity's references", () => {
  it("take a responsible person of the right party, active unless already chosen", () => {
    const person = { partyType: "MUNICIPALITY" as const, active: true, anonymised: false };
    expect(responsibleRefusal(person, "MUNICIPALITY", false)).toBeNull();
    expect(responsibleRefusal(person, "UNIVERSITY", false)).toBe("wrongParty");
    expect(responsibleRefusal({ ...person, partyType: null }, "MUNICIPALITY", false)).toBe("wrongParty");
    expect(responsibleRefusal(null, "MUNICIPALITY", false)).toBe("notInPartnership");
    expect(responsibleRefusal({ ...person, active: false }, "MUNICIPALITY", false)).toBe("personInactive");
    expect(responsibleRefusal({ ...person, anonymised: true }, "MUNICIPALITY", false)).toBe("personInactive");
    expect(responsibleRefusal({ ...person, active: false }, "MUNICIPALITY", true)).toBeNull();
  });

  it("take a municipal administration, and a university department or school", () => {
    expect(unitRefusal({ partyType: "MUNICIPALITY", kind: "ADMINISTRATION" }, "MUNICIPALITY")).toBeNull();
    expect(unitRefusal({ partyType: "UNIVERSITY", kind: "DEPARTMENT" }, "UNIVERSITY")).toBeNull();
    expect(unitRefusal({ partyType: "UNIVERSITY", kind: "SCHOOL" }, "UNIVERSITY")).toBeNull();
    expect(unitRefusal({ partyType: "UNIVERSITY", kind: "DEPARTMENT" }, "MUNICIPALITY")).toBe("wrongParty");
    expect(unitRefusal({ partyType: "MUNICIPALITY", kind: "ADMINISTRATION" }, "UNIVERSITY")).toBe("wrongParty");
    expect(unitRefusal({ partyType: "MUNICIPALITY", kind: "SCHOOL" }, "MUNICIPALITY")).toBe("wrongUnitKind");
    expect(unitRefusal(null, "UNIVERSITY")).toBe("notInPartnership");
  });

  it("take a priority area in the register for the plan's year", () => {
    expect(priorityAreaRefusal({ years: [2026, 2027] }, 2027)).toBeNull();
    expect(priorityAreaRefusal({ years: [2026] }, 2027)).toBe("notInRegister");
    expect(priorityAreaRefusal(null, 2027)).toBe("notInPartnership");
  });

  it("take a thematic area of the activity's focus area", () => {
    expect(thematicAreaRefusal({ focusArea: "EDUCATION_AND_COMPETENCE" }, "EDUCATION_AND_COMPETENCE")).toBeNull();
    expect(thematicAreaRefusal({ focusArea: "RESEARCH_AND_DEVELOPMENT" }, "EDUCATION_AND_COMPETENCE")).toBe("thematicAreaOutsideFocus");
    expect(thematicAreaRefusal(null, "EDUCATION_AND_COMPETENCE")).toBe("notInPartnership");
  });
});
