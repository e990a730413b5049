import { describe, expect, it } from "vitest";
import { validateSubmission } from "@/lib/forms/validate-submission";
import { validSetupFields } from "./setup.fixture";
import { setUpPartnershipSchema } from "./setup-schema";

const validate = (changes: Record<string, string | string[]> = {}) => validateSubmission(setUpPartnershipSchema, { ...validSetupFields(), ...changes });

describe("the partnership setup form", () => {
  it("turns a valid submission into the partnership's parts, generically per party, group and focus area", () => {
    const result = validate();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toEqual({
      name: "Partnerskap för lärande",
      nameEn: "Partnership for learning",
      slug: "larande-partnerskap",
      description: "",
      parties: [
        { type: "MUNICIPALITY", name: "Exempelby kommun", organisationNumber: "212000-9999" },
        { type: "UNIVERSITY", name: "Exempelby universitet", organisationNumber: null },
      ],
      agreement: {
        title: "Avtal om strategiskt partnerskap",
        signingDate: new Date("2027-01-15T00:00:00Z"),
        terms: {
          purpose: "Samverkan om utbildning och forskning.",
          focusAreas: ["RESEARCH_AND_DEVELOPMENT"],
          dimensions: ["SOCIAL", "ECONOMIC"],
          rightsClause: "Resultat får användas av båda parter.",
          disputeClause: "Tvister löses i första hand genom samtal.",
          startDate: new Date("2027-02-01T00:00:00Z"),
          endDate: null,
          noticePeriodMonths: 9,
          endsAtYearEnd: false,
        },
      },
      groups: [
        { kind: "STEERING_GROUP", meetingsPerYear: 3, seats: [{ party: "MUNICIPALITY", title: "Kommundirektör" }, { party: "MUNICIPALITY", title: "Skolchef" }, { party: "UNIVERSITY", title: "Rektor" }] },
        { kind: "WORKING_GROUP", meetingsPerYear: 5, seats: [] },
      ],
      thematicAreas: [
        { focusArea: "RESEARCH_AND_DEVELOPMENT", name: "Klimat" },
        { focusArea: "RESEARCH_AND_DEVELOPMENT", name: "Välfärdsteknik" },
      ],
      administrator: { name: "Ada Admin", email: "ada.admin@exempelby.example" },
    });
  });

  it("reports a missing party, notice outside 1–24 months and a group without meetings together, in one submit", () => {
    const result = validate({ universityName: " ", noticePeriodMonths: "25", workingGroupMeetingsPerYear: "0", steeringGroupMeetingsPerYear: "", slug: "a b" });
    expect(result.ok === false && result.fieldErrors).toEqual({
      slug: ["installation.validation.slug"],
      universityName: ["installation.validation.partyMissing"],
      noticePeriodMonths: ["installation.validation.noticeMonths"],
      steeringGroupMeetingsPerYear: ["installation.validation.meetingsPerYear"],
      workingGroupMeetingsPerYear: ["installation.validation.meetingsPerYear"],
    });
  });

  it("reports the rules' errors together with the fields' own (a missing name, a bad date)", () => {
    const result = validate({ name: "", startDate: "2027-02-30", municipalityName: "", noticePeriodMonths: "0" });
    expect(result.ok === false && result.fieldErrors).toEqual({
      name: ["validation.required"],
      startDate: ["validation.date"],
      municipalityName: ["installation.validation.partyMissing"],
      noticePeriodMonths: ["installation.validation.noticeMonths"],
    });
  });

  it("refuses an organisation number not in the Swedish format, and an empty notice period", () => {
    const result = validate({ municipalityOrganisationNumber: "2120009999", noticePeriodMonths: "" });
    expect(result.ok === false && result.fieldErrors).toEqual({
      municipalityOrganisationNumber: ["installation.validation.organisationNumber"],
      noticePeriodMonths: ["installation.validation.noticeMonths"],
    });
  });

  it("needs at least one thematic area, and no name twice among them or among a group's seats", () => {
    const none = validate({ researchAndDevelopmentThematicAreas: " \n " });
    expect(none.ok === false && none.fieldErrors).toEqual({ educationAndCompetenceThematicAreas: ["installation.validation.thematicAreaRequired"] });
    const result = validate({ educationAndCompetenceThematicAreas: "Klimat", steeringGroupUniversitySeats: "Rektor\nskolchef" });
    expect(result.ok === false && result.fieldErrors).toEqual({
      researchAndDevelopmentThematicAreas: ["installation.validation.duplicateNames"],
      steeringGroupUniversitySeats: ["installation.validation.duplicateNames"],
    });
  });

  it("refuses an end before the start, a year-end rule not chosen, no dimension, empty clauses and a bad e-mail address", () => {
    const { endsAtYearEnd: _, dimensions: __, ...fields } = validSetupFields();
    const result = validateSubmission(setUpPartnershipSchema, { ...fields, endDate: "2027-01-31", adminEmail: "ada", rightsClause: " ", disputeClause: "" });
    expect(result.ok === false && result.fieldErrors).toEqual({
      rightsClause: ["validation.required"],
      disputeClause: ["validation.required"],
      endsAtYearEnd: ["validation.required"],
      adminEmail: ["validation.email"],
      dimensions: ["validation.required"],
      endDate: ["validation.endBeforeStart"],
    });
  });

  it("says an empty date is required, not also that it is no date", () => {
    const result = validate({ signingDate: "" });
    expect(result.ok === false && result.fieldErrors).toEqual({ signingDate: ["validation.required"] });
  });

  it("reports every required field of an empty submission in one summary", () => {
    const empty = Object.fromEntries(Object.keys(validSetupFields()).filter((field) => field !== "dimensions" && field !== "endsAtYearEnd").map((field) => [field, ""]));
    const result = validateSubmission(setUpPartnershipSchema, empty);
    expect(result.ok === false && Object.keys(result.fieldErrors).sort()).toEqual(
      [
        "name",
        "slug",
        "municipalityName",
        "universityName",
        "agreementTitle",
        "signingDate",
        "purpose",
        "dimensions",
        "rightsClause",
        "disputeClause",
        "startDate",
        "noticePeriodMonths",
        "endsAtYearEnd",
        "steeringGroupMeetingsPerYear",
        "workingGroupMeetingsPerYear",
        "educationAndCompetenceThematicAreas",
        "adminName",
        "adminEmail",
      ].sort(),
    );
  });
});
