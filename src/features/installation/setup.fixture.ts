/**
 * A complete, valid submission of the partnership setup form, shared by its unit and integration
 * tests; each test changes what it is about. Invented organisations, not the demo's.
 */
export function validSetupFields(): Record<string, string | string[]> {
  return {
    name: "Partnerskap för lärande",
    nameEn: "Partnership for learning",
    slug: "Larande-Partnerskap",
    description: "",
    municipalityName: "Exempelby kommun",
    municipalityOrganisationNumber: "212000-9999",
    universityName: "Exempelby universitet",
    universityOrganisationNumber: "",
    agreementTitle: "Avtal om strategiskt partnerskap",
    signingDate: "2027-01-15",
    purpose: "Samverkan om utbildning och forskning.",
    dimensions: ["SOCIAL", "ECONOMIC"],
    rightsClause: "Resultat får användas av båda parter.",
    disputeClause: "Tvister löses i första hand genom samtal.",
    startDate: "2027-02-01",
    endDate: "",
    noticePeriodMonths: "9",
    endsAtYearEnd: "no",
    steeringGroupMeetingsPerYear: "3",
    steeringGroupMunicipalitySeats: "Kommundirektör\n\nSkolchef",
    steeringGroupUniversitySeats: "Rektor",
    workingGroupMeetingsPerYear: "5",
    workingGroupMunicipalitySeats: "",
    workingGroupUniversitySeats: "",
    educationAndCompetenceThematicAreas: "",
    researchAndDevelopmentThematicAreas: "Klimat\nVälfärdsteknik",
    adminName: "Ada Admin",
    adminEmail: "Ada.Admin@Exempelby.example",
  };
}

