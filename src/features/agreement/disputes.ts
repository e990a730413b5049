/**
 * The dispute clause's escalation: a dispute is first discussed in the steering group; if that
 * does not settle it, it goes to the parties' leaderships, and last to a general court. A step may
 * be repeated at the level reached (another meeting) but no level is skipped, and a dispute is
 * resolved only after the steering group has discussed it.
 */

export const ESCALATION_LADDER = ["STEERING_GROUP", "PARTY_LEADERSHIP", "GENERAL_COURT"] as const;
export type EscalationLevel = (typeof ESCALATION_LADDER)[number];

export type StepOnRecord = { level: EscalationLevel; takenOn: Date };
export type DisputeForRules = { status: "OPEN" | "RESOLVED"; raisedOn: Date; steps: readonly StepOnRecord[] };

function reached(steps: readonly StepOnRecord[]): number {
  return steps.reduce((highest, step) => Math.max(highest, ESCALATION_LADDER.indexOf(step.level)), -1);
}

/** The levels the next step may be taken at. */
export function allowedNextLevels(dispute: DisputeForRules): EscalationLevel[] {
  if (dispute.status === "RESOLVED") return [];
  const highest = reached(dispute.steps);
  if (highest < 0) return ["STEERING_GROUP"];
  return ESCALATION_LADDER.slice(highest, highest + 2);
}

export type StepRefusal = "resolved" | "steeringGroupFirst" | "skipsLevel" | "beforeRaised" | "beforePreviousStep" | "inFuture";

export function stepRefusal(dispute: DisputeForRules, level: EscalationLevel, takenOn: Date, today: Date): StepRefusal | null {
  if (dispute.status === "RESOLVED") return "resolved";
  if (!allowedNextLevels(dispute).includes(level)) return dispute.steps.length === 0 ? "steeringGroupFirst" : "skipsLevel";
  if (takenOn > today) return "inFuture";
  if (takenOn < dispute.raisedOn) return "beforeRaised";
  if (dispute.steps.some((step) => step.takenOn > takenOn)) return "beforePreviousStep";
  return null;
}

export type ResolutionRefusal = "resolved" | "notDiscussed" | "beforeLastStep" | "inFuture";

export function resolutionRefusal(dispute: DisputeForRules, resolvedOn: Date, today: Date): ResolutionRefusal | null {
  if (dispute.status === "RESOLVED") return "resolved";
  if (!dispute.steps.some((step) => step.level === "STEERING_GROUP")) return "notDiscussed";
  if (resolvedOn > today) return "inFuture";
  if (dispute.steps.some((step) => step.takenOn > resolvedOn)) return "beforeLastStep";
  return null;
}
