import { beforeAll, describe, expect, it, vi } from "vitest";
import { meetingIcsResponse } from "@/features/calendar/calendar-responses";
import type { Actor } from "@/server/auth/actor";
import { ADMIN, ORIGIN, READER, actorFor, createMeeting, eventsOf, propertyOf, seed } from "./calendar-fixtures";

// The route handlers read the session and the request's origin through Next's request APIs; here
// they are replaced so that the exported GET functions run as the server would run them.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/server/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("@/server/public-origin", () => ({ appOrigin: async () => "https://samverkan.test" }));

const { GET: getMeetingIcs } = await import("@/app/api/calendar/meetings/[id]/route");
const { GET: getGroupFeed } = await import("@/app/api/calendar/groups/[slug]/route");

let privateId: string;
let publicId: string;
let cancelledExtraId: string;

beforeAll(async () => {
  const { groups } = await seed();
  privateId = (
    await createMeeting({ groupId: groups.STEERING_GROUP, title: "Årsmöte, uppföljning; plan", startsAt: new Date("2027-01-14T08:00:00Z"), agenda: ["Uppföljning"] })
  ).id;
  publicId = (await createMeeting({ groupId: groups.WORKING_GROUP, title: "Öppet möte", startsAt: new Date("2027-07-01T10:00:00Z"), isPublic: true })).id;
  cancelledExtraId = (
    await createMeeting({
      groupId: groups.WORKING_GROUP,
      title: "Extramöte",
      startsAt: new Date("2027-11-11T13:00:00Z"),
      status: "CANCELLED",
      extraReason: "Remissvar med kort svarstid",
    })
  ).id;
});

const download = (actor: Actor | null, meetingId: string) => meetingIcsResponse({ actor, meetingId, origin: ORIGIN });

describe("a meeting's .ics download", () => {
  it("gives a signed-in user of the partnership any meeting, with full details, as an attachment", async () => {
    const response = await download(await actorFor(READER), privateId);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="ledningsgrupp-2027-01-14.ics"');
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    const text = await response.text();
    const [event] = eventsOf(text);
    expect(propertyOf(event!, "UID")).toBe(`${privateId}@samverkan`);
    expect(propertyOf(event!, "SEQUENCE")).toBe("1");
    expect(propertyOf(event!, "SUMMARY")).toBe("Årsmöte\\, uppföljning\\; plan");
    expect(propertyOf(event!, "DTSTART")).toBe("20270114T090000");
    expect(event!.find((line) => line.startsWith("DTSTART"))).toBe("DTSTART;TZID=Europe/Stockholm:20270114T090000");
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm");
    expect(propertyOf(event!, "DESCRIPTION")).toContain("https://video.example/hemligt-rum");
    expect(propertyOf(event!, "DESCRIPTION")).toContain("1. Uppföljning (diskussion)");
    expect(propertyOf(event!, "URL")).toBe(`${ORIGIN}/meetings/${privateId}`);
  });

  // Guards item 8: the public sees nothing unless a meeting is marked public.
  it("gives signed-out visitors a public meeting with public details only, and a 404 for any other", async () => {
    const publicResponse = await download(null, publicId);
    expect(publicResponse.status).toBe(200);
    const text = await publicResponse.text();
    expect(propertyOf(eventsOf(text)[0]!, "SUMMARY")).toBe("Öppet möte");
    expect(text).not.toContain("hemligt-rum");
    expect(propertyOf(eventsOf(text)[0]!, "URL")).toBeUndefined();

    const hidden = await download(null, privateId);
    expect(hidden.status).toBe(404);
    expect(await hidden.text()).toBe("");
    expect((await download(null, "no-such-meeting")).status).toBe(404);
    expect((await download(await actorFor(READER), "no-such-meeting")).status).toBe(404);
    expect((await download(null, "x".repeat(200))).status).toBe(404);
  });

  it("treats a user of another partnership as the public", async () => {
    const stranger: Actor = { ...(await actorFor(ADMIN)), partnershipId: "another-partnership" };
    expect((await download(stranger, privateId)).status).toBe(404);
    const publicText = await (await download(stranger, publicId)).text();
    expect(publicText).toContain("Öppet möte");
    expect(publicText).not.toContain("hemligt-rum");
  });

  it("marks a cancelled extra meeting CANCELLED and extra", async () => {
    const text = await (await download(await actorFor(ADMIN), cancelledExtraId)).text();
    const [event] = eventsOf(text);
    expect(propertyOf(event!, "STATUS")).toBe("CANCELLED");
    expect(propertyOf(event!, "SUMMARY")).toBe("Inställt: Extramöte (Extrainsatt möte)");
    expect(propertyOf(event!, "DESCRIPTION")).toContain("Extrainsatt möte. Skäl: Remissvar med kort svarstid");
  });

  it("is what the route handler answers, with the session's actor", async () => {
    session.actor = null;
    const signedOut = await getMeetingIcs(new Request(`${ORIGIN}/api/calendar/meetings/${privateId}`), { params: Promise.resolve({ id: privateId }) });
    expect(signedOut.status).toBe(404);

    session.actor = await actorFor(READER);
    const signedIn = await getMeetingIcs(new Request(`${ORIGIN}/api/calendar/meetings/${privateId}`), { params: Promise.resolve({ id: privateId }) });
    expect(signedIn.status).toBe(200);
    expect(await signedIn.text()).toContain(`URL;VALUE=URI:https://samverkan.test/meetings/${privateId}`);
    session.actor = null;
  });
});

describe("the group feed's route handler", () => {
  it("reads the token and the partnership from the query string, never the session", async () => {
    session.actor = await actorFor(ADMIN);
    const response = await getGroupFeed(new Request(`${ORIGIN}/api/calendar/groups/ledningsgrupp`), { params: Promise.resolve({ slug: "ledningsgrupp" }) });
    expect(response.status).toBe(200);
    // Signed in or not, a feed without a token holds public meetings only.
    expect(eventsOf(await response.text())).toEqual([]);
    session.actor = null;

    const named = await getGroupFeed(new Request(`${ORIGIN}/api/calendar/groups/strategisk-arbetsgrupp?partnership=huddinge-sodertorn&token=bad`), {
      params: Promise.resolve({ slug: "strategisk-arbetsgrupp" }),
    });
    expect(named.headers.get("Cache-Control")).toBe("private, no-store");
    expect(eventsOf(await named.text()).map((event) => propertyOf(event, "SUMMARY"))).toEqual(["Öppet möte"]);
  });
});
