import { complianceRows, type ComplianceRow } from "@/features/calendar/compliance";
import { evaluateComposition, type GroupKind, type GroupRole } from "@/features/membership/composition";
import {
  ACTIVITY_STATUSES,
  DIMENSIONS,
  FOCUS_AREAS,
  RESULT_KINDS,
  type ActivityInput,
  type ActivityStatus,
  type DecisionRefInput,
  type DecisionSubject,
  type Dimension,
  type FocusArea,
  type PlanInput,
  type ReportInput,
  type ReportPlanStatus,
  type ResultKind,
} from "./report-input";

/**
 * The yearly follow-up report (issue #6, item 5) as pure aggregation over the loader's rows.
 *
 * Rules a reader of the figures should know:
 * - Planned activities are those of the year's adopted or closed plan that no revision removed
 *   (removedAt set). A draft or proposed plan is no plan here: its figures are null ("no adopted
 *   plan"), never zero.
 * - A carried-over activity is a planned activity of the plan it now sits in, like any other; it
 *   is also counted apart ("carried over from an earlier year"). The unfinished original stays in
 *   its own year's plan with its last status, and that year counts it as "carried over to a later
 *   year". So an activity carried over is planned once in each year, never twice in one.
 * - Done is status DONE; at risk is AT_RISK or DELAYED; the share done is done / planned.
 * - Coverage counts planned activities that were not cancelled: a cancelled activity covers nothing.
 * - An indicator is met when its latest outcome is at least its target (higher is better), not met
 *   when below, not reported without an outcome; without a target it has no verdict.
 * - Memberships start and end on whole days; one ending on 31 December ended that year.
 *   Vacancies are seats with no active membership today, whatever the year shown.
 * - Proposals received are those submitted to the call of the cycle year; decisions are those in
 *   force (approved minutes) of the meetings of the cycle year.
 */

export type Comparison = { current: number | null; previous: number | null; change: number | null };

export const SUMMARY_KEYS = [
  "plannedActivities",
  "carriedOverFrom",
  "doneActivities",
  "donePercent",
  "atRiskActivities",
  "cancelledActivities",
  "carriedOverTo",
  "indicatorsMet",
  "indicatorsWithTarget",
  "resultsProduced",
  "meetingsHeld",
  "decisionsTaken",
  "proposalsReceived",
  "proposalsAccepted",
  "proposalsRejected",
  "membershipsStarted",
  "membershipsEnded",
] as const;
export type SummaryKey = (typeof SUMMARY_KEYS)[number];

export type SummaryRow = Comparison & { key: SummaryKey };

export type StatusCounts = Record<ActivityStatus, number>;

export type PlanOutcomeRow = {
  /** A priority area's id, a focus area, or null for activities without a priority area. */
  key: string | null;
  title: string | null;
  planned: number;
  byStatus: StatusCounts;
  done: number;
  atRisk: number;
  cancelled: number;
  donePercent: number | null;
  /** A priority area prioritised for the year with no planned activity: a gap. */
  gap: boolean;
};

export type FocusOutcomeRow = PlanOutcomeRow & { focusArea: FocusArea; previousPlanned: number | null; previousDone: number | null };

export type AtRiskRow = {
  id: string;
  title: string;
  status: "AT_RISK" | "DELAYED";
  progress: number;
  endsOn: Date;
  priorityAreaTitle: string | null;
  responsible: readonly string[];
};

export type IndicatorVerdict = "met" | "notMet" | "notReported" | "noTarget";

export type IndicatorRow = {
  id: string;
  activityId: string;
  activityTitle: string;
  name: string;
  unit: string;
  target: number | null;
  outcome: number | null;
  /** Outcome as a whole percentage of the target, when both exist and the target is not zero. */
  percentOfTarget: number | null;
  verdict: IndicatorVerdict;
};

export type IndicatorCounts = Record<IndicatorVerdict, number>;

export type CoverageRow<K> = { key: K; count: number; previous: number | null; change: number | null };

export type Coverage = {
  dimensions: CoverageRow<Dimension>[];
  focusAreas: CoverageRow<FocusArea>[];
  /** Dimensions and focus areas no (non-cancelled) planned activity covers. */
  dimensionGaps: Dimension[];
  focusAreaGaps: FocusArea[];
};

