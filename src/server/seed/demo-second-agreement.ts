import type { Prisma } from "@/generated/prisma/client";

/**
 * The second demo partnership's agreement, invented: signed in the December before its first
 * year, for four years, terminable with three months' notice on the day the notice runs out (not
 * at a year-end) — other terms than the first partnership's, as an installation will have.
 */

const PURPOSE =
  "Huddinge kommun och Flemingsbergs vårdhögskola samverkar för att säkra kompetensförsörjningen i kommunens vård och omsorg, " +
  "ge studenterna praktik av god kvalitet och pröva nya arbetssätt med stöd av forskning. Samverkan ska bidra till en socialt " +
  "och ekonomiskt hållbar äldreomsorg.";

const RIGHTS_CLAUSE = "Parterna har rätt att fritt använda och publicera resultat av gemensamma projekt, med hänsyn till de personer som berörs.";

const DISPUTE_CLAUSE = "Tvister med anledning av detta avtal löses i första hand i styrgruppen och i andra hand av parternas ledningar.";

type PartyIds = { MUNICIPALITY: { id: string }; UNIVERSITY: { id: string } };

const SIGNATORIES = [
  { party: "MUNICIPALITY", name: "Kerstin Malmberg", title: "Kommunstyrelsens ordförande" },
  { party: "UNIVERSITY", name: "Jonas Hedlund", title: "Rektor" },
] as const;

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/** Called inside seedSecondDemoPartnership's transaction, after the parties and people exist. */
export async function seedSecondDemoAgreement(
  tx: Prisma.TransactionClient,
  { partnershipId, parties, startYear }: { partnershipId: string; parties: PartyIds; startYear: number },
): Promise<void> {
  const signingDate = `${startYear - 1}-12-08`;
  const agreement = await tx.agreement.create({
    data: {
      partnershipId,
      title: "Avtal om partnerskap för vård och omsorg mellan Huddinge kommun och Flemingsbergs vårdhögskola",
      signingDate: day(signingDate),
      parties: {
        create: [
          { partyId: parties.MUNICIPALITY.id, registrationNumber: `KS-${startYear - 1}/2214` },
          { partyId: parties.UNIVERSITY.id, registrationNumber: `FVH-${startYear - 1}/0318` },
        ],
      },
      termsVersions: {
        create: {
          number: 1,
          effectiveDate: day(`${startYear}-01-01`),
          purpose: PURPOSE,
          focusAreas: ["EDUCATION_AND_COMPETENCE", "RESEARCH_AND_DEVELOPMENT"],
          dimensions: ["SOCIAL", "ECONOMIC"],
          rightsClause: RIGHTS_CLAUSE,
          disputeClause: DISPUTE_CLAUSE,
          startDate: day(`${startYear}-01-01`),
          endDate: day(`${startYear + 3}-12-31`),
          noticePeriodMonths: 3,
          endsAtYearEnd: false,
        },
      },
    },
  });
  for (const signatory of SIGNATORIES) {
    // The rector is a person of the partnership already; the chair of the municipal executive board is not.
    const person =
      (await tx.person.findFirst({ where: { partnershipId, name: signatory.name }, select: { id: true } })) ??
      (await tx.person.create({ data: { partnershipId, name: signatory.name, title: signatory.title, partyId: parties[signatory.party].id }, select: { id: true } }));
    await tx.agreementSignatory.create({
      data: { agreementId: agreement.id, partyId: parties[signatory.party].id, personId: person.id, title: signatory.title, signedAgreement: true, registeredAt: day(signingDate) },
    });
  }
}
