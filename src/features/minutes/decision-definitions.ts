import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition, TransactionClient } from "@/server/actions/form-action";
import { bumpVersion, draftForEdit, loadPreparingMeeting, refuse, type MinutesForChange } from "./minutes-context";
import { preparationRefusal } from "./preparation";
import { addDecisionSchema, editDecisionSchema, removeDecisionSchema, type DecisionInput } from "./schemas";

type DecisionResult = { decisionId: string; number: number; minutesId: string; meetingId: string };

/**
 * Checks what a decision refers to: the agenda item is one of the meeting's, and the preparing
 * meeting follows the order of the year (a steering-group decision on priority areas or the
 * activity plan names the held working-group meeting of the same cycle that put it forward).
 */
async function checkDecision(tx: TransactionClient, context: MinutesForChange, input: DecisionInput): Promise<void> {
  if (input.agendaItemId) {
    const item = await tx.agendaItem.findFirst({ where: { id: input.agendaItemId, meetingId: context.meeting.id }, select: { id: true } });
    if (!item) throw new ActionError("errors.validation", { agendaItemId: ["validation.invalid"] });
  }
  const preparing = input.preparedByMeetingId ? await loadPreparingMeeting(tx, input.preparedByMeetingId) : null;
  const refusal = preparationRefusal(
    {
      partnershipId: context.meeting.group.partnershipId,
      meetingId: context.meeting.id,
      groupKind: context.meeting.group.kind,
      cycleYear: context.meeting.cycleYear,
      subject: input.subject,
    },
    input.preparedByMeetingId,
    preparing,
  );
  if (refusal) refuse(`preparation.${refusal}`, "preparedByMeetingId", { year: String(context.meeting.cycleYear) });
}

function decisionAuditView(decision: { number: number; title: string; text: string; subject: string; agendaItemId: string | null; preparedByMeetingId: string | null }) {
  return {
    number: decision.number,
    title: decision.title,
    text: decision.text,
    subject: decision.subject,
    agendaItemId: decision.agendaItemId,
    preparedByMeetingId: decision.preparedByMeetingId,
  };
}

/**
 * A decision (beslut) in the draft, numbered § 1, § 2 … in order of creation. The number is the
 * highest so far plus one, taken while the minutes' row is locked; the unique (minutes, number)
 * constraint guards it as well.
 */
export const addDecision: FormActionDefinition<typeof addDecisionSchema, DecisionResult> = {
  schema: addDecisionSchema,
  permission: "partnership:view",
  successMessage: "minutes.decisionAdded",
  onConflict: { field: "decisionTitle", message: "minutes.refusals.numberTaken" },
  async run({ input, actor, tx }) {
    const context = await draftForEdit(tx, actor, input.minutesId, input.version);
    await checkDecision(tx, context, input);
    const last = await tx.decision.aggregate({ where: { minutesId: context.minutes.id }, _max: { number: true } });
    const decision = await tx.decision.create({
      data: {
        minutesId: context.minutes.id,
        meetingId: context.meeting.id,
        number: (last._max.number ?? 0) + 1,
        title: input.decisionTitle,
        text: input.decisionText,
        subject: input.subject,
        agendaItemId: input.agendaItemId,
        preparedByMeetingId: input.preparedByMeetingId,
      },
    });
    await bumpVersion(tx, context.minutes.id, input.version);
    return {
      audit: {
        action: "minutes.decision_added",
        entityType: "Decision",
        entityId: decision.id,
        data: { minutesId: context.minutes.id, meetingId: context.meeting.id, after: decisionAuditView(decision) },
      },
      result: { decisionId: decision.id, number: decision.number, minutesId: context.minutes.id, meetingId: context.meeting.id },
    };
  },
};

/**
 * What rests on a decision: proposals put forward or decided by it, priority areas decided,
 * continued or closed by it, activity plans proposed, adopted or closed by it. Their titles (and the
 * plans' years) name them in the refusal, so the secretary knows what to look at.
 */
async function dependentsOf(tx: TransactionClient, decisionId: string): Promise<{ names: string[]; planYears: number[] }> {
  const [proposals, areas, years, plans] = [
    await tx.proposal.findMany({ where: { OR: [{ decisionId }, { putForwardDecisionId: decisionId }] }, select: { title: true } }),
    await tx.priorityArea.findMany({ where: { OR: [{ decisionId }, { closedByDecisionId: decisionId }] }, select: { title: true } }),
    await tx.priorityAreaYear.findMany({ where: { decisionId }, select: { priorityArea: { select: { title: true } } } }),
    await tx.activityPlan.findMany({ where: { OR: [{ proposedByDecisionId: decisionId }, { adoptedByDecisionId: decisionId }, { closedByDecisionId: decisionId }] }, select: { year: true } }),
  ];
  const names = [...new Set([...proposals.map((row) => row.title), ...areas.map((row) => row.title), ...years.map((row) => row.priorityArea.title)])];
  return { names, planYears: [...new Set(plans.map((plan) => plan.year))].sort() };
}

