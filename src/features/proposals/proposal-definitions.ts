import "server-only";
import type { FieldErrors } from "@/lib/forms/form-checks";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition, TransactionClient } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { appOrigin } from "@/server/public-origin";
import { submissionRefusal } from "./deadline";
import { notifyAuthor } from "./notifications";
import { proposalForChange, refuse, requireTransition, updateGuarded } from "./proposal-context";
import {
  createProposalSchema,
  editProposalSchema,
  thematicAreasOutsideFocus,
  transitionSchema,
  type ProposalContent,
} from "./schemas";

type ProposalResult = { proposalId: string; status: string };

/** The content's columns, as the row holds them. */
function contentColumns(content: ProposalContent) {
  return {
    title: content.title,
    problem: content.problem,
    focusArea: content.focusArea,
    dimensions: content.dimensions,
    expectedResults: content.expectedResults,
    followUp: content.followUp,
    periodStartYear: content.periodStartYear,
    periodEndYear: content.periodEndYear,
    resources: content.resources,
    contactName: content.contactName,
    contactEmail: content.contactEmail,
  };
}

function contentAudit(content: ProposalContent) {
  return { ...contentColumns(content), thematicAreaIds: content.thematicAreaIds, unitIds: content.unitIds };
}

/**
 * The thematic areas and units named exist in the actor's partnership, and the thematic areas
 * belong to the chosen focus area: the errors per field. The definitions' check, so these are
 * reported with the fields' own errors; a field that did not parse is not judged.
 */
async function referenceErrors(tx: TransactionClient, partnershipId: string, content: Partial<ProposalContent>): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (content.thematicAreaIds && content.thematicAreaIds.length > 0) {
    const areas = await tx.thematicArea.findMany({ where: { partnershipId, id: { in: content.thematicAreaIds } }, select: { id: true, focusArea: true } });
    if (areas.length !== content.thematicAreaIds.length) errors.thematicAreaIds = ["validation.invalid"];
    else if (content.focusArea !== undefined && thematicAreasOutsideFocus(content.focusArea, content.thematicAreaIds, areas).length > 0) errors.thematicAreaIds = ["proposals.validation.thematicAreaOutsideFocus"];
  }
  if (content.unitIds && content.unitIds.length > 0) {
    const units = await tx.organisationalUnit.count({ where: { id: { in: content.unitIds }, party: { partnershipId } } });
    if (units !== content.unitIds.length) errors.unitIds = ["validation.invalid"];
  }
  return errors;
}

async function writeRelations(tx: TransactionClient, proposalId: string, content: ProposalContent): Promise<void> {
  await tx.proposalThematicArea.deleteMany({ where: { proposalId } });
  await tx.proposalUnit.deleteMany({ where: { proposalId } });
  if (content.thematicAreaIds.length > 0) await tx.proposalThematicArea.createMany({ data: content.thematicAreaIds.map((thematicAreaId) => ({ proposalId, thematicAreaId })) });
  if (content.unitIds.length > 0) await tx.proposalUnit.createMany({ data: content.unitIds.map((unitId) => ({ proposalId, unitId })) });
}

/** The call open now, preferring the proposal's own; otherwise the refusal for the proposal's own call (or "no open call"). */
async function callForSubmission(tx: TransactionClient, partnershipId: string, preferredCallId: string | null, now: Date) {
  const preferred = preferredCallId ? await tx.proposalCall.findFirst({ where: { id: preferredCallId, partnershipId } }) : null;
  if (preferred && submissionRefusal(preferred, now) === null) return preferred;
  const open = await tx.proposalCall.findFirst({
    where: { partnershipId, opensAt: { lte: now }, deadline: { gt: now } },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
  });
  if (open) return open;
  // Say why in terms of the call the author had in mind: theirs, else the latest one.
  const latest = preferred ?? (await tx.proposalCall.findFirst({ where: { partnershipId }, orderBy: [{ deadline: "desc" }, { id: "asc" }] }));
  refuse(submissionRefusal(latest, now) ?? "noOpenCall");
}

async function mailAuthor(tx: TransactionClient, actor: Actor, proposal: { id: string; title: string }, status: "SUBMITTED" | "WITHDRAWN") {
  const author = await tx.user.findUnique({ where: { id: actor.userId }, select: { id: true, active: true, person: { select: { name: true } }, account: { select: { email: true } } } });
  await notifyAuthor(tx, { partnershipId: actor.partnershipId, proposal: { ...proposal, author }, status, origin: await appOrigin() });
}

/**
 * A new proposal, saved as a draft or sent at once. The form carries a submission key: the same
 * form sent twice (a double click, a resent request) finds the proposal the first one made and
 * returns it — one proposal, no error. The insert skips a taken key in the database itself, so two
 * requests racing each other also make one.
 */
