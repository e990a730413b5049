import { beforeAll, describe, expect, it } from "vitest";
import { groupFeedResponse } from "@/features/calendar/calendar-responses";
import { hashFeedToken } from "@/features/calendar/feed-token";
import { createFeedToken, revokeFeedToken } from "@/features/calendar/feed-token-definitions";
import { findFeedTokenOwner, getFeedTokenStatus } from "@/features/calendar/queries";
import { deactivatePerson } from "@/features/people/departure-definitions";
import { executeFormAction } from "@/server/actions/form-action";
import {
  ADMIN,
  CONTRIBUTOR,
  ORIGIN,
  READER,
  WORKING_CHAIR,
  actorFor,
  allAuditText,
  auditCount,
  createMeeting,
  eventsOf,
  form,
  prisma,
  propertyOf,
  seed,
} from "./calendar-fixtures";

let groups: Awaited<ReturnType<typeof seed>>["groups"];

beforeAll(async () => {
  ({ groups } = await seed());
  await createMeeting({ groupId: groups.WORKING_GROUP, title: "Vårmöte", startsAt: new Date("2027-03-10T12:00:00Z"), agenda: ["Lägesrapport", "Underlag till verksamhetsplan"] });
  await createMeeting({ groupId: groups.WORKING_GROUP, title: "Öppet seminarium", startsAt: new Date("2027-05-20T07:00:00Z"), isPublic: true });
  await createMeeting({ groupId: groups.WORKING_GROUP, title: "Höstmöte", startsAt: new Date("2027-09-15T12:00:00Z"), status: "CANCELLED" });
  await createMeeting({ groupId: groups.STEERING_GROUP, title: "Årsmöte", startsAt: new Date("2027-10-05T11:00:00Z") });
});

async function createToken(email: string): Promise<string> {
  const { state, result } = await executeFormAction(createFeedToken, await actorFor(email), form({}));
  expect(state.status).toBe("success");
  return result!.token;
}

async function feed(slug: string, token: string | null, partnershipSlug: string | null = null) {
  const response = await groupFeedResponse({ slug, token, partnershipSlug, origin: ORIGIN });
  return { response, text: response.status === 200 ? await response.text() : "" };
}

const summaries = (ics: string) => eventsOf(ics).map((event) => propertyOf(event, "SUMMARY"));

