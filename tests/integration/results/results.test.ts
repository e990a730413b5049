import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getActivityPage } from "@/features/activity-plans/activity-queries";
import { createResult, editResult } from "@/features/results/definitions";
import { findActivityResults, findPublicResults, findRecordableActivities, findResultRegister, getResultForEdit, getResultPage } from "@/features/results/queries";
import type { Actor } from "@/server/auth/actor";
import { executeFormAction } from "@/server/actions/form-action";
import {
  expectRefused,
  expectSuccess,
  form,
  lastEvent,
  prisma,
  seedActivitiesAndActors,
  YEARS,
  type ActivityFixture,
} from "../follow-ups/activity-fixtures";

let fixture: ActivityFixture;
let researcher: Actor, municipal: Actor, reader: Actor, sgMember: Actor, wgMember: Actor, admin: Actor, otherAdmin: Actor;

beforeAll(async () => {
  ({ fixture, researcher, municipal, reader, sgMember, wgMember, admin, otherAdmin } = await seedActivitiesAndActors());
});

function resultFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    activityId: fixture.activityId,
    kind: "PUBLICATION",
    title: "VFU i förskolan – en studie",
    authors: "Johan Ekberg, Åsa Öberg",
    date: `${YEARS.adopted}-03-15`,
    identifier: "",
    url: "",
    description: "",
    ...overrides,
  };
}

const createForm = (overrides: Record<string, string> = {}) => form({ submissionKey: randomUUID(), ...resultFields(overrides) });

async function editForm(resultId: string, overrides: Record<string, string> = {}) {
  const row = await prisma().result.findUniqueOrThrow({ where: { id: resultId } });
  return form({
    resultId,
    version: String(row.version),
    ...resultFields({
      activityId: row.activityId,
      kind: row.kind,
      title: row.title,
      authors: row.authors,
      date: row.date.toISOString().slice(0, 10),
      identifier: row.identifier ?? "",
      url: row.url ?? "",
      description: row.description,
      ...(row.mayPublish ? { mayPublish: "yes" } : {}),
    }),
    ...overrides,
  });
}