export const createProposal: FormActionDefinition<typeof createProposalSchema, ProposalResult> = {
  schema: createProposalSchema,
  permission: "proposal:create",
  successMessage: "proposals.saved",
  async check({ input, actor, tx }) {
    return referenceErrors(tx, actor.partnershipId, input);
  },
  // After the check: the references are the partnership's.
  async run({ input, actor, tx }) {
    const { submissionKey, intent, ...content } = input;
    const existing = await tx.proposal.findUnique({ where: { submissionKey }, select: { id: true, status: true, authorId: true } });
    if (existing) return repeated(existing, actor, submissionKey);

    const now = new Date();
    let call: { id: string } | null = null;
    // A submission's completeness is a check of the schema, reported with the fields' own errors.
    if (intent === "submit") {
      call = await callForSubmission(tx, actor.partnershipId, null, now);
    } else {
      call = await tx.proposalCall.findFirst({ where: { partnershipId: actor.partnershipId, opensAt: { lte: now }, deadline: { gt: now } }, orderBy: { deadline: "asc" }, select: { id: true } });
    }
    const { count } = await tx.proposal.createMany({
      data: [
        {
          partnershipId: actor.partnershipId,
          callId: call?.id ?? null,
          authorId: actor.userId,
          submissionKey,
          status: intent === "submit" ? "SUBMITTED" : "DRAFT",
          submittedAt: intent === "submit" ? now : null,
          ...contentColumns(content),
        },
      ],
      skipDuplicates: true,
    });
    const proposal = await tx.proposal.findUniqueOrThrow({ where: { submissionKey }, select: { id: true, status: true, authorId: true, title: true } });
    // Another request with the same key won the race: this one returns what it made.
    if (count === 0) return repeated(proposal, actor, submissionKey);

    await writeRelations(tx, proposal.id, content);
    if (intent === "submit") await mailAuthor(tx, actor, proposal, "SUBMITTED");
    return {
      audit: {
        action: intent === "submit" ? "proposal.submitted" : "proposal.created",
        entityType: "Proposal",
        entityId: proposal.id,
        data: { after: { ...contentAudit(content), status: proposal.status, callId: call?.id ?? null } },
      },
      result: { proposalId: proposal.id, status: proposal.status },
    };
  },
};

function repeated(existing: { id: string; status: string; authorId: string | null }, actor: Actor, submissionKey: string) {
  // A key is a form's own: someone else's key is not theirs to resend.
  if (existing.authorId !== actor.userId) throw new ActionError("errors.conflict");
  return {
    audit: { action: "proposal.repeat_ignored", entityType: "Proposal", entityId: existing.id, data: { submissionKey } },
    result: { proposalId: existing.id, status: existing.status },
  };
}

/**
 * The author edits their draft, and saves it again or submits it. The form carries the version it
 * was rendered from; a stale save is refused and overwrites nothing.
 */
export const editProposal: FormActionDefinition<typeof editProposalSchema, ProposalResult> = {
  schema: editProposalSchema,
  permission: "proposal:create",
  successMessage: "proposals.saved",
  async check({ input, actor, tx }) {
    return referenceErrors(tx, actor.partnershipId, input);
  },
  // After the check: the references are the partnership's.
  async run({ input, actor, tx }) {
    const { proposalId, version, intent, ...content } = input;
    const context = await proposalForChange(tx, actor, proposalId);
    requireTransition(context, intent === "submit" ? "submit" : "edit", version);
    const before = context.proposal;
    const now = new Date();
    let callId = before.callId;
    if (intent === "submit") {
      callId = (await callForSubmission(tx, actor.partnershipId, before.callId, now)).id;
    }
    await updateGuarded(tx, proposalId, version, {
      ...contentColumns(content),
      ...(intent === "submit" ? { status: "SUBMITTED", submittedAt: now } : {}),
    });
    if (callId !== before.callId) await tx.proposal.update({ where: { id: proposalId }, data: { callId } });
    await writeRelations(tx, proposalId, content);
    if (intent === "submit") await mailAuthor(tx, actor, { id: proposalId, title: content.title }, "SUBMITTED");
    return {
      audit: {
        action: intent === "submit" ? "proposal.submitted" : "proposal.edited",
        entityType: "Proposal",
        entityId: proposalId,
        data: {
          before: {
            ...contentAudit({
              ...before,
              thematicAreaIds: before.thematicAreas.map((row) => row.thematicAreaId),
              unitIds: before.units.map((row) => row.unitId),
            }),
            status: before.status,
          },
          after: { ...contentAudit(content), status: intent === "submit" ? "SUBMITTED" : before.status, callId },
        },
      },
      result: { proposalId, status: intent === "submit" ? "SUBMITTED" : before.status },
    };
  },
};

/** The author withdraws their proposal, at any point before the steering group decides. */
export const withdrawProposal: FormActionDefinition<typeof transitionSchema, ProposalResult> = {
  schema: transitionSchema,
  permission: "partnership:view",
  successMessage: "proposals.withdrawn",
  async run({ input, actor, tx }) {
    const context = await proposalForChange(tx, actor, input.proposalId);
    requireTransition(context, "withdraw", input.version);
    await updateGuarded(tx, input.proposalId, input.version, { status: "WITHDRAWN", withdrawnAt: new Date() });
    await mailAuthor(tx, actor, context.proposal, "WITHDRAWN");
    return {
      audit: { action: "proposal.withdrawn", entityType: "Proposal", entityId: input.proposalId, data: { before: { status: context.proposal.status }, after: { status: "WITHDRAWN" } } },
      result: { proposalId: input.proposalId, status: "WITHDRAWN" },
    };
  },
};
