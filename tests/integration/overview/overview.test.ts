import { beforeAll, describe, expect, it } from "vitest";
import { findCompositionFindings } from "@/features/membership/queries";
import { findCalls } from "@/features/proposals/queries";
import { getFollowUpReport } from "@/features/follow-up-report/queries";
import { reportVerdict } from "@/features/follow-up-report/verdict";
import { getOverview, type Overview, clearOverviewCache } from "@/features/overview/queries";
import { findPublicStartPages } from "@/features/overview/public-queries";
import { findDecisions, findPublicDecisions } from "@/features/minutes/queries";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { seedDemoWork } from "@/server/seed/demo-work";
import { actorFor } from "../../support/actors";
import { testDatabase } from "../../support/test-database";
import * as fixture from "./overview-fixtures";

/**
 * Issue #14, item 2: each role's start page counts the work that waits for that person. Each test
 * reads the page before and after creating the work, so the counts are the work created here,
 * whatever the demo partnership already holds.
 */

const ADMIN = "admin@huddinge.example";
const STEERING = "ledning@huddinge.example";
const WORKING = "arbetsgrupp@sh.example";
const CONTRIBUTOR = "forskare@sh.example";
const READER = "lasare@huddinge.example";

const prisma = () => testDatabase().prisma;
// The fixtures write behind the application's back (no audit event), which the partnership parts
// the start page keeps cannot notice (queries.ts): each read here builds them anew.
const overviewOf = async (email: string, now = new Date()) => {
  clearOverviewCache();
  return getOverview(await actorFor(email), now);
};
let partnershipId: string;

beforeAll(async () => {
  ({ partnershipId } = await seedDemoPartnership(prisma()));
  // The demo's meetings, minutes, proposals and plans: the counts below are on top of real work.
  await seedDemoWork(prisma(), partnershipId);
}, 120_000);

describe("the parts a person sees", () => {
  it("are those of their roles, in the page's order, each with its work and no other", async () => {
    const reader = await overviewOf(READER);
    expect(reader.parts).toEqual(["reader"]);
    expect([reader.steering, reader.working, reader.contributor, reader.administrator]).toEqual([null, null, null, null]);

    await prisma().user.updateMany({ where: { account: { email: ADMIN } }, data: { roles: ["ADMINISTRATOR", "READER", "CONTRIBUTOR", "WORKING_GROUP_MEMBER", "STEERING_GROUP_MEMBER"] } });
    try {
      const everyone = await overviewOf(ADMIN);
      expect(everyone.parts).toEqual(["steering", "working", "contributor", "administrator", "reader"]);
      for (const part of ["steering", "working", "contributor", "administrator", "reader"] as const) expect(everyone[part], part).not.toBeNull();
    } finally {
      await prisma().user.updateMany({ where: { account: { email: ADMIN } }, data: { roles: ["ADMINISTRATOR"] } });
    }
  });
});

