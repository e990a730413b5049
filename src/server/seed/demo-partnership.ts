import type { PrismaClient } from "@/generated/prisma/client";
import { hash } from "@node-rs/argon2";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { seedDemoAgreement } from "./demo-agreement";
import { seedPartnershipSkeleton, type AreaSeed, type MembershipSeed, type PersonSeed, type SeatSeed, type UnitSeed } from "./demo-skeleton";

/**
 * The demo partnership: Huddinge kommun and Södertörns högskola as the domain notes describe them,
 * with invented people. Written in one transaction; run only on an empty database.
 */

const UNITS: UnitSeed[] = [
  { key: "ksf", party: "MUNICIPALITY", kind: "ADMINISTRATION", name: "Kommunstyrelsens förvaltning", nameEn: "Municipal Executive Office" },
  { key: "buf", party: "MUNICIPALITY", kind: "ADMINISTRATION", name: "Barn- och utbildningsförvaltningen", nameEn: "Child and Education Administration" },
  { key: "gaf", party: "MUNICIPALITY", kind: "ADMINISTRATION", name: "Gymnasie- och arbetsmarknadsförvaltningen", nameEn: "Upper Secondary Education and Labour Market Administration" },
  { key: "kff", party: "MUNICIPALITY", kind: "ADMINISTRATION", name: "Kultur- och fritidsförvaltningen", nameEn: "Culture and Leisure Administration" },
  { key: "nbf", party: "MUNICIPALITY", kind: "ADMINISTRATION", name: "Natur- och byggnadsförvaltningen", nameEn: "Nature and Building Administration" },
  { key: "soaf", party: "MUNICIPALITY", kind: "ADMINISTRATION", name: "Social- och äldreomsorgsförvaltningen", nameEn: "Social and Elderly Care Administration" },
  { key: "lut", party: "UNIVERSITY", kind: "SCHOOL", name: "Lärarutbildningen", nameEn: "Teacher Education" },
  { key: "isv", party: "UNIVERSITY", kind: "DEPARTMENT", name: "Institutionen för samhällsvetenskaper", nameEn: "School of Social Sciences" },
  { key: "ikl", party: "UNIVERSITY", kind: "DEPARTMENT", name: "Institutionen för kultur och lärande", nameEn: "School of Culture and Education" },
  { key: "nmt", party: "UNIVERSITY", kind: "DEPARTMENT", name: "Institutionen för naturvetenskap, miljö och teknik", nameEn: "School of Natural Sciences, Technology and Environmental Studies" },
  { key: "ledning", party: "UNIVERSITY", kind: "SCHOOL", name: "Högskoleledningen", nameEn: "University Management" },
];

const THEMATIC_AREAS: AreaSeed[] = [
  { key: "vfu", focusArea: "EDUCATION_AND_COMPETENCE", name: "VFU och lärarutbildning", nameEn: "Teacher placements (VFU) and teacher education", description: "Verksamhetsförlagd utbildning för lärarstudenter i Huddinges skolor och förskolor." },
  { key: "brist", focusArea: "EDUCATION_AND_COMPETENCE", name: "Kompetensförsörjning för bristyrken", nameEn: "Competence supply for shortage occupations", description: "Rekrytering och utbildning till yrken där kommunen har svårt att rekrytera." },
  { key: "kultur", focusArea: "EDUCATION_AND_COMPETENCE", name: "Kultur och estetiska lärprocesser – Svarta lådan", nameEn: "Culture and aesthetic learning – Svarta lådan", description: "Kultur- och fritidsförvaltningen tillsammans med lärarutbildningen i estetiska lärprocesser." },
  { key: "ulf", focusArea: "RESEARCH_AND_DEVELOPMENT", name: "ULF – Utveckling, lärande, forskning", nameEn: "ULF – Development, Learning, Research", description: "Praktiknära forskning i samverkan mellan skola och högskola." },
  { key: "hallbar", focusArea: "RESEARCH_AND_DEVELOPMENT", name: "Hållbar samhällsutveckling", nameEn: "Sustainable community development", description: "Forskning och verksamhetsutveckling för en ekologiskt och socialt hållbar kommun." },
];

