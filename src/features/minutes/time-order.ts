import { stockholmDay } from "@/lib/stockholm-day";

/**
 * Time order (issue #19, item 1): a decision acts only on what existed when its meeting was held.
 * A proposal is put forward by a working-group meeting held on or after its submission and decided
 * by a steering-group meeting held on or after the meeting that put it forward; a plan is proposed
 * by a meeting held on or after the plan was made and adopted on or after it was proposed; a later
 * decision (continuing, closing, following up) comes from a meeting on or after the one it follows.
 *
 * Meetings are dated by their day, as minutes are: a meeting counts as held on or after something
 * when its Swedish calendar day is that thing's day or later, so a matter submitted in the morning
 * can be taken up at that afternoon's meeting, and the same meeting may both put forward and decide.
 */
export function heldInTimeOrder(meetingStartsAt: Date, existedFrom: Date | null): boolean {
  if (!existedFrom) return true;
  return stockholmDay(meetingStartsAt).getTime() >= stockholmDay(existedFrom).getTime();
}

/** The decisions that may act on something that came to be at `existedFrom`, in their order. */
export function decisionsInTimeOrder<D extends { meeting: { startsAt: Date } }>(decisions: readonly D[], existedFrom: Date | null): D[] {
  return decisions.filter((decision) => heldInTimeOrder(decision.meeting.startsAt, existedFrom));
}