describe("the steering-group member's start page", () => {
  it("shows the year in brief with the follow-up report's own figures", async () => {
    const now = new Date();
    const overview = await overviewOf(STEERING, now);
    const report = await getFollowUpReport(partnershipId, stockholmYear(now), now);
    const status = (key: string) => report.statusCounts?.find((row) => row.status === key)?.current ?? 0;
    expect(overview.steering!.brief).toEqual({
      year: stockholmYear(now),
      verdict: reportVerdict(report),
      planned: report.plan ? report.summary.find((row) => row.key === "plannedActivities")!.current : null,
      done: report.plan ? status("DONE") : 0,
      onTrack: report.plan ? status("ON_TRACK") : 0,
      notStarted: report.plan ? status("NOT_STARTED") : 0,
      atRisk: report.plan ? status("AT_RISK") : 0,
      delayed: report.plan ? status("DELAYED") : 0,
    });
  });

  it("counts the next meeting with agenda and underlag, proposals and plans to decide, and minutes to approve", async () => {
    const before = (await overviewOf(STEERING)).steering!;
    const steeringGroup = await fixture.groupId(prisma(), partnershipId, "STEERING_GROUP");
    const anders = await fixture.personId(prisma(), STEERING);
    const other = await fixture.personId(prisma(), ADMIN);
    const next = await fixture.meeting(prisma(), { groupId: steeringGroup, title: "Ledningsgruppen i morgon", startsAt: fixture.daysFrom(new Date(), 1), agenda: ["Uppföljning", "Prioriterade områden"], documents: ["Uppföljningsrapport"] });
    const putForward = await fixture.proposal(prisma(), { partnershipId, title: "Framlagt förslag", status: "PUT_FORWARD" });
    await prisma().activityPlan.create({ data: { partnershipId, year: 2150, ...(await fixture.recorded(prisma(), partnershipId, "PROPOSED")) } });
    const held = await fixture.meeting(prisma(), { groupId: steeringGroup, title: "Hållet möte", startsAt: fixture.daysFrom(new Date(), -10), status: "HELD" });
    const minutes = await fixture.minutesInAdjustment(prisma(), held.id, anders, other);

    const after = (await overviewOf(STEERING)).steering!;
    expect(after.nextMeeting).toMatchObject({ id: next.id, agenda: [{ title: "Uppföljning" }, { title: "Prioriterade områden" }], documents: [{ title: "Uppföljningsrapport" }] });
    expect(after.proposalsToDecide.length).toBe(before.proposalsToDecide.length + 1);
    expect(after.proposalsToDecide.map((row) => row.id)).toContain(putForward.id);
    expect(after.plansToDecide.length).toBe(before.plansToDecide.length + 1);
    expect(after.plansToDecide).toContainEqual({ year: 2150 });
    expect(after.minutesToAdjust.length).toBe(before.minutesToAdjust.length + 1);
    expect(after.minutesToAdjust.map((row) => row.minutesId)).toContain(minutes.id);

    // Approved by the chair: no longer waiting for him.
    await prisma().minutesApproval.create({ data: { minutesId: minutes.id, personId: anders, role: "CHAIR" } });
    expect((await overviewOf(STEERING)).steering!.minutesToAdjust.length).toBe(before.minutesToAdjust.length);
  });
});

describe("the working-group member's start page", () => {
  it("counts their due and overdue follow-ups, proposals to review, minutes to approve and what to prepare", async () => {
    const now = new Date();
    const before = (await overviewOf(WORKING, now)).working!;
    const sara = await fixture.personId(prisma(), WORKING);
    const other = await fixture.personId(prisma(), ADMIN);
    const plan = await fixture.adoptedPlan(prisma(), partnershipId, 2151);
    const running = { planId: plan.id, startsOn: fixture.daysFrom(now, -100), responsibleId: sara };
    const due = await fixture.activity(prisma(), { ...running, title: "Aldrig uppföljd", endsOn: fixture.daysFrom(now, 100) });
    const overdue = await fixture.activity(prisma(), { ...running, title: "Slut utan rapport", endsOn: fixture.daysFrom(now, -2), followedUpAt: fixture.daysFrom(now, -5) });
    const recent = await fixture.activity(prisma(), { ...running, title: "Nyss uppföljd", endsOn: fixture.daysFrom(now, 100), followedUpAt: fixture.daysFrom(now, -5) });
    const done = await fixture.activity(prisma(), { ...running, title: "Klar", endsOn: fixture.daysFrom(now, -2), status: "DONE" });
    const submitted = await fixture.proposal(prisma(), { partnershipId, title: "Inskickat förslag", status: "SUBMITTED" });
    const workingGroup = await fixture.groupId(prisma(), partnershipId, "WORKING_GROUP");
    const held = await fixture.meeting(prisma(), { groupId: workingGroup, title: "Arbetsgruppen hållet", startsAt: fixture.daysFrom(now, -3), status: "HELD" });
    const minutes = await fixture.minutesInAdjustment(prisma(), held.id, other, sara);

    const after = (await overviewOf(WORKING, now)).working!;
    const followUps = after.activitiesToFollowUp.map((row) => [row.id, row.state]);
    expect(after.activitiesToFollowUp.length).toBe(before.activitiesToFollowUp.length + 2);
    expect(followUps).toContainEqual([due.id, "due"]);
    expect(followUps).toContainEqual([overdue.id, "overdue"]);
    expect(followUps.map(([id]) => id)).not.toContain(recent.id);
    expect(followUps.map(([id]) => id)).not.toContain(done.id);
    expect(after.proposalsToReview.length).toBe(before.proposalsToReview.length + 1);
    expect(after.proposalsToReview.map((row) => row.id)).toContain(submitted.id);
    expect(after.minutesToAdjust.map((row) => row.minutesId)).toEqual([...before.minutesToAdjust.map((row) => row.minutesId), minutes.id]);
    // Steering-group minutes are the steering part's, never the working part's.
    expect(after.minutesToAdjust.every((row) => row.groupKind === "WORKING_GROUP")).toBe(true);
    // Proposals to review are also what the working group must prepare before the steering group meets.
    if (after.preparation.meeting) expect(after.preparation.items).toContainEqual({ key: "proposals", count: after.proposalsToReview.length });
    else expect(after.preparation.items).toEqual([{ key: "scheduleSteering" }]);
  });
});

