import type { PrismaClient } from "@/generated/prisma/client";
import type { GroupKind } from "@/generated/prisma/enums";
import { hash } from "@node-rs/argon2";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { DEMO_PASSWORD, DEMO_SECOND_PARTNERSHIP_ACCOUNTS } from "./demo-accounts";
import { HUDDINGE_KOMMUN } from "./demo-partnership";
import { seedSecondDemoAgreement } from "./demo-second-agreement";
import { seedPartnershipSkeleton, type AreaSeed, type MembershipSeed, type PersonSeed, type SeatSeed, type UnitSeed } from "./demo-skeleton";

/**
 * The demo's second partnership: Huddinge kommun — the same organisation as in the first — with
 * Flemingsbergs vårdhögskola, a university college that does not exist, on health and social care.
 * Everything in it is invented. It began last year, so its history is short; the steering group
 * meets twice a year and the working group three times, unlike the first partnership. The first
 * demo partnership's steering-group chair (ledning@huddinge.example) chairs this steering group
 * too, with the same account, so the demo shows the partnership switcher.
 *
 * Seeded after the first partnership (and never alone): the first stays the oldest, the one every
 * account opens by default.
 */

export const DEMO_SECOND_PARTNERSHIP_SLUG = "huddinge-vardhogskolan";

/** Invented: no such university college exists; the organisation number is made up (valid check digit). */
const VARDHOGSKOLAN = { name: "Flemingsbergs vårdhögskola", organisationNumber: "202199-1233" } as const;

const UNITS: UnitSeed[] = [
  { key: "ksf", party: "MUNICIPALITY", kind: "ADMINISTRATION", name: "Kommunstyrelsens förvaltning", nameEn: "Municipal Executive Office" },
  { key: "soaf", party: "MUNICIPALITY", kind: "ADMINISTRATION", name: "Social- och äldreomsorgsförvaltningen", nameEn: "Social and Elderly Care Administration" },
  { key: "omv", party: "UNIVERSITY", kind: "DEPARTMENT", name: "Institutionen för omvårdnad", nameEn: "Department of Nursing" },
  { key: "hr", party: "UNIVERSITY", kind: "DEPARTMENT", name: "Institutionen för hälsa och rehabilitering", nameEn: "Department of Health and Rehabilitation" },
  { key: "ledning", party: "UNIVERSITY", kind: "SCHOOL", name: "Högskoleledningen", nameEn: "University College Management" },
];

const THEMATIC_AREAS: AreaSeed[] = [
  {
    key: "vfu",
    focusArea: "EDUCATION_AND_COMPETENCE",
    name: "Verksamhetsförlagd utbildning i vård och omsorg",
    nameEn: "Work placements in health and social care",
    description: "Praktikplatser för sjuksköterske- och arbetsterapeutstudenter i kommunens äldreomsorg och hemtjänst.",
  },
  {
    key: "kompetens",
    focusArea: "EDUCATION_AND_COMPETENCE",
    name: "Kompetenslyft för undersköterskor",
    nameEn: "Skills development for assistant nurses",
    description: "Uppdragsutbildning och handledarutbildning för kommunens undersköterskor.",
  },
  {
    key: "teknik",
    focusArea: "RESEARCH_AND_DEVELOPMENT",
    name: "Välfärdsteknik i hemtjänsten",
    nameEn: "Welfare technology in home care",
    description: "Gemensamma studier av digitala hjälpmedel och tillsyn på distans i hemtjänsten.",
  },
];

const PEOPLE: PersonSeed[] = [
  { key: "anders", name: "Anders Holmberg", title: "Biträdande kommundirektör", party: "MUNICIPALITY", unit: "ksf" },
  { key: "camilla", name: "Camilla Strand", title: "Socialdirektör", party: "MUNICIPALITY", unit: "soaf" },
  { key: "jonas", name: "Jonas Hedlund", email: "jonas.hedlund@fvh.example", title: "Rektor", party: "UNIVERSITY", unit: "ledning" },
  { key: "linnea", name: "Linnea Sandberg", title: "Samverkansstrateg", party: "UNIVERSITY", unit: "ledning" },
  { key: "emma", name: "Emma Varga", email: "emma.varga@fvh.example", title: "Universitetslektor i omvårdnad", party: "UNIVERSITY", unit: "omv" },
  { key: "ali", name: "Ali Rahimi", email: "ali.rahimi@huddinge.example", title: "Enhetschef hemtjänst", party: "MUNICIPALITY", unit: "soaf" },
  { key: "sofia", name: "Sofia Lund", email: "sofia.lund@fvh.example", title: "Docent i arbetsterapi", party: "UNIVERSITY", unit: "hr" },
  { key: "per", name: "Per Dahl", email: "per.dahl@huddinge.example", title: "Kvalitetsutvecklare äldreomsorg", party: "MUNICIPALITY", unit: "soaf" },
];

