/**
 * The minutes' life (issue #4, item 6), as pure rules the actions apply:
 *
 *   DRAFT ──send for justering──▶ IN_ADJUSTMENT ──chair and every adjuster approved──▶ APPROVED
 *     ▲                                │
 *     └──────── returned to draft ─────┘   (approvals cleared, with a reason)
 *
 * The secretary (protokollförare) drafts; the chair (who must have been present) appoints one or two
 * adjusters among those present, never themself nor the secretary (a justerare checks someone else's
 * record of a meeting someone else led); the minutes are locked once the chair and every adjuster have
 * approved. Approved minutes are corrected only by new minutes that go through justering again;
 * the newest approved minutes of a meeting are the ones in force.
 */

export const MINUTES_STATUSES = ["DRAFT", "IN_ADJUSTMENT", "APPROVED"] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export type ApprovalRole = "CHAIR" | "ADJUSTER";

export const MIN_ADJUSTERS = 1;
export const MAX_ADJUSTERS = 2;

export type JusteringState = {
  status: MinutesStatus;
  chairPersonId: string | null;
  adjusterIds: readonly string[];
  approvals: readonly { personId: string; role: ApprovalRole }[];
};

/** A draft as sending it reads it: the signatories and the secretary, whom they must not include. */
export type DraftState = JusteringState & { secretaryPersonId: string | null };

/** Catalogue keys under "minutes.refusals". */
export type JusteringRefusal =
  | "locked"
  | "notDraft"
  | "notInAdjustment"
  | "chairMissing"
  | "chairNotPresent"
  | "adjustersMissing"
  | "tooManyAdjusters"
  | "adjusterNotPresent"
  | "adjusterIsChair"
  | "adjusterIsSecretary"
  | "notSignatory"
  | "alreadyApproved";

/** Minutes are usually justerade within two weeks of the meeting: what readers are told to expect. */
export const JUSTERING_DAYS = 14;

/** The day by which the minutes of a meeting are expected to be justerade. */
export function expectedJusteringBy(meetingStartsAt: Date): Date {
  return new Date(meetingStartsAt.getTime() + JUSTERING_DAYS * 24 * 3600_000);
}

/** Only a draft is edited: minutes in justering are being checked, approved ones are locked. */
export function editRefusal(status: MinutesStatus): "locked" | "notDraft" | null {
  if (status === "APPROVED") return "locked";
  if (status !== "DRAFT") return "notDraft";
  return null;
}

/** The chair approves the minutes, so they must have been at the meeting. */
export function chairRefusal(chairPersonId: string, presentIds: ReadonlySet<string>): "chairNotPresent" | null {
  return presentIds.has(chairPersonId) ? null : "chairNotPresent";
}

/** The people who may adjust: those present, other than the chair and the secretary. */
export function adjusterCandidates<P extends { id: string }>(
  present: readonly P[],
  signatories: { chairPersonId: string | null; secretaryPersonId: string | null },
): P[] {
  return present.filter((person) => person.id !== signatories.chairPersonId && person.id !== signatories.secretaryPersonId);
}

/** One or two adjusters, each recorded present, none of them the chair (who approves anyway) or the secretary. */
export function adjustersRefusal(
  signatories: { chairPersonId: string | null; secretaryPersonId: string | null },
  adjusterIds: readonly string[],
  presentIds: ReadonlySet<string>,
): "chairMissing" | "adjustersMissing" | "tooManyAdjusters" | "adjusterIsChair" | "adjusterIsSecretary" | "adjusterNotPresent" | null {
  const { chairPersonId, secretaryPersonId } = signatories;
  if (!chairPersonId) return "chairMissing";
  const unique = new Set(adjusterIds);
  if (unique.size < MIN_ADJUSTERS) return "adjustersMissing";
  if (unique.size > MAX_ADJUSTERS) return "tooManyAdjusters";
  if (unique.has(chairPersonId)) return "adjusterIsChair";
  if (secretaryPersonId && unique.has(secretaryPersonId)) return "adjusterIsSecretary";
  for (const id of unique) if (!presentIds.has(id)) return "adjusterNotPresent";
  return null;
}

/** The secretary sends a draft for justering once the chair and the adjusters are in place. */
export function sendForAdjustmentRefusal(state: DraftState, presentIds: ReadonlySet<string>): JusteringRefusal | null {
  const edit = editRefusal(state.status);
  if (edit) return edit;
  if (!state.chairPersonId) return "chairMissing";
  return chairRefusal(state.chairPersonId, presentIds) ?? adjustersRefusal(state, state.adjusterIds, presentIds);
}

