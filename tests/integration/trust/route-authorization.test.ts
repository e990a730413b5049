import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getActivityPage } from "@/features/activity-plans/activity-queries";
import { getPlanPage } from "@/features/activity-plans/plan-queries";
import { hashFeedToken, newFeedToken } from "@/features/calendar/feed-token";
import { getFollowUpReport } from "@/features/follow-up-report/queries";
import { parseReportYear } from "@/features/follow-up-report/report-year";
import { getMinutesPage } from "@/features/minutes/queries";
import { getProposalPage } from "@/features/proposals/queries";
import { getResultPage } from "@/features/results/queries";
import type { Actor } from "@/server/auth/actor";
import { DEMO_PARTNERSHIP_SLUG } from "@/server/seed/demo-partnership";
import { hasPermission, type Permission } from "@/lib/permissions";
import { BASE_ACTORS, ROLES_OF, auditCount, buildWorld, fixtures, isForeign, prisma, snapshot, type ActorKey, type World } from "./action-table";

/**
 * Issue #8, item 1, second half: every route handler (every src/app/**\/route.ts: the API, the
 * follow-up report's downloads, the import template) called through its exported GET/POST with a
 * Request, as each role and as a user of another partnership, with the status each must answer;
 * and the object-level reads the issue names (another group's draft minutes, someone else's draft
 * proposal, a draft activity plan) through the queries the pages use.
 *
 * Not called here, on purpose:
 * - /api/auth/[...nextauth]: next-auth's own handlers (sign-in, sign-out, session, CSRF), which
 *   hold no data of the partnership; sign-in is covered by tests/integration/auth.
 * - /api/health: a public liveness check that returns no data (tests/integration/health).
 */

// The handlers read the session through getActor; here the test decides who is signed in.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/server/auth/session", () => ({ getActor: async () => session.actor }));
// The upload handlers revalidate the page they return to, which needs Next's request context.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
// The import template reads the language cookie, which needs Next's request context too: none set.
vi.mock("next/headers", async (importOriginal) => ({ ...(await importOriginal<object>()), cookies: async () => ({ get: () => undefined }) }));

const { POST: uploadAgreementDocument } = await import("@/app/api/agreement/documents/route");
const { GET: downloadAgreementDocument } = await import("@/app/api/agreement/documents/[id]/route");
const { POST: uploadMeetingDocument } = await import("@/app/api/meetings/[id]/documents/route");
const { GET: downloadMeetingDocument } = await import("@/app/api/meetings/[id]/documents/[documentId]/route");
const { GET: exportAccount } = await import("@/app/api/account/export/route");
const { GET: meetingIcs } = await import("@/app/api/calendar/meetings/[id]/route");
const { GET: groupFeed } = await import("@/app/api/calendar/groups/[slug]/route");
const { GET: reportCsv } = await import("@/app/follow-up/[year]/report.csv/route");
const { GET: reportPdf } = await import("@/app/follow-up/[year]/report.pdf/route");
const { GET: openDataCsv } = await import("@/app/api/open-data/results.csv/route");
const { GET: openDataJson } = await import("@/app/api/open-data/results.json/route");
const { GET: importTemplate } = await import("@/app/membership/import/template/route");

const ORIGIN = "https://samverkan.test";
const SKIPPED_ROUTES = ["/src/app/api/auth/[...nextauth]/route.ts", "/src/app/api/health/route.ts"];
// Not imported: only the file names, to find routes the table below does not know.
const ROUTE_FILES = Object.keys(import.meta.glob("/src/app/**/route.ts"));

