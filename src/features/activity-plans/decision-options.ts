import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { decisionsInTimeOrder } from "@/features/minutes/time-order";
import { closingCycles, planningCycles } from "./plan-decision-rules";

/** A decision a lifecycle form offers: § number, title, meeting and date, and whether its minutes are still a draft. */
export type DecisionOption = { id: string; number: number; title: string; meetingTitle: string; startsAt: Date; minutesApproved: boolean };

type Step = "propose" | "adopt" | "close";

/**
 * The decisions that qualify for a step of one plan, as the rules in plan-decision-rules would
 * accept them (the server checks the chosen one again): right group and subject, a held meeting of
 * the right years, minutes not replaced, not already used for the same step by another plan, and
 * for adoption prepared by the meeting that proposed the plan; in time order after what the step acts on.
 */
export async function findDecisionOptions(
  partnershipId: string,
  plan: { id: string; year: number; proposingMeetingId: string | null; createdAt: Date; proposingMeetingStartsAt: Date | null; adoptingMeetingStartsAt: Date | null },
  step: Step,
): Promise<DecisionOption[]> {
  if (step === "adopt" && !plan.proposingMeetingId) return [];
  const prisma = await db();
  const usedBy: Prisma.DecisionWhereInput =
    step === "propose" ? { plansProposed: { none: { NOT: { id: plan.id } } } } : step === "adopt" ? { plansAdopted: { none: { NOT: { id: plan.id } } } } : { plansClosed: { none: { NOT: { id: plan.id } } } };
  const rows = await prisma.decision.findMany({
    where: {
      subject: step === "close" ? "FOLLOW_UP" : "ACTIVITY_PLAN",
      meeting: {
        status: "HELD",
        cycleYear: { in: step === "close" ? closingCycles(plan.year) : planningCycles(plan.year) },
        group: { partnershipId, kind: step === "propose" ? "WORKING_GROUP" : "STEERING_GROUP" },
      },
      ...(step === "adopt" ? { preparedByMeetingId: plan.proposingMeetingId } : {}),
      // Minutes replaced by an approved correction no longer speak for the meeting.
      NOT: { minutes: { status: "APPROVED", correctedBy: { status: "APPROVED" } } },
      ...usedBy,
    },
    orderBy: [{ meeting: { startsAt: "asc" } }, { number: "asc" }],
    select: { id: true, number: true, title: true, minutes: { select: { status: true } }, meeting: { select: { title: true, startsAt: true } } },
  });
  const existedFrom = step === "propose" ? plan.createdAt : step === "adopt" ? plan.proposingMeetingStartsAt : plan.adoptingMeetingStartsAt;
  return decisionsInTimeOrder(rows, existedFrom).map((row) => ({ id: row.id, number: row.number, title: row.title, meetingTitle: row.meeting.title, startsAt: row.meeting.startsAt, minutesApproved: row.minutes.status === "APPROVED" }));
}
