/**
 * The agreement's rules for how the two groups are composed, as pure functions over a snapshot of
 * the current memberships. The server evaluates them before and after every membership change.
 *
 * Each rule is either
 *  - "refuse": a change that breaks it is not accepted (the group would be left in a state the
 *    agreement does not allow and that no-one intends, e.g. without a chair or with two), or
 *  - "warn": the change is accepted and the result shown as a vacancy, because the state is real
 *    and temporary (someone left and a successor is not yet appointed).
 */

export type GroupKind = "STEERING_GROUP" | "WORKING_GROUP";
export type PartyType = "MUNICIPALITY" | "UNIVERSITY";
export type GroupRole = "CHAIR" | "VICE_CHAIR" | "SECRETARY" | "MEMBER";

export type MemberSnapshot = {
  membershipId: string;
  personId: string;
  personName: string;
  partyType: PartyType;
  role: GroupRole;
  thematicAreaIds: string[];
  seatId: string | null;
};

export type GroupSnapshot = {
  groupId: string;
  kind: GroupKind;
  members: MemberSnapshot[];
};

export type SeatSnapshot = { seatId: string; groupId: string; title: string; partyName: string };
export type AreaSnapshot = { thematicAreaId: string; name: string };

export type CompositionSnapshot = {
  groups: GroupSnapshot[];
  seats: SeatSnapshot[];
  thematicAreas: AreaSnapshot[];
};

export type Finding =
  | { rule: "no-chair"; severity: "refuse"; groupKind: GroupKind }
  | { rule: "several-chairs"; severity: "refuse"; groupKind: GroupKind; names: string[] }
  | { rule: "party-missing"; severity: "warn"; groupKind: GroupKind; partyType: PartyType }
  | { rule: "area-missing-party"; severity: "warn"; thematicAreaId: string; areaName: string; partyType: PartyType }
  | { rule: "seat-vacant"; severity: "warn"; seatId: string; seatTitle: string; partyName: string };

const PARTY_TYPES: PartyType[] = ["UNIVERSITY", "MUNICIPALITY"];

/** Every current breach and vacancy, in a stable order. */
export function evaluateComposition(snapshot: CompositionSnapshot): Finding[] {
  const findings: Finding[] = [];
  for (const group of snapshot.groups) {
    const chairs = group.members.filter((member) => member.role === "CHAIR");
    if (chairs.length === 0) findings.push({ rule: "no-chair", severity: "refuse", groupKind: group.kind });
    if (chairs.length > 1) {
      findings.push({ rule: "several-chairs", severity: "refuse", groupKind: group.kind, names: chairs.map((chair) => chair.personName).sort() });
    }
    for (const partyType of PARTY_TYPES) {
      if (!group.members.some((member) => member.partyType === partyType)) {
        findings.push({ rule: "party-missing", severity: "warn", groupKind: group.kind, partyType });
      }
    }
    if (group.kind === "WORKING_GROUP") {
      for (const area of snapshot.thematicAreas) {
        for (const partyType of PARTY_TYPES) {
          const covered = group.members.some(
            (member) => member.partyType === partyType && member.thematicAreaIds.includes(area.thematicAreaId),
          );
          if (!covered) {
            findings.push({ rule: "area-missing-party", severity: "warn", thematicAreaId: area.thematicAreaId, areaName: area.name, partyType });
          }
        }
      }
    }
  }
  const heldSeats = new Set(snapshot.groups.flatMap((group) => group.members.map((member) => member.seatId)).filter(Boolean));
  for (const seat of snapshot.seats) {
    if (!heldSeats.has(seat.seatId)) {
      findings.push({ rule: "seat-vacant", severity: "warn", seatId: seat.seatId, seatTitle: seat.title, partyName: seat.partyName });
    }
  }
  return findings;
}

/** A stable identity for a finding, to tell which ones a change introduces. */
export function findingKey(finding: Finding): string {
  switch (finding.rule) {
    case "no-chair":
    case "several-chairs":
      return `${finding.rule}:${finding.groupKind}`;
    case "party-missing":
      return `${finding.rule}:${finding.groupKind}:${finding.partyType}`;
    case "area-missing-party":
      return `${finding.rule}:${finding.thematicAreaId}:${finding.partyType}`;
    case "seat-vacant":
      return `${finding.rule}:${finding.seatId}`;
  }
}

export type ChangeVerdict =
  | { accepted: true; newWarnings: Finding[] }
  | { accepted: false; refusals: Finding[] };

/**
 * Judges a change by what it introduces: a refusing rule the change newly breaks refuses it;
 * breaches that were already there (e.g. imported data) do not block unrelated changes.
 */
export function judgeChange(before: CompositionSnapshot, after: CompositionSnapshot): ChangeVerdict {
  const existing = new Set(evaluateComposition(before).map(findingKey));
  const introduced = evaluateComposition(after).filter((finding) => !existing.has(findingKey(finding)));
  const refusals = introduced.filter((finding) => finding.severity === "refuse");
  if (refusals.length > 0) return { accepted: false, refusals };
  return { accepted: true, newWarnings: introduced };
}

export type Period = { startDate: Date; endDate: Date | null };

/** Whether two membership periods share at least one day (dates are whole days, end inclusive). */
export function periodsOverlap(a: Period, b: Period): boolean {
  const aEnd = a.endDate?.getTime() ?? Number.POSITIVE_INFINITY;
  const bEnd = b.endDate?.getTime() ?? Number.POSITIVE_INFINITY;
  return a.startDate.getTime() <= bEnd && b.startDate.getTime() <= aEnd;
}