const PEOPLE: PersonSeed[] = [
  { key: "maria", name: "Maria Lindqvist", title: "Samordnare för akademisamverkan", party: "MUNICIPALITY", unit: "ksf" },
  { key: "anders", name: "Anders Holmberg", title: "Biträdande kommundirektör", party: "MUNICIPALITY", unit: "ksf" },
  { key: "eva", name: "Eva Lundgren", email: "eva.lundgren@huddinge.example", title: "Gymnasie- och arbetsmarknadsdirektör", party: "MUNICIPALITY", unit: "gaf" },
  { key: "peter", name: "Peter Axelsson", email: "peter.axelsson@sh.example", title: "Prorektor", party: "UNIVERSITY", unit: "ledning" },
  { key: "lena", name: "Lena Forsberg", email: "lena.forsberg@sh.example", title: "Chef för Lärarutbildningen", party: "UNIVERSITY", unit: "lut" },
  { key: "sara", name: "Sara Nyström", title: "Universitetslektor i pedagogik", party: "UNIVERSITY", unit: "lut" },
  { key: "mikael", name: "Mikael Berg", email: "mikael.berg@huddinge.example", title: "Verksamhetschef grundskola", party: "MUNICIPALITY", unit: "buf" },
  { key: "nadia", name: "Nadia Haddad", email: "nadia.haddad@sh.example", title: "Universitetslektor i socialt arbete", party: "UNIVERSITY", unit: "isv" },
  { key: "tomas", name: "Tomas Wikström", email: "tomas.wikstrom@huddinge.example", title: "Avdelningschef vuxenutbildning", party: "MUNICIPALITY", unit: "gaf" },
  { key: "helena", name: "Helena Åberg", email: "helena.aberg@sh.example", title: "Lektor i estetiska lärprocesser", party: "UNIVERSITY", unit: "ikl" },
  { key: "oskar", name: "Oskar Lind", email: "oskar.lind@huddinge.example", title: "Verksamhetschef kultur", party: "MUNICIPALITY", unit: "kff" },
  { key: "fredrik", name: "Fredrik Sundin", email: "fredrik.sundin@sh.example", title: "Docent i pedagogik", party: "UNIVERSITY", unit: "lut" },
  { key: "annika", name: "Annika Holm", email: "annika.holm@huddinge.example", title: "Utvecklingschef", party: "MUNICIPALITY", unit: "buf" },
  { key: "ingrid", name: "Ingrid Nilsson", email: "ingrid.nilsson@sh.example", title: "Professor i miljövetenskap", party: "UNIVERSITY", unit: "nmt" },
  { key: "robert", name: "Robert Karlsson", email: "robert.karlsson@huddinge.example", title: "Planeringschef", party: "MUNICIPALITY", unit: "nbf" },
  { key: "gunnar", name: "Gunnar Ek", email: "gunnar.ek@huddinge.example", title: "Tidigare verksamhetschef gymnasieskola", party: "MUNICIPALITY", unit: "gaf" },
  { key: "johan", name: "Johan Ekberg", title: "Docent i miljövetenskap", party: "UNIVERSITY", unit: "nmt" },
  { key: "karin", name: "Karin Sjöberg", title: "Utvecklingsledare", party: "MUNICIPALITY", unit: "soaf" },
];

// The agreement names Huddinge's two seats; the university appoints its own representatives.
const STEERING_GROUP_SEATS: SeatSeed[] = [
  { key: "deputy", party: "MUNICIPALITY", title: "Biträdande kommundirektör" },
  { key: "gymnasie", party: "MUNICIPALITY", title: "Gymnasie- och arbetsmarknadsdirektör" },
  { key: "prorektor", party: "UNIVERSITY", title: "Prorektor" },
  { key: "teacher-education", party: "UNIVERSITY", title: "Företrädare för lärarutbildningen" },
];

const MEETINGS_PER_YEAR = { STEERING_GROUP: 1, WORKING_GROUP: 2 } as const;