export type ResultRow = { id: string; kind: ResultKind; title: string; date: Date; activityId: string; activityTitle: string };

export type MembershipChange = {
  id: string;
  change: "started" | "ended";
  date: Date;
  personName: string;
  role: GroupRole;
  seatTitle: string | null;
};

export type MembershipGroupRow = {
  groupId: string;
  kind: GroupKind;
  started: Comparison;
  ended: Comparison;
  /** The year's changes, by date. */
  changes: MembershipChange[];
};

export type Vacancy = { seatId: string; groupKind: GroupKind | null; seatTitle: string; partyName: string };

export type ProposalCounts = { received: number; accepted: number; rejected: number; withdrawn: number; pending: number };

export type DecisionRow = {
  id: string;
  number: number;
  title: string;
  subject: DecisionSubject;
  groupKind: GroupKind | null;
  meeting: { id: string; title: string; startsAt: Date };
};

export type PlanSummary = {
  id: string;
  status: ReportPlanStatus;
  adoptedAt: Date | null;
  closedAt: Date | null;
  adoptedBy: DecisionRefInput | null;
};

export type FollowUpReport = {
  year: number;
  partnership: { name: string; nameEn: string | null };
  previousYear: number;
  /** The Stockholm year when the report was made. */
  currentYear: number;
  plan: PlanSummary | null;
  previousPlan: PlanSummary | null;
  summary: SummaryRow[];
  statusCounts: (Comparison & { status: ActivityStatus })[] | null;
  byPriorityArea: PlanOutcomeRow[] | null;
  /** Priority areas prioritised for the year that no planned activity carries out. */
  priorityAreaGaps: { id: string; title: string }[];
  byFocusArea: FocusOutcomeRow[] | null;
  atRisk: AtRiskRow[] | null;
  indicators: IndicatorRow[] | null;
  indicatorCounts: IndicatorCounts | null;
  coverage: Coverage | null;
  /** published: the year's results cleared for the public register. */
  results: { byKind: CoverageRow<ResultKind>[]; total: Comparison; published: number; list: ResultRow[] };
  cadence: { rows: ComplianceRow[]; previousRows: ComplianceRow[] };
  membership: { groups: MembershipGroupRow[]; vacancies: Vacancy[] };
  proposals: { current: ProposalCounts; previous: ProposalCounts };
  decisions: DecisionRow[];
  previousDecisionCount: number;
};

// ---------------------------------------------------------------------------------------------
// Small rules, exported for their tests
// ---------------------------------------------------------------------------------------------

export function compare(current: number | null, previous: number | null): Comparison {
  return { current, previous, change: current !== null && previous !== null ? round1(current - previous) : null };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Whole percent, or null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}

/** The activities a plan counts as planned: those no revision removed. */
export function plannedActivities(plan: PlanInput | null): ActivityInput[] | null {
  return plan ? plan.activities.filter((activity) => activity.removedAt === null) : null;
}

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(ACTIVITY_STATUSES.map((status) => [status, 0])) as StatusCounts;
}

export function statusCounts(activities: readonly ActivityInput[]): StatusCounts {
  const counts = emptyStatusCounts();
  for (const activity of activities) counts[activity.status] += 1;
  return counts;
}

const isAtRisk = (status: ActivityStatus) => status === "AT_RISK" || status === "DELAYED";

function outcomeRow(key: string | null, title: string | null, activities: readonly ActivityInput[], gapWhenEmpty: boolean): PlanOutcomeRow {
  const byStatus = statusCounts(activities);
  return {
    key,
    title,
    planned: activities.length,
    byStatus,
    done: byStatus.DONE,
    atRisk: byStatus.AT_RISK + byStatus.DELAYED,
    cancelled: byStatus.CANCELLED,
    donePercent: percent(byStatus.DONE, activities.length),
    gap: gapWhenEmpty && activities.length === 0,
  };
}

/**
 * Plan vs outcome per priority area: every area prioritised for the year (an area without planned
 * activities is a gap) and every area the plan's activities name, by title; activities without a
 * priority area last.
 */
