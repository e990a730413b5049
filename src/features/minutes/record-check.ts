import type { Prisma } from "@/generated/prisma/client";
import { heldInTimeOrder } from "./time-order";

type Reader = Pick<Prisma.TransactionClient, "proposal" | "activityPlan" | "minutes">;

/** One thing in the record that breaks a rule of issue #19, for an administrator to look at. */
export type RecordViolation = {
  rule: "putForwardBeforeSubmission" | "decidedBeforePutForward" | "planProposedBeforeCreated" | "planAdoptedBeforeProposed" | "planClosedBeforeAdopted" | "secretaryAdjusts";
  /** What it is about, as a person would find it: a proposal's title, a plan's year, a meeting's title. */
  subject: string;
  id: string;
};

const meeting = { select: { title: true, startsAt: true } } as const;
const decisionMeeting = { select: { meeting } } as const;

/**
 * The record as it is, checked against the rules the actions now apply (time order, justering by
 * others). Data that breaks them is listed, never rewritten: a decision in approved minutes is
 * history, and correcting it goes through a rättelse.
 */
export async function findRecordViolations(reader: Reader, partnershipId: string): Promise<RecordViolation[]> {
  const violations: RecordViolation[] = [];
  const proposals = await reader.proposal.findMany({
    where: { partnershipId, OR: [{ putForwardDecisionId: { not: null } }, { decisionId: { not: null } }] },
    select: { id: true, title: true, submittedAt: true, putForwardMeeting: meeting, decision: decisionMeeting },
  });
  for (const proposal of proposals) {
    if (proposal.putForwardMeeting && !heldInTimeOrder(proposal.putForwardMeeting.startsAt, proposal.submittedAt)) {
      violations.push({ rule: "putForwardBeforeSubmission", subject: proposal.title, id: proposal.id });
    }
    if (proposal.decision && !heldInTimeOrder(proposal.decision.meeting.startsAt, proposal.putForwardMeeting?.startsAt ?? null)) {
      violations.push({ rule: "decidedBeforePutForward", subject: proposal.title, id: proposal.id });
    }
  }
  const plans = await reader.activityPlan.findMany({
    where: { partnershipId },
    select: { id: true, year: true, createdAt: true, proposedByDecision: decisionMeeting, adoptedByDecision: decisionMeeting, closedByDecision: decisionMeeting },
  });
  for (const plan of plans) {
    const [proposed, adopted, closed] = [plan.proposedByDecision?.meeting.startsAt ?? null, plan.adoptedByDecision?.meeting.startsAt ?? null, plan.closedByDecision?.meeting.startsAt ?? null];
    const subject = String(plan.year);
    if (proposed && !heldInTimeOrder(proposed, plan.createdAt)) violations.push({ rule: "planProposedBeforeCreated", subject, id: plan.id });
    if (adopted && !heldInTimeOrder(adopted, proposed)) violations.push({ rule: "planAdoptedBeforeProposed", subject, id: plan.id });
    if (closed && !heldInTimeOrder(closed, adopted)) violations.push({ rule: "planClosedBeforeAdopted", subject, id: plan.id });
  }
  const minutes = await reader.minutes.findMany({
    where: { meeting: { group: { partnershipId } }, secretaryPersonId: { not: null } },
    select: { id: true, secretaryPersonId: true, meeting: { select: { title: true } }, adjusters: { select: { personId: true } } },
  });
  for (const row of minutes) {
    if (row.adjusters.some((adjuster) => adjuster.personId === row.secretaryPersonId)) violations.push({ rule: "secretaryAdjusts", subject: row.meeting.title, id: row.id });
  }
  return violations;
}