describe("making, replacing and turning off a feed token", () => {
  // Guards the secret: only the hash is kept, and neither the token nor its hash reaches the log.
  it("keeps only the token's hash and audits the creation without the token", async () => {
    const user = await actorFor(READER);
    const before = await auditCount();
    const { state, result } = await executeFormAction(createFeedToken, user, form({}));

    expect(state).toMatchObject({ status: "success", message: "calendar.feed.created" });
    const token = result!.token;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await prisma().calendarFeedToken.findMany({ where: { userId: user.userId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashFeedToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);

    expect(await auditCount()).toBe(before + 1);
    const event = await prisma().auditEvent.findFirstOrThrow({ where: { action: "calendar.feed_token_created" }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ actorUserId: user.userId, entityType: "CalendarFeedToken", entityId: rows[0]!.id });
    expect(event.data).toMatchObject({ before: null, replacedEarlierLink: false });
    const auditText = await allAuditText();
    expect(auditText).not.toContain(token);
    expect(auditText).not.toContain(rows[0]!.tokenHash);
    expect(await findFeedTokenOwner(token)).toEqual({ userId: user.userId, partnershipId: user.partnershipId });
  });

  it("replaces the old token: the old link stops working at once, the new one works", async () => {
    const user = await actorFor(WORKING_CHAIR);
    const first = await createToken(WORKING_CHAIR);
    expect((await feed("strategisk-arbetsgrupp", first)).text).toContain("Vårmöte");

    const before = await auditCount();
    const second = await createToken(WORKING_CHAIR);
    expect(second).not.toBe(first);
    expect(await prisma().calendarFeedToken.count({ where: { userId: user.userId } })).toBe(1);
    expect(await findFeedTokenOwner(first)).toBeNull();
    expect(await findFeedTokenOwner(second)).toMatchObject({ userId: user.userId });

    const old = await feed("strategisk-arbetsgrupp", first);
    expect(old.response.status).toBe(200);
    expect(summaries(old.text)).toEqual(["Öppet seminarium"]);
    expect(summaries((await feed("strategisk-arbetsgrupp", second)).text)).toContain("Vårmöte");

    expect(await auditCount()).toBe(before + 1);
    const event = await prisma().auditEvent.findFirstOrThrow({ where: { action: "calendar.feed_token_created" }, orderBy: { id: "desc" } });
    expect(event.data).toMatchObject({ replacedEarlierLink: true });
    const auditText = await allAuditText();
    for (const secret of [first, second, hashFeedToken(first), hashFeedToken(second)]) expect(auditText).not.toContain(secret);
  });

  it("turns the token off: the link then gives only public meetings, and the event holds no secret", async () => {
    const user = await actorFor(ADMIN);
    const token = await createToken(ADMIN);
    const row = await prisma().calendarFeedToken.findUniqueOrThrow({ where: { userId: user.userId } });
    const before = await auditCount();

    const { state } = await executeFormAction(revokeFeedToken, user, form({}));
    expect(state).toMatchObject({ status: "success", message: "calendar.feed.revoked" });
    expect(await getFeedTokenStatus(user.userId)).toBeNull();
    expect(await findFeedTokenOwner(token)).toBeNull();
    expect(summaries((await feed("strategisk-arbetsgrupp", token)).text)).toEqual(["Öppet seminarium"]);

    expect(await auditCount()).toBe(before + 1);
    const event = await prisma().auditEvent.findFirstOrThrow({ where: { action: "calendar.feed_token_revoked" }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ actorUserId: user.userId, entityType: "CalendarFeedToken", entityId: row.id });
    const auditText = await allAuditText();
    expect(auditText).not.toContain(token);
    expect(auditText).not.toContain(row.tokenHash);
  });

  it("refuses to turn off a token that does not exist, changing nothing and writing no event", async () => {
    const user = await actorFor(CONTRIBUTOR);
    expect(await getFeedTokenStatus(user.userId)).toBeNull();
    const before = await auditCount();
    const { state } = await executeFormAction(revokeFeedToken, user, form({}));
    expect(state).toMatchObject({ status: "error", message: "calendar.feed.none" });
    expect(await auditCount()).toBe(before);
  });

  it("acts only on the actor's own token, whatever the form names", async () => {
    const reader = await actorFor(READER);
    const contributor = await actorFor(CONTRIBUTOR);
    const readerRow = await prisma().calendarFeedToken.findUniqueOrThrow({ where: { userId: reader.userId } });
    await executeFormAction(revokeFeedToken, contributor, form({ userId: reader.userId, id: readerRow.id }));
    expect(await prisma().calendarFeedToken.findUnique({ where: { userId: reader.userId } })).toMatchObject({ tokenHash: readerRow.tokenHash });
  });

  it("refuses signed-out callers, writing nothing", async () => {
    const before = await auditCount();
    const tokensBefore = await prisma().calendarFeedToken.count();
    const { state } = await executeFormAction(createFeedToken, null, form({}));
    expect(state).toMatchObject({ status: "error", message: "errors.signedOut" });
    expect(await auditCount()).toBe(before);
    expect(await prisma().calendarFeedToken.count()).toBe(tokensBefore);
  });
});

describe("a group's feed", () => {
  it("without a token holds only public meetings, with public details, and may be cached", async () => {
    const { response, text } = await feed("strategisk-arbetsgrupp", null);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
    const events = eventsOf(text);
    expect(events.map((event) => propertyOf(event, "SUMMARY"))).toEqual(["Öppet seminarium"]);
    expect(text).not.toContain("hemligt-rum");
    expect(propertyOf(events[0]!, "URL")).toBeUndefined();
    expect(text).toContain("BEGIN:VTIMEZONE");
    expect(propertyOf(events[0]!, "DTSTART")).toBe("20270520T090000");
  });

  // Guards item 7: the personal token unlocks private meetings, with place, link and agenda.
  it("with a valid token holds every meeting of the group, with full details, and is never cached", async () => {
    const token = await createToken(READER);
    const { response, text } = await feed("strategisk-arbetsgrupp", token);
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    const events = eventsOf(text);
    expect(events.map((event) => propertyOf(event, "SUMMARY"))).toEqual(["Vårmöte", "Öppet seminarium", "Inställt: Höstmöte"]);
    const spring = events[0]!;
    expect(propertyOf(spring, "DESCRIPTION")).toContain("Dagordning:\\n1. Lägesrapport (diskussion)\\n2. Underlag till verksamhetsplan (diskussion)");
    expect(propertyOf(spring, "DESCRIPTION")).toContain("https://video.example/hemligt-rum");
    expect(propertyOf(spring, "URL")).toMatch(/^https:\/\/samverkan\.test\/meetings\/c/);
    expect(propertyOf(spring, "LOCATION")).toBe("Huddinge kommunhus\\, sal A");
    expect(propertyOf(spring, "DTSTART")).toBe("20270310T130000");
    // The steering group's meeting is in the other group's feed.
    expect(text).not.toContain("Årsmöte");
  });

  it("shows a cancelled meeting as STATUS:CANCELLED, with its reason", async () => {
    const token = await createToken(READER);
    const cancelled = eventsOf((await feed("strategisk-arbetsgrupp", token)).text).find((event) => propertyOf(event, "SUMMARY")?.includes("Höstmöte"))!;
    expect(propertyOf(cancelled, "STATUS")).toBe("CANCELLED");
    expect(propertyOf(cancelled, "DESCRIPTION")).toContain("Mötet är inställt. Skäl: För få deltagare");
  });

  it("serves each group under its slug and nothing under an unknown one", async () => {
    const token = await createToken(READER);
    expect(summaries((await feed("ledningsgrupp", token)).text)).toEqual(["Årsmöte"]);
    expect(summaries((await feed("ledningsgrupp", null)).text)).toEqual([]);
    expect((await feed("okand-grupp", token)).response.status).toBe(404);
  });

  it("treats a malformed or unknown token as none: public meetings only, not cached", async () => {
    for (const token of ["nonsense", "A".repeat(43), ""]) {
      const { response, text } = await feed("strategisk-arbetsgrupp", token);
      expect(response.status).toBe(200);
      expect(response.headers.get("Cache-Control")).toBe("private, no-store");
      expect(summaries(text)).toEqual(["Öppet seminarium"]);
    }
  });

  it("stops giving private meetings once the token's owner is deactivated", async () => {
    const token = await createToken(CONTRIBUTOR);
    expect(summaries((await feed("strategisk-arbetsgrupp", token)).text)).toContain("Vårmöte");
    const contributor = await actorFor(CONTRIBUTOR);
    const { state } = await executeFormAction(deactivatePerson, await actorFor(ADMIN), form({ personId: contributor.personId }));
    expect(state.status).toBe("success");
    expect(await prisma().user.findUniqueOrThrow({ where: { id: contributor.userId } })).toMatchObject({ active: false });

    expect(await findFeedTokenOwner(token)).toBeNull();
    expect(summaries((await feed("strategisk-arbetsgrupp", token)).text)).toEqual(["Öppet seminarium"]);
  });

  it("keeps partnerships apart: a token shows its owner's partnership; a public feed needs the partnership named once there are several", async () => {
    const other = await prisma().partnership.create({ data: { slug: "annat-partnerskap", name: "Annat partnerskap" } });
    const otherGroup = await prisma().group.create({ data: { partnershipId: other.id, kind: "WORKING_GROUP", meetingsPerYear: 2 } });
    await createMeeting({ groupId: otherGroup.id, title: "Främmande möte", startsAt: new Date("2027-04-01T08:00:00Z") });
    await createMeeting({ groupId: otherGroup.id, title: "Främmande öppet möte", startsAt: new Date("2027-04-02T08:00:00Z"), isPublic: true });

    const token = await createToken(READER);
    const own = await feed("strategisk-arbetsgrupp", token);
    expect(summaries(own.text)).not.toContain("Främmande möte");
    expect(summaries(own.text)).not.toContain("Främmande öppet möte");

    expect((await feed("strategisk-arbetsgrupp", null)).response.status).toBe(404);
    expect(summaries((await feed("strategisk-arbetsgrupp", null, "annat-partnerskap")).text)).toEqual(["Främmande öppet möte"]);
    expect(summaries((await feed("strategisk-arbetsgrupp", null, "huddinge-sodertorn")).text)).toEqual(["Öppet seminarium"]);
    expect((await feed("strategisk-arbetsgrupp", null, "finns-inte")).response.status).toBe(404);
  });
});
