import type { Party, Prisma } from "@/generated/prisma/client";
import type { FocusArea, GroupKind, GroupRole, PartyType, UnitKind } from "@/generated/prisma/enums";
import type { Role } from "@/lib/roles";
import { organisationFor } from "@/features/partnership/organisations";
import { grantAccess } from "@/server/auth/accounts";

/**
 * What every demo partnership is built of, whatever its story: the two parties and their units,
 * the thematic areas, the two groups with the steering group's seats, the people (with sign-ins
 * for those who have a demo account) and their memberships. Each demo partnership gives its own
 * data; the rows are written in the order given, as the demo's tests and e2e specs expect.
 */

export type UnitSeed = { key: string; party: PartyType; kind: UnitKind; name: string; nameEn: string };
export type AreaSeed = { key: string; focusArea: FocusArea; name: string; nameEn: string; description: string };
export type PersonSeed = { key: string; name: string; email?: string; title: string; party: PartyType; unit: string };
export type SeatSeed = { key: string; party: PartyType; title: string };
/** Days as YYYY-MM-DD; `areas` and `seat` name keys of the areas and seats. */
export type MembershipSeed = { group: GroupKind; person: string; role: GroupRole; start: string; end?: string; areas?: string[]; seat?: string };
export type DemoAccountSeed = { email: string; role: Role; person: string };

export type PartnershipSkeleton = {
  parties: Record<PartyType, { name: string; organisationNumber: string }>;
  units: readonly UnitSeed[];
  thematicAreas: readonly AreaSeed[];
  meetingsPerYear: Record<GroupKind, number>;
  steeringGroupSeats: readonly SeatSeed[];
  people: readonly PersonSeed[];
  /** Sign-ins, by the person's name; an account that exists already (same e-mail) gets another participation. */
  accounts: readonly DemoAccountSeed[];
  passwordHash: string;
  memberships: readonly MembershipSeed[];
};

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/** Called inside the demo partnership's transaction, right after the partnership is created. */
export async function seedPartnershipSkeleton(
  tx: Prisma.TransactionClient,
  partnershipId: string,
  skeleton: PartnershipSkeleton,
): Promise<{ parties: Record<PartyType, Party> }> {
  const party = async (type: PartyType) => {
    const { name, organisationNumber } = skeleton.parties[type];
    return tx.party.create({
      data: { partnershipId, type, name, organisationNumber, organisationId: (await organisationFor(tx, { type, name, organisationNumber })).id },
    });
  };
  const parties = { MUNICIPALITY: await party("MUNICIPALITY"), UNIVERSITY: await party("UNIVERSITY") };

  const units = new Map<string, string>();
  for (const unit of skeleton.units) {
    const created = await tx.organisationalUnit.create({ data: { partyId: parties[unit.party].id, kind: unit.kind, name: unit.name, nameEn: unit.nameEn } });
    units.set(unit.key, created.id);
  }

  const areas = new Map<string, string>();
  for (const [index, area] of skeleton.thematicAreas.entries()) {
    const created = await tx.thematicArea.create({
      data: { partnershipId, focusArea: area.focusArea, name: area.name, nameEn: area.nameEn, description: area.description, sortOrder: index },
    });
    areas.set(area.key, created.id);
  }

  const groups = {
    STEERING_GROUP: await tx.group.create({ data: { partnershipId, kind: "STEERING_GROUP", meetingsPerYear: skeleton.meetingsPerYear.STEERING_GROUP } }),
    WORKING_GROUP: await tx.group.create({ data: { partnershipId, kind: "WORKING_GROUP", meetingsPerYear: skeleton.meetingsPerYear.WORKING_GROUP } }),
  };
  const seats = new Map<string, string>();
  for (const [index, seat] of skeleton.steeringGroupSeats.entries()) {
    const created = await tx.seat.create({ data: { groupId: groups.STEERING_GROUP.id, partyId: parties[seat.party].id, title: seat.title, sortOrder: index } });
    seats.set(seat.key, created.id);
  }

  const accountByPerson = new Map(skeleton.accounts.map((account) => [account.person, account]));
  const people = new Map<string, { id: string; party: PartyType }>();
  for (const person of skeleton.people) {
    const account = accountByPerson.get(person.name);
    const email = account?.email ?? person.email ?? null;
    const created = await tx.person.create({
      data: { partnershipId, name: person.name, email, title: person.title, partyId: parties[person.party].id, unitId: units.get(person.unit) ?? null },
    });
    // The same account as in another partnership when the e-mail is the same: grantAccess finds it.
    if (account) {
      await grantAccess(tx, { partnershipId, personId: created.id, email: account.email, name: person.name, roles: [account.role], passwordHash: skeleton.passwordHash });
    }
    people.set(person.key, { id: created.id, party: person.party });
  }

  for (const membership of skeleton.memberships) {
    const person = people.get(membership.person);
    if (!person) throw new Error(`Demo data: unknown person ${membership.person}`);
    await tx.membership.create({
      data: {
        groupId: groups[membership.group].id,
        personId: person.id,
        partyId: parties[person.party].id,
        role: membership.role,
        seatId: membership.seat ? (seats.get(membership.seat) ?? null) : null,
        startDate: day(membership.start),
        endDate: membership.end ? day(membership.end) : null,
        thematicAreas: { create: (membership.areas ?? []).map((key) => ({ thematicAreaId: areas.get(key)! })) },
      },
    });
  }

  return { parties };
}
