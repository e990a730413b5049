import { beforeAll, describe, expect, it } from "vitest";
import { openCall, reopenCall } from "@/features/proposals/call-definitions";
import { deadlineInstant } from "@/features/proposals/deadline";
import { CONTENT_FIELDS } from "@/features/proposals/schemas";
import { queueDeadlineNotices } from "@/features/proposals/deadline-job";
import { createProposal, editProposal, withdrawProposal } from "@/features/proposals/proposal-definitions";
import { findProposalList, getProposalPage } from "@/features/proposals/queries";
import { addComment, decideProposal, putForward, recordRecommendation, startReview } from "@/features/proposals/review-definitions";
import { stockholmParts } from "@/features/meetings/meeting-time";
import type { Actor } from "@/server/auth/actor";
import { editDecision, removeDecision } from "@/features/minutes/decision-definitions";
import { executeFormAction } from "@/server/actions/form-action";
import {
  actorFor,
  ADMIN,
  completeFields,
  expectRefused,
  expectSuccess,
  form,
  lastEvent,
  newKey,
  OTHER_RESEARCHER,
  prisma,
  proposalRow,
  READER,
  RESEARCHER,
  seed,
  snapshot,
  SG_MEMBER,
  STEERING_CHAIR,
  THIS_YEAR,
  WG_MEMBER,
  WORKING_CHAIR,
  type Fixture,
} from "./proposal-fixtures";

let fixture: Fixture;
let admin: Actor, researcher: Actor, reader: Actor, wgChair: Actor, wgMember: Actor, sgChair: Actor, sgMember: Actor, otherResearcher: Actor;

beforeAll(async () => {
  fixture = await seed();
  admin = await actorFor(ADMIN);
  researcher = await actorFor(RESEARCHER);
  reader = await actorFor(READER);
  wgChair = await actorFor(WORKING_CHAIR);
  wgMember = await actorFor(WG_MEMBER);
  sgChair = await actorFor(STEERING_CHAIR);
  sgMember = await actorFor(SG_MEMBER);
  otherResearcher = await actorFor(OTHER_RESEARCHER);
});

const transition = (proposalId: string, version: number, fields: Record<string, string | string[]> = {}) => form({ proposalId, version: String(version), ...fields });

/**
 * A submitted proposal, dated (by default) the day before this year's held working-group meeting,
 * so the demo's meetings come after it in time order; `{ now: true }` keeps today's submission.
 */
async function submitted(actor: Actor = researcher, overrides: Record<string, string | string[]> = {}, { now = false } = {}) {
  const { proposalId } = await expectSuccess(() => executeFormAction(createProposal, actor, form(completeFields(fixture, overrides))));
  if (!now) {
    const meeting = await prisma().meeting.findUniqueOrThrow({ where: { id: fixture.wgMeetingId } });
    await prisma().proposal.update({ where: { id: proposalId }, data: { submittedAt: new Date(meeting.startsAt.getTime() - 24 * 3600_000) } });
  }
  return proposalId;
}

/** A held meeting of this year with draft minutes and one decision on priority areas. */
async function heldMeetingWithDecision(kind: "WORKING_GROUP" | "STEERING_GROUP", startsAt: Date, preparedByMeetingId: string | null = null) {
  const group = await prisma().group.findFirstOrThrow({ where: { partnershipId: fixture.partnershipId, kind } });
  const meeting = await prisma().meeting.create({
    data: { groupId: group.id, title: `Möte ${startsAt.toISOString().slice(0, 10)}`, startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000), cycleYear: THIS_YEAR, status: "HELD", isExtra: true, extraReason: "Test." },
  });
  const minutes = await prisma().minutes.create({ data: { meetingId: meeting.id } });
  const decision = await prisma().decision.create({
    data: { minutesId: minutes.id, meetingId: meeting.id, number: 1, subject: "PRIORITY_AREAS", title: "Prioriterade områden", text: "Beslut.", preparedByMeetingId },
  });
  return { meetingId: meeting.id, decisionId: decision.id };
}

