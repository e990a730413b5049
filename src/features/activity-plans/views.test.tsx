import { createFormatter, createTranslator, NextIntlClientProvider } from "next-intl";
import { renderToReadableStream } from "react-dom/server.edge";
import { describe, expect, it, vi } from "vitest";
import { messagesFor } from "@/i18n/catalogue";
import { TIME_ZONE } from "@/i18n/locales";
import type { ActivityPage } from "./activity-queries";
import type { DecisionRef } from "./decision-ref";
import type { PlanPage } from "./plan-queries";
import type { RevisionComparison } from "./revision-queries";
import { planSnapshot, type ActivitySource } from "./snapshot";
import { diffSnapshots } from "./snapshot-diff";

// Server components get their Swedish texts as on a request; a missing key fails the test.
const LOCALE = "sv";
const throwError = (error: Error) => {
  throw error;
};
vi.mock("@/i18n/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: LOCALE, messages: messagesFor(LOCALE), namespace, timeZone: TIME_ZONE, onError: throwError } as never),
  getFormatter: async () => createFormatter({ locale: LOCALE, timeZone: TIME_ZONE }),
  getLocale: async () => LOCALE,
}));
vi.mock("./actions", () => {
  const action = async () => ({ status: "idle", message: null, fieldErrors: {}, values: {} });
  return Object.fromEntries(
    [
      "createPlanAction",
      "editPlanSummaryAction",
      "proposePlanAction",
      "returnPlanToDraftAction",
      "adoptPlanAction",
      "closePlanAction",
      "createActivityAction",
      "editActivityAction",
      "removeActivityAction",
      "carryOverActivityAction",
    ].map((name) => [name, action]),
  );
});

const { PlanView } = await import("./plan-view");
const { PlansView } = await import("./plans-view");
const { ActivityView } = await import("./activity-view");
const { RevisionComparisonView } = await import("./revisions-view");
const { ActivityForm, EMPTY_ACTIVITY } = await import("./activity-form");

async function html(node: React.ReactNode): Promise<string> {
  const stream = await renderToReadableStream(
    <NextIntlClientProvider locale={LOCALE} messages={messagesFor(LOCALE)} timeZone={TIME_ZONE} onError={throwError}>
      {node}
    </NextIntlClientProvider>,
  );
  await stream.allReady;
  return new Response(stream).text();
}

