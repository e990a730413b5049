import "server-only";
import type { TransactionClient } from "@/server/actions/form-action";
import { ActionError } from "@/server/actions/action-error";
import { stockholmDay } from "@/lib/stockholm-day";
import { judgeChange, type CompositionSnapshot, type Finding } from "./composition";

/** The Swedish calendar day of an instant, as the database stores membership dates (UTC midnight). */
export function dayOf(date: Date): Date {
  return stockholmDay(date);
}

/** The composition of both groups of a partnership on one day, read inside the caller's transaction. */
export async function loadCompositionSnapshot(
  tx: TransactionClient,
  partnershipId: string,
  onDay: Date = dayOf(new Date()),
): Promise<CompositionSnapshot> {
  // One after the other: inside an interactive transaction all queries share one connection.
  const groups = await tx.group.findMany({
      where: { partnershipId },
      select: {
        id: true,
        kind: true,
        seats: { orderBy: { sortOrder: "asc" }, select: { id: true, title: true, party: { select: { name: true } } } },
        memberships: {
          where: { startDate: { lte: onDay }, OR: [{ endDate: null }, { endDate: { gte: onDay } }] },
          select: {
            id: true,
            role: true,
            seatId: true,
            person: { select: { id: true, name: true } },
            party: { select: { type: true } },
            thematicAreas: { select: { thematicAreaId: true } },
          },
        },
      },
  });
  const thematicAreas = await tx.thematicArea.findMany({
    where: { partnershipId },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
  return {
    thematicAreas: thematicAreas.map((area) => ({ thematicAreaId: area.id, name: area.name })),
    seats: groups.flatMap((group) =>
      group.seats.map((seat) => ({ seatId: seat.id, groupId: group.id, title: seat.title, partyName: seat.party.name })),
    ),
    groups: groups.map((group) => ({
      groupId: group.id,
      kind: group.kind,
      members: group.memberships.map((membership) => ({
        membershipId: membership.id,
        personId: membership.person.id,
        personName: membership.person.name,
        partyType: membership.party.type,
        role: membership.role,
        seatId: membership.seatId,
        thematicAreaIds: membership.thematicAreas.map((link) => link.thematicAreaId),
      })),
    })),
  };
}

export function nextDay(day: Date): Date {
  return new Date(day.getTime() + 24 * 60 * 60 * 1000);
}

/**
 * Runs a membership change inside the caller's transaction and judges it against the agreement's
 * composition rules, comparing the composition before and after on the day the change takes
 * effect. A change that newly breaks a refusing rule throws an ActionError, which rolls the
 * transaction back; otherwise the new vacancies come back as warnings for the user to see.
 *
 * End dates are inclusive (a membership ending today still counts today), so by default the change
 * is judged on tomorrow; a membership that starts later is judged on its start date.
 */
export async function changeComposition(
  tx: TransactionClient,
  partnershipId: string,
  change: () => Promise<void>,
  effectiveDay: Date = nextDay(dayOf(new Date())),
): Promise<Finding[]> {
  const day = dayOf(effectiveDay);
  const before = await loadCompositionSnapshot(tx, partnershipId, day);
  await change();
  const after = await loadCompositionSnapshot(tx, partnershipId, day);
  const verdict = judgeChange(before, after);
  if (!verdict.accepted) {
    const first = verdict.refusals[0]!;
    throw new ActionError(`membership.refusals.${first.rule}`, {}, { group: "groupKind" in first ? first.groupKind : "" });
  }
  return verdict.newWarnings;
}