let world: World;
/** Test-made objects the routes act on. */
let targets: {
  steeringDocument: { meetingId: string; documentId: string };
  privateMeetingId: string;
  privateMeetingTitle: string;
  publicMeetingId: string;
  planned: { WORKING_GROUP: string; STEERING_GROUP: string };
  workingDraftMeetingId: string;
  draftProposalId: string;
  /** The demo plans (seedDemoWork): this year's, adopted, and next year's, a draft. */
  adoptedPlan: { year: number; activityId: string; activityTitle: string };
  draftPlan: { year: number; activityId: string; activityTitle: string };
  /** Results of the adopted plan's activity: one cleared for publication, one not. */
  publishedResult: { id: string; title: string };
  unpublishedResult: { id: string; title: string };
  /** The name of the partnership's first municipal unit (the import template's example rows name it). */
  municipalUnitName: string;
};
const tokens = new Map<ActorKey, string>();

beforeAll(async () => {
  world = await buildWorld();
  const p = prisma();
  const steeringMeeting = await fixtures.meeting(world, "STEERING_GROUP", { when: "past" });
  const privateMeeting = await fixtures.meeting(world, "WORKING_GROUP", { when: "future" });
  const publicMeeting = await fixtures.meeting(world, "WORKING_GROUP", { when: "future" });
  await p.meeting.update({ where: { id: publicMeeting.id }, data: { isPublic: true } });
  targets = {
    steeringDocument: { meetingId: steeringMeeting.id, documentId: await fixtures.insertMeetingDocument(steeringMeeting.id) },
    privateMeetingId: privateMeeting.id,
    privateMeetingTitle: privateMeeting.title,
    publicMeetingId: publicMeeting.id,
    planned: {
      WORKING_GROUP: (await fixtures.meeting(world, "WORKING_GROUP", { when: "future" })).id,
      STEERING_GROUP: (await fixtures.meeting(world, "STEERING_GROUP", { when: "future" })).id,
    },
    workingDraftMeetingId: (await fixtures.minutes(world, "WORKING_GROUP", "DRAFT")).meetingId,
    draftProposalId: (await fixtures.proposal(world, "DRAFT")).id,
    ...(await planTargets()),
  };
  // Everyone signed in gets a calendar-feed token (the feed has no session, only the token).
  for (const [key, actor] of Object.entries(world.actors)) {
    if (!actor) continue;
    const token = newFeedToken();
    await p.calendarFeedToken.create({ data: { userId: actor.userId, tokenHash: hashFeedToken(token) } });
    tokens.set(key as ActorKey, token);
  }
}, 120_000);

/** The demo plans and two results of the adopted plan's activity. */
async function planTargets() {
  const p = prisma();
  const demoPlan = async (year: number, status: "ADOPTED" | "DRAFT") => {
    const plan = await p.activityPlan.findUniqueOrThrow({
      where: { partnershipId_year: { partnershipId: world.partnershipId, year } },
      // Not a carried-over activity: its title is the one it continues, which is in this year's plan too.
      include: { activities: { where: { carriedOverFromId: null, removedAt: null }, orderBy: { title: "asc" }, take: 1 } },
    });
    expect(plan.status, `the demo plan for ${year}`).toBe(status);
    const [activity] = plan.activities;
    return { year, activityId: activity!.id, activityTitle: activity!.title };
  };
  const adoptedPlan = await demoPlan(world.year, "ADOPTED");
  const result = async (title: string, mayPublish: boolean) =>
    p.result.create({
      data: { partnershipId: world.partnershipId, activityId: adoptedPlan.activityId, kind: "REPORT", title, date: new Date(`${world.year}-01-15T00:00:00Z`), mayPublish },
      select: { id: true, title: true },
    });
  return {
    adoptedPlan,
    draftPlan: await demoPlan(world.year + 1, "DRAFT"),
    publishedResult: await result("Publicerad rapport om prövningen av behörigheter", true),
    unpublishedResult: await result("Intern rapport som inte får publiceras", false),
    municipalUnitName: (await p.organisationalUnit.findFirstOrThrow({ where: { party: { partnershipId: world.partnershipId, type: "MUNICIPALITY" } }, orderBy: { name: "asc" } })).name,
  };
}

const as = (actor: ActorKey) => {
  session.actor = world.actors[actor];
};