/** Headings never skip a level, and there is one h1. */
function expectHeadingOrder(page: string) {
  const levels = [...page.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
  expect(levels.filter((level) => level === 1)).toHaveLength(1);
  levels.reduce((previous, level) => {
    expect(level, `h${level} after h${previous}`).toBeLessThanOrEqual(previous + 1);
    return level;
  }, 0);
}

function expectUniqueIds(page: string) {
  const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
  expect(ids.length).toBe(new Set(ids).size);
}

const decision = (id: string, number: number, groupKind: DecisionRef["meeting"]["groupKind"], inForce = true): DecisionRef => ({
  id,
  number,
  title: `Beslut ${id}`,
  meeting: { id: `meeting-${id}`, title: `Möte ${id}`, startsAt: new Date("2026-10-05T08:00:00Z"), groupKind },
  inForce,
  state: inForce ? "inForce" : "awaitingJustering",
});

const activity = { id: "a1", title: "VFU i förskolan", status: "AT_RISK", progress: 30, startsOn: new Date("2027-02-01T00:00:00Z"), endsOn: new Date("2027-11-30T00:00:00Z"), carriedOver: true, removedAt: null };

function planPage(overrides: Partial<PlanPage> = {}): PlanPage {
  return {
    id: "plan",
    year: 2027,
    status: "DRAFT",
    summary: "Sammanfattning",
    version: 3,
    summaryBaseline: "abc",
    proposedBy: null,
    adoptedBy: null,
    closedBy: null,
    groups: [
      { area: { id: "pa1", title: "Klimatanpassning" }, activities: [activity] },
      { area: null, activities: [{ ...activity, id: "a2", title: "Utan område", carriedOver: false }] },
    ],
    removed: [],
    revisionCount: 0,
    standing: { isAdministrator: false, isWorkingGroupMember: true, isSteeringGroupMember: false },
    actions: ["editSummary", "propose"],
    mayChangeActivities: true,
    options: { propose: [{ id: "d1", number: 3, title: "Förslag till verksamhetsplan 2027", meetingTitle: "Höstmötet", startsAt: new Date("2026-10-05T08:00:00Z"), minutesApproved: false }] },
    ...overrides,
  };
}

describe("the plan page", () => {
  it("shows a draft with its forms, activities by priority area, and the decisions on offer", async () => {
    const page = await html(await PlanView({ page: planPage(), notice: null }));
    expectHeadingOrder(page);
    expectUniqueIds(page);
    expect(page).toContain("Verksamhetsplan 2027");
    expect(page).toContain("Utkast");
    expect(page).toContain('href="/plans/2027/activities/new"');
    expect(page).toContain('href="/priority-areas/pa1"');
    expect(page).toContain('href="/activities/a1"');
    expect(page).toContain("Utan prioriterat område");
    expect(page).toContain("fortsätter från föregående år");
    expect(page).toContain("I riskzonen");
    expect(page).toContain("30 %");
    expect(page).toContain("§ 3 Förslag till verksamhetsplan 2027 – Höstmötet");
    expect(page).toContain("protokollet är inte justerat än");
    expect(page).toContain('name="summary"');
    expect(page).toContain("1 feb. 2027");
  });

  it("shows an adopted plan's decisions linked to minutes and meetings, without forms for a reader", async () => {
    const page = await html(
      await PlanView({
        page: planPage({ status: "ADOPTED", proposedBy: decision("p", 2, "WORKING_GROUP"), adoptedBy: decision("a", 3, "STEERING_GROUP"), actions: [], mayChangeActivities: false, revisionCount: 2, options: {} }),
        notice: "notices.removed",
      }),
    );
    expectHeadingOrder(page);
    expect(page).toContain('href="/meetings/meeting-a/minutes"');
    expect(page).toContain('href="/meetings/meeting-a"');
    expect(page).toContain("§ 3 Beslut a");
    expect(page).toContain("Ledningsgrupp: Möte a");
    expect(page).toContain('href="/plans/2027/revisions"');
    expect(page).toContain("2 revisioner");
    expect(page).not.toContain("<form");
    expect(page).toContain("Aktiviteten är borttagen ur planen.");
  });

  it("lists the plans with the adopting decision and offers the years to start", async () => {
    const page = await html(
      await PlansView({
        list: {
          plans: [{ id: "plan", year: 2027, status: "ADOPTED", activityCount: 8, proposedBy: null, adoptedBy: decision("a", 3, "STEERING_GROUP"), closedBy: null }],
          mayCreate: true,
          yearsToCreate: [2028, 2029],
        },
      }),
    );
    expectHeadingOrder(page);
    expect(page).toContain('href="/plans/2027"');
    expect(page).toContain("<caption");
    expect(page).toContain('<option value="2028" selected="">2028</option>');
  });
});

function activityPage(overrides: Partial<ActivityPage> = {}): ActivityPage {
  return {
    id: "a1",
    version: 2,
    title: "VFU i förskolan",
    description: "Fler platser",
    plan: { id: "plan", year: 2027, status: "ADOPTED" },
    focusArea: "EDUCATION_AND_COMPETENCE",
    thematicArea: { id: "t1", name: "VFU och lärarutbildning", nameEn: "Placements" },
    dimensions: ["SOCIAL"],
    collaborationKinds: ["VFU_PLACEMENT", "COURSE"],
    municipalResponsible: { id: "p1", name: "Mikael Berg" },
    universityResponsible: null,
    municipalUnit: { id: "u1", name: "Barn- och utbildningsförvaltningen" },
    universityUnit: { id: "u2", name: "Lärarutbildningen" },
    startsOn: new Date("2027-02-01T00:00:00Z"),
    endsOn: new Date("2027-11-30T00:00:00Z"),
    expectedResults: "30 platser",
    status: "DELAYED",
    progress: 40,
    followedUpAt: null,
    removedAt: null,
    indicators: [{ id: "i1", name: "VFU-platser", unit: "platser", targetValue: 40, outcomeValue: 38.5 }],
    continuedFrom: { id: "a0", year: 2026 },
    continuedIn: null,
    trace: {
      priorityArea: { id: "pa1", title: "Klimatanpassning", decision: decision("area", 2, "STEERING_GROUP"), yearDecision: null },
      proposal: { id: "prop", title: "Förslaget", putForward: decision("fwd", 1, "WORKING_GROUP") },
      planProposedBy: decision("p", 2, "WORKING_GROUP"),
      planAdoptedBy: decision("a", 3, "STEERING_GROUP", false),
      planClosedBy: null,
    },
    mayChange: true,
    needsReason: true,
    carryOver: { year: 2028, refusal: null, needsReason: false },
    ...overrides,
  };
}

describe("the activity page", () => {
  it("shows every field, the indicators, the chain and the trace, then the follow-up and the forms", async () => {
    const page = await html(
      await ActivityView({
        // Both forms ask for a reason (this plan and next year's are adopted): their fields must not share an id.
        page: activityPage({ carryOver: { year: 2028, refusal: null, needsReason: true } }),
        notice: "notices.edited",
        children: (
          <section aria-labelledby="x">
            <h2 id="x">Uppföljningen</h2>
          </section>
        ),
      }),
    );
    expectHeadingOrder(page);
    expectUniqueIds(page);
    for (const href of ["/priority-areas/pa1", "/proposals/prop", "/meetings/meeting-area/minutes", "/meetings/meeting-fwd", "/meetings/meeting-p/minutes", "/meetings/meeting-a", "/activities/a0", "/activities/a1/edit", "/plans/2027"]) {
      expect(page).toContain(`href="${href}"`);
    }
    expect(page).toContain("Fortsätter aktiviteten från verksamhetsplan 2026");
    expect(page).toContain("VFU-platser (verksamhetsförlagd utbildning), Kurser");
    expect(page).toContain("Försenad");
    expect(page).toContain("38,5");
    expect(page).toContain("Beslutat vid Möte a 5 oktober 2026, väntar på justering");
    expect(page).toContain("Skäl till borttagningen");
    expect(page).toContain("Fortsätt i planen för 2028");
    expect(page).toContain('id="remove-reason"');
    expect(page).toContain('id="carry-over-reason"');
    // The follow-up comes after the trace and before the forms.
    expect(page.indexOf("Spåret bakåt")).toBeLessThan(page.indexOf("Uppföljningen"));
    expect(page.indexOf("Uppföljningen")).toBeLessThan(page.indexOf("Ändra aktiviteten"));
  });

  it("says why carrying over is not possible, and offers no forms to a reader", async () => {
    const page = await html(await ActivityView({ page: activityPage({ mayChange: false, carryOver: { year: 2028, refusal: "noNextPlan", needsReason: false } }), notice: null }));
    expect(page).toContain("Det finns ingen verksamhetsplan för 2028 ännu.");
    expect(page).not.toContain("<form");
    const reader = await html(await ActivityView({ page: activityPage({ mayChange: false, carryOver: null }), notice: null }));
    expect(reader).not.toContain("Ändra aktiviteten");
  });
});

describe("the comparison of revisions", () => {
  it("shows the fields that changed, old → new, in words", async () => {
    const source = (overrides: Partial<ActivitySource> = {}): ActivitySource => ({
      id: "a1",
      title: "VFU",
      description: "",
      focusArea: "EDUCATION_AND_COMPETENCE",
      dimensions: ["SOCIAL"],
      collaborationKinds: ["COURSE"],
      startsOn: new Date("2027-02-01T00:00:00Z"),
      endsOn: new Date("2027-11-30T00:00:00Z"),
      expectedResults: "",
      carriedOverFromId: null,
      priorityArea: null,
      thematicArea: null,
      municipalResponsible: null,
      universityResponsible: null,
      municipalUnit: null,
      universityUnit: null,
      indicators: [{ id: "i1", name: "Platser", unit: "st", targetValue: 30, sortOrder: 0 }],
      ...overrides,
    });
    const plan = { id: "plan", year: 2027, summary: "" };
    const before = planSnapshot(plan, [source(), source({ id: "gone", title: "Borttagen" })]);
    const after = planSnapshot(plan, [source({ endsOn: new Date("2027-12-20T00:00:00Z"), dimensions: ["SOCIAL", "CULTURAL"], indicators: [{ id: "i1", name: "Platser", unit: "st", targetValue: 40, sortOrder: 0 }] })]);
    const comparison: RevisionComparison = {
      plan: { id: "plan", year: 2027, status: "ADOPTED" },
      revision: { number: 2, createdAt: new Date("2027-05-01T10:00:00Z"), reason: "Förlängd", createdByName: "Sara Nyström" },
      previous: 1,
      latest: 2,
      snapshot: after,
      diff: diffSnapshots(before, after),
    };
    const page = await html(await RevisionComparisonView({ comparison }));
    expectHeadingOrder(page);
    expect(page).toContain("Revision 2 av verksamhetsplan 2027");
    expect(page).toContain("Förlängd");
    expect(page).toContain("30 november 2027");
    expect(page).toContain("20 december 2027");
    expect(page).toContain("Kulturell, Social");
    expect(page).toContain("Platser: 40 st");
    expect(page).toContain("Borttagna aktiviteter");
    expect(page).toContain('href="/plans/2027/revisions/1"');
    expect(page).not.toContain('href="/plans/2027/revisions/3"');
  });
});

describe("the activity form", () => {
  it("works without JavaScript: every field labelled, existing indicators and three empty rows, a reason when the plan is adopted", async () => {
    const options = {
      priorityAreas: [{ id: "pa1", title: "Klimatanpassning" }],
      thematicAreas: [{ id: "t1", name: "VFU", nameEn: null, focusArea: "EDUCATION_AND_COMPETENCE" }],
      municipalPeople: [{ id: "p1", name: "Mikael Berg" }],
      universityPeople: [{ id: "p2", name: "Johan Ekberg" }],
      municipalUnits: [{ id: "u1", name: "BUF" }],
      universityUnits: [{ id: "u2", name: "Lärarutbildningen" }],
    };
    const values = { ...EMPTY_ACTIVITY, title: "VFU", indicators: [{ id: "i1", name: "Platser", unit: "st", target: "30" }] };
    const page = await html(<ActivityForm mode={{ kind: "edit", activityId: "a1", version: 2, baseline: "f00" }} values={values} options={options} needsReason year={2027} />);
    expectUniqueIds(page);
    for (const name of ["title", "description", "priorityAreaId", "focusArea", "thematicAreaId", "municipalResponsibleId", "universityResponsibleId", "municipalUnitId", "universityUnitId", "startsOn", "endsOn", "expectedResults", "reason", "indicator0Name", "indicator3Target"]) {
      expect(page).toContain(`for="field-${name}"`);
    }
    expect(page).not.toContain("indicator4Name");
    expect(page).toContain('name="indicator0Id" value="i1"');
    expect(page).toContain('name="baseline" value="f00"');
    expect(page).toContain('id="field-indicators"');
    expect(page).toContain("Planen är fastställd: ändringen blir en revision");
  });
});