describe("recording results", () => {
  let resultId: string;

  it("lets a responsible person record a result of their activity, normalising a DOI link", async () => {
    const fields = createForm({ identifier: " https://doi.org/10.1234/vfu.2190 ", url: "https://www.sh.se/rapport", mayPublish: "yes", description: "En studie av VFU." });
    ({ resultId } = await expectSuccess(() => executeFormAction(createResult, researcher, fields), "results.created"));
    const row = await prisma().result.findUniqueOrThrow({ where: { id: resultId } });
    expect(row).toMatchObject({
      partnershipId: fixture.partnershipId,
      activityId: fixture.activityId,
      kind: "PUBLICATION",
      title: "VFU i förskolan – en studie",
      authors: "Johan Ekberg, Åsa Öberg",
      identifier: "10.1234/vfu.2190",
      url: "https://www.sh.se/rapport",
      mayPublish: true,
      version: 1,
      createdById: researcher.userId,
    });
    expect(row.date.toISOString()).toBe(`${YEARS.adopted}-03-15T00:00:00.000Z`);
    const event = await lastEvent("result.created");
    expect(event).toMatchObject({ entityType: "Result", entityId: resultId, actorUserId: researcher.userId });
    expect(event.data).toMatchObject({ after: { identifier: "10.1234/vfu.2190", date: `${YEARS.adopted}-03-15`, mayPublish: true } });
  });

  it("records one result when the same form is sent twice", async () => {
    const fields = createForm({ title: "Dubbelklickat seminarium", kind: "EVENT" });
    const before = await prisma().result.count();
    const first = await expectSuccess(() => executeFormAction(createResult, municipal, fields));
    const second = await expectSuccess(() => executeFormAction(createResult, municipal, fields));
    expect(second.resultId).toBe(first.resultId);
    expect(await prisma().result.count()).toBe(before + 1);
    expect((await lastEvent("result.repeat_ignored")).entityId).toBe(first.resultId);
  });

  it("lets working-group members and administrators record results of any activity, also of a closed plan", async () => {
    await expectSuccess(() => executeFormAction(createResult, wgMember, createForm({ activityId: fixture.otherActivityId, kind: "COURSE", title: "Kurs i handledning", identifier: "diva2:1234567" })));
    const { resultId: closedResult } = await expectSuccess(() =>
      executeFormAction(createResult, admin, createForm({ activityId: fixture.closedActivityId, kind: "REPORT", title: "Slutrapport", date: `${YEARS.closed}-12-01`, identifier: "ISBN 978-91-0000-000-0" })),
    );
    expect((await prisma().result.findUniqueOrThrow({ where: { id: closedResult } })).identifier).toBe("ISBN 978-91-0000-000-0");
    // A responsible person records for a closed plan's activity too: results often come after the year.
    await expectSuccess(() => executeFormAction(createResult, researcher, createForm({ activityId: fixture.closedActivityId, kind: "DEGREE_PROJECT", title: "Examensarbete", date: `${YEARS.closed}-06-01` })));
  });

  it("edits a result, guarded by its version, with before and after in the audit", async () => {
    const fields = await editForm(resultId, { title: "VFU i förskolan – slutversion", identifier: "doi:10.1234/vfu.final", url: "" });
    await expectSuccess(() => executeFormAction(editResult, researcher, fields), "results.updated");
    const row = await prisma().result.findUniqueOrThrow({ where: { id: resultId } });
    expect(row).toMatchObject({ title: "VFU i förskolan – slutversion", identifier: "10.1234/vfu.final", url: null, mayPublish: true, version: 2 });
    const event = await lastEvent("result.updated");
    expect(event.data).toMatchObject({ before: { title: "VFU i förskolan – en studie", url: "https://www.sh.se/rapport" }, after: { title: "VFU i förskolan – slutversion", url: null } });
    // An unticked box withdraws it from publication; the working group may edit it too.
    await expectSuccess(async () => {
      const data = await editForm(resultId);
      data.delete("mayPublish");
      return executeFormAction(editResult, wgMember, data);
    });
    expect((await prisma().result.findUniqueOrThrow({ where: { id: resultId } })).mayPublish).toBe(false);
    await expectSuccess(async () => executeFormAction(editResult, admin, await editForm(resultId, { mayPublish: "yes" })));
  });

  it("refuses a stale edit and says what changed since", async () => {
    const stale = await editForm(resultId, { title: "Min ändring" });
    await expectSuccess(async () => executeFormAction(editResult, wgMember, await editForm(resultId, { title: "Arbetsgruppens titel" })));
    const state = await expectRefused(() => executeFormAction(editResult, researcher, stale), "results.refusals.stale");
    expect(state.messageValues).toMatchObject({ title: "Arbetsgruppens titel", author: "Mikael Berg" });
    expect(state.values).toMatchObject({ title: "Min ändring" });
  });

  it("refuses a result from those not responsible and outside the working group", async () => {
    for (const actor of [reader, sgMember]) {
      await expectRefused(() => executeFormAction(createResult, actor, createForm()), "errors.forbidden");
      await expectRefused(async () => executeFormAction(editResult, actor, await editForm(resultId)), "errors.forbidden");
    }
    await expectRefused(() => executeFormAction(createResult, researcher, createForm({ activityId: fixture.otherActivityId })), "errors.forbidden");
    // Moving a result to an activity one is not responsible for is refused too.
    await expectRefused(async () => executeFormAction(editResult, researcher, await editForm(resultId, { activityId: fixture.otherActivityId })), "errors.forbidden");
    await expectRefused(() => executeFormAction(createResult, null, createForm()), "errors.signedOut");
  });

  it("refuses another partnership's activities and results as not found", async () => {
    await expectRefused(() => executeFormAction(createResult, admin, createForm({ activityId: fixture.otherPartnership.activityId })), "errors.notFound");
    await expectRefused(() => executeFormAction(createResult, otherAdmin, createForm()), "errors.notFound");
    await expectRefused(async () => executeFormAction(editResult, otherAdmin, await editForm(resultId)), "errors.notFound");
    await expectRefused(async () => executeFormAction(editResult, admin, await editForm(resultId, { activityId: fixture.otherPartnership.activityId })), "errors.notFound");
    await expectRefused(async () => executeFormAction(editResult, admin, await editForm(resultId, { resultId: "missing" })), "errors.notFound");
  });

  it("answers a responsible person outside the groups 'not found' for a draft's or a proposed plan's activity, as its page does", async () => {
    for (const activityId of [fixture.draftActivityId, fixture.proposedActivityId]) {
      // Johan is responsible for it, but sees neither the activity's page nor its results.
      expect((await prisma().activity.findUniqueOrThrow({ where: { id: activityId } })).universityResponsibleId).toBe(researcher.personId);
      expect(await getActivityPage(researcher, activityId)).toBeNull();
      expect(await findActivityResults(researcher, activityId)).toBeNull();
      const state = await expectRefused(() => executeFormAction(createResult, researcher, createForm({ activityId })), "errors.notFound", {});
      expect(state.messageValues ?? {}).toEqual({});
      // Nor may a result of theirs be moved there.
      await expectRefused(async () => executeFormAction(editResult, researcher, await editForm(resultId, { activityId })), "errors.notFound", {});
      expect(await prisma().result.count({ where: { activityId } })).toBe(0);
      expect(await prisma().auditEvent.count({ where: { action: { startsWith: "result." }, data: { path: ["after", "activityId"], equals: activityId } } })).toBe(0);
    }
  });

  it("refuses activities of plans that are not adopted, and activities taken out of their plan", async () => {
    // The working group sees the draft's activity, and may record its results once the plan is adopted: it learns why not.
    expect(await getActivityPage(wgMember, fixture.draftActivityId)).not.toBeNull();
    const state = await expectRefused(() => executeFormAction(createResult, wgMember, createForm({ activityId: fixture.draftActivityId })), "results.refusals.planNotAdopted", {
      activityId: ["results.refusals.planNotAdopted"],
    });
    expect(state.messageValues).toMatchObject({ year: YEARS.draft });
    expect(await prisma().result.count({ where: { activityId: fixture.draftActivityId } })).toBe(0);
    await expectRefused(async () => executeFormAction(editResult, wgMember, await editForm(resultId, { activityId: fixture.draftActivityId })), "results.refusals.planNotAdopted");
    await expectRefused(() => executeFormAction(createResult, wgMember, createForm({ activityId: fixture.proposedActivityId })), "results.refusals.planNotAdopted");
    await expectRefused(() => executeFormAction(createResult, reader, createForm({ activityId: fixture.draftActivityId })), "errors.notFound");
    await expectRefused(() => executeFormAction(createResult, researcher, createForm({ activityId: fixture.removedActivityId })), "results.refusals.removed", {
      activityId: ["results.refusals.removed"],
    });
    await expectRefused(async () => executeFormAction(editResult, researcher, await editForm(resultId, { activityId: fixture.removedActivityId })), "results.refusals.removed");
  });

  it("keeps a result's own activity after the activity was taken out of its plan", async () => {
    const { resultId: own } = await expectSuccess(() => executeFormAction(createResult, researcher, createForm({ title: "Före borttagningen" })));
    await prisma().activity.update({ where: { id: fixture.activityId }, data: { removedAt: new Date() } });
    try {
      await expectSuccess(async () => executeFormAction(editResult, researcher, await editForm(own, { title: "Efter borttagningen" })));
      await expectRefused(() => executeFormAction(createResult, researcher, createForm()), "results.refusals.removed");
    } finally {
      await prisma().activity.update({ where: { id: fixture.activityId }, data: { removedAt: null } });
    }
  });

  it("refuses identifiers and links that are not what they claim, each with its own message, keeping the input", async () => {
    const state = await expectRefused(() => executeFormAction(createResult, researcher, createForm({ identifier: "10.12/x", url: "javascript:alert(1)" })), "errors.validation", {
      identifier: ["results.validation.doi"],
      url: ["results.validation.urlScheme"],
    });
    expect(state.values).toMatchObject({ identifier: "10.12/x", url: "javascript:alert(1)" });
    await expectRefused(() => executeFormAction(createResult, researcher, createForm({ identifier: "diva2:abc" })), "errors.validation", { identifier: ["results.validation.diva"] });
    await expectRefused(() => executeFormAction(createResult, researcher, createForm({ identifier: "https://example.se/x" })), "errors.validation", { identifier: ["results.validation.identifierIsLink"] });
    await expectRefused(() => executeFormAction(createResult, researcher, createForm({ url: "data:text/html,<script>alert(1)</script>" })), "errors.validation", { url: ["results.validation.urlScheme"] });
    await expectRefused(() => executeFormAction(createResult, researcher, createForm({ url: "www.sh.se" })), "errors.validation", { url: ["results.validation.url"] });
    await expectRefused(async () => executeFormAction(editResult, researcher, await editForm(resultId, { url: "JAVASCRIPT:alert(1)" })), "errors.validation", { url: ["results.validation.urlScheme"] });
  });

  it("refuses missing and malformed fields", async () => {
    await expectRefused(() => executeFormAction(createResult, researcher, createForm({ title: " ", kind: "POEM", date: "2190-02-30" })), "errors.validation", {
      title: ["validation.required"],
      kind: ["validation.required"],
      date: ["validation.date"],
    });
    await expectRefused(() => executeFormAction(createResult, researcher, createForm({ mayPublish: "maybe" })), "errors.validation", { mayPublish: ["validation.invalid"] });
  });
});