function upload(path: string, fields: Record<string, string>, file: { name: string; bytes: Uint8Array }): Request {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  body.set("file", new File([new Uint8Array(file.bytes)], file.name, { type: "text/plain" }));
  return new Request(`${ORIGIN}${path}`, { method: "POST", body, headers: { origin: ORIGIN, host: "samverkan.test", accept: "application/json" } });
}

const params = <T,>(value: T) => ({ params: Promise.resolve(value) });

type RouteRow = {
  /** The route file, as the glob names it. */
  file: string;
  name: string;
  actors: readonly ActorKey[];
  /** The status each actor gets (and, for the form-state answers, the message). */
  expected: (actor: ActorKey) => { status: number; message?: string };
  call: (actor: ActorKey) => Promise<Response>;
  /** For writes: what a refused request must not change. */
  write?: boolean;
  /** More checks of an answer. */
  check?: (response: Response, actor: ActorKey) => Promise<void>;
};

const ALL = BASE_ACTORS;
const SIGNED_IN_HERE: readonly ActorKey[] = ["reader", "contributor", "workingGroupMember", "steeringGroupMember", "administrator"];
/** Every role, and the accounts of the object-level cases that are in no group or only the working group. */
const EVERYONE: readonly ActorKey[] = [...ALL, "workingGroupSecretary", "otherContributor"];
/** Those who read drafts of the activity plan: administrators and the two groups' members. */
const SEES_DRAFT_PLANS: readonly ActorKey[] = ["workingGroupMember", "workingGroupSecretary", "steeringGroupMember", "administrator"];

/** The report downloads: the signed-in user's own partnership's report, whoever they are. */
const report = (format: "csv" | "pdf", year: () => string) => () => {
  const segment = year();
  const request = new Request(`${ORIGIN}/follow-up/${segment}/report.${format}`);
  return (format === "csv" ? reportCsv : reportPdf)(request, params({ year: segment }));
};

/** The open data: public, no session read; the partnership by slug. */
const openData = (format: "csv" | "json", slug: string | null) => () => {
  const request = new Request(`${ORIGIN}/api/open-data/results.${format}${slug === null ? "" : `?partnership=${slug}`}`);
  return format === "csv" ? openDataCsv(request) : openDataJson(request);
};

const csvRows = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

/**
 * Form-state answers of the upload routes: 200 on success, 400 with the refusal's message. Users
 * of the other partnership holding `permission` there get past the role check and find nothing.
 */
function formAnswer(allowed: readonly ActorKey[], permission: Permission, foreign = "errors.notFound") {
  return (actor: ActorKey) => {
    if (allowed.includes(actor)) return { status: 200 };
    if (actor === "signedOut") return { status: 400, message: "errors.signedOut" };
    if (isForeign(actor) && hasPermission(ROLES_OF[actor], permission)) return { status: 400, message: foreign };
    return { status: 400, message: "errors.forbidden" };
  };
}

