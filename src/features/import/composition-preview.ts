import {
  findingKey,
  type CompositionSnapshot,
  type Finding,
  type GroupKind,
  type GroupRole,
  type PartyType,
} from "@/features/membership/composition";
import type { Issue } from "./issue";
import { formatIsoDay } from "./matching";
import type { ImportPlan } from "./plan";

/** A membership a file adds, as the composition rules see it. */
export type Addition = {
  personKey: string;
  personName: string;
  partyType: PartyType;
  groupKind: GroupKind;
  role: GroupRole;
  startDate: Date;
  endDate: Date | null;
  thematicAreaIds: string[];
};

const DAY = 24 * 60 * 60 * 1000;

/** The calendar day (UTC midnight, as membership dates are stored) of an instant. */
export function utcDay(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}

export function additionsFrom(plan: ImportPlan): Addition[] {
  return plan.rows.flatMap((row) => {
    const membership = row.record?.membership;
    if (!row.record || !membership || !row.person) return [];
    return [
      {
        personKey: row.person.kind === "existing" ? row.person.personId : `new:${row.record.email}`,
        personName: row.record.name,
        partyType: row.record.partyType,
        groupKind: membership.groupKind,
        role: membership.role,
        startDate: membership.startDate,
        endDate: membership.endDate,
        thematicAreaIds: membership.thematicAreaIds,
      },
    ];
  });
}

/**
 * The days an import is judged on: the first day after `now` (end dates are inclusive, so that is
 * the first day a change made today fully holds, as changeComposition judges by default), and
 * every later day on which an imported membership starts: a chair starting next year must not
 * meet another chair then either. Memberships wholly in the past are history and not judged.
 */
export function judgeDays(additions: readonly Addition[], now: Date): Date[] {
  const first = new Date(utcDay(now).getTime() + DAY);
  const later = additions.map((addition) => addition.startDate.getTime()).filter((time) => time > first.getTime());
  return [first.getTime(), ...new Set(later)].sort((a, b) => a - b).map((time) => new Date(time));
}

const activeOn = (addition: Addition, day: Date) =>
  addition.startDate.getTime() <= day.getTime() && (addition.endDate === null || addition.endDate.getTime() >= day.getTime());

/** The composition on `day` if the additions were made: what the import would leave. */
export function withAdditions(snapshot: CompositionSnapshot, additions: readonly Addition[], day: Date): CompositionSnapshot {
  return {
    ...snapshot,
    groups: snapshot.groups.map((group) => ({
      ...group,
      members: [
        ...group.members,
        ...additions
          .map((addition, index) => ({ addition, index }))
          .filter(({ addition }) => addition.groupKind === group.kind && activeOn(addition, day))
          .map(({ addition, index }) => ({
            membershipId: `import:${index}`,
            personId: addition.personKey,
            personName: addition.personName,
            partyType: addition.partyType,
            role: addition.role,
            thematicAreaIds: addition.thematicAreaIds,
            seatId: null,
          })),
      ],
    })),
  };
}

const RULE_KEYS: Record<Finding["rule"], string> = {
  "no-chair": "noChair",
  "several-chairs": "severalChairs",
  "party-missing": "partyMissing",
  "area-missing-party": "areaMissingParty",
  "seat-vacant": "seatVacant",
};

/** Why an import is refused, from a composition rule's name, the group it concerns and the day judged. */
export function refusalIssue(rule: string, group: string, day: Date): Issue {
  const key = RULE_KEYS[rule as Finding["rule"]] ?? "other";
  return { key: `import.refusals.${key}`, values: { group, day: formatIsoDay(day) } };
}

/** A vacancy (a "warn" finding) as a message. */
export function vacancyIssue(finding: Finding): Issue {
  switch (finding.rule) {
    case "party-missing":
      return { key: "import.vacancies.partyMissing", values: { group: finding.groupKind, party: finding.partyType } };
    case "area-missing-party":
      return { key: "import.vacancies.areaMissingParty", values: { area: finding.areaName, party: finding.partyType } };
    case "seat-vacant":
      return { key: "import.vacancies.seatVacant", values: { seat: finding.seatTitle, party: finding.partyName } };
    default:
      return refusalIssue(finding.rule, finding.groupKind, new Date(0));
  }
}

/** The vacancies among findings, once each. */
export function vacanciesOf(findings: readonly Finding[]): Issue[] {
  const seen = new Set<string>();
  return findings
    .filter((finding) => finding.severity === "warn")
    .filter((finding) => {
      const key = findingKey(finding);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(vacancyIssue);
}
