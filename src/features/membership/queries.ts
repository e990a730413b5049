import "server-only";
import { db } from "@/server/db";
import type { GroupKind, GroupRole, PartyType } from "@/generated/prisma/enums";
import { evaluateComposition, findingKey, type Finding } from "./composition";
import { dayOf, loadCompositionSnapshot, nextDay } from "./composition-snapshot";

export type GroupMemberRow = {
  membershipId: string;
  personId: string;
  name: string;
  email: string | null;
  title: string | null;
  partyName: string;
  partyType: PartyType;
  role: GroupRole;
  seatTitle: string | null;
  thematicAreas: string[];
  startDate: Date;
  endDate: Date | null;
};

export type SeatRow = { id: string; title: string; partyName: string; holder: { name: string; membershipId: string } | null };

export type GroupPage = {
  id: string;
  kind: GroupKind;
  meetingsPerYear: number;
  seats: SeatRow[];
  current: GroupMemberRow[];
  upcoming: GroupMemberRow[];
  former: GroupMemberRow[];
  findings: Finding[];
  /** The findings from the next day the composition changes (a membership ends or starts), when they differ. */
  nextChange: { day: Date; findings: Finding[] } | null;
};

const ROLE_ORDER: GroupRole[] = ["CHAIR", "VICE_CHAIR", "MEMBER", "SECRETARY"];

/** One group with its seats, current, upcoming and former members and its composition findings. */
export async function getGroupPage(partnershipId: string, kind: GroupKind, today: Date = new Date()): Promise<GroupPage | null> {
  const prisma = await db();
  const day = dayOf(today);
  const group = await prisma.group.findUnique({
    where: { partnershipId_kind: { partnershipId, kind } },
    select: {
      id: true,
      kind: true,
      meetingsPerYear: true,
      seats: { orderBy: { sortOrder: "asc" }, select: { id: true, title: true, party: { select: { name: true } } } },
      memberships: {
        orderBy: { startDate: "asc" },
        select: {
          id: true,
          role: true,
          startDate: true,
          endDate: true,
          seat: { select: { title: true } },
          seatId: true,
          person: { select: { id: true, name: true, email: true, title: true } },
          party: { select: { name: true, type: true } },
          thematicAreas: { select: { thematicArea: { select: { name: true, sortOrder: true } } } },
        },
      },
    },
  });
  if (!group) return null;

  const rows = group.memberships.map((membership) => ({
    membershipId: membership.id,
    personId: membership.person.id,
    name: membership.person.name,
    email: membership.person.email,
    title: membership.person.title,
    partyName: membership.party.name,
    partyType: membership.party.type,
    role: membership.role,
    seatId: membership.seatId,
    seatTitle: membership.seat?.title ?? null,
    thematicAreas: membership.thematicAreas
      .map((link) => link.thematicArea)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((area) => area.name),
    startDate: membership.startDate,
    endDate: membership.endDate,
  }));
  const current = rows.filter((row) => row.startDate <= day && (row.endDate === null || row.endDate >= day));
  const ofThisGroup = (finding: Finding) => {
    if ("groupKind" in finding) return finding.groupKind === kind;
    if (finding.rule === "seat-vacant") return group.seats.some((seat) => seat.id === finding.seatId);
    return kind === "WORKING_GROUP";
  };
  const findings = evaluateComposition(await loadCompositionSnapshot(prisma, partnershipId, day)).filter(ofThisGroup);

  // End dates are inclusive, so a membership ending today changes the group tomorrow.
  const changeDays = rows
    .flatMap((row) => [row.startDate, row.endDate ? nextDay(row.endDate) : null])
    .filter((change): change is Date => change !== null && change > day)
    .sort((a, b) => a.getTime() - b.getTime());
  let nextChange: GroupPage["nextChange"] = null;
  if (changeDays[0]) {
    const upcoming = evaluateComposition(await loadCompositionSnapshot(prisma, partnershipId, changeDays[0])).filter(ofThisGroup);
    const key = (list: Finding[]) => list.map(findingKey).sort().join("|");
    if (key(upcoming) !== key(findings)) nextChange = { day: changeDays[0], findings: upcoming };
  }

  return {
    id: group.id,
    kind: group.kind,
    meetingsPerYear: group.meetingsPerYear,
    seats: group.seats.map((seat) => {
      const holder = current.find((row) => row.seatId === seat.id);
      return { id: seat.id, title: seat.title, partyName: seat.party.name, holder: holder ? { name: holder.name, membershipId: holder.membershipId } : null };
    }),
    current: current.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name, "sv")),
    upcoming: rows.filter((row) => row.startDate > day),
    former: rows.filter((row) => row.endDate !== null && row.endDate < day).sort((a, b) => b.endDate!.getTime() - a.endDate!.getTime()),
    findings,
    nextChange,
  };
}

/** What the add-member form offers: the partnership's active people, the group's seats, the areas. */
export async function getMembershipFormOptions(partnershipId: string, kind: GroupKind) {
  const prisma = await db();
  const [people, group, thematicAreas] = await Promise.all([
    prisma.person.findMany({
      where: { partnershipId, active: true, partyId: { not: null } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, title: true, party: { select: { name: true } } },
    }),
    prisma.group.findUnique({
      where: { partnershipId_kind: { partnershipId, kind } },
      select: { seats: { orderBy: { sortOrder: "asc" }, select: { id: true, title: true, party: { select: { name: true } } } } },
    }),
    prisma.thematicArea.findMany({ where: { partnershipId }, orderBy: [{ focusArea: "asc" }, { sortOrder: "asc" }], select: { id: true, name: true } }),
  ]);
  return {
    people: people.map((person) => ({ id: person.id, label: `${person.name}${person.title ? `, ${person.title}` : ""} (${person.party?.name ?? ""})` })),
    seats: (group?.seats ?? []).map((seat) => ({ id: seat.id, label: `${seat.title} (${seat.party.name})` })),
    thematicAreas: thematicAreas.map((area) => ({ id: area.id, label: area.name })),
  };
}

/** Every current breach and vacancy of the partnership's groups. */
export async function findCompositionFindings(partnershipId: string, today: Date = new Date()): Promise<Finding[]> {
  const prisma = await db();
  return evaluateComposition(await loadCompositionSnapshot(prisma, partnershipId, dayOf(today)));
}