export function planVsOutcomeByPriorityArea(
  activities: readonly ActivityInput[],
  priorityAreas: readonly { id: string; title: string; years: readonly number[] }[],
  year: number,
): PlanOutcomeRow[] {
  const byArea = new Map<string | null, ActivityInput[]>();
  for (const activity of activities) {
    const list = byArea.get(activity.priorityAreaId) ?? [];
    list.push(activity);
    byArea.set(activity.priorityAreaId, list);
  }
  const areas = priorityAreas
    .filter((area) => area.years.includes(year) || byArea.has(area.id))
    .sort((a, b) => a.title.localeCompare(b.title, "sv") || a.id.localeCompare(b.id));
  const rows = areas.map((area) => outcomeRow(area.id, area.title, byArea.get(area.id) ?? [], area.years.includes(year)));
  // An activity naming an area not loaded (another partnership's id cannot occur; a deleted area cannot either) falls here too.
  const known = new Set(areas.map((area) => area.id));
  const without = activities.filter((activity) => activity.priorityAreaId === null || !known.has(activity.priorityAreaId));
  if (without.length > 0) rows.push(outcomeRow(null, null, without, false));
  return rows;
}

/** Plan vs outcome per focus area: always both, in the agreement's order, with last year's planned and done. */
export function planVsOutcomeByFocusArea(activities: readonly ActivityInput[], previous: readonly ActivityInput[] | null): FocusOutcomeRow[] {
  return FOCUS_AREAS.map((focusArea) => {
    const row = outcomeRow(focusArea, null, activities.filter((activity) => activity.focusArea === focusArea), false);
    const before = previous?.filter((activity) => activity.focusArea === focusArea) ?? null;
    return {
      ...row,
      focusArea,
      gap: row.planned === 0,
      previousPlanned: before ? before.length : null,
      previousDone: before ? before.filter((activity) => activity.status === "DONE").length : null,
    };
  });
}

/** Delayed before at risk; then the earliest end first; then by title. */
export function atRiskActivities(activities: readonly ActivityInput[], areaTitles: ReadonlyMap<string, string>): AtRiskRow[] {
  const severity = (status: ActivityStatus) => (status === "DELAYED" ? 0 : 1);
  return activities
    .filter((activity) => isAtRisk(activity.status))
    .sort(
      (a, b) =>
        severity(a.status) - severity(b.status) ||
        a.endsOn.getTime() - b.endsOn.getTime() ||
        a.title.localeCompare(b.title, "sv") ||
        a.id.localeCompare(b.id),
    )
    .map((activity) => ({
      id: activity.id,
      title: activity.title,
      status: activity.status as "AT_RISK" | "DELAYED",
      progress: activity.progress,
      endsOn: activity.endsOn,
      priorityAreaTitle: activity.priorityAreaId ? (areaTitles.get(activity.priorityAreaId) ?? null) : null,
      responsible: activity.responsible,
    }));
}

export function indicatorVerdict(target: number | null, outcome: number | null): IndicatorVerdict {
  if (target === null) return "noTarget";
  if (outcome === null) return "notReported";
  return outcome >= target ? "met" : "notMet";
}

/** Every indicator of the planned activities, in the plan's activity order. */
export function indicatorOutcomes(activities: readonly ActivityInput[]): IndicatorRow[] {
  return activities.flatMap((activity) =>
    activity.indicators.map((indicator) => ({
      id: indicator.id,
      activityId: activity.id,
      activityTitle: activity.title,
      name: indicator.name,
      unit: indicator.unit,
      target: indicator.targetValue,
      outcome: indicator.outcomeValue,
      percentOfTarget:
        indicator.targetValue !== null && indicator.outcomeValue !== null && indicator.targetValue !== 0
          ? Math.round((indicator.outcomeValue / indicator.targetValue) * 100)
          : null,
      verdict: indicatorVerdict(indicator.targetValue, indicator.outcomeValue),
    })),
  );
}

export function countVerdicts(rows: readonly IndicatorRow[]): IndicatorCounts {
  const counts: IndicatorCounts = { met: 0, notMet: 0, notReported: 0, noTarget: 0 };
  for (const row of rows) counts[row.verdict] += 1;
  return counts;
}