describe("the contributor's start page", () => {
  it("lists the open calls with days left, their own proposals with the next step, and what they can record results for", async () => {
    const now = new Date();
    const before = (await overviewOf(CONTRIBUTOR, now)).contributor!;
    const openCalls = (await findCalls(partnershipId, now)).filter((call) => call.open);
    expect(before.openCalls.map((call) => call.id)).toEqual(openCalls.map((call) => call.id));
    for (const call of before.openCalls) expect(call.daysLeft).toBeGreaterThanOrEqual(0);

    const johanUser = await fixture.userId(prisma(), CONTRIBUTOR);
    const johan = await fixture.personId(prisma(), CONTRIBUTOR);
    const draft = await fixture.proposal(prisma(), { partnershipId, title: "Mitt nya utkast", status: "DRAFT", authorId: johanUser });
    const othersDraft = await fixture.proposal(prisma(), { partnershipId, title: "Någon annans utkast", status: "DRAFT", authorId: await fixture.userId(prisma(), READER) });
    const plan = await fixture.adoptedPlan(prisma(), partnershipId, 2152);
    await fixture.activity(prisma(), { planId: plan.id, title: "Johans aktivitet", startsOn: fixture.day("2152-01-01"), endsOn: fixture.day("2152-12-31"), responsibleId: johan });

    const after = (await overviewOf(CONTRIBUTOR, now)).contributor!;
    expect(after.ownProposals[0]).toEqual({ id: draft.id, title: "Mitt nya utkast", status: "DRAFT", nextStep: openCalls.length > 0 ? "submit" : "callClosed" });
    expect(after.ownProposals.map((row) => row.id)).not.toContain(othersDraft.id);
    expect(after.recordableActivities).toBe(before.recordableActivities + 1);
  });
});

describe("the administrator's start page", () => {
  it("counts composition and cadence findings, invitations not accepted, failed mail and the agreement's dates", async () => {
    const now = new Date();
    const before = (await overviewOf(ADMIN, now)).administrator!;
    expect(before.compositionFindings).toEqual(await findCompositionFindings(partnershipId, now));
    expect(before.agreement).not.toBeNull();

    const waiting = await fixture.invitedPerson(prisma(), partnershipId, "Inbjuden Väntar", fixture.daysFrom(now, 7));
    const expired = await fixture.invitedPerson(prisma(), partnershipId, "Inbjuden Utgången", fixture.daysFrom(now, -1));
    await fixture.failedMail(prisma(), partnershipId);
    await fixture.failedMail(prisma(), partnershipId);

    const after = (await overviewOf(ADMIN, now)).administrator!;
    expect(after.invitations.length).toBe(before.invitations.length + 2);
    expect(after.invitations).toContainEqual({ personId: waiting.id, name: "Inbjuden Väntar", expired: false });
    expect(after.invitations).toContainEqual({ personId: expired.id, name: "Inbjuden Utgången", expired: true });
    expect(after.failedMail).toBe(before.failedMail + 2);

    // An amendment proposed and approved by neither party waits for both.
    const agreement = await prisma().agreement.findUniqueOrThrow({ where: { partnershipId }, select: { id: true, _count: { select: { amendments: true } } } });
    await prisma().agreementAmendment.create({
      data: { agreementId: agreement.id, number: agreement._count.amendments + 1, reason: "Ny period", changes: { noticePeriodMonths: 3 }, baseVersionNumber: 1, proposedEffectiveDate: fixture.day(`${stockholmYear(now) + 1}-01-01`) },
    });
    const amended = (await overviewOf(ADMIN, now)).administrator!.agreement!;
    expect(amended.amendmentsWaiting).toContainEqual({ number: agreement._count.amendments + 1, missingParties: ["Huddinge kommun", "Södertörns högskola"] });

    // A meeting required this year and not yet scheduled is a cadence finding; scheduling it clears it.
    const year = stockholmYear(now);
    const steeringGroup = await fixture.groupId(prisma(), partnershipId, "STEERING_GROUP");
    await prisma().meeting.updateMany({ where: { groupId: steeringGroup, cycleYear: year + 1 }, data: { status: "CANCELLED", cancelledAt: now, cancellationReason: "Test" } });
    const nextYear = (await overviewOf(ADMIN, now)).administrator!.cadenceFindings.filter((finding) => finding.year === year + 1 && finding.groupKind === "STEERING_GROUP");
    expect(nextYear).toEqual([{ year: year + 1, groupKind: "STEERING_GROUP", missing: expect.objectContaining({ kind: "schedule", count: 1 }) }]);
  });
});