describe("drafts and submission", () => {
  it("saves a draft with a title only, for its author's eyes", async () => {
    const { proposalId, status } = await expectSuccess(
      () => executeFormAction(createProposal, researcher, form({ submissionKey: newKey(), intent: "draft", title: "Ett första utkast" })),
      "proposals.saved",
    );
    expect(status).toBe("DRAFT");
    const row = await proposalRow(proposalId);
    expect(row).toMatchObject({ status: "DRAFT", authorId: researcher.userId, callId: fixture.callId, submittedAt: null, version: 1 });
    expect((await lastEvent("proposal.created")).entityId).toBe(proposalId);
    expect(await prisma().outboxMessage.count({ where: { dedupeKey: { startsWith: `proposal-status:${proposalId}` } } })).toBe(0);
    // Visibility: the author sees it; the working group, the steering group and administrators do not.
    expect(await getProposalPage(researcher, proposalId)).not.toBeNull();
    for (const other of [admin, wgChair, sgChair, reader]) expect(await getProposalPage(other, proposalId)).toBeNull();
  });

  it("creates one proposal when the same form is sent twice, and returns it without an error", async () => {
    const fields = completeFields(fixture);
    const first = await expectSuccess(() => executeFormAction(createProposal, researcher, form(fields)));
    const second = await expectSuccess(() => executeFormAction(createProposal, researcher, form(fields)));
    expect(second.proposalId).toBe(first.proposalId);
    expect(await prisma().proposal.count({ where: { submissionKey: fields.submissionKey as string } })).toBe(1);
    expect(await prisma().proposalThematicArea.count({ where: { proposalId: first.proposalId } })).toBe(1);
    // The author was told once.
    expect(await prisma().outboxMessage.count({ where: { dedupeKey: `proposal-status:${first.proposalId}:SUBMITTED:${researcher.userId}` } })).toBe(1);
    // Someone else's key is not theirs to replay.
    await expectRefused(() => executeFormAction(createProposal, otherResearcher, form(fields)), "errors.conflict");
  });

  it("refuses people who may not propose", async () => {
    await expectRefused(() => executeFormAction(createProposal, reader, form(completeFields(fixture))), "errors.forbidden");
    await expectRefused(() => executeFormAction(createProposal, null, form(completeFields(fixture))), "errors.signedOut");
  });

  it("says per field what a submission lacks, and keeps what was typed", async () => {
    const fields = { submissionKey: newKey(), intent: "submit", title: "Bara en rubrik", contactName: "Johan" };
    const before = await prisma().proposal.count();
    const { state } = await executeFormAction(createProposal, researcher, form(fields));
    expect(state.message).toBe("errors.validation");
    expect(state.fieldErrors).toMatchObject({
      problem: ["validation.required"],
      focusArea: ["validation.required"],
      thematicAreaIds: ["proposals.validation.chooseThematicArea"],
      dimensions: ["proposals.validation.chooseDimension"],
      unitIds: ["proposals.validation.chooseUnit"],
      contactEmail: ["validation.required"],
    });
    expect(state.fieldErrors.contactName).toBeUndefined();
    expect(state.values).toMatchObject({ title: "Bara en rubrik", contactName: "Johan" });
    expect(await prisma().proposal.count()).toBe(before);
  });

  it("lists every required field at once when the form is sent empty (issue #18, item 6)", async () => {
    // What a browser sends for the empty form: every text field empty, no checkbox ticked.
    const empty = { submissionKey: newKey(), intent: "submit", title: "", problem: "", focusArea: "", expectedResults: "", followUp: "", periodStartYear: "", periodEndYear: "", resources: "", contactName: "", contactEmail: "" };
    const before = await prisma().proposal.count();
    const { state } = await executeFormAction(createProposal, researcher, form(empty));
    expect(state.message).toBe("errors.validation");
    expect(Object.keys(state.fieldErrors).sort()).toEqual([...CONTENT_FIELDS].sort());
    expect(state.fieldErrors).toMatchObject({ title: ["validation.required"], problem: ["validation.required"], unitIds: ["proposals.validation.chooseUnit"] });
    expect(await prisma().proposal.count()).toBe(before);
  });

  it("refuses thematic areas outside the chosen focus area, and unknown ones", async () => {
    await expectRefused(
      () => executeFormAction(createProposal, researcher, form(completeFields(fixture, { thematicAreaIds: [fixture.thematic.vfu, fixture.thematic.hallbar] }))),
      "errors.validation",
      { thematicAreaIds: ["proposals.validation.thematicAreaOutsideFocus"] },
    );
    await expectRefused(() => executeFormAction(createProposal, researcher, form(completeFields(fixture, { unitIds: ["nope"] }))), "errors.validation", {
      unitIds: ["validation.invalid"],
    });
    // Issue #18, item 6: checked against the database, and reported with the fields' own errors.
    const together = await expectRefused(
      () => executeFormAction(createProposal, researcher, form(completeFields(fixture, { title: "", thematicAreaIds: [fixture.thematic.vfu, fixture.thematic.hallbar], unitIds: ["nope"] }))),
      "errors.validation",
    );
    expect(together.fieldErrors).toMatchObject({
      title: ["validation.required"],
      thematicAreaIds: ["proposals.validation.thematicAreaOutsideFocus"],
      unitIds: ["validation.invalid"],
    });
  });

  it("submits a complete proposal to the open call and tells the author", async () => {
    const proposalId = await submitted();
    const row = await proposalRow(proposalId);
    expect(row).toMatchObject({ status: "SUBMITTED", callId: fixture.callId, focusArea: "EDUCATION_AND_COMPETENCE", dimensions: ["SOCIAL", "ECONOMIC"] });
    expect(row.submittedAt).not.toBeNull();
    const mail = await prisma().outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `proposal-status:${proposalId}:SUBMITTED:${researcher.userId}` } });
    expect(mail.toAddress).toBe(RESEARCHER);
    expect(mail.text).toContain(`https://samverkan.test/proposals/${proposalId}`);
    expect(mail.subject).toContain("Inskickat");
    // Submitted: the groups and administrators see it; a reader does not.
    for (const member of [admin, wgMember, sgMember]) expect(await getProposalPage(member, proposalId)).not.toBeNull();
    expect(await getProposalPage(reader, proposalId)).toBeNull();
    expect((await findProposalList(reader)).rows.some((r) => r.id === proposalId)).toBe(false);
    expect((await findProposalList(wgMember)).rows.some((r) => r.id === proposalId)).toBe(true);
  });

  it("edits a draft with the version it was rendered from, refuses stale saves and other people", async () => {
    const { proposalId } = await expectSuccess(() => executeFormAction(createProposal, researcher, form({ submissionKey: newKey(), intent: "draft", title: "Utkast" })));
    const edit = (actor: Actor, version: number, fields: Record<string, string | string[]> = {}) =>
      executeFormAction(editProposal, actor, form({ ...completeFields(fixture), intent: "draft", proposalId, version: String(version), title: "Utkast, bättre", ...fields }));
    await expectSuccess(() => edit(researcher, 1));
    expect(await proposalRow(proposalId)).toMatchObject({ title: "Utkast, bättre", version: 2, status: "DRAFT" });
    expect(await prisma().proposalUnit.count({ where: { proposalId } })).toBe(2);
    await expectRefused(() => edit(researcher, 1), "proposals.refusals.stale");
    // Someone else's draft looks like no proposal at all, to administrators too (not "forbidden").
    await expectRefused(() => edit(admin, 2), "errors.notFound");
    await expectRefused(() => edit(otherResearcher, 2), "errors.notFound");
    await expectSuccess(() => edit(researcher, 2, { intent: "submit" }));
    expect(await proposalRow(proposalId)).toMatchObject({ status: "SUBMITTED", version: 3 });
    // Submitted: no longer the author's to edit.
    await expectRefused(() => edit(researcher, 3), "proposals.refusals.wrongState");
  });
});