const STEERING_GROUP_SEATS: SeatSeed[] = [
  { key: "deputy", party: "MUNICIPALITY", title: "Biträdande kommundirektör" },
  { key: "social", party: "MUNICIPALITY", title: "Socialdirektör" },
  { key: "rektor", party: "UNIVERSITY", title: "Rektor" },
];

/** Meetings per year: not the first partnership's one and two. */
const MEETINGS_PER_YEAR: Record<GroupKind, number> = { STEERING_GROUP: 2, WORKING_GROUP: 3 };

/** All from the first day of the partnership (see seedSecondDemoPartnership). */
const MEMBERSHIPS: Omit<MembershipSeed, "start">[] = [
  { group: "STEERING_GROUP", person: "anders", role: "CHAIR", seat: "deputy" },
  { group: "STEERING_GROUP", person: "jonas", role: "VICE_CHAIR", seat: "rektor" },
  { group: "STEERING_GROUP", person: "camilla", role: "MEMBER", seat: "social" },
  { group: "STEERING_GROUP", person: "linnea", role: "SECRETARY" },
  { group: "WORKING_GROUP", person: "emma", role: "CHAIR", areas: ["vfu", "kompetens"] },
  { group: "WORKING_GROUP", person: "ali", role: "MEMBER", areas: ["teknik", "kompetens"] },
  { group: "WORKING_GROUP", person: "sofia", role: "MEMBER", areas: ["teknik"] },
  { group: "WORKING_GROUP", person: "per", role: "MEMBER", areas: ["vfu"] },
  { group: "WORKING_GROUP", person: "linnea", role: "SECRETARY" },
];

/** The first year of the partnership: last year, whenever the demo is seeded. */
export function secondPartnershipStartYear(now: Date = new Date()): number {
  return stockholmYear(now) - 1;
}

export async function seedSecondDemoPartnership(prisma: PrismaClient): Promise<{ partnershipId: string }> {
  const passwordHash = await hash(DEMO_PASSWORD);
  const startYear = secondPartnershipStartYear();
  const start = `${startYear}-01-01`;

  return prisma.$transaction(
    async (tx) => {
      // Younger than the first partnership even when both are seeded within the same millisecond.
      const oldest = await tx.partnership.findFirst({ orderBy: { createdAt: "asc" }, select: { createdAt: true } });
      const createdAt = new Date(Math.max(Date.now(), (oldest?.createdAt.getTime() ?? 0) + 1000));
      const partnership = await tx.partnership.create({
        data: {
          slug: DEMO_SECOND_PARTNERSHIP_SLUG,
          name: "Partnerskap för vård och omsorg Huddinge kommun – Flemingsbergs vårdhögskola",
          nameEn: "Partnership for health and social care Huddinge Municipality – Flemingsberg University College of Health",
          description:
            "Samverkan om kompetensförsörjning, praktik och utveckling i kommunens vård och omsorg. Högskolan och allt innehåll är påhittade för demonstrationen.",
          createdAt,
        },
      });
      const { parties } = await seedPartnershipSkeleton(tx, partnership.id, {
        parties: { MUNICIPALITY: HUDDINGE_KOMMUN, UNIVERSITY: VARDHOGSKOLAN },
        units: UNITS,
        thematicAreas: THEMATIC_AREAS,
        meetingsPerYear: MEETINGS_PER_YEAR,
        steeringGroupSeats: STEERING_GROUP_SEATS,
        people: PEOPLE,
        accounts: DEMO_SECOND_PARTNERSHIP_ACCOUNTS,
        passwordHash,
        memberships: MEMBERSHIPS.map((membership) => ({ ...membership, start })),
      });
      await seedSecondDemoAgreement(tx, { partnershipId: partnership.id, parties, startYear });
      await tx.auditEvent.create({ data: { partnershipId: partnership.id, action: "seed.demo_partnership", entityType: "Partnership", entityId: partnership.id } });
      return { partnershipId: partnership.id };
    },
    { timeout: 60_000 },
  );
}
