import type { Prisma } from "@/generated/prisma/client";
import { countsAsAdopted, decisionState, type DecisionState } from "@/features/minutes/decision-state";

/**
 * A decision as the plan's pages show and link it: § number, title, the meeting (with its group)
 * and whether its minutes are in force. Pages link the decision to the meeting's minutes and the
 * meeting to its page, as the priority areas' register does.
 */
export type DecisionRef = {
  id: string;
  number: number;
  title: string;
  meeting: { id: string; title: string; startsAt: Date; groupKind: "STEERING_GROUP" | "WORKING_GROUP" };
  /** Approved and not replaced by an approved correction. */
  inForce: boolean;
  /** The same, as every page says it (minutes/decision-state). */
  state: DecisionState;
};

export const DECISION_REF_SELECT = {
  id: true,
  number: true,
  title: true,
  meeting: { select: { id: true, title: true, startsAt: true, group: { select: { kind: true } } } },
  minutes: { select: { status: true, correctedBy: { select: { status: true } } } },
} as const satisfies Prisma.DecisionSelect;

type DecisionRow = Prisma.DecisionGetPayload<{ select: typeof DECISION_REF_SELECT }>;

export function toDecisionRef(row: DecisionRow): DecisionRef;
export function toDecisionRef(row: DecisionRow | null): DecisionRef | null;
export function toDecisionRef(row: DecisionRow | null): DecisionRef | null {
  if (!row) return null;
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    meeting: { id: row.meeting.id, title: row.meeting.title, startsAt: row.meeting.startsAt, groupKind: row.meeting.group.kind },
    inForce: countsAsAdopted(row.minutes),
    state: decisionState(row.minutes),
  };
}