function coverageCounts(activities: readonly ActivityInput[]) {
  const active = activities.filter((activity) => activity.status !== "CANCELLED");
  return {
    dimensions: new Map(DIMENSIONS.map((dimension) => [dimension, active.filter((activity) => activity.dimensions.includes(dimension)).length])),
    focusAreas: new Map(FOCUS_AREAS.map((focusArea) => [focusArea, active.filter((activity) => activity.focusArea === focusArea).length])),
  };
}

/** Coverage of the four dimensions and the two focus areas, with the gaps named. */
export function coverage(activities: readonly ActivityInput[], previous: readonly ActivityInput[] | null): Coverage {
  const now = coverageCounts(activities);
  const before = previous ? coverageCounts(previous) : null;
  const dimensions = DIMENSIONS.map((key) => {
    const count = now.dimensions.get(key)!;
    const prior = before ? before.dimensions.get(key)! : null;
    return { key, count, previous: prior, change: compare(count, prior).change };
  });
  const focusAreas = FOCUS_AREAS.map((key) => {
    const count = now.focusAreas.get(key)!;
    const prior = before ? before.focusAreas.get(key)! : null;
    return { key, count, previous: prior, change: compare(count, prior).change };
  });
  return {
    dimensions,
    focusAreas,
    dimensionGaps: dimensions.filter((row) => row.count === 0).map((row) => row.key),
    focusAreaGaps: focusAreas.filter((row) => row.count === 0).map((row) => row.key),
  };
}

/** Whether a whole day (UTC midnight, as the database keeps dates) lies in a calendar year. */
export function dayInYear(day: Date, year: number): boolean {
  return day.getUTCFullYear() === year;
}

export function proposalCounts(proposals: readonly { cycleYear: number; status: string }[], year: number): ProposalCounts {
  const ofYear = proposals.filter((proposal) => proposal.cycleYear === year && proposal.status !== "DRAFT");
  const count = (...statuses: string[]) => ofYear.filter((proposal) => statuses.includes(proposal.status)).length;
  return {
    received: ofYear.length,
    accepted: count("ACCEPTED"),
    rejected: count("REJECTED"),
    withdrawn: count("WITHDRAWN"),
    pending: count("SUBMITTED", "UNDER_REVIEW", "PUT_FORWARD"),
  };
}

function membershipGroups(input: ReportInput): MembershipGroupRow[] {
  const order: Record<GroupKind, number> = { STEERING_GROUP: 0, WORKING_GROUP: 1 };
  return [...input.membershipGroups]
    .sort((a, b) => order[a.kind] - order[b.kind])
    .map((group) => {
      const ofGroup = input.memberships.filter((membership) => membership.groupId === group.id);
      const startedIn = (year: number) => ofGroup.filter((membership) => dayInYear(membership.startDate, year));
      const endedIn = (year: number) => ofGroup.filter((membership) => membership.endDate !== null && dayInYear(membership.endDate, year));
      const changes: MembershipChange[] = [
        ...startedIn(input.year).map((membership) => ({ membership, change: "started" as const, date: membership.startDate })),
        ...endedIn(input.year).map((membership) => ({ membership, change: "ended" as const, date: membership.endDate! })),
      ]
        .sort((a, b) => a.date.getTime() - b.date.getTime() || (a.change === b.change ? 0 : a.change === "ended" ? -1 : 1) || a.membership.personName.localeCompare(b.membership.personName, "sv"))
        .map(({ membership, change, date }) => ({
          id: `${membership.id}:${change}`,
          change,
          date,
          personName: membership.personName,
          role: membership.role,
          seatTitle: membership.seatTitle,
        }));
      return {
        groupId: group.id,
        kind: group.kind,
        started: compare(startedIn(input.year).length, startedIn(input.year - 1).length),
        ended: compare(endedIn(input.year).length, endedIn(input.year - 1).length),
        changes,
      };
    });
}

