import { beforeAll, describe, expect, it } from "vitest";
import { getFollowUpReport } from "@/features/follow-up-report/queries";
import { reportVerdict } from "@/features/follow-up-report/verdict";
import { stockholmParts, stockholmYear } from "@/features/meetings/meeting-time";
import { isWorkingDay } from "@/server/seed/demo-dates";
import { DEMO_STEERING_GROUP_ACCOUNTS } from "@/server/seed/demo-accounts";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { DEMO_HISTORY_YEARS } from "@/server/seed/demo-schedule";
import { seedDemoWork } from "@/server/seed/demo-work";
import { testDatabase } from "../../support/test-database";

/**
 * The demo partnership's history as `npm run db:seed` makes it (issue #14, item 4; issue #19):
 * several years of held meetings with justerade minutes, priority areas and closed plans, so that
 * this year's follow-up compares with real figures; and a record in time order — nothing is
 * decided before what it decides on existed.
 */
const prisma = () => testDatabase().prisma;
const year = stockholmYear(new Date());
let partnershipId: string;

beforeAll(async () => {
  ({ partnershipId } = await seedDemoPartnership(prisma()));
  await seedDemoWork(prisma(), partnershipId);
}, 120_000);

const meetingsOf = () =>
  prisma().meeting.findMany({
    where: { group: { partnershipId } },
    orderBy: { startsAt: "asc" },
    include: {
      group: { select: { kind: true } },
      attendance: true,
      minutes: { include: { approvals: true, adjusters: true } },
    },
  });

describe("the demo's past years", () => {
  it("hold each year's two working-group meetings and the steering group's meeting, each with approved minutes", async () => {
    const meetings = await meetingsOf();
    for (let past = year - DEMO_HISTORY_YEARS; past < year; past += 1) {
      const regular = meetings.filter((meeting) => meeting.cycleYear === past && !meeting.isExtra);
      expect(regular.map((meeting) => [meeting.group.kind, meeting.status]), String(past)).toEqual([
        ["WORKING_GROUP", "HELD"],
        ["WORKING_GROUP", "HELD"],
        ["STEERING_GROUP", "HELD"],
      ]);
      for (const meeting of regular) expect(meeting.minutes.map((minutes) => minutes.status)).toEqual(["APPROVED"]);
    }
  });

  it("give this year's follow-up a previous year with figures, and a verdict that compares", async () => {
    const report = await getFollowUpReport(partnershipId, year);
    expect(report.previousPlan).toMatchObject({ status: "CLOSED" });
    for (const row of report.summary) expect(row.previous, row.key).not.toBeNull();
    const previous = (key: string) => report.summary.find((row) => row.key === key)!.previous!;
    expect(previous("plannedActivities")).toBe(6);
    expect(previous("doneActivities")).toBe(5);
    expect(previous("resultsProduced")).toBeGreaterThan(0);
    expect(previous("meetingsHeld")).toBe(3);
    expect(previous("proposalsAccepted")).toBe(4);
    expect(previous("proposalsRejected")).toBe(1);
    expect(report.statusCounts!.every((row) => row.previous !== null)).toBe(true);
    expect(reportVerdict(report).map((sentence) => sentence.kind)).toContain("change");

    // Last year's report compares with the year before it too, and its cadence was kept.
    const lastYear = await getFollowUpReport(partnershipId, year - 1);
    expect(lastYear.previousPlan).not.toBeNull();
    expect(reportVerdict(lastYear).find((sentence) => sentence.kind === "cadence")).toMatchObject({ state: "kept", held: 3, required: 3 });
  });

  it("put most of each year's activities under that year's priority areas", async () => {
    const plans = await prisma().activityPlan.findMany({ where: { partnershipId, status: { in: ["ADOPTED", "CLOSED"] } }, include: { activities: { include: { priorityArea: { include: { years: true } } } } } });
    expect(plans.length).toBeGreaterThanOrEqual(DEMO_HISTORY_YEARS);
    for (const plan of plans) {
      const under = plan.activities.filter((activity) => activity.priorityArea?.years.some((row) => row.year === plan.year));
      expect(under.length / plan.activities.length, String(plan.year)).toBeGreaterThan(0.5);
    }
  });
});

describe("the demo's steering group", () => {
  it("has members of both parties who can sign in, besides the chair", async () => {
    const users = await prisma().user.findMany({
      where: { account: { email: { in: DEMO_STEERING_GROUP_ACCOUNTS.map((account) => account.email) } } },
      include: { person: { include: { party: true } }, account: true },
    });
    expect(users).toHaveLength(DEMO_STEERING_GROUP_ACCOUNTS.length);
    expect(new Set(users.map((user) => user.person.party!.type))).toEqual(new Set(["MUNICIPALITY", "UNIVERSITY"]));
    expect(users.every((user) => user.roles.includes("STEERING_GROUP_MEMBER") && user.account?.passwordHash != null)).toBe(true);
  });

  it("has every approved minutes checked by a justerare who was there, neither the chair nor the secretary, and signed in to approve", async () => {
    const meetings = (await meetingsOf()).filter((meeting) => meeting.group.kind === "STEERING_GROUP");
    const approved = meetings.flatMap((meeting) => meeting.minutes.filter((minutes) => minutes.status === "APPROVED").map((minutes) => ({ meeting, minutes })));
    expect(approved.length).toBeGreaterThanOrEqual(DEMO_HISTORY_YEARS);
    for (const { meeting, minutes } of approved) {
      const present = new Set(meeting.attendance.filter((row) => row.status === "PRESENT").map((row) => row.personId));
      expect(minutes.adjusters.length, meeting.title).toBeGreaterThan(0);
      for (const adjuster of minutes.adjusters) {
        expect(present.has(adjuster.personId)).toBe(true);
        expect(adjuster.personId).not.toBe(minutes.chairPersonId);
        expect(adjuster.personId).not.toBe(minutes.secretaryPersonId);
      }
      expect(minutes.approvals.every((approval) => approval.userId !== null), meeting.title).toBe(true);
    }
  });
});

