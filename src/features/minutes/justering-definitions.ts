import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition, TransactionClient } from "@/server/actions/form-action";
import { queueMail } from "@/server/mail/outbox";
import { appOrigin } from "@/server/public-origin";
import {
  adjustersRefusal,
  approvalRefusal,
  approve,
  correctionRefusal,
  editRefusal,
  returnToDraftRefusal,
  sendForAdjustmentRefusal,
  signatories,
} from "./justering";
import { justeringMail } from "./justering-mail";
import { mayAppointAdjusters } from "./minutes-access";
import { bumpVersion, lockMeeting, minutesForChange, presentPersonIds, refuse, requireManager, requireVersion } from "./minutes-context";
import { appointAdjustersSchema, approveMinutesSchema, returnToDraftSchema, sendForAdjustmentSchema, startCorrectionSchema } from "./schemas";

type MinutesResult = { minutesId: string; meetingId: string };

async function namesOf(tx: TransactionClient, personIds: readonly string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const people = await tx.person.findMany({ where: { id: { in: [...personIds] } }, select: { id: true, name: true } });
  const byId = new Map(people.map((person) => [person.id, person.name]));
  return personIds.map((id) => byId.get(id) ?? id);
}

/**
 * The chair appoints one or two adjusters (justerare) among those present; an administrator may
 * record the chair's choice. While the minutes are a draft; appointing again replaces the choice.
 */
export const appointAdjusters: FormActionDefinition<typeof appointAdjustersSchema, MinutesResult> = {
  schema: appointAdjustersSchema,
  permission: "partnership:view",
  successMessage: "minutes.adjustersAppointed",
  async run({ input, actor, tx }) {
    const context = await minutesForChange(tx, actor, input.minutesId);
    if (!mayAppointAdjusters(context.viewer, context.minutes)) throw new ActionError("errors.forbidden");
    const edit = editRefusal(context.minutes.status);
    if (edit) refuse(edit);
    requireVersion(context, input.version);
    const refusal = adjustersRefusal(context.minutes, input.adjusterIds, await presentPersonIds(tx, context.meeting.id));
    if (refusal) refuse(refusal, refusal === "chairMissing" ? undefined : "adjusterIds");

    await tx.minutesAdjuster.deleteMany({ where: { minutesId: context.minutes.id } });
    await tx.minutesAdjuster.createMany({ data: input.adjusterIds.map((personId) => ({ minutesId: context.minutes.id, personId })) });
    await bumpVersion(tx, context.minutes.id, input.version);
    return {
      audit: {
        action: "minutes.adjusters_appointed",
        entityType: "Minutes",
        entityId: context.minutes.id,
        data: {
          meetingId: context.meeting.id,
          before: { adjusters: await namesOf(tx, context.state.adjusterIds) },
          after: { adjusters: await namesOf(tx, input.adjusterIds) },
          onBehalfOfChair: context.minutes.chairPersonId !== actor.personId,
        },
      },
      result: { minutesId: context.minutes.id, meetingId: context.meeting.id },
    };
  },
};

/**
 * The secretary sends the draft for justering: it is no longer edited, and the chair and the
 * adjusters are mailed a link to approve it (queued in this transaction).
 */