/** Who signs: the chair, and each appointed adjuster. */
export function signatories(state: Pick<JusteringState, "chairPersonId" | "adjusterIds">): { personId: string; role: ApprovalRole }[] {
  return [
    ...(state.chairPersonId ? [{ personId: state.chairPersonId, role: "CHAIR" as const }] : []),
    ...[...new Set(state.adjusterIds)].filter((id) => id !== state.chairPersonId).map((personId) => ({ personId, role: "ADJUSTER" as const })),
  ];
}

/** The role in which a person signs these minutes, or null when they are neither chair nor adjuster. */
export function signatoryRole(state: Pick<JusteringState, "chairPersonId" | "adjusterIds">, personId: string): ApprovalRole | null {
  return signatories(state).find((signatory) => signatory.personId === personId)?.role ?? null;
}

/** The signatures still missing. */
export function pendingSignatories(state: JusteringState): { personId: string; role: ApprovalRole }[] {
  return signatories(state).filter(
    (signatory) => !state.approvals.some((approval) => approval.personId === signatory.personId && approval.role === signatory.role),
  );
}

/**
 * Each signatory approves once, for themself, while the minutes are in justering. Who comes first:
 * someone who does not sign these minutes learns nothing about their state.
 */
export function approvalRefusal(state: JusteringState, personId: string): JusteringRefusal | null {
  const role = signatoryRole(state, personId);
  if (!role) return "notSignatory";
  if (state.status === "APPROVED") return "locked";
  if (state.status !== "IN_ADJUSTMENT") return "notInAdjustment";
  if (state.approvals.some((approval) => approval.personId === personId && approval.role === role)) return "alreadyApproved";
  return null;
}

/**
 * What one approval does: the role it is recorded in, and whether it completes the justering (then
 * the minutes become APPROVED in the same transaction). Call only when approvalRefusal is null.
 */
export function approve(state: JusteringState, personId: string): { role: ApprovalRole; completes: boolean } {
  const role = signatoryRole(state, personId);
  if (!role) throw new Error("approve: not a signatory");
  const after: JusteringState = { ...state, approvals: [...state.approvals, { personId, role }] };
  return { role, completes: pendingSignatories(after).length === 0 };
}

/** The secretary (or an administrator) can take minutes in justering back to draft. */
export function returnToDraftRefusal(status: MinutesStatus): "locked" | "notInAdjustment" | null {
  if (status === "APPROVED") return "locked";
  if (status !== "IN_ADJUSTMENT") return "notInAdjustment";
  return null;
}

export type ChainMinutes = {
  id: string;
  status: MinutesStatus;
  correctsId: string | null;
  approvedAt: Date | null;
  createdAt: Date;
};

/** The newest approved minutes of a meeting: the ones in force. */
export function minutesInForce<M extends ChainMinutes>(minutes: readonly M[]): M | null {
  let newest: M | null = null;
  for (const candidate of minutes) {
    if (candidate.status !== "APPROVED" || !candidate.approvedAt) continue;
    if (
      !newest ||
      candidate.approvedAt.getTime() > newest.approvedAt!.getTime() ||
      (candidate.approvedAt.getTime() === newest.approvedAt!.getTime() && candidate.createdAt.getTime() > newest.createdAt.getTime())
    ) {
      newest = candidate;
    }
  }
  return newest;
}

/** The minutes not yet approved (at most one per meeting; the database holds that too). */
export function openMinutes<M extends ChainMinutes>(minutes: readonly M[]): M | null {
  return minutes.find((candidate) => candidate.status !== "APPROVED") ?? null;
}

/**
 * Only the minutes in force are corrected, and only when no other minutes of the meeting are open:
 * corrections form one chain, original → correction → correction of the correction.
 */
export function correctionRefusal<M extends ChainMinutes>(
  target: M,
  all: readonly M[],
): "notApproved" | "notInForce" | "openMinutesExist" | null {
  if (target.status !== "APPROVED") return "notApproved";
  if (minutesInForce(all)?.id !== target.id) return "notInForce";
  if (openMinutes(all)) return "openMinutesExist";
  return null;
}

/** The chain in order: the original first, each correction after what it corrects. */
export function correctionChain<M extends ChainMinutes>(minutes: readonly M[]): M[] {
  const byCorrected = new Map(minutes.filter((m) => m.correctsId).map((m) => [m.correctsId!, m]));
  const ids = new Set(minutes.map((m) => m.id));
  const roots = minutes.filter((m) => !m.correctsId || !ids.has(m.correctsId)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const chain: M[] = [];
  for (const root of roots) {
    let current: M | undefined = root;
    while (current && !chain.includes(current)) {
      chain.push(current);
      current = byCorrected.get(current.id);
    }
  }
  return chain;
}