describe("the demo record's time order", () => {
  it("holds every meeting on a working day within office hours in Stockholm", async () => {
    for (const meeting of await meetingsOf()) {
      const start = stockholmParts(meeting.startsAt);
      const end = stockholmParts(meeting.endsAt);
      expect(isWorkingDay(start.date), `${meeting.title} ${start.date}`).toBe(true);
      expect(start.time >= "08:00" && end.time <= "17:00" && end.date === start.date, `${meeting.title} ${start.time}–${end.time}`).toBe(true);
      expect(meeting.cycleYear).toBe(start.year);
      if (meeting.status === "HELD") expect(meeting.endsAt.getTime()).toBeLessThan(Date.now());
      else expect(meeting.startsAt.getTime()).toBeGreaterThan(Date.now());
    }
  });

  it("puts a proposal forward only at a meeting held after it was submitted, and decides it only after that", async () => {
    const proposals = await prisma().proposal.findMany({
      where: { partnershipId, putForwardDecisionId: { not: null } },
      include: { putForwardDecision: { include: { meeting: true } }, decision: { include: { meeting: true } } },
    });
    expect(proposals.length).toBeGreaterThan(DEMO_HISTORY_YEARS);
    for (const proposal of proposals) {
      const putForwardAt = proposal.putForwardDecision!.meeting.startsAt;
      expect(proposal.submittedAt!.getTime(), proposal.title).toBeLessThanOrEqual(putForwardAt.getTime());
      if (proposal.decision) expect(proposal.decision.meeting.startsAt.getTime(), proposal.title).toBeGreaterThanOrEqual(putForwardAt.getTime());
    }
  });

  it("decides in the steering group only what a working-group meeting held before had prepared", async () => {
    const decisions = await prisma().decision.findMany({
      where: { meeting: { group: { partnershipId } }, preparedByMeetingId: { not: null } },
      include: { meeting: true, preparedByMeeting: true },
    });
    expect(decisions.length).toBeGreaterThan(2 * DEMO_HISTORY_YEARS);
    for (const decision of decisions) expect(decision.meeting.startsAt.getTime(), decision.title).toBeGreaterThanOrEqual(decision.preparedByMeeting!.endsAt.getTime());
  });

  it("proposes, adopts and closes each plan in order, after it was drafted and after its follow-ups", async () => {
    const plans = await prisma().activityPlan.findMany({
      where: { partnershipId },
      include: {
        proposedByDecision: { include: { meeting: true } },
        adoptedByDecision: { include: { meeting: true } },
        closedByDecision: { include: { meeting: true } },
        revisions: true,
        activities: { include: { followUps: true } },
      },
    });
    for (const plan of plans) {
      const label = String(plan.year);
      if (plan.proposedByDecision) expect(plan.proposedByDecision.meeting.startsAt.getTime(), label).toBeGreaterThanOrEqual(plan.createdAt.getTime());
      if (plan.adoptedByDecision) {
        expect(plan.adoptedByDecision.meeting.startsAt.getTime(), label).toBeGreaterThanOrEqual(plan.proposedByDecision!.meeting.startsAt.getTime());
        for (const revision of plan.revisions) expect(revision.createdAt.getTime(), label).toBeGreaterThanOrEqual(plan.adoptedByDecision.meeting.startsAt.getTime());
      }
      const followUps = plan.activities.flatMap((activity) => activity.followUps);
      for (const followUp of followUps) {
        expect(followUp.createdAt.getTime(), label).toBeGreaterThanOrEqual(plan.adoptedAt!.getTime());
        expect(followUp.createdAt.getTime(), label).toBeLessThanOrEqual(Date.now());
      }
      if (plan.closedByDecision) {
        for (const followUp of followUps) expect(followUp.createdAt.getTime(), label).toBeLessThanOrEqual(plan.closedByDecision.meeting.startsAt.getTime());
      }
    }
  });

  it("writes and approves minutes after their meeting, and a priority area only once it was decided", async () => {
    for (const meeting of await meetingsOf()) {
      for (const minutes of meeting.minutes) {
        expect(minutes.createdAt.getTime(), meeting.title).toBeGreaterThanOrEqual(meeting.endsAt.getTime());
        for (const approval of minutes.approvals) expect(approval.approvedAt.getTime(), meeting.title).toBeGreaterThanOrEqual(meeting.endsAt.getTime());
      }
    }
    const areas = await prisma().priorityArea.findMany({ where: { partnershipId }, include: { decision: { include: { meeting: true } }, years: true } });
    for (const area of areas) {
      expect(area.createdAt.getTime()).toBeGreaterThanOrEqual(area.decision!.meeting.startsAt.getTime());
      expect(area.years.every((row) => row.year > area.decision!.meeting.cycleYear)).toBe(true);
    }
  });
});