describe("the deadline", () => {
  it("refuses submissions at or after it unless an administrator reopens the call", async () => {
    const call = await prisma().proposalCall.findUniqueOrThrow({ where: { id: fixture.callId } });
    const passed = deadlineInstant(stockholmParts(new Date(Date.now() - 86_400_000)).date)!;
    await prisma().proposalCall.update({ where: { id: call.id }, data: { deadline: passed, opensAt: new Date(passed.getTime() - 30 * 86_400_000) } });
    try {
      const { proposalId } = await expectSuccess(() => executeFormAction(createProposal, researcher, form({ submissionKey: newKey(), intent: "draft", title: "Sent ute" })));
      const submit = (version: number) => executeFormAction(editProposal, researcher, form({ ...completeFields(fixture), proposalId, version: String(version) }));
      await expectRefused(() => submit(1), "proposals.refusals.deadlinePassed");
      await expectRefused(() => executeFormAction(createProposal, researcher, form(completeFields(fixture))), "proposals.refusals.deadlinePassed");

      // The job tells the working group once.
      const first = await queueDeadlineNotices(new Date());
      expect(first.calls).toBe(1);
      const mails = await prisma().outboxMessage.findMany({ where: { dedupeKey: { startsWith: `proposal-call-deadline:${call.id}:` } } });
      expect(mails.map((mail) => mail.toAddress)).toContain(WORKING_CHAIR);
      expect(mails.length).toBe(first.queued);
      expect((await prisma().proposalCall.findUniqueOrThrow({ where: { id: call.id } })).deadlineNotifiedAt).not.toBeNull();
      expect(await queueDeadlineNotices(new Date())).toEqual({ calls: 0, queued: 0 });

      const newDeadline = stockholmParts(new Date(Date.now() + 7 * 86_400_000)).date;
      const reopen = (actor: Actor, fields: Record<string, string> = {}) =>
        executeFormAction(reopenCall, actor, form({ callId: call.id, version: String(call.version), deadlineOn: newDeadline, reopenReason: "Fler förslag behövs.", ...fields }));
      await expectRefused(() => reopen(wgChair), "errors.forbidden");
      await expectRefused(() => reopen(admin, { deadlineOn: stockholmParts(new Date(Date.now() - 2 * 86_400_000)).date }), "proposals.refusals.deadlineInPast");
      await expectRefused(() => reopen(admin, { reopenReason: " " }), "errors.validation");
      // Issue #18, item 6: a deadline in the past is reported with the missing reason, in one summary.
      const both = await expectRefused(() => reopen(admin, { reopenReason: "", deadlineOn: stockholmParts(new Date(Date.now() - 2 * 86_400_000)).date }), "proposals.refusals.deadlineInPast");
      expect(both.fieldErrors).toEqual({ reopenReason: ["validation.required"], deadlineOn: ["proposals.refusals.deadlineInPast"] });
      await expectSuccess(() => reopen(admin), "proposals.calls.reopenedMessage");
      const reopened = await prisma().proposalCall.findUniqueOrThrow({ where: { id: call.id } });
      expect(reopened).toMatchObject({ reopenReason: "Fler förslag behövs.", deadlineNotifiedAt: null, deadline: deadlineInstant(newDeadline) });
      await expectSuccess(() => submit(1));
      expect((await proposalRow(proposalId)).status).toBe("SUBMITTED");
    } finally {
      await prisma().proposalCall.update({ where: { id: call.id }, data: { deadline: call.deadline, opensAt: call.opensAt } });
    }
  });

  it("lets administrators open one call per year, with a deadline ahead", async () => {
    const fields = { cycleYear: String(THIS_YEAR + 1), callTitle: "Nästa omgång", opensOn: `${THIS_YEAR + 1}-01-15`, deadlineOn: `${THIS_YEAR + 1}-03-31` };
    await expectRefused(() => executeFormAction(openCall, wgChair, form(fields)), "errors.forbidden");
    await expectRefused(() => executeFormAction(openCall, admin, form({ ...fields, deadlineOn: `${THIS_YEAR + 1}-01-10` })), "proposals.refusals.deadlineBeforeOpening");
    await expectRefused(() => executeFormAction(openCall, admin, form({ ...fields, cycleYear: String(THIS_YEAR) })), "proposals.refusals.callExists");
    // Issue #18, item 6: the days and the cycle are checked with the fields' own errors, in one summary.
    const all = await expectRefused(
      () => executeFormAction(openCall, admin, form({ ...fields, callTitle: " ", cycleYear: String(THIS_YEAR), deadlineOn: `${THIS_YEAR + 1}-01-10` })),
      "proposals.refusals.deadlineBeforeOpening",
    );
    expect(all.fieldErrors).toEqual({
      callTitle: ["validation.required"],
      deadlineOn: ["proposals.refusals.deadlineBeforeOpening"],
      cycleYear: ["proposals.refusals.callExists"],
    });
    const noSuchDay = await expectRefused(() => executeFormAction(openCall, admin, form({ ...fields, callTitle: "", opensOn: `${THIS_YEAR + 1}-02-30` })), "errors.validation");
    expect(noSuchDay.fieldErrors).toEqual({ callTitle: ["validation.required"], opensOn: ["validation.date"] });
    const { callId } = await expectSuccess(() => executeFormAction(openCall, admin, form(fields)), "proposals.calls.opened");
    const call = await prisma().proposalCall.findUniqueOrThrow({ where: { id: callId } });
    expect(call.deadline).toEqual(deadlineInstant(`${THIS_YEAR + 1}-03-31`));
    expect((await lastEvent("proposal_call.opened")).entityId).toBe(callId);
  });
});

