import "server-only";
import { stockholmDay } from "@/lib/stockholm-day";
import { db } from "@/server/db";
import type { FocusArea, GroupKind, GroupRole, PartyType } from "@/generated/prisma/enums";
import { choosePartnership } from "@/lib/partnership-choice";

export type MemberRow = {
  /** Sort key: the first thematic area's position, so working-group pairs stand together. */
  areaOrder: number;
  membershipId: string;
  name: string;
  title: string | null;
  partyName: string;
  partyType: PartyType;
  role: GroupRole;
  thematicAreas: string[];
  startDate: Date;
  endDate: Date | null;
};

export type GroupOverview = {
  id: string;
  kind: GroupKind;
  meetingsPerYear: number;
  current: MemberRow[];
  former: MemberRow[];
};

export type PartnershipOverview = {
  id: string;
  name: string;
  nameEn: string | null;
  description: string;
  parties: { id: string; name: string; type: PartyType; organisationNumber: string | null; units: string[] }[];
  groups: GroupOverview[];
  thematicAreas: { id: string; name: string; nameEn: string | null; description: string; focusArea: FocusArea }[];
};

const ROLE_ORDER: GroupRole[] = ["CHAIR", "VICE_CHAIR", "MEMBER", "SECRETARY"];
const GROUP_ORDER: GroupKind[] = ["STEERING_GROUP", "WORKING_GROUP"];

/** The partnership at a glance, scoped to the actor's own partnership by its id. */
export async function getPartnershipOverview(partnershipId: string, today: Date = new Date()): Promise<PartnershipOverview> {
  const prisma = await db();
  const partnership = await prisma.partnership.findUniqueOrThrow({
    where: { id: partnershipId },
    select: {
      id: true,
      name: true,
      nameEn: true,
      description: true,
      parties: {
        orderBy: { type: "asc" },
        select: { id: true, name: true, type: true, organisationNumber: true, units: { orderBy: { name: "asc" }, select: { name: true } } },
      },
      thematicAreas: {
        orderBy: [{ focusArea: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
        select: { id: true, name: true, nameEn: true, description: true, focusArea: true },
      },
      groups: {
        select: {
          id: true,
          kind: true,
          meetingsPerYear: true,
          memberships: {
            orderBy: [{ startDate: "asc" }],
            select: {
              id: true,
              role: true,
              startDate: true,
              endDate: true,
              person: { select: { name: true, title: true } },
              party: { select: { name: true, type: true } },
              thematicAreas: { select: { thematicArea: { select: { name: true, sortOrder: true } } } },
            },
          },
        },
      },
    },
  });

  const startOfToday = stockholmDay(today);
  const groups = partnership.groups
    .map((group) => {
      const rows: MemberRow[] = group.memberships.map((membership) => ({
        membershipId: membership.id,
        name: membership.person.name,
        title: membership.person.title,
        partyName: membership.party.name,
        partyType: membership.party.type,
        role: membership.role,
        ...areasOf(membership.thematicAreas.map((link) => link.thematicArea)),
        startDate: membership.startDate,
        endDate: membership.endDate,
      }));
      const isCurrent = (row: MemberRow) => row.startDate <= startOfToday && (row.endDate === null || row.endDate >= startOfToday);
      return {
        id: group.id,
        kind: group.kind,
        meetingsPerYear: group.meetingsPerYear,
        current: rows.filter(isCurrent).sort(byRoleThenName),
        former: rows.filter((row) => row.endDate !== null && row.endDate < startOfToday).sort((a, b) => b.endDate!.getTime() - a.endDate!.getTime()),
      };
    })
    .sort((a, b) => GROUP_ORDER.indexOf(a.kind) - GROUP_ORDER.indexOf(b.kind));

  return {
    id: partnership.id,
    name: partnership.name,
    nameEn: partnership.nameEn,
    description: partnership.description,
    parties: partnership.parties.map((party) => ({ ...party, units: party.units.map((unit) => unit.name) })),
    groups,
    thematicAreas: partnership.thematicAreas,
  };
}

function areasOf(areas: { name: string; sortOrder: number }[]): { thematicAreas: string[]; areaOrder: number } {
  const sorted = [...areas].sort((a, b) => a.sortOrder - b.sortOrder);
  return { thematicAreas: sorted.map((area) => area.name), areaOrder: sorted[0]?.sortOrder ?? Number.MAX_SAFE_INTEGER };
}

function byRoleThenName(a: MemberRow, b: MemberRow): number {
  return (
    ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
    a.areaOrder - b.areaOrder ||
    a.partyType.localeCompare(b.partyType) ||
    a.name.localeCompare(b.name, "sv")
  );
}

/** The partnership's name for the header. */
export async function getPartnershipName(partnershipId: string): Promise<{ name: string; nameEn: string | null } | null> {
  const prisma = await db();
  return prisma.partnership.findUnique({ where: { id: partnershipId }, select: { name: true, nameEn: true } });
}

export async function partnershipExists(slug: string): Promise<boolean> {
  const prisma = await db();
  return (await prisma.partnership.count({ where: { slug } })) > 0;
}

export type PartnershipListing = { slug: string; name: string; nameEn: string | null };

/** The partnership a visitor's public pages show: the one this browser chose, or the oldest. */
export async function publicPartnershipSlug(chosenSlug: string | null): Promise<string | null> {
  const partnerships = await listPartnerships();
  return choosePartnership(partnerships.map((partnership) => ({ partnershipSlug: partnership.slug })), chosenSlug)?.partnershipSlug ?? null;
}

/** Every partnership of the installation, oldest first: their names are public, as their start pages are. */
export async function listPartnerships(): Promise<PartnershipListing[]> {
  const prisma = await db();
  return prisma.partnership.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { slug: true, name: true, nameEn: true } });
}