/** Seats without an active membership today, by the membership feature's own composition rule. */
export function vacancies(input: Pick<ReportInput, "today" | "membershipGroups" | "seats" | "memberships">): Vacancy[] {
  const active = input.memberships.filter(
    (membership) => membership.startDate <= input.today && (membership.endDate === null || membership.endDate >= input.today),
  );
  const findings = evaluateComposition({
    groups: input.membershipGroups.map((group) => ({
      groupId: group.id,
      kind: group.kind,
      members: active
        .filter((membership) => membership.groupId === group.id)
        .map((membership) => ({
          membershipId: membership.id,
          personId: membership.personId,
          personName: membership.personName,
          partyType: membership.partyType,
          role: membership.role,
          thematicAreaIds: [],
          seatId: membership.seatId,
        })),
    })),
    seats: input.seats.map((seat) => ({ seatId: seat.id, groupId: seat.groupId, title: seat.title, partyName: seat.partyName })),
    thematicAreas: [],
  });
  const kindOf = new Map(input.membershipGroups.map((group) => [group.id, group.kind]));
  const groupOfSeat = new Map(input.seats.map((seat) => [seat.id, seat.groupId]));
  return findings.flatMap((finding) =>
    finding.rule === "seat-vacant"
      ? [{ seatId: finding.seatId, groupKind: kindOf.get(groupOfSeat.get(finding.seatId) ?? "") ?? null, seatTitle: finding.seatTitle, partyName: finding.partyName }]
      : [],
  );
}

function planSummary(plan: PlanInput | null): PlanSummary | null {
  return plan ? { id: plan.id, status: plan.status, adoptedAt: plan.adoptedAt, closedAt: plan.closedAt, adoptedBy: plan.adoptedBy } : null;
}

type YearFigures = Record<SummaryKey, number | null>;

function yearFigures(input: ReportInput, year: number, cadence: readonly ComplianceRow[]): YearFigures {
  const planned = plannedActivities(input.plans.find((plan) => plan.year === year) ?? null);
  const counts = planned ? statusCounts(planned) : null;
  const indicators = planned ? indicatorOutcomes(planned) : null;
  const proposals = proposalCounts(input.proposals, year);
  const fromPlan = (value: (activities: ActivityInput[]) => number | null) => (planned ? value(planned) : null);
  return {
    plannedActivities: fromPlan((activities) => activities.length),
    carriedOverFrom: fromPlan((activities) => activities.filter((activity) => activity.carriedOverFromId !== null).length),
    doneActivities: counts?.DONE ?? null,
    donePercent: fromPlan((activities) => percent(counts!.DONE, activities.length)),
    atRiskActivities: counts ? counts.AT_RISK + counts.DELAYED : null,
    cancelledActivities: counts?.CANCELLED ?? null,
    carriedOverTo: fromPlan((activities) => activities.filter((activity) => activity.carriedOverToId !== null).length),
    indicatorsMet: indicators ? countVerdicts(indicators).met : null,
    indicatorsWithTarget: indicators ? indicators.filter((row) => row.verdict !== "noTarget").length : null,
    resultsProduced: input.results.filter((result) => dayInYear(result.date, year)).length,
    meetingsHeld: cadence.reduce((sum, row) => sum + row.compliance.held, 0) + heldExtraMeetings(input, year),
    decisionsTaken: input.decisions.filter((decision) => decision.meeting.cycleYear === year).length,
    proposalsReceived: proposals.received,
    proposalsAccepted: proposals.accepted,
    proposalsRejected: proposals.rejected,
    membershipsStarted: input.memberships.filter((membership) => dayInYear(membership.startDate, year)).length,
    membershipsEnded: input.memberships.filter((membership) => membership.endDate !== null && dayInYear(membership.endDate, year)).length,
  };
}

/** Cadence compliance counts regular meetings held; the summary counts every meeting held, extra ones too. */
function heldExtraMeetings(input: ReportInput, year: number): number {
  return input.cadenceGroups.reduce(
    (sum, group) => sum + group.meetings.filter((meeting) => meeting.cycleYear === year && meeting.isExtra && meeting.status === "HELD").length,
    0,
  );
}

// ---------------------------------------------------------------------------------------------
// The whole report
// ---------------------------------------------------------------------------------------------

