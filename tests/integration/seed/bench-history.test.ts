import { beforeAll, describe, expect, it } from "vitest";
import { findDecision } from "@/features/minutes/find-decision";
import { seedBenchPartnerships, type BenchPartnership } from "../../../scripts/lib/bench-partnerships";
import { countRows, type BenchSizes } from "../../../scripts/lib/bench-seed";
import { testDatabase } from "../../support/test-database";
import { expectCheckConstraintsHold } from "./check-constraints";

/**
 * The ten years of history `npm run bench` measures on (scripts/lib/bench-seed.ts): the sizes
 * issue #6 names, every plan with the decisions of its lifecycle, and rows the database's rules
 * accept — the benchmark is only worth its figures if the data is what the application makes.
 */
const prisma = () => testDatabase().prisma;
const year = 2026;
let partnershipId: string;
let sizes: BenchSizes;
let other: BenchPartnership;

beforeAll(async () => {
  // As the bench seeds it (issue #15, item 6): two partnerships of ten years; the first is measured.
  const seeded = await seedBenchPartnerships(prisma(), { year });
  ({ partnershipId, sizes } = seeded.measured);
  other = seeded.other;
}, 240_000);

describe("the benchmark's history", () => {
  it("has the sizes of ten years: 10 plans, ~500 activities, ~50 meetings, ~300 people", async () => {
    expect(sizes).toEqual(await countRows(prisma(), partnershipId));
    expect(sizes.plans).toBe(10);
    expect(sizes.activities).toBeGreaterThanOrEqual(450);
    expect(sizes.activities).toBeLessThanOrEqual(550);
    expect(sizes.indicators).toBe(2 * sizes.activities!);
    expect(sizes.followUps).toBeGreaterThan(sizes.activities!);
    expect(sizes.results).toBeGreaterThan(300);
    expect(sizes.meetings).toBeGreaterThanOrEqual(45);
    expect(sizes.meetings).toBeLessThanOrEqual(60);
    expect(sizes.people).toBeGreaterThanOrEqual(280);
    expect(sizes.people).toBeLessThanOrEqual(320);
    expect(sizes.memberships).toBeGreaterThan(50);
    expect(sizes.proposals).toBeGreaterThanOrEqual(50);
  });

  it("runs each plan through its lifecycle with the right decisions", async () => {
    const plans = await prisma().activityPlan.findMany({ where: { partnershipId }, orderBy: { year: "asc" }, include: { revisions: true } });
    expect(plans.map((plan) => [plan.year, plan.status])).toEqual(Array.from({ length: 10 }, (_, index) => [year - 9 + index, index === 9 ? "ADOPTED" : "CLOSED"]));
    for (const plan of plans) {
      const proposed = (await findDecision(plan.proposedByDecisionId!))!;
      const adopted = (await findDecision(plan.adoptedByDecisionId!))!;
      expect(proposed, String(plan.year)).toMatchObject({ subject: "ACTIVITY_PLAN", groupKind: "WORKING_GROUP", cycleYear: plan.year - 1 });
      expect(adopted, String(plan.year)).toMatchObject({ subject: "ACTIVITY_PLAN", groupKind: "STEERING_GROUP", cycleYear: plan.year - 1 });
      expect(adopted.preparedByMeeting?.id).toBe(proposed.meeting.id);
      expect(adopted.minutes.inForce && proposed.minutes.inForce).toBe(true);
      if (plan.status === "CLOSED") {
        expect(await findDecision(plan.closedByDecisionId!), String(plan.year)).toMatchObject({ subject: "FOLLOW_UP", groupKind: "STEERING_GROUP", cycleYear: plan.year });
      }
      expect(plan.revisions.find((revision) => revision.number === 0)?.reason).toBe("");
    }
  });

  it("carries delayed activities over and copies each activity's latest follow-up onto it", async () => {
    const activities = await prisma().activity.findMany({
      where: { plan: { partnershipId } },
      include: { plan: { select: { year: true } }, carriedOverFrom: { include: { plan: { select: { year: true } } } }, followUps: { orderBy: { createdAt: "desc" }, take: 1 } },
    });
    const carried = activities.filter((activity) => activity.carriedOverFrom);
    expect(carried.length).toBeGreaterThan(0);
    for (const activity of carried) {
      expect(activity.carriedOverFrom!.status).toBe("DELAYED");
      expect(activity.carriedOverFrom!.plan.year).toBe(activity.plan.year - 1);
    }
    for (const activity of activities) {
      const [latest] = activity.followUps;
      expect(activity).toMatchObject({ status: latest!.status, progress: latest!.progress, followedUpAt: latest!.createdAt });
    }
    // Every status the report counts occurs in this year's plan.
    expect(new Set(activities.filter((activity) => activity.plan.year === year).map((activity) => activity.status))).toEqual(new Set(["NOT_STARTED", "ON_TRACK", "AT_RISK", "DELAYED", "DONE"]));
  });

  it("has a second partnership of the same size beside the measured one, each activity's follow-ups counted once", async () => {
    expect(other.partnershipId).not.toBe(partnershipId);
    expect(other.sizes).toEqual(await countRows(prisma(), other.partnershipId));
    expect(other.sizes.plans).toBe(10);
    expect(other.sizes.activities).toBeGreaterThanOrEqual(450);
    expect(other.sizes.meetings).toBeGreaterThanOrEqual(45);
    // Seeding the second did not touch the first: its counts are what its own seeding returned.
    expect(sizes).toEqual(await countRows(prisma(), partnershipId));
    for (const id of [partnershipId, other.partnershipId]) {
      const activities = await prisma().activity.findMany({ where: { plan: { partnershipId: id } }, select: { version: true, _count: { select: { followUps: true } } } });
      for (const activity of activities) expect(activity.version).toBe(1 + activity._count.followUps);
    }
  });

  it("holds approved minutes for every held meeting and rows every CHECK constraint accepts", async () => {
    const held = await prisma().meeting.findMany({ where: { group: { partnershipId }, status: "HELD" }, include: { minutes: true, attendance: true } });
    expect(held.length).toBeGreaterThan(40);
    for (const meeting of held) {
      expect(meeting.minutes.map((minutes) => minutes.status)).toEqual(["APPROVED"]);
      expect(meeting.attendance.length).toBeGreaterThan(1);
    }
    const checked = await expectCheckConstraintsHold(prisma(), [
      "Person", "Membership", "Meeting", "AgendaItem", "Minutes", "MinutesEntry", "Decision", "ProposalCall", "Proposal", "PriorityArea", "PriorityAreaYear",
      "ActivityPlan", "ActivityPlanRevision", "Activity", "ActivityIndicator", "ActivityFollowUp", "Result",
    ]);
    expect(checked).toBeGreaterThan(30);
  });
});