describe("the reader's start page", () => {
  it("counts what they may read: published results, not unpublished ones", async () => {
    const before = (await overviewOf(READER)).reader!;
    const plan = await fixture.adoptedPlan(prisma(), partnershipId, 2153);
    const johan = await fixture.personId(prisma(), CONTRIBUTOR);
    const planned = await fixture.activity(prisma(), { planId: plan.id, title: "Läsbar aktivitet", startsOn: fixture.day("2153-01-01"), endsOn: fixture.day("2153-12-31"), responsibleId: johan });
    await fixture.result(prisma(), { partnershipId, activityId: planned.id, title: "Publicerad rapport", mayPublish: true });
    await fixture.result(prisma(), { partnershipId, activityId: planned.id, title: "Opublicerad rapport", mayPublish: false });
    const after: Overview["reader"] = (await overviewOf(READER)).reader!;
    expect(after.publishedResults).toBe(before.publishedResults + 1);
  });
});

describe("the public start page", () => {
  it("names the partnership, its parties and current members, and shows only published results and in-force priority areas", async () => {
    const now = new Date();
    const plan = await fixture.adoptedPlan(prisma(), partnershipId, 2154);
    const johan = await fixture.personId(prisma(), CONTRIBUTOR);
    const planned = await fixture.activity(prisma(), { planId: plan.id, title: "Publik aktivitet", startsOn: fixture.day("2154-01-01"), endsOn: fixture.day("2154-12-31"), responsibleId: johan });
    await fixture.result(prisma(), { partnershipId, activityId: planned.id, title: "Nyss publicerad", mayPublish: true, date: fixture.daysFrom(now, 1) });
    await fixture.result(prisma(), { partnershipId, activityId: planned.id, title: "Ännu inte publicerad", mayPublish: false, date: fixture.daysFrom(now, 2) });

    const [page] = await findPublicStartPages(now);
    expect(page!.overview.parties.map((party) => party.name)).toEqual(["Huddinge kommun", "Södertörns högskola"]);
    expect(page!.overview.groups.every((group) => group.former.length === 0)).toBe(true);
    expect(page!.overview.groups.find((group) => group.kind === "STEERING_GROUP")!.current.map((row) => row.name)).toContain("Anders Holmberg");
    expect(page!.latestResults[0]!.title).toBe("Nyss publicerad");
    expect(page!.latestResults.map((row) => row.title)).not.toContain("Ännu inte publicerad");
    expect(page!.agreement?.purpose).toBeTruthy();
    for (const entry of page!.priorityAreas) expect(entry.decision.inForce).toBe(true);
  });
});

describe("the public decision register", () => {
  it("shows visitors the decisions of adjusted minutes only, where a member also sees drafts", async () => {
    const member = await findDecisions(await actorFor(ADMIN), {});
    expect(member.rows.some((row) => row.state !== "IN_FORCE")).toBe(true);
    const visitor = await findPublicDecisions({});
    expect(visitor.partnershipId).toBe(partnershipId);
    expect(visitor.rows.length).toBeGreaterThan(0);
    expect(visitor.rows.every((row) => row.state === "IN_FORCE")).toBe(true);
    expect(visitor.rows.map((row) => row.id)).toEqual(member.rows.filter((row) => row.state === "IN_FORCE").map((row) => row.id));
  });
});
