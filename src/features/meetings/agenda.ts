/**
 * The agenda (dagordning) as the meeting page shows it: items in order, each with the time it
 * starts when the items before it keep to their durations. Pure, so the page and the notice mail
 * compute the same schedule.
 */

export const AGENDA_ITEM_TYPES = ["INFORMATION", "DISCUSSION", "DECISION"] as const;
export type AgendaItemType = (typeof AGENDA_ITEM_TYPES)[number];

export const MAX_AGENDA_ITEM_MINUTES = 1440;

const MINUTE_MS = 60 * 1000;

export type AgendaSchedule<Item> = {
  items: (Item & {
    /** When the item starts; null once an earlier item has no duration (the time is then unknown). */
    startsAt: Date | null;
  })[];
  /** The sum of the durations given. */
  totalMinutes: number;
  /** Every item has a duration, so the agenda's end is known. */
  complete: boolean;
  /** When the agenda ends, if complete. */
  endsAt: Date | null;
  /** How many minutes the agenda runs past the meeting's end (0 when it fits or is incomplete). */
  overrunMinutes: number;
};

export function agendaSchedule<Item extends { durationMinutes: number | null }>(
  meeting: { startsAt: Date; endsAt: Date },
  items: readonly Item[],
): AgendaSchedule<Item> {
  let offset: number | null = 0;
  let totalMinutes = 0;
  const scheduled = items.map((item) => {
    const startsAt = offset === null ? null : new Date(meeting.startsAt.getTime() + offset * MINUTE_MS);
    if (item.durationMinutes === null) offset = null;
    else {
      totalMinutes += item.durationMinutes;
      if (offset !== null) offset += item.durationMinutes;
    }
    return { ...item, startsAt };
  });
  const complete = items.every((item) => item.durationMinutes !== null);
  const endsAt = complete ? new Date(meeting.startsAt.getTime() + totalMinutes * MINUTE_MS) : null;
  const overrunMinutes = endsAt && endsAt > meeting.endsAt ? Math.round((endsAt.getTime() - meeting.endsAt.getTime()) / MINUTE_MS) : 0;
  return { items: scheduled, totalMinutes, complete, endsAt, overrunMinutes };
}

export type MoveDirection = "up" | "down";

/**
 * The agenda's item ids in their new order after moving one item a step up or down, or null when
 * it cannot move that way (first item up, last item down, unknown item).
 */
export function movedOrder(ids: readonly string[], itemId: string, direction: MoveDirection): string[] | null {
  const index = ids.indexOf(itemId);
  if (index < 0) return null;
  const target = direction === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= ids.length) return null;
  const order = [...ids];
  [order[index], order[target]] = [order[target]!, order[index]!];
  return order;
}

/** Positions 1…n for items in the given order: the updates that renumber an agenda, minus unchanged rows. */
export function renumbered(current: readonly { id: string; position: number }[], order: readonly string[]): { id: string; position: number }[] {
  const positions = new Map(current.map((item) => [item.id, item.position]));
  return order.map((id, index) => ({ id, position: index + 1 })).filter((item) => positions.get(item.id) !== item.position);
}
