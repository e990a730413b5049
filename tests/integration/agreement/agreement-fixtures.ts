import { isoDay } from "@/features/agreement/dates";
import { stockholmDay } from "@/lib/stockholm-day";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { testDatabase } from "../../support/test-database";

export { actorFor, form } from "../../support/actors";

/** Shared by the agreement tests: the file's database seeded with the demo partnership and its agreement. */
export const prisma = () => testDatabase().prisma;

export const ADMIN = "admin@huddinge.example";
/** Made the municipality's signatory by `registerSignatories`. */
export const MUNICIPAL_SIGNATORY = "ledning@huddinge.example";
/** Made the university's signatory by `registerSignatories`. */
export const UNIVERSITY_SIGNATORY = "arbetsgrupp@sh.example";
/** Signed in, neither administrator nor signatory. */
export const READER = "lasare@huddinge.example";

/** Today as the application judges it (the calendar day in Stockholm), YYYY-MM-DD. */
export const today = () => isoDay(stockholmDay(new Date()));

/** The demo clause's end for notice received today: 31 December this year by 30 June, else next year. */
export function yearEndForNoticeToday(): string {
  const [year, month] = today().split("-").map(Number) as [number, number];
  return `${month <= 6 ? year : year + 1}-12-31`;
}

export type Fixture = {
  partnershipId: string;
  agreementId: string;
  municipalityId: string;
  universityId: string;
};

/** Seeds the demo partnership; the agreement comes with it. */
export async function seed(): Promise<Fixture> {
  const { partnershipId } = await seedDemoPartnership(prisma());
  const agreement = await prisma().agreement.findUniqueOrThrow({ where: { partnershipId } });
  const parties = await prisma().party.findMany({ where: { partnershipId } });
  return {
    partnershipId,
    agreementId: agreement.id,
    municipalityId: parties.find((party) => party.type === "MUNICIPALITY")!.id,
    universityId: parties.find((party) => party.type === "UNIVERSITY")!.id,
  };
}

/** Registers two demo accounts as signatories: one for each party. */
export async function registerSignatories(fixture: Fixture): Promise<{ municipal: string; university: string }> {
  const create = async (email: string, partyId: string, title: string) => {
    const user = await prisma().user.findFirstOrThrow({ where: { account: { email } } });
    return (await prisma().agreementSignatory.create({ data: { agreementId: fixture.agreementId, partyId, personId: user.personId, title } })).id;
  };
  return {
    municipal: await create(MUNICIPAL_SIGNATORY, fixture.municipalityId, "Biträdande kommundirektör, med delegation"),
    university: await create(UNIVERSITY_SIGNATORY, fixture.universityId, "Prorektor, med delegation"),
  };
}

/** The seeded signatory (who signed the agreement) of a party. */
export async function seededSignatory(partyId: string) {
  return prisma().agreementSignatory.findFirstOrThrow({ where: { partyId, signedAgreement: true }, include: { person: true } });
}

export const lastEvent = (action: string) => prisma().auditEvent.findFirstOrThrow({ where: { action }, orderBy: { id: "desc" } });
export const auditCount = () => prisma().auditEvent.count();