export function buildFollowUpReport(input: ReportInput): FollowUpReport {
  const { year } = input;
  const previousYear = year - 1;
  const plan = input.plans.find((candidate) => candidate.year === year) ?? null;
  const previousPlan = input.plans.find((candidate) => candidate.year === previousYear) ?? null;
  const planned = plannedActivities(plan);
  const previousPlanned = plannedActivities(previousPlan);

  const cadenceOf = (cycleYear: number) =>
    complianceRows({ year: cycleYear, currentYear: input.currentYear, now: input.now, groups: input.cadenceGroups, viewer: null });
  const cadence = cadenceOf(year);
  const previousCadence = cadenceOf(previousYear);

  const now = yearFigures(input, year, cadence);
  const before = yearFigures(input, previousYear, previousCadence);
  const summary = SUMMARY_KEYS.map((key) => ({ key, ...compare(now[key], before[key]) }));

  const areaTitles = new Map(input.priorityAreas.map((area) => [area.id, area.title]));
  const byPriorityArea = planned ? planVsOutcomeByPriorityArea(planned, input.priorityAreas, year) : null;
  const indicators = planned ? indicatorOutcomes(planned) : null;

  const counts = planned ? statusCounts(planned) : null;
  const previousCounts = previousPlanned ? statusCounts(previousPlanned) : null;

  const resultsOf = (cycleYear: number) => input.results.filter((result) => dayInYear(result.date, cycleYear));
  const results = resultsOf(year);
  const previousResults = resultsOf(previousYear);
  const decisionKind = new Map(input.cadenceGroups.map((group) => [group.id, group.kind]));

  return {
    year,
    partnership: input.partnership,
    previousYear,
    currentYear: input.currentYear,
    plan: planSummary(plan),
    previousPlan: planSummary(previousPlan),
    summary,
    statusCounts: counts
      ? ACTIVITY_STATUSES.map((status) => ({ status, ...compare(counts[status], previousCounts ? previousCounts[status] : null) }))
      : null,
    byPriorityArea,
    priorityAreaGaps: (byPriorityArea ?? []).filter((row) => row.gap).map((row) => ({ id: row.key!, title: row.title! })),
    byFocusArea: planned ? planVsOutcomeByFocusArea(planned, previousPlanned) : null,
    atRisk: planned ? atRiskActivities(planned, areaTitles) : null,
    indicators,
    indicatorCounts: indicators ? countVerdicts(indicators) : null,
    coverage: planned ? coverage(planned, previousPlanned) : null,
    results: {
      byKind: RESULT_KINDS.map((kind) => {
        const count = results.filter((result) => result.kind === kind).length;
        const prior = previousResults.filter((result) => result.kind === kind).length;
        return { key: kind, count, previous: prior, change: count - prior };
      }),
      total: compare(results.length, previousResults.length),
      published: results.filter((result) => result.mayPublish).length,
      list: [...results]
        .sort((a, b) => a.date.getTime() - b.date.getTime() || a.title.localeCompare(b.title, "sv") || a.id.localeCompare(b.id))
        .map((result) => ({ id: result.id, kind: result.kind, title: result.title, date: result.date, activityId: result.activityId, activityTitle: result.activityTitle })),
    },
    cadence: { rows: cadence, previousRows: previousCadence },
    membership: { groups: membershipGroups(input), vacancies: vacancies(input) },
    proposals: { current: proposalCounts(input.proposals, year), previous: proposalCounts(input.proposals, previousYear) },
    decisions: input.decisions
      .filter((decision) => decision.meeting.cycleYear === year)
      .sort((a, b) => a.meeting.startsAt.getTime() - b.meeting.startsAt.getTime() || a.meeting.id.localeCompare(b.meeting.id) || a.number - b.number)
      .map((decision) => ({
        id: decision.id,
        number: decision.number,
        title: decision.title,
        subject: decision.subject,
        groupKind: decisionKind.get(decision.meeting.groupId) ?? null,
        meeting: { id: decision.meeting.id, title: decision.meeting.title, startsAt: decision.meeting.startsAt },
      })),
    previousDecisionCount: input.decisions.filter((decision) => decision.meeting.cycleYear === previousYear).length,
  };
}