const ROUTES: RouteRow[] = [
  {
    file: "/src/app/api/agreement/documents/route.ts",
    name: "POST /api/agreement/documents (administrators only)",
    actors: [...ALL, "municipalSignatory", "universitySignatory"],
    expected: formAnswer(["administrator"], "agreement:manage"),
    write: true,
    call: () => uploadAgreementDocument(upload("/api/agreement/documents", { documentKind: "ANNEX", documentTitle: "Bilaga" }, fixtures.textFile("bilaga.txt"))),
  },
  {
    file: "/src/app/api/agreement/documents/[id]/route.ts",
    name: "GET /api/agreement/documents/[id] (everyone signed in to the partnership)",
    actors: ALL,
    expected: (actor) => ({ status: actor === "signedOut" ? 401 : isForeign(actor) ? 404 : 200 }),
    call: () => downloadAgreementDocument(new Request(`${ORIGIN}/api/agreement/documents/${world.agreementDocumentId}`), params({ id: world.agreementDocumentId })),
  },
  {
    file: "/src/app/api/meetings/[id]/documents/route.ts",
    name: "POST /api/meetings/[id]/documents (a working-group meeting: administrators and its secretary)",
    actors: [...ALL, "workingGroupSecretary"],
    expected: formAnswer(["administrator", "workingGroupSecretary"], "partnership:view"),
    write: true,
    call: () => {
      const id = targets.planned.WORKING_GROUP;
      return uploadMeetingDocument(upload(`/api/meetings/${id}/documents`, { documentTitle: "Underlag" }, fixtures.textFile("underlag.txt")), params({ id }));
    },
  },
  {
    file: "/src/app/api/meetings/[id]/documents/route.ts",
    name: "POST /api/meetings/[id]/documents (a steering-group meeting: not the working group's secretary)",
    actors: ["workingGroupSecretary", "steeringGroupMember", "administrator"],
    expected: formAnswer(["administrator"], "partnership:view"),
    write: true,
    call: () => {
      const id = targets.planned.STEERING_GROUP;
      return uploadMeetingDocument(upload(`/api/meetings/${id}/documents`, { documentTitle: "Underlag" }, fixtures.textFile("underlag.txt")), params({ id }));
    },
  },
  {
    file: "/src/app/api/meetings/[id]/documents/[documentId]/route.ts",
    name: "GET /api/meetings/[id]/documents/[documentId] (a working-group meeting's underlag: its members and administrators)",
    actors: [...ALL, "workingGroupSecretary"],
    expected: (actor) => ({
      status: actor === "signedOut" ? 401 : ["administrator", "workingGroupMember", "workingGroupSecretary"].includes(actor) ? 200 : 404,
    }),
    call: () => {
      const { meetingId, documentId } = world.workingGroupDocument;
      return downloadMeetingDocument(new Request(`${ORIGIN}/api/meetings/${meetingId}/documents/${documentId}`), params({ id: meetingId, documentId }));
    },
  },
  {
    file: "/src/app/api/meetings/[id]/documents/[documentId]/route.ts",
    name: "GET /api/meetings/[id]/documents/[documentId] (a steering-group meeting's underlag: not the working group's)",
    actors: [...ALL, "workingGroupSecretary"],
    expected: (actor) => ({ status: actor === "signedOut" ? 401 : ["administrator", "steeringGroupMember"].includes(actor) ? 200 : 404 }),
    call: () => {
      const { meetingId, documentId } = targets.steeringDocument;
      return downloadMeetingDocument(new Request(`${ORIGIN}/api/meetings/${meetingId}/documents/${documentId}`), params({ id: meetingId, documentId }));
    },
  },
  {
    file: "/src/app/api/account/export/route.ts",
    name: "GET /api/account/export (one's own data, whoever asks)",
    actors: ALL,
    expected: (actor) => ({ status: actor === "signedOut" ? 401 : 200 }),
    call: () => exportAccount(),
    check: async (response, actor) => {
      const own = world.actors[actor]!;
      const data = (await response.json()) as { person: { id: string }; account: { id: string; email: string } };
      expect(data.person.id).toBe(own.personId);
      expect(data.account).toMatchObject({ id: own.userId, email: own.email });
    },
  },
  {
    file: "/src/app/api/calendar/meetings/[id]/route.ts",
    name: "GET /api/calendar/meetings/[id] (a private meeting: the partnership's users only)",
    actors: ALL,
    expected: (actor) => ({ status: actor === "signedOut" || isForeign(actor) ? 404 : 200 }),
    call: () => meetingIcs(new Request(`${ORIGIN}/api/calendar/meetings/${targets.privateMeetingId}`), params({ id: targets.privateMeetingId })),
  },
  {
    file: "/src/app/api/calendar/meetings/[id]/route.ts",
    name: "GET /api/calendar/meetings/[id] (a public meeting: everyone)",
    actors: ALL,
    expected: () => ({ status: 200 }),
    call: () => meetingIcs(new Request(`${ORIGIN}/api/calendar/meetings/${targets.publicMeetingId}`), params({ id: targets.publicMeetingId })),
  },
  {
    file: "/src/app/api/calendar/groups/[slug]/route.ts",
    name: "GET /api/calendar/groups/[slug] (private meetings only with a token of the partnership)",
    actors: ALL,
    expected: () => ({ status: 200 }),
    call: (actor) => {
      // No session: the token is the key. Signed out, the public feed of the partnership by slug.
      const query = actor === "signedOut" ? "partnership=huddinge-sodertorn" : `token=${tokens.get(actor)}`;
      return groupFeed(new Request(`${ORIGIN}/api/calendar/groups/strategisk-arbetsgrupp?${query}`), params({ slug: "strategisk-arbetsgrupp" }));
    },
    check: async (response, actor) => {
      const text = await response.text();
      const mayKnow = (SIGNED_IN_HERE as readonly string[]).includes(actor);
      expect(text.includes(targets.privateMeetingTitle), `private meeting in ${actor}'s feed`).toBe(mayKnow);
    },
  },
  {
    file: "/src/app/follow-up/[year]/report.csv/route.ts",
    name: "GET /follow-up/[year]/report.csv (this year's: everyone signed in, their own partnership's report)",
    actors: EVERYONE,
    expected: (actor) => ({ status: actor === "signedOut" ? 401 : 200 }),
    call: report("csv", () => String(world.year)),
    check: async (response, actor) => {
      expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
      const cells = csvRows(await response.text()).flat();
      // The other partnership gets a report of its own, empty: never this partnership's figures.
      expect(cells.includes(targets.adoptedPlan.activityTitle), `this partnership's activity in ${actor}'s report`).toBe(!isForeign(actor));
      if (isForeign(actor)) expect(cells.join("\n")).not.toContain("Huddinge");
    },
  },
  {
    file: "/src/app/follow-up/[year]/report.csv/route.ts",
    name: "GET /follow-up/[year]/report.csv (next year's, whose plan is a draft: in nobody's report)",
    actors: EVERYONE,
    expected: (actor) => ({ status: actor === "signedOut" ? 401 : 200 }),
    call: report("csv", () => String(world.year + 1)),
    check: async (response) => {
      expect(csvRows(await response.text()).flat()).not.toContain(targets.draftPlan.activityTitle);
    },
  },
  {
    file: "/src/app/follow-up/[year]/report.csv/route.ts",
    name: "GET /follow-up/[year]/report.csv (1999: no such report)",
    actors: ALL,
    expected: (actor) => ({ status: actor === "signedOut" ? 401 : 404 }),
    call: report("csv", () => "1999"),
  },
  {
    file: "/src/app/follow-up/[year]/report.pdf/route.ts",
    name: "GET /follow-up/[year]/report.pdf (this year's: everyone signed in, their own partnership's report)",
    actors: EVERYONE,
    expected: (actor) => ({ status: actor === "signedOut" ? 401 : 200 }),
    call: report("pdf", () => String(world.year)),
    check: async (response) => {
      expect(response.headers.get("Content-Type")).toBe("application/pdf");
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    },
  },
  {
    file: "/src/app/follow-up/[year]/report.pdf/route.ts",
    name: "GET /follow-up/[year]/report.pdf (1999: no such report)",
    actors: ALL,
    expected: (actor) => ({ status: actor === "signedOut" ? 401 : 404 }),
    call: report("pdf", () => "1999"),
  },
  {
    file: "/src/app/api/open-data/results.csv/route.ts",
    name: "GET /api/open-data/results.csv (public: the published results only)",
    actors: ALL,
    expected: () => ({ status: 200 }),
    call: openData("csv", DEMO_PARTNERSHIP_SLUG),
    check: async (response) => {
      const cells = csvRows(await response.text()).flat();
      expect(cells).toContain(targets.publishedResult.title);
      expect(cells).not.toContain(targets.unpublishedResult.title);
    },
  },
  {
    file: "/src/app/api/open-data/results.json/route.ts",
    name: "GET /api/open-data/results.json (public: the published results only)",
    actors: ALL,
    expected: () => ({ status: 200 }),
    call: openData("json", DEMO_PARTNERSHIP_SLUG),
    check: async (response) => {
      const titles = ((await response.json()) as { results: { title: string }[] }).results.map((result) => result.title);
      expect(titles).toContain(targets.publishedResult.title);
      expect(titles).not.toContain(targets.unpublishedResult.title);
    },
  },
  {
    file: "/src/app/api/open-data/results.json/route.ts",
    name: "GET /api/open-data/results.json (the other partnership's: none of this partnership's results)",
    actors: ALL,
    expected: () => ({ status: 200 }),
    call: openData("json", "annat-partnerskap"),
    check: async (response) => {
      expect(((await response.json()) as { results: unknown[] }).results).toEqual([]);
    },
  },
  {
    file: "/src/app/api/open-data/results.json/route.ts",
    name: "GET /api/open-data/results.json (no partnership named, and there are two: not found)",
    actors: ["signedOut", "administrator"],
    expected: () => ({ status: 404 }),
    call: openData("json", null),
  },
  {
    file: "/src/app/membership/import/template/route.ts",
    name: "GET /membership/import/template (administrators, with their own partnership's names)",
    actors: [...ALL, "workingGroupSecretary"],
    expected: (actor) => ({ status: actor === "signedOut" ? 401 : actor === "administrator" || actor === "otherPartnership" ? 200 : 403 }),
    call: () => importTemplate(),
    check: async (response, actor) => {
      const text = await response.text();
      expect(text.includes(targets.municipalUnitName), `this partnership's unit in ${actor}'s template`).toBe(actor === "administrator");
    },
  },
];