export const sendForAdjustment: FormActionDefinition<typeof sendForAdjustmentSchema, MinutesResult & { mailed: number }> = {
  schema: sendForAdjustmentSchema,
  permission: "partnership:view",
  successMessage: "minutes.sentForAdjustment",
  // The message says mail went out only when some was queued (a signatory may have no address).
  successMessageValues: (result) => ({ mailed: result.mailed }),
  async run({ input, actor, tx }) {
    const context = await minutesForChange(tx, actor, input.minutesId);
    requireManager(context.viewer, context.meeting.groupId);
    const edit = editRefusal(context.minutes.status);
    if (edit) refuse(edit);
    requireVersion(context, input.version);
    const refusal = sendForAdjustmentRefusal(context.state, await presentPersonIds(tx, context.meeting.id));
    if (refusal) refuse(refusal);

    const { count } = await tx.minutes.updateMany({
      where: { id: context.minutes.id, version: input.version, status: "DRAFT" },
      data: { status: "IN_ADJUSTMENT", version: { increment: 1 } },
    });
    if (count === 0) refuse("stale");
    const signing = signatories(context.state);
    const people = await tx.person.findMany({ where: { id: { in: signing.map((s) => s.personId) } }, select: { id: true, name: true, email: true } });
    const byId = new Map(people.map((person) => [person.id, person]));
    const mailed = await queueMail(
      tx,
      justeringMail({
        partnershipId: actor.partnershipId,
        minutesId: context.minutes.id,
        version: input.version + 1,
        meeting: context.meeting,
        origin: await appOrigin(),
        recipients: signing.map((signatory) => ({
          personId: signatory.personId,
          role: signatory.role,
          name: byId.get(signatory.personId)?.name ?? "",
          email: byId.get(signatory.personId)?.email ?? null,
        })),
      }),
    );
    return {
      audit: {
        action: "minutes.sent_for_adjustment",
        entityType: "Minutes",
        entityId: context.minutes.id,
        data: {
          meetingId: context.meeting.id,
          before: { status: "DRAFT" },
          after: { status: "IN_ADJUSTMENT" },
          signatories: signing.map((s) => `${byId.get(s.personId)?.name ?? s.personId} (${s.role})`),
          mailed,
        },
      },
      result: { minutesId: context.minutes.id, meetingId: context.meeting.id, mailed },
    };
  },
};

/**
 * The chair or an adjuster approves (justerar), for themself only: the form carries no person.
 * The last missing signature approves the minutes, in the same transaction, and locks them.
 */
export const approveMinutes: FormActionDefinition<typeof approveMinutesSchema, MinutesResult & { completed: boolean }> = {
  schema: approveMinutesSchema,
  permission: "partnership:view",
  successMessage: "minutes.approvalRecorded",
  successMessageValues: (result) => ({ completed: result.completed ? "yes" : "no" }),
  async run({ input, actor, tx }) {
    const context = await minutesForChange(tx, actor, input.minutesId);
    const refusal = approvalRefusal(context.state, actor.personId);
    if (refusal) refuse(refusal);
    // What they approve is what they read: minutes returned to draft and sent again are a new version.
    requireVersion(context, input.version);

    const { role, completes } = approve(context.state, actor.personId);
    const approvedAt = new Date();
    await tx.minutesApproval.create({ data: { minutesId: context.minutes.id, personId: actor.personId, role, userId: actor.userId, approvedAt } });
    if (completes) {
      const { count } = await tx.minutes.updateMany({
        where: { id: context.minutes.id, version: input.version, status: "IN_ADJUSTMENT" },
        data: { status: "APPROVED", approvedAt },
      });
      if (count === 0) refuse("stale");
    }
    return {
      audit: {
        action: completes ? "minutes.approved" : "minutes.signed",
        entityType: "Minutes",
        entityId: context.minutes.id,
        data: {
          meetingId: context.meeting.id,
          signature: { person: actor.name, role, at: approvedAt.toISOString() },
          ...(completes ? { before: { status: "IN_ADJUSTMENT" }, after: { status: "APPROVED" } } : {}),
        },
      },
      result: { minutesId: context.minutes.id, meetingId: context.meeting.id, completed: completes },
    };
  },
};

/**
 * Minutes in justering back to draft (something must be changed), by the secretary or an
 * administrator, with the reason recorded. Approvals given so far are cleared: they approved a text
 * that is about to change.
 */