const MEMBERSHIPS: MembershipSeed[] = [
  { group: "STEERING_GROUP", person: "anders", role: "CHAIR", start: "2022-01-01", seat: "deputy" },
  { group: "STEERING_GROUP", person: "eva", role: "MEMBER", start: "2022-01-01", seat: "gymnasie" },
  { group: "STEERING_GROUP", person: "peter", role: "VICE_CHAIR", start: "2022-01-01", seat: "prorektor" },
  { group: "STEERING_GROUP", person: "lena", role: "MEMBER", start: "2023-01-01", seat: "teacher-education" },
  { group: "STEERING_GROUP", person: "maria", role: "SECRETARY", start: "2022-01-01" },
  { group: "WORKING_GROUP", person: "sara", role: "CHAIR", start: "2022-01-01", areas: ["vfu"] },
  { group: "WORKING_GROUP", person: "mikael", role: "MEMBER", start: "2022-01-01", areas: ["vfu"] },
  { group: "WORKING_GROUP", person: "nadia", role: "MEMBER", start: "2022-01-01", areas: ["brist"] },
  { group: "WORKING_GROUP", person: "tomas", role: "MEMBER", start: "2025-07-01", areas: ["brist"] },
  { group: "WORKING_GROUP", person: "gunnar", role: "MEMBER", start: "2022-01-01", end: "2025-06-30", areas: ["brist"] },
  { group: "WORKING_GROUP", person: "helena", role: "MEMBER", start: "2022-01-01", areas: ["kultur"] },
  { group: "WORKING_GROUP", person: "oskar", role: "MEMBER", start: "2022-01-01", areas: ["kultur"] },
  { group: "WORKING_GROUP", person: "fredrik", role: "MEMBER", start: "2022-01-01", areas: ["ulf"] },
  { group: "WORKING_GROUP", person: "annika", role: "MEMBER", start: "2022-01-01", areas: ["ulf"] },
  { group: "WORKING_GROUP", person: "ingrid", role: "MEMBER", start: "2024-01-01", areas: ["hallbar"] },
  { group: "WORKING_GROUP", person: "robert", role: "MEMBER", start: "2024-01-01", areas: ["hallbar"] },
  { group: "WORKING_GROUP", person: "maria", role: "SECRETARY", start: "2022-01-01" },
];

export const DEMO_PARTNERSHIP_SLUG = "huddinge-sodertorn";

export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.partnership.count()) === 0;
}

/** The municipality of both demo partnerships: one organisation in the installation's register. */
export const HUDDINGE_KOMMUN = { name: "Huddinge kommun", organisationNumber: "212000-0076" } as const;

const SODERTORNS_HOGSKOLA = { name: "Södertörns högskola", organisationNumber: "202100-4896" } as const;

export async function seedDemoPartnership(prisma: PrismaClient): Promise<{ partnershipId: string }> {
  const passwordHash = await hash(DEMO_PASSWORD);

  return prisma.$transaction(
    async (tx) => {
      const partnership = await tx.partnership.create({
        data: {
          slug: DEMO_PARTNERSHIP_SLUG,
          name: "Strategiskt partnerskap Huddinge kommun – Södertörns högskola",
          nameEn: "Strategic partnership Huddinge Municipality – Södertörn University",
          description:
            "Långsiktig och systematisk samverkan inom en gemensam organisation som bidrar till hållbar utveckling – social, ekologisk, ekonomisk och kulturell.",
        },
      });
      const { parties } = await seedPartnershipSkeleton(tx, partnership.id, {
        parties: { MUNICIPALITY: HUDDINGE_KOMMUN, UNIVERSITY: SODERTORNS_HOGSKOLA },
        units: UNITS,
        thematicAreas: THEMATIC_AREAS,
        meetingsPerYear: MEETINGS_PER_YEAR,
        steeringGroupSeats: STEERING_GROUP_SEATS,
        people: PEOPLE,
        accounts: DEMO_ACCOUNTS,
        passwordHash,
        memberships: MEMBERSHIPS,
      });
      await seedDemoAgreement(tx, { partnershipId: partnership.id, parties });
      await tx.auditEvent.create({
        data: { partnershipId: partnership.id, action: "seed.demo_partnership", entityType: "Partnership", entityId: partnership.id },
      });
      return { partnershipId: partnership.id };
    },
    { timeout: 60_000 },
  );
}