describe("the route handlers", () => {
  it("are all in the table, or skipped with a reason", () => {
    const known = new Set([...ROUTES.map((row) => row.file), ...SKIPPED_ROUTES]);
    expect(ROUTE_FILES.length).toBeGreaterThan(0);
    expect(ROUTE_FILES.filter((file) => !known.has(file))).toEqual([]);
    expect([...known].filter((file) => !ROUTE_FILES.includes(file))).toEqual([]);
  });
});

describe.each(ROUTES.map((row) => [row.name, row] as const))("%s", (_name, row) => {
  it.each(row.actors.map((actor) => [actor, row.expected(actor).status, row.expected(actor)] as const))("as %s: %s", async (actor, _status, expectation) => {
    as(actor);
    const before = row.write && expectation.status !== 200 ? await snapshot() : null;
    const audit = await auditCount();
    const response = await row.call(actor);
    expect(response.status).toBe(expectation.status);
    if (expectation.message) expect(((await response.clone().json()) as { message?: string }).message).toBe(expectation.message);
    if (before) expect(await snapshot()).toEqual(before);
    if (row.write && expectation.status === 200) expect(await auditCount()).toBe(audit + 1);
    if (expectation.status === 200) await row.check?.(response, actor);
  });
});

// The pages read through these queries: a null page is the 404 the page shows.
describe("reading another group's draft minutes (the steering group's extra meeting, not public)", () => {
  const seesDraft: readonly ActorKey[] = ["steeringGroupMember", "administrator"];
  it.each([...ALL, "workingGroupSecretary"] as ActorKey[])("as %s", async (actor) => {
    const page = await getMinutesPage(world.actors[actor], world.steeringDraftMeetingId);
    expect(page?.selected?.status === "DRAFT").toBe(seesDraft.includes(actor));
    if (!seesDraft.includes(actor)) expect(JSON.stringify(page ?? null)).not.toContain("Arbetsgruppens förslag föredrogs");
    // The meeting is private: signed-out visitors and the other partnership do not find it at all.
    if (actor === "signedOut" || isForeign(actor)) expect(page).toBeNull();
  });
});

