import type { PrismaClient } from "@/generated/prisma/client";
import type { FocusArea, GroupKind, GroupRole, PartyType, UnitKind } from "@/generated/prisma/enums";
import { hash } from "@node-rs/argon2";
import { organisationFor } from "@/features/partnership/organisations";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { grantAccess } from "@/server/auth/accounts";
import { DEMO_PASSWORD, DEMO_SECOND_PARTNERSHIP_ACCOUNTS } from "./demo-accounts";
import { HUDDINGE_KOMMUN } from "./demo-partnership";
import { seedSecondDemoAgreement } from "./demo-second-agreement";

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

type UnitSeed = { key: string; party: PartyType; kind: UnitKind; name: string; nameEn: string };
const UNITS: UnitSeed[] = [
  { key: "ksf", party: "MUNICIPALITY", kind: "ADMINISTRATION", name: "Kommunstyrelsens förvaltning", nameEn: "Municipal Executive Office" },
  { key: "soaf", party: "MUNICIPALITY", kind: "ADMINISTRATION", name: "Social- och äldreomsorgsförvaltningen", nameEn: "Social and Elderly Care Administration" },
  { key: "omv", party: "UNIVERSITY", kind: "DEPARTMENT", name: "Institutionen för omvårdnad", nameEn: "Department of Nursing" },
  { key: "hr", party: "UNIVERSITY", kind: "DEPARTMENT", name: "Institutionen för hälsa och rehabilitering", nameEn: "Department of Health and Rehabilitation" },
  { key: "ledning", party: "UNIVERSITY", kind: "SCHOOL", name: "Högskoleledningen", nameEn: "University College Management" },
];

type AreaSeed = { key: string; focusArea: FocusArea; name: string; nameEn: string; description: string };
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

type PersonSeed = { key: string; name: string; email?: string; title: string; party: PartyType; unit: string };
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

type SeatSeed = { key: string; party: PartyType; title: string };
const STEERING_GROUP_SEATS: SeatSeed[] = [
  { key: "deputy", party: "MUNICIPALITY", title: "Biträdande kommundirektör" },
  { key: "social", party: "MUNICIPALITY", title: "Socialdirektör" },
  { key: "rektor", party: "UNIVERSITY", title: "Rektor" },
];

/** Meetings per year: not the first partnership's one and two. */
const MEETINGS_PER_YEAR: Record<GroupKind, number> = { STEERING_GROUP: 2, WORKING_GROUP: 3 };

type MembershipSeed = { group: GroupKind; person: string; role: GroupRole; areas?: string[]; seat?: string };
const MEMBERSHIPS: MembershipSeed[] = [
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
  const accountByPerson = new Map<string, (typeof DEMO_SECOND_PARTNERSHIP_ACCOUNTS)[number]>(DEMO_SECOND_PARTNERSHIP_ACCOUNTS.map((account) => [account.person, account]));
  const passwordHash = await hash(DEMO_PASSWORD);
  const startYear = secondPartnershipStartYear();
  const startDate = new Date(`${startYear}-01-01T00:00:00Z`);

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
      const party = async (type: PartyType, name: string, organisationNumber: string) =>
        tx.party.create({
          data: { partnershipId: partnership.id, type, name, organisationNumber, organisationId: (await organisationFor(tx, { type, name, organisationNumber })).id },
        });
      const parties = {
        MUNICIPALITY: await party("MUNICIPALITY", HUDDINGE_KOMMUN.name, HUDDINGE_KOMMUN.organisationNumber),
        UNIVERSITY: await party("UNIVERSITY", VARDHOGSKOLAN.name, VARDHOGSKOLAN.organisationNumber),
      };
      const units = new Map<string, string>();
      for (const unit of UNITS) {
        const created = await tx.organisationalUnit.create({ data: { partyId: parties[unit.party].id, kind: unit.kind, name: unit.name, nameEn: unit.nameEn } });
        units.set(unit.key, created.id);
      }
      const areas = new Map<string, string>();
      for (const [index, area] of THEMATIC_AREAS.entries()) {
        const created = await tx.thematicArea.create({
          data: { partnershipId: partnership.id, focusArea: area.focusArea, name: area.name, nameEn: area.nameEn, description: area.description, sortOrder: index },
        });
        areas.set(area.key, created.id);
      }
      const groups = {
        STEERING_GROUP: await tx.group.create({ data: { partnershipId: partnership.id, kind: "STEERING_GROUP", meetingsPerYear: MEETINGS_PER_YEAR.STEERING_GROUP } }),
        WORKING_GROUP: await tx.group.create({ data: { partnershipId: partnership.id, kind: "WORKING_GROUP", meetingsPerYear: MEETINGS_PER_YEAR.WORKING_GROUP } }),
      };
      const seats = new Map<string, string>();
      for (const [index, seat] of STEERING_GROUP_SEATS.entries()) {
        const created = await tx.seat.create({ data: { groupId: groups.STEERING_GROUP.id, partyId: parties[seat.party].id, title: seat.title, sortOrder: index } });
        seats.set(seat.key, created.id);
      }
      const people = new Map<string, { id: string; party: PartyType }>();
      for (const person of PEOPLE) {
        const account = accountByPerson.get(person.name);
        const email = account?.email ?? person.email ?? null;
        const created = await tx.person.create({
          data: { partnershipId: partnership.id, name: person.name, email, title: person.title, partyId: parties[person.party].id, unitId: units.get(person.unit) ?? null },
        });
        // The same account as in the first partnership when the e-mail is the same: grantAccess finds it.
        if (account) await grantAccess(tx, { partnershipId: partnership.id, personId: created.id, email: account.email, name: person.name, roles: [account.role], passwordHash });
        people.set(person.key, { id: created.id, party: person.party });
      }
      for (const membership of MEMBERSHIPS) {
        const person = people.get(membership.person);
        if (!person) throw new Error(`Demo data: unknown person ${membership.person}`);
        await tx.membership.create({
          data: {
            groupId: groups[membership.group].id,
            personId: person.id,
            partyId: parties[person.party].id,
            role: membership.role,
            seatId: membership.seat ? (seats.get(membership.seat) ?? null) : null,
            startDate,
            thematicAreas: { create: (membership.areas ?? []).map((key) => ({ thematicAreaId: areas.get(key)! })) },
          },
        });
      }
      await seedSecondDemoAgreement(tx, { partnershipId: partnership.id, parties, startYear });
      await tx.auditEvent.create({ data: { partnershipId: partnership.id, action: "seed.demo_partnership", entityType: "Partnership", entityId: partnership.id } });
      return { partnershipId: partnership.id };
    },
    { timeout: 60_000 },
  );
}
