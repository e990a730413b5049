/**
 * The activity plan's lifecycle (issue #6, item 1) as pure rules: which steps exist, from which
 * states, who may take them, and what may happen to the plan's activities in each state.
 *
 *   DRAFT ──propose──▶ PROPOSED ──adopt──▶ ADOPTED ──close──▶ CLOSED
 *     ▲                   │
 *     └───returnToDraft───┘   (the working group takes it back before the steering group adopts it)
 *
 * The working group (and administrators) draft, propose and take back; the steering group (and
 * administrators) adopt and close. An adopted plan is frozen: its activities change only by a
 * revision with a reason. A proposed plan is not changed at all (take it back to draft first), and
 * a closed one never again.
 */

export const PLAN_STATUSES = ["DRAFT", "PROPOSED", "ADOPTED", "CLOSED"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export type PlanAction = "editSummary" | "propose" | "returnToDraft" | "adopt" | "close";

/** Who the actor is in the partnership today. */
export type PlanStanding = {
  isAdministrator: boolean;
  /** A current member (any role) of the working group. */
  isWorkingGroupMember: boolean;
  /** A current member (any role) of the steering group. */
  isSteeringGroupMember: boolean;
};

const FROM: Record<PlanAction, readonly PlanStatus[]> = {
  editSummary: ["DRAFT"],
  propose: ["DRAFT"],
  returnToDraft: ["PROPOSED"],
  adopt: ["PROPOSED"],
  close: ["ADOPTED"],
};

const TO: Record<PlanAction, PlanStatus | null> = {
  editSummary: null,
  propose: "PROPOSED",
  returnToDraft: "DRAFT",
  adopt: "ADOPTED",
  close: "CLOSED",
};

/** The state a step leads to (editing the summary keeps it). */
export function nextPlanStatus(action: PlanAction, current: PlanStatus): PlanStatus {
  return TO[action] ?? current;
}

/** The working group's members and administrators write the plan. */
export function mayEditPlan(standing: PlanStanding): boolean {
  return standing.isAdministrator || standing.isWorkingGroupMember;
}

/** The steering group's members and administrators adopt and close it. */
export function mayDecidePlan(standing: PlanStanding): boolean {
  return standing.isAdministrator || standing.isSteeringGroupMember;
}

export function mayTakePlanAction(action: PlanAction, standing: PlanStanding): boolean {
  return action === "adopt" || action === "close" ? mayDecidePlan(standing) : mayEditPlan(standing);
}

/** "forbidden" is shown as errors.forbidden; "wrongState" as activityPlans.refusals.wrongState. */
export type PlanStepRefusal = "forbidden" | "wrongState";

/** Why the actor may not take this step on a plan in this state, or null. Who comes first. */
export function planStepRefusal(action: PlanAction, status: PlanStatus, standing: PlanStanding): PlanStepRefusal | null {
  if (!mayTakePlanAction(action, standing)) return "forbidden";
  if (!FROM[action].includes(status)) return "wrongState";
  return null;
}

/** The steps the actor can take now, for the page to offer just those forms. */
export function availablePlanActions(status: PlanStatus, standing: PlanStanding): PlanAction[] {
  return (Object.keys(FROM) as PlanAction[]).filter((action) => planStepRefusal(action, status, standing) === null);
}

/**
 * How the plan's activities may change in this state: freely in a draft; by a revision with a
 * reason once adopted; not at all while proposed (the steering group has it) or once closed.
 */
export type ActivityChangeMode = "free" | "revision";
export type ActivityChangeRefusal = "planProposed" | "planClosed";

export function activityChangeMode(status: PlanStatus): ActivityChangeMode | ActivityChangeRefusal {
  switch (status) {
    case "DRAFT":
      return "free";
    case "ADOPTED":
      return "revision";
    case "PROPOSED":
      return "planProposed";
    case "CLOSED":
      return "planClosed";
  }
}

/** Why this change to the plan's activities is refused, or null: state, then the reason a revision needs. */
export function activityChangeRefusal(status: PlanStatus, reason: string): ActivityChangeRefusal | "reasonRequired" | null {
  const mode = activityChangeMode(status);
  if (mode !== "free" && mode !== "revision") return mode;
  if (mode === "revision" && reason.trim() === "") return "reasonRequired";
  return null;
}

/**
 * Who reads a plan (issue #6, item 7): every signed-in user of the partnership an adopted or closed
 * one; a draft or proposed plan only administrators and the members of the two groups.
 */
export function maySeePlan(status: PlanStatus, standing: PlanStanding): boolean {
  if (status === "ADOPTED" || status === "CLOSED") return true;
  return standing.isAdministrator || standing.isWorkingGroupMember || standing.isSteeringGroupMember;
}

/** The years a plan may be created for: from last year to two years ahead. */
export function creatableYears(currentYear: number): number[] {
  return [currentYear - 1, currentYear, currentYear + 1, currentYear + 2];
}
