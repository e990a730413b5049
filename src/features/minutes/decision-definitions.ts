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

async function decisionOf(tx: TransactionClient, minutesId: string, decisionId: string) {
  const decision = await tx.decision.findFirst({ where: { id: decisionId, minutesId } });
  if (!decision) throw new ActionError("errors.notFound");
  return decision;
}

/** Its wording, subject, agenda item or preparing meeting; the number stays. */
export const editDecision: FormActionDefinition<typeof editDecisionSchema, DecisionResult> = {
  schema: editDecisionSchema,
  permission: "partnership:view",
  successMessage: "minutes.decisionSaved",
  async run({ input, actor, tx }) {
    const context = await draftForEdit(tx, actor, input.minutesId, input.version);
    const decision = await decisionOf(tx, context.minutes.id, input.decisionId);
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
    // Proposals and priority areas may already rest on this decision; it stays until they are gone.
    const [proposals, areas, years] = [
      await tx.proposal.count({ where: { OR: [{ decisionId: decision.id }, { putForwardDecisionId: decision.id }] } }),
      await tx.priorityArea.count({ where: { OR: [{ decisionId: decision.id }, { closedByDecisionId: decision.id }] } }),
      await tx.priorityAreaYear.count({ where: { decisionId: decision.id } }),
    ];
    if (proposals + areas + years > 0) throw new ActionError("minutes.refusals.decisionInUse");
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