export const returnToDraft: FormActionDefinition<typeof returnToDraftSchema, MinutesResult> = {
  schema: returnToDraftSchema,
  permission: "partnership:view",
  successMessage: "minutes.returnedToDraft",
  async run({ input, actor, tx }) {
    const context = await minutesForChange(tx, actor, input.minutesId);
    requireManager(context.viewer, context.meeting.groupId);
    const refusal = returnToDraftRefusal(context.minutes.status);
    if (refusal) refuse(refusal);
    requireVersion(context, input.version);

    const cleared = await tx.minutesApproval.deleteMany({ where: { minutesId: context.minutes.id } });
    const { count } = await tx.minutes.updateMany({
      where: { id: context.minutes.id, version: input.version, status: "IN_ADJUSTMENT" },
      data: { status: "DRAFT", version: { increment: 1 } },
    });
    if (count === 0) refuse("stale");
    return {
      audit: {
        action: "minutes.returned_to_draft",
        entityType: "Minutes",
        entityId: context.minutes.id,
        data: {
          meetingId: context.meeting.id,
          reason: input.reason,
          before: { status: "IN_ADJUSTMENT" },
          after: { status: "DRAFT" },
          approvalsCleared: cleared.count,
        },
      },
      result: { minutesId: context.minutes.id, meetingId: context.meeting.id },
    };
  },
};

/**
 * Approved minutes are never edited: a correction is new minutes naming them (correctsId) with a
 * reason, starting as a draft copy of them (entries, decisions with their numbers, chair and
 * adjusters, no approvals) and going through justering again. Only the minutes in force are
 * corrected, one correction at a time.
 */
export const startCorrection: FormActionDefinition<typeof startCorrectionSchema, MinutesResult> = {
  schema: startCorrectionSchema,
  permission: "partnership:view",
  successMessage: "minutes.correctionStarted",
  onConflict: { field: "correctionReason", message: "minutes.refusals.openMinutesExist" },
  async run({ input, actor, tx }) {
    const context = await minutesForChange(tx, actor, input.minutesId);
    requireManager(context.viewer, context.meeting.groupId);
    // One correction at a time: the meeting is locked while its minutes are read and the copy made.
    await lockMeeting(tx, context.meeting.id);
    const all = await tx.minutes.findMany({
      where: { meetingId: context.meeting.id },
      select: { id: true, status: true, correctsId: true, approvedAt: true, createdAt: true },
    });
    const refusal = correctionRefusal({ ...context.minutes }, all);
    if (refusal) refuse(refusal);
    requireVersion(context, input.version);

    const source = await tx.minutes.findUniqueOrThrow({
      where: { id: context.minutes.id },
      include: { entries: { orderBy: { position: "asc" } }, decisions: { orderBy: { number: "asc" } } },
    });
    const correction = await tx.minutes.create({
      data: {
        meetingId: context.meeting.id,
        correctsId: source.id,
        correctionReason: input.correctionReason,
        chairPersonId: source.chairPersonId,
        secretaryPersonId: actor.personId,
        createdById: actor.userId,
        entries: { create: source.entries.map((entry) => ({ agendaItemId: entry.agendaItemId, position: entry.position, heading: entry.heading, text: entry.text })) },
        // Whoever keeps the correction cannot also adjust it.
        adjusters: { create: context.state.adjusterIds.filter((personId) => personId !== actor.personId).map((personId) => ({ personId })) },
      },
    });
    // Decisions name the meeting as well, so they are created on their own rather than nested.
    if (source.decisions.length > 0) {
      await tx.decision.createMany({
        data: source.decisions.map((decision) => ({
          minutesId: correction.id,
          meetingId: decision.meetingId,
          agendaItemId: decision.agendaItemId,
          number: decision.number,
          subject: decision.subject,
          title: decision.title,
          text: decision.text,
          preparedByMeetingId: decision.preparedByMeetingId,
        })),
      });
    }
    return {
      audit: {
        action: "minutes.correction_started",
        entityType: "Minutes",
        entityId: correction.id,
        data: { meetingId: context.meeting.id, corrects: source.id, reason: input.correctionReason, after: { status: "DRAFT" } },
      },
      result: { minutesId: correction.id, meetingId: context.meeting.id },
    };
  },
};