/** Refuses a change that would pull the ground from under what rests on the decision, naming it. */
async function refuseWhileInUse(tx: TransactionClient, decisionId: string, key: "decisionInUse" | "decisionSubjectInUse"): Promise<void> {
  const { names, planYears } = await dependentsOf(tx, decisionId);
  if (names.length === 0 && planYears.length === 0) return;
  const message = `minutes.refusals.${key}`;
  throw new ActionError(message, key === "decisionSubjectInUse" ? { subject: [message] } : {}, {
    names: names.map((name) => `”${name}”`).join(", ") || "–",
    plans: planYears.join(", ") || "none",
  });
}

async function decisionOf(tx: TransactionClient, minutesId: string, decisionId: string) {
  const decision = await tx.decision.findFirst({ where: { id: decisionId, minutesId } });
  if (!decision) throw new ActionError("errors.notFound");
  return decision;
}

/**
 * Its wording, subject, agenda item or preparing meeting; the number stays. While something rests
 * on the decision (a proposal, a priority area, a plan) its subject and preparing meeting stay too:
 * those are what made it the right decision for them. Its wording may still be corrected in the
 * draft; what rests on it shows the decision as it now reads.
 */
export const editDecision: FormActionDefinition<typeof editDecisionSchema, DecisionResult> = {
  schema: editDecisionSchema,
  permission: "partnership:view",
  successMessage: "minutes.decisionSaved",
  async run({ input, actor, tx }) {
    const context = await draftForEdit(tx, actor, input.minutesId, input.version);
    const decision = await decisionOf(tx, context.minutes.id, input.decisionId);
    if (input.subject !== decision.subject || input.preparedByMeetingId !== decision.preparedByMeetingId) {
      await refuseWhileInUse(tx, decision.id, "decisionSubjectInUse");
    }
    await checkDecision(tx, context, input);
    const updated = await tx.decision.update({
      where: { id: decision.id },
      data: {
        title: input.decisionTitle,
        text: input.decisionText,
        subject: input.subject,
        agendaItemId: input.agendaItemId,
        preparedByMeetingId: input.preparedByMeetingId,
      },
    });
    await bumpVersion(tx, context.minutes.id, input.version);
    return {
      audit: {
        action: "minutes.decision_edited",
        entityType: "Decision",
        entityId: decision.id,
        data: { minutesId: context.minutes.id, meetingId: context.meeting.id, before: decisionAuditView(decision), after: decisionAuditView(updated) },
      },
      result: { decisionId: decision.id, number: decision.number, minutesId: context.minutes.id, meetingId: context.meeting.id },
    };
  },
};

/**
 * Removes a decision from the draft. The later ones move up one number, so the minutes read § 1,
 * § 2, … without a gap: numbers are final only once the minutes are approved.
 */
export const removeDecision: FormActionDefinition<typeof removeDecisionSchema, DecisionResult> = {
  schema: removeDecisionSchema,
  permission: "partnership:view",
  successMessage: "minutes.decisionRemoved",
  async run({ input, actor, tx }) {
    const context = await draftForEdit(tx, actor, input.minutesId, input.version);
    const decision = await decisionOf(tx, context.minutes.id, input.decisionId);
    // Proposals, priority areas and plans may already rest on this decision; it stays until they are gone.
    await refuseWhileInUse(tx, decision.id, "decisionInUse");
    await tx.decision.delete({ where: { id: decision.id } });
    const later = await tx.decision.findMany({ where: { minutesId: context.minutes.id, number: { gt: decision.number } }, orderBy: { number: "asc" }, select: { id: true, number: true } });
    // In ascending order, each moves into the number just freed: the unique constraint holds throughout.
    for (const next of later) await tx.decision.update({ where: { id: next.id }, data: { number: next.number - 1 } });
    await bumpVersion(tx, context.minutes.id, input.version);
    return {
      audit: {
        action: "minutes.decision_removed",
        entityType: "Decision",
        entityId: decision.id,
        data: { minutesId: context.minutes.id, meetingId: context.meeting.id, before: decisionAuditView(decision), renumbered: later.length },
      },
      result: { decisionId: decision.id, number: decision.number, minutesId: context.minutes.id, meetingId: context.meeting.id },
    };
  },
};