describe("reading the working group's draft minutes", () => {
  const seesDraft: readonly ActorKey[] = ["workingGroupMember", "workingGroupSecretary", "administrator"];
  it.each([...ALL, "workingGroupSecretary"] as ActorKey[])("as %s", async (actor) => {
    const page = await getMinutesPage(world.actors[actor], targets.workingDraftMeetingId);
    expect(page?.selected?.status === "DRAFT").toBe(seesDraft.includes(actor));
  });
});

describe("reading someone else's draft proposal (the contributor's)", () => {
  const readers: ActorKey[] = [...ALL.filter((actor) => actor !== "signedOut"), "otherContributor"];
  it.each(readers)("as %s", async (actor) => {
    const page = await getProposalPage(world.actors[actor]!, targets.draftProposalId);
    // A draft is its author's alone: administrators and group members neither.
    expect(page !== null).toBe(actor === "contributor");
  });
});

// The activity plan's pages (issue #6, item 7): a draft plan and its activities are the groups'
// and administrators' material, to everyone else not found; an adopted plan, its activities and
// their results are every signed-in user's of the partnership; another partnership finds none.
describe("reading next year's plan, a draft (/plans/[year])", () => {
  it.each(EVERYONE.filter((actor) => actor !== "signedOut"))("as %s", async (actor) => {
    const page = await getPlanPage(world.actors[actor]!, targets.draftPlan.year);
    expect(page !== null).toBe(SEES_DRAFT_PLANS.includes(actor));
  });
});