describe("review, putting forward and the steering group's decision", () => {
  it("takes a proposal from submission to a priority area, each step by whom the rules say", async () => {
    const proposalId = await submitted();
    const step = (version: number, fields: Record<string, string | string[]> = {}) => transition(proposalId, version, fields);

    // Review: the working group (and administrators), not the steering group, the author or a reader.
    await expectRefused(() => executeFormAction(startReview, sgMember, step(1)), "errors.forbidden");
    await expectRefused(() => executeFormAction(startReview, researcher, step(1)), "errors.forbidden");
    await expectRefused(() => executeFormAction(startReview, reader, step(1)), "errors.forbidden");
    await expectRefused(() => executeFormAction(decideProposal, admin, step(1, { outcome: "ACCEPTED", decisionId: fixture.sgDecisionId, years: String(THIS_YEAR + 1) })), "proposals.refusals.wrongState");
    await expectSuccess(() => executeFormAction(startReview, wgMember, step(1)), "proposals.reviewStarted");
    expect(await proposalRow(proposalId)).toMatchObject({ status: "UNDER_REVIEW", version: 2 });
    await expectRefused(() => executeFormAction(startReview, wgMember, step(2)), "proposals.refusals.wrongState");

    await expectSuccess(() => executeFormAction(addComment, wgChair, step(2, { comment: "Bra, men avgränsa till två förskoleområden." })), "proposals.commentAdded");
    await expectRefused(() => executeFormAction(addComment, researcher, step(3, { comment: "Jag vill också kommentera." })), "errors.forbidden");
    await expectRefused(() => executeFormAction(putForward, wgChair, step(3, { putForwardDecisionId: fixture.wgDecisionId })), "proposals.refusals.recommendationMissing");
    await expectRefused(() => executeFormAction(recordRecommendation, wgChair, step(3, { recommendation: "RECOMMEND" })), "errors.validation", {
      recommendationReason: ["validation.required"],
    });
    await expectSuccess(
      () => executeFormAction(recordRecommendation, wgChair, step(3, { recommendation: "RECOMMEND_WITH_CHANGES", recommendationReason: "Avgränsa första året." })),
      "proposals.recommendationRecorded",
    );
    expect(await proposalRow(proposalId)).toMatchObject({ recommendation: "RECOMMEND_WITH_CHANGES", version: 4 });

    // Put forward only by a decision on priority areas of a held working-group meeting of the cycle.
    await expectRefused(() => executeFormAction(putForward, wgChair, step(4, { putForwardDecisionId: fixture.sgDecisionId })), "proposals.refusals.notWorkingGroupDecision", {
      putForwardDecisionId: ["proposals.refusals.notWorkingGroupDecision"],
    });
    const followUp = await prisma().decision.findFirstOrThrow({ where: { meetingId: fixture.wgMeetingId, subject: { not: "PRIORITY_AREAS" } } });
    await expectRefused(() => executeFormAction(putForward, wgChair, step(4, { putForwardDecisionId: followUp.id })), "proposals.refusals.notPriorityAreasDecision");
    const lastYears = await prisma().decision.findFirstOrThrow({ where: { subject: "PRIORITY_AREAS", meeting: { cycleYear: THIS_YEAR - 1, group: { kind: "WORKING_GROUP" } } } });
    await expectRefused(() => executeFormAction(putForward, wgChair, step(4, { putForwardDecisionId: lastYears.id })), "proposals.refusals.otherCycle");
    await expectRefused(() => executeFormAction(putForward, wgChair, step(4, { putForwardDecisionId: "missing" })), "proposals.refusals.decisionNotFound");
    await expectRefused(() => executeFormAction(putForward, wgChair, step(3, { putForwardDecisionId: fixture.wgDecisionId })), "proposals.refusals.stale");
    await expectSuccess(() => executeFormAction(putForward, wgChair, step(4, { putForwardDecisionId: fixture.wgDecisionId })), "proposals.putForwardDone");
    expect(await proposalRow(proposalId)).toMatchObject({ status: "PUT_FORWARD", putForwardMeetingId: fixture.wgMeetingId, putForwardDecisionId: fixture.wgDecisionId });

    // The steering group decides; the working group does not.
    const decide = (actor: Actor, fields: Record<string, string | string[]> = {}) =>
      executeFormAction(decideProposal, actor, step(5, { outcome: "ACCEPTED", decisionId: fixture.sgDecisionId, years: String(THIS_YEAR + 1), ...fields }));
    await expectRefused(() => decide(wgChair), "errors.forbidden");
    await expectRefused(() => decide(researcher), "errors.forbidden");
    await expectRefused(() => decide(sgChair, { decisionId: fixture.wgDecisionId }), "proposals.refusals.notSteeringGroupDecision");
    const lastSg = await prisma().decision.findFirstOrThrow({ where: { subject: "PRIORITY_AREAS", meeting: { cycleYear: THIS_YEAR - 1, group: { kind: "STEERING_GROUP" } } } });
    await expectRefused(() => decide(sgChair, { decisionId: lastSg.id }), "proposals.refusals.otherCycle");
    await expectRefused(() => decide(sgChair, { years: [] }), "proposals.refusals.yearsMissing");
    await expectRefused(() => decide(sgChair, { years: String(THIS_YEAR - 1) }), "proposals.refusals.yearsOutOfRange");
    const result = await expectSuccess(() => decide(sgChair, { years: [String(THIS_YEAR + 1), String(THIS_YEAR + 2)] }), "proposals.decided");

    const row = await proposalRow(proposalId);
    expect(row).toMatchObject({ status: "ACCEPTED", decisionId: fixture.sgDecisionId });
    expect(row.decidedAt).not.toBeNull();
    const area = await prisma().priorityArea.findUniqueOrThrow({ where: { id: result.priorityAreaId! }, include: { years: true, thematicAreas: true } });
    expect(area).toMatchObject({ proposalId, title: row.title, focusArea: "EDUCATION_AND_COMPETENCE", dimensions: ["SOCIAL", "ECONOMIC"], decisionId: fixture.sgDecisionId });
    expect(area.years.map((year) => [year.year, year.decisionId]).sort()).toEqual([
      [THIS_YEAR + 1, fixture.sgDecisionId],
      [THIS_YEAR + 2, fixture.sgDecisionId],
    ]);
    expect(area.thematicAreas.map((link) => link.thematicAreaId)).toEqual([fixture.thematic.vfu]);
    expect((await lastEvent("proposal.accepted")).data).toMatchObject({ after: { status: "ACCEPTED", priorityAreaId: area.id } });

    // The author heard of every change of state.
    const keys = (await prisma().outboxMessage.findMany({ where: { dedupeKey: { startsWith: `proposal-status:${proposalId}:` } } })).map((mail) => mail.dedupeKey!.split(":")[2]);
    expect(keys.sort()).toEqual(["ACCEPTED", "PUT_FORWARD", "SUBMITTED", "UNDER_REVIEW"]);
    const accepted = await prisma().outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `proposal-status:${proposalId}:ACCEPTED:${researcher.userId}` } });
    expect(accepted.text).toContain("§ 1");

    // Decided: every signed-in user sees it (without the working group's comments), and nobody withdraws it.
    const page = await getProposalPage(reader, proposalId);
    expect(page).toMatchObject({ status: "ACCEPTED", priorityAreaId: area.id, comments: null, actions: [] });
    expect((await getProposalPage(wgMember, proposalId))!.comments).toHaveLength(1);
    await expectRefused(() => executeFormAction(withdrawProposal, researcher, step(6)), "proposals.refusals.wrongState");
    await expectRefused(() => decide(sgChair), "proposals.refusals.wrongState");
  });

  it("rejects by a decision too, with no priority area", async () => {
    const proposalId = await submitted(otherResearcher, { contactName: "Nadia Haddad", contactEmail: OTHER_RESEARCHER });
    await expectSuccess(() => executeFormAction(startReview, admin, transition(proposalId, 1)));
    await expectSuccess(() => executeFormAction(recordRecommendation, admin, transition(proposalId, 2, { recommendation: "DO_NOT_RECOMMEND", recommendationReason: "Passar inte i år." })));
    await expectSuccess(() => executeFormAction(putForward, admin, transition(proposalId, 3, { putForwardDecisionId: fixture.wgDecisionId })));
    await expectSuccess(() => executeFormAction(decideProposal, sgMember, transition(proposalId, 4, { outcome: "REJECTED", decisionId: fixture.sgDecisionId })));
    expect(await proposalRow(proposalId)).toMatchObject({ status: "REJECTED", decisionId: fixture.sgDecisionId });
    expect(await prisma().priorityArea.count({ where: { proposalId } })).toBe(0);
    expect(await prisma().outboxMessage.count({ where: { dedupeKey: `proposal-status:${proposalId}:REJECTED:${otherResearcher.userId}` } })).toBe(1);
  });

  it("refuses a decision not prepared by the meeting that put the proposal forward", async () => {
    const proposalId = await submitted();
    await expectSuccess(() => executeFormAction(startReview, admin, transition(proposalId, 1)));
    await expectSuccess(() => executeFormAction(recordRecommendation, admin, transition(proposalId, 2, { recommendation: "RECOMMEND", recommendationReason: "Bra." })));
    await expectSuccess(() => executeFormAction(putForward, admin, transition(proposalId, 3, { putForwardDecisionId: fixture.wgDecisionId })));
    // Another steering-group decision on priority areas, in the same draft minutes, naming no working-group meeting of this year.
    const other = await prisma().decision.create({
      data: { minutesId: fixture.sgMinutesId, meetingId: (await prisma().decision.findUniqueOrThrow({ where: { id: fixture.sgDecisionId } })).meetingId, number: 99, subject: "PRIORITY_AREAS", title: "Annat", text: "Annat beslut." },
    });
    await expectRefused(
      () => executeFormAction(decideProposal, admin, transition(proposalId, 4, { outcome: "ACCEPTED", decisionId: other.id, years: String(THIS_YEAR + 1) })),
      "proposals.refusals.notPreparedByPutForwardMeeting",
    );
    await prisma().decision.delete({ where: { id: other.id } });
  });

  it("keeps time order: put forward only by a meeting on or after the submission, decided only by one on or after the putting forward", async () => {
    // Submitted today: this year's earlier working-group meeting cannot have put it forward.
    const proposalId = await submitted(researcher, {}, { now: true });
    await expectSuccess(() => executeFormAction(startReview, admin, transition(proposalId, 1)));
    await expectSuccess(() => executeFormAction(recordRecommendation, admin, transition(proposalId, 2, { recommendation: "RECOMMEND", recommendationReason: "Bra." })));
    const wgMeeting = await prisma().meeting.findUniqueOrThrow({ where: { id: fixture.wgMeetingId } });
    const submittedAt = (await proposalRow(proposalId)).submittedAt!;
    expect(wgMeeting.startsAt.getTime()).toBeLessThan(submittedAt.getTime() - 24 * 3600_000);
    const before = await snapshot();
    await expectRefused(() => executeFormAction(putForward, admin, transition(proposalId, 3, { putForwardDecisionId: fixture.wgDecisionId })), "proposals.refusals.beforeSubmission", {
      putForwardDecisionId: ["proposals.refusals.beforeSubmission"],
    });
    expect(await snapshot()).toEqual(before);
    // The form offers none of the earlier decisions, and says when the working group meets next.
    const page = (await getProposalPage(admin, proposalId))!;
    expect(page.putForwardOptions!.decisions.map((option) => option.id)).not.toContain(fixture.wgDecisionId);
    expect(page.putForwardOptions!.since).toEqual(submittedAt);

    // A working-group meeting held later the same day puts it forward; it is then offered, too.
    const later = await heldMeetingWithDecision("WORKING_GROUP", new Date(submittedAt.getTime() + 60_000));
    expect((await getProposalPage(admin, proposalId))!.putForwardOptions!.decisions.map((option) => option.id)).toContain(later.decisionId);
    await expectSuccess(() => executeFormAction(putForward, admin, transition(proposalId, 3, { putForwardDecisionId: later.decisionId })));

    // A steering-group decision from before that meeting is refused, even when it names it; one after is taken.
    const earlierSg = await heldMeetingWithDecision("STEERING_GROUP", new Date(submittedAt.getTime() - 3 * 24 * 3600_000), later.meetingId);
    const decide = (decisionId: string) => () => executeFormAction(decideProposal, sgChair, transition(proposalId, 4, { outcome: "ACCEPTED", decisionId, years: String(THIS_YEAR + 1) }));
    expect((await getProposalPage(sgChair, proposalId))!.decisionOptions!.decisions.map((option) => option.id)).not.toContain(earlierSg.decisionId);
    await expectRefused(decide(earlierSg.decisionId), "proposals.refusals.beforePutForward");
    expect(await proposalRow(proposalId)).toMatchObject({ status: "PUT_FORWARD" });
    const laterSg = await heldMeetingWithDecision("STEERING_GROUP", new Date(submittedAt.getTime() + 2 * 60_000), later.meetingId);
    expect((await getProposalPage(sgChair, proposalId))!.decisionOptions!.decisions.map((option) => option.id)).toEqual([laterSg.decisionId]);
    await expectSuccess(decide(laterSg.decisionId), "proposals.decided");

    // The proposal and its area now rest on the steering group's §: it is not removed, nor its subject
    // changed, and the refusal names what rests on it. Its wording may still be corrected in the draft.
    const sg = await prisma().decision.findUniqueOrThrow({ where: { id: laterSg.decisionId }, include: { minutes: true } });
    const { title } = await proposalRow(proposalId);
    const edit = (fields: Record<string, string>) =>
      executeFormAction(
        editDecision,
        admin,
        form({ minutesId: sg.minutesId, version: String(sg.minutes.version), decisionId: sg.id, decisionTitle: sg.title, decisionText: sg.text, subject: sg.subject, agendaItemId: "", preparedByMeetingId: later.meetingId, ...fields }),
      );
    const refused = await expectRefused(() => edit({ subject: "GENERAL" }), "minutes.refusals.decisionSubjectInUse", { subject: ["minutes.refusals.decisionSubjectInUse"] });
    expect(refused.messageValues).toMatchObject({ names: `”${title}”` });
    await expectRefused(() => edit({ preparedByMeetingId: "" }), "minutes.refusals.decisionSubjectInUse");
    const removal = await expectRefused(
      () => executeFormAction(removeDecision, admin, form({ minutesId: sg.minutesId, version: String(sg.minutes.version), decisionId: sg.id })),
      "minutes.refusals.decisionInUse",
    );
    expect(removal.messageValues).toMatchObject({ names: `”${title}”` });
    await expectSuccess(() => edit({ decisionTitle: "Prioriterade områden (rättad rubrik)" }), "minutes.decisionSaved");
    expect((await getProposalPage(admin, proposalId))!.decision).toMatchObject({ title: "Prioriterade områden (rättad rubrik)" });
  });

  it("lets the author withdraw before the decision, and nobody else", async () => {
    const proposalId = await submitted();
    await expectSuccess(() => executeFormAction(startReview, wgMember, transition(proposalId, 1)));
    await expectRefused(() => executeFormAction(withdrawProposal, admin, transition(proposalId, 2)), "errors.forbidden");
    await expectRefused(() => executeFormAction(withdrawProposal, otherResearcher, transition(proposalId, 2)), "errors.forbidden");
    // A reader does not see a proposal under review: to them it does not exist (not "forbidden").
    await expectRefused(() => executeFormAction(withdrawProposal, reader, transition(proposalId, 2)), "errors.notFound");
    await expectSuccess(() => executeFormAction(withdrawProposal, researcher, transition(proposalId, 2)), "proposals.withdrawn");
    const row = await proposalRow(proposalId);
    expect(row.status).toBe("WITHDRAWN");
    expect(row.withdrawnAt).not.toBeNull();
    await expectRefused(() => executeFormAction(startReview, wgMember, transition(proposalId, 3)), "proposals.refusals.wrongState");
    await expectRefused(() => executeFormAction(withdrawProposal, researcher, transition(proposalId, 3)), "proposals.refusals.wrongState");
    // Submitted before it was withdrawn: still a record the groups see.
    expect(await getProposalPage(wgMember, proposalId)).not.toBeNull();
  });

  it("answers 'not found' for another partnership's or a missing proposal", async () => {
    await expectRefused(() => executeFormAction(startReview, admin, transition("missing", 1)), "errors.notFound");
  });

  it("answers 'not found', as for a missing one, for someone else's draft: neither its state nor its existence is revealed", async () => {
    const { proposalId } = await expectSuccess(() => executeFormAction(createProposal, researcher, form({ submissionKey: newKey(), intent: "draft", title: "Hemligt utkast" })));
    // The working group may start reviews, but a draft is not theirs to see: not "wrong state".
    await expectRefused(() => executeFormAction(startReview, wgMember, transition(proposalId, 1)), "errors.notFound");
    await expectRefused(() => executeFormAction(addComment, wgChair, transition(proposalId, 1, { comment: "Hm." })), "errors.notFound");
    await expectRefused(() => executeFormAction(recordRecommendation, admin, transition(proposalId, 1, { recommendation: "RECOMMEND", recommendationReason: "Bra." })), "errors.notFound");
    await expectRefused(() => executeFormAction(putForward, admin, transition(proposalId, 1, { putForwardDecisionId: fixture.wgDecisionId })), "errors.notFound");
    await expectRefused(
      () => executeFormAction(decideProposal, sgChair, transition(proposalId, 1, { outcome: "ACCEPTED", decisionId: fixture.sgDecisionId, years: String(THIS_YEAR + 1) })),
      "errors.notFound",
    );
    // Not the author's: withdrawing or editing it is refused the same way.
    await expectRefused(() => executeFormAction(withdrawProposal, otherResearcher, transition(proposalId, 1)), "errors.notFound");
    await expectRefused(() => executeFormAction(withdrawProposal, admin, transition(proposalId, 1)), "errors.notFound");
    // The same answer as for an id that does not exist.
    const missing = await executeFormAction(startReview, wgMember, transition("no-such-proposal", 1));
    const draft = await executeFormAction(startReview, wgMember, transition(proposalId, 1));
    const refusal = ({ status, message, fieldErrors }: typeof missing.state) => ({ status, message, fieldErrors });
    expect(refusal(draft.state)).toEqual(refusal(missing.state));
    // The author still acts on it.
    await expectSuccess(() => executeFormAction(withdrawProposal, researcher, transition(proposalId, 1)), "proposals.withdrawn");
  });
});
