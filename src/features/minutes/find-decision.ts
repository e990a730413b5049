import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { MinutesStatus } from "./justering";
import type { DecisionSubject, GroupKind } from "./preparation";

export type FoundDecision = {
  id: string;
  /** The § number within its minutes. */
  number: number;
  title: string;
  text: string;
  subject: DecisionSubject;
  createdAt: Date;
  meeting: {
    id: string;
    title: string;
    startsAt: Date;
    status: "PLANNED" | "HELD" | "CANCELLED";
    cycleYear: number;
    groupId: string;
    groupKind: GroupKind;
    partnershipId: string;
  };
  groupKind: GroupKind;
  cycleYear: number;
  minutes: {
    id: string;
    status: MinutesStatus;
    approvedAt: Date | null;
    correctsId: string | null;
    /** Approved and not replaced by an approved correction: the decision stands. */
    inForce: boolean;
  };
  /** The held working-group meeting that put the matter forward (steering-group decisions on priority areas and the activity plan). */
  preparedByMeeting: { id: string; title: string; startsAt: Date; cycleYear: number; groupKind: GroupKind } | null;
};

type Reader = Pick<Prisma.TransactionClient, "decision">;

/**
 * One decision with what later steps (priority areas, activity plan, follow-up) need to rely on
 * it: its meeting, group kind, cycle, § number, the state of its minutes and the preparing meeting.
 * No access check: callers check the partnership (`meeting.partnershipId`) and who may see it.
 * Pass the transaction to read it inside an action.
 */
export async function findDecision(decisionId: string, reader?: Reader): Promise<FoundDecision | null> {
  const client = reader ?? (await db());
  const decision = await client.decision.findUnique({
    where: { id: decisionId },
    select: {
      id: true,
      number: true,
      title: true,
      text: true,
      subject: true,
      createdAt: true,
      meeting: { select: { id: true, title: true, startsAt: true, status: true, cycleYear: true, groupId: true, group: { select: { kind: true, partnershipId: true } } } },
      minutes: { select: { id: true, status: true, approvedAt: true, correctsId: true, correctedBy: { select: { status: true } } } },
      preparedByMeeting: { select: { id: true, title: true, startsAt: true, cycleYear: true, group: { select: { kind: true } } } },
    },
  });
  if (!decision) return null;
  const { meeting, minutes, preparedByMeeting } = decision;
  return {
    id: decision.id,
    number: decision.number,
    title: decision.title,
    text: decision.text,
    subject: decision.subject,
    createdAt: decision.createdAt,
    meeting: {
      id: meeting.id,
      title: meeting.title,
      startsAt: meeting.startsAt,
      status: meeting.status,
      cycleYear: meeting.cycleYear,
      groupId: meeting.groupId,
      groupKind: meeting.group.kind,
      partnershipId: meeting.group.partnershipId,
    },
    groupKind: meeting.group.kind,
    cycleYear: meeting.cycleYear,
    minutes: {
      id: minutes.id,
      status: minutes.status,
      approvedAt: minutes.approvedAt,
      correctsId: minutes.correctsId,
      inForce: minutes.status === "APPROVED" && minutes.correctedBy?.status !== "APPROVED",
    },
    preparedByMeeting: preparedByMeeting
      ? { id: preparedByMeeting.id, title: preparedByMeeting.title, startsAt: preparedByMeeting.startsAt, cycleYear: preparedByMeeting.cycleYear, groupKind: preparedByMeeting.group.kind }
      : null,
  };
}
