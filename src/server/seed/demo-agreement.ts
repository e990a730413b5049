import type { Prisma } from "@/generated/prisma/client";

/**
 * The Huddinge–Södertörn agreement as the domain notes describe it (the municipal executive
 * office's report of 11 August 2021): signed in 2021, in force until further notice, terminable at
 * the nearest calendar year-end with six months' notice; purpose, two focus areas, four
 * sustainability dimensions, the rights clause on free publishing and a dispute clause. The
 * signatories' names and the registration numbers are invented; their titles are real.
 */

const SIGNING_DATE = "2021-11-15";
const START_DATE = "2022-01-01";

const PURPOSE =
  "Huddinge kommun och Södertörns högskola har en bred och välutvecklad samverkan. Parterna ska arbeta långsiktigt och " +
  "systematiskt i en gemensam organisering kring samverkan. Arbetet ska bidra till en hållbar samhällsutveckling – socialt, " +
  "ekologiskt, ekonomiskt och kulturellt – och fokuserar på samverkan inom utbildning och kompetensförsörjning/kompetensutveckling " +
  "samt inom forskning och samhällsutveckling/verksamhetsutveckling.";

const RIGHTS_CLAUSE = "Forskare/lärare, studenter och Huddinge kommun har rätt att fritt publicera och använda de resultat som samarbetet resulterar i.";

const DISPUTE_CLAUSE =
  "Tvister med anledning av detta avtal ska i första hand lösas genom diskussion i ledningsgruppen. Kan ledningsgruppen inte " +
  "enas ska frågan hänskjutas till parternas ledningar. Kan parterna därefter inte enas ska tvisten avgöras av allmän domstol.";

type PartyIds = { MUNICIPALITY: { id: string }; UNIVERSITY: { id: string } };

const SIGNATORIES = [
  { party: "MUNICIPALITY", name: "Kerstin Malmberg", title: "Kommunstyrelsens ordförande" },
  { party: "UNIVERSITY", name: "Henrik Sandell", title: "Rektor" },
] as const;

const REGISTRATION_NUMBERS = { MUNICIPALITY: "KS-2021/1163", UNIVERSITY: "SH-2021/1587" } as const;

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/** Called inside seedDemoPartnership's transaction, after the parties exist. */
export async function seedDemoAgreement(tx: Prisma.TransactionClient, { partnershipId, parties }: { partnershipId: string; parties: PartyIds }): Promise<void> {
  const agreement = await tx.agreement.create({
    data: {
      partnershipId,
      title: "Avtal om strategiskt partnerskap mellan Södertörns högskola och Huddinge kommun",
      signingDate: day(SIGNING_DATE),
      parties: {
        create: [
          { partyId: parties.MUNICIPALITY.id, registrationNumber: REGISTRATION_NUMBERS.MUNICIPALITY },
          { partyId: parties.UNIVERSITY.id, registrationNumber: REGISTRATION_NUMBERS.UNIVERSITY },
        ],
      },
      termsVersions: {
        create: {
          number: 1,
          effectiveDate: day(START_DATE),
          purpose: PURPOSE,
          focusAreas: ["EDUCATION_AND_COMPETENCE", "RESEARCH_AND_DEVELOPMENT"],
          dimensions: ["SOCIAL", "ECOLOGICAL", "ECONOMIC", "CULTURAL"],
          rightsClause: RIGHTS_CLAUSE,
          disputeClause: DISPUTE_CLAUSE,
          startDate: day(START_DATE),
          endDate: null,
          noticePeriodMonths: 6,
          endsAtYearEnd: true,
        },
      },
    },
  });
  for (const signatory of SIGNATORIES) {
    const person = await tx.person.create({
      data: { partnershipId, name: signatory.name, title: signatory.title, partyId: parties[signatory.party].id },
    });
    await tx.agreementSignatory.create({
      data: {
        agreementId: agreement.id,
        partyId: parties[signatory.party].id,
        personId: person.id,
        title: signatory.title,
        signedAgreement: true,
        registeredAt: day(SIGNING_DATE),
      },
    });
  }
}