describe("reading results", () => {
  it("lists the partnership's results newest first, filtered by year and kind, for every signed-in user", async () => {
    const all = await findResultRegister(reader, { year: null, kind: null });
    expect(all.rows.length).toBeGreaterThanOrEqual(5);
    const dates = all.rows.map((row) => row.date.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(all.years).toEqual([YEARS.adopted, YEARS.closed]);
    expect(all.mayRecord).toBe(false);
    expect(all.rows.every((row) => row.activity.id !== fixture.otherPartnership.activityId)).toBe(true);
    const closedYear = await findResultRegister(reader, { year: YEARS.closed, kind: null });
    expect(closedYear.rows.map((row) => row.title).sort()).toEqual(["Examensarbete", "Slutrapport"]);
    expect((await findResultRegister(reader, { year: YEARS.closed, kind: "REPORT" })).rows.map((row) => row.title)).toEqual(["Slutrapport"]);
    expect((await findResultRegister(researcher, { year: null, kind: null })).mayRecord).toBe(true);
    expect((await findResultRegister(otherAdmin, { year: null, kind: null })).rows).toEqual([]);
  });

  it("offers each actor the activities they may record results for", async () => {
    expect((await findRecordableActivities(researcher)).map((row) => row.id).sort()).toEqual([fixture.activityId, fixture.closedActivityId].sort());
    expect(await findRecordableActivities(reader)).toEqual([]);
    const all = (await findRecordableActivities(wgMember)).map((row) => row.id);
    expect(all).toEqual(expect.arrayContaining([fixture.activityId, fixture.otherActivityId, fixture.closedActivityId]));
    expect(all).not.toContain(fixture.draftActivityId);
    expect(all).not.toContain(fixture.removedActivityId);
    expect(all).not.toContain(fixture.otherPartnership.activityId);
  });

  it("traces a result back to its activity and the activity's priority area", async () => {
    const result = await prisma().result.findFirstOrThrow({ where: { activityId: fixture.activityId, mayPublish: true } });
    const page = await getResultPage(reader, result.id);
    expect(page).toMatchObject({ id: result.id, mayEdit: false, activity: { id: fixture.activityId, planYear: YEARS.adopted, priorityArea: { id: fixture.priorityAreaId } } });
    expect((await getResultPage(researcher, result.id))!.mayEdit).toBe(true);
    expect(await getResultPage(otherAdmin, result.id)).toBeNull();
    expect(await getResultForEdit(reader, result.id)).toBe("forbidden");
    expect(await getResultForEdit(otherAdmin, result.id)).toBeNull();
    const edit = await getResultForEdit(researcher, result.id);
    expect(edit).not.toBe("forbidden");
    expect(edit && edit !== "forbidden" ? edit.activities.map((row) => row.id) : []).toContain(fixture.activityId);
  });

  it("shows an activity's results, with the way to record one for those who may", async () => {
    const section = await findActivityResults(researcher, fixture.activityId);
    expect(section!.rows.length).toBeGreaterThanOrEqual(2);
    expect(section!.rows.every((row) => row.activity.id === fixture.activityId)).toBe(true);
    expect(section!.mayRecord).toBe(true);
    expect((await findActivityResults(reader, fixture.activityId))!.mayRecord).toBe(false);
    expect((await findActivityResults(researcher, fixture.removedActivityId))!.mayRecord).toBe(false);
    expect(await findActivityResults(reader, fixture.draftActivityId)).toBeNull();
    expect(await findActivityResults(admin, fixture.otherPartnership.activityId)).toBeNull();
  });

  it("publishes only results marked so, of plans adopted by justerade minutes, without their internal links or people other than the authors", async () => {
    const hidden = await expectSuccess(() =>
      executeFormAction(createResult, researcher, createForm({ title: "Hemlig rapport", description: "HEMLIG BESKRIVNING", identifier: "10.9999/hemlig" })),
    );
    // The plans were adopted at this year's steering-group meeting, whose minutes await justering: nothing of them is public yet.
    const beforeJustering = await findPublicResults();
    expect(beforeJustering.flatMap((row) => row.results)).toEqual([]);
    const sgMinutesId = (await prisma().decision.findUniqueOrThrow({ where: { id: fixture.sgDecisionId } })).minutesId;
    await prisma().minutes.update({ where: { id: sgMinutesId }, data: { status: "APPROVED", approvedAt: new Date() } });

    const partnerships = await findPublicResults();
    const ours = partnerships.find((row) => row.slug !== fixture.otherPartnership.slug)!;
    const published = await prisma().result.findMany({ where: { partnershipId: fixture.partnershipId, mayPublish: true }, select: { id: true } });
    expect(published.length).toBeGreaterThan(0);
    expect(ours.results.map((row) => row.id).sort()).toEqual(published.map((row) => row.id).sort());
    expect(ours.results.map((row) => row.id)).not.toContain(hidden.resultId);
    const text = JSON.stringify(partnerships);
    expect(text).not.toContain("HEMLIG");
    expect(text).not.toContain(fixture.activityId);
    expect(text).not.toContain(researcher.userId);
    expect(Object.keys(ours.results[0]!).sort()).toEqual(["activityTitle", "authors", "date", "description", "id", "identifier", "kind", "title", "url"]);
    expect(partnerships.find((row) => row.slug === fixture.otherPartnership.slug)!.results).toEqual([]);
  });
});