describe("reading this year's plan, adopted (/plans/[year])", () => {
  it.each(EVERYONE.filter((actor) => actor !== "signedOut"))("as %s", async (actor) => {
    const page = await getPlanPage(world.actors[actor]!, targets.adoptedPlan.year);
    expect(page !== null).toBe(!isForeign(actor));
  });
});

describe("reading an activity of the draft plan (/activities/[id])", () => {
  it.each(EVERYONE.filter((actor) => actor !== "signedOut"))("as %s", async (actor) => {
    const page = await getActivityPage(world.actors[actor]!, targets.draftPlan.activityId);
    expect(page !== null).toBe(SEES_DRAFT_PLANS.includes(actor));
  });
});

describe("reading an activity of the adopted plan (/activities/[id])", () => {
  it.each(EVERYONE.filter((actor) => actor !== "signedOut"))("as %s", async (actor) => {
    const page = await getActivityPage(world.actors[actor]!, targets.adoptedPlan.activityId);
    expect(page?.title ?? null).toBe(isForeign(actor) ? null : targets.adoptedPlan.activityTitle);
  });
});

describe("reading a result, published or not (/results/[id])", () => {
  it.each(EVERYONE.filter((actor) => actor !== "signedOut"))("as %s", async (actor) => {
    // Publication is about the public page and the open data; in the partnership everyone reads both.
    for (const target of [targets.publishedResult, targets.unpublishedResult]) {
      const page = await getResultPage(world.actors[actor]!, target.id);
      expect(page?.title ?? null).toBe(isForeign(actor) ? null : target.title);
    }
  });
});

describe("reading the follow-up report (/follow-up/[year])", () => {
  it.each(EVERYONE.filter((actor) => actor !== "signedOut"))("as %s: their own partnership's report", async (actor) => {
    // The page reads the report of the signed-in user's partnership; there is no other way in.
    const report = JSON.stringify(await getFollowUpReport(world.actors[actor]!.partnershipId, world.year));
    expect(report.includes(targets.adoptedPlan.activityTitle)).toBe(!isForeign(actor));
    const next = JSON.stringify(await getFollowUpReport(world.actors[actor]!.partnershipId, world.year + 1));
    expect(next).not.toContain(targets.draftPlan.activityTitle);
  });

  it("has no report for 1999 (the page answers not found)", () => {
    expect(parseReportYear("1999", world.year)).toBeNull();
    expect(parseReportYear(String(world.year), world.year)).toBe(world.year);
  });
});
