import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createFormatter, createTranslator, NextIntlClientProvider } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { messagesFor } from "@/i18n/catalogue";
import { TIME_ZONE } from "@/i18n/locales";
import type { Actor } from "@/server/auth/actor";
import { executeFormAction } from "@/server/actions/form-action";

// Rendered outside Next.js: server translations come from the catalogue, and the server actions
// (which need a request) are stand-ins. What is checked is what each viewer is shown.
vi.mock("@/i18n/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "sv", messages: messagesFor("sv"), namespace: namespace as never, timeZone: TIME_ZONE }),
  getFormatter: async () => createFormatter({ locale: "sv", timeZone: TIME_ZONE }),
}));
vi.mock("@/features/minutes/actions", () => {
  const action = async () => ({ status: "idle", message: null, fieldErrors: {}, values: {} });
  return Object.fromEntries(
    [
      "startMinutesAction",
      "setChairAction",
      "addEntryAction",
      "editEntryAction",
      "removeEntryAction",
      "addDecisionAction",
      "editDecisionAction",
      "removeDecisionAction",
      "appointAdjustersAction",
      "sendForAdjustmentAction",
      "approveMinutesAction",
      "returnToDraftAction",
      "startCorrectionAction",
    ].map((name) => [name, action]),
  );
});

const { DecisionRegister } = await import("@/features/minutes/decision-register");
const { addDecision } = await import("@/features/minutes/decision-definitions");
const { appointAdjusters, sendForAdjustment } = await import("@/features/minutes/justering-definitions");
const { startMinutes } = await import("@/features/minutes/minutes-definitions");
const { MinutesView } = await import("@/features/minutes/minutes-view");
const { findDecisions, getMinutesPage } = await import("@/features/minutes/queries");
const fixtures = await import("./minutes-fixtures");
const { actorFor, ADMIN, expectSuccess, form, READER, seed, steeringGroupMeeting, WG_MEMBER, WORKING_CHAIR } = fixtures;

async function render(element: Promise<ReactElement>): Promise<string> {
  const provider: Omit<ComponentProps<typeof NextIntlClientProvider>, "children"> = { locale: "sv", messages: messagesFor("sv"), timeZone: TIME_ZONE };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, provider as ComponentProps<typeof NextIntlClientProvider>, await element));
}

async function minutesHtml(actor: Actor | null, meetingId: string): Promise<string> {
  const page = await getMinutesPage(actor, meetingId);
  return render(MinutesView({ page: page! }));
}

/** The heading levels in document order: none may skip a level on the way down. */
function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])\b/g)].map((match) => Number(match[1]));
}

function expectHeadingsInOrder(html: string) {
  const levels = headingLevels(html);
  expect(levels[0]).toBe(1);
  for (let index = 1; index < levels.length; index++) expect(levels[index]! - levels[index - 1]!, `headings ${levels.join(",")}`).toBeLessThanOrEqual(1);
}

let fixture: Awaited<ReturnType<typeof seed>>;
let meetingId: string;
let minutesId: string;

beforeAll(async () => {
  fixture = await seed();
  const admin = await actorFor(ADMIN);
  const meeting = await fixtures.workingGroupMeeting(fixture);
  meetingId = meeting.id;
  ({ minutesId } = await expectSuccess(() => executeFormAction(startMinutes, admin, form({ meetingId, chairPersonId: fixture.people.sara! }))));
  await expectSuccess(() =>
    executeFormAction(addDecision, admin, form({ minutesId, version: "1", decisionTitle: "Satsning på VFU", decisionText: "Fler VFU-platser.", subject: "GENERAL" })),
  );
});

describe("the minutes page as rendered", () => {
  it("shows the secretary the drafting forms, and the justering status, with headings in order", async () => {
    const html = await minutesHtml(await actorFor(ADMIN), meetingId);
    expect(html).toContain("Utkast – inte justerat");
    expect(html).toContain("§ 1 Satsning på VFU");
    expect(html).toContain("Lägg till ett beslut");
    expect(html).toContain("Redigera § 1");
    expect(html).toContain("Skicka för justering");
    expect(html).toContain("Utse minst en justerare.");
    expect(html).not.toContain("Jag justerar protokollet");
    expectHeadingsInOrder(html);
  });

  it("shows a member the draft without any form, and a reader no draft at all", async () => {
    const member = await minutesHtml(await actorFor(WG_MEMBER), meetingId);
    expect(member).toContain("§ 1 Satsning på VFU");
    expect(member).not.toContain("<form");
    const reader = await minutesHtml(await actorFor(READER), meetingId);
    expect(reader).not.toContain("Satsning på VFU");
    expect(reader).toContain("Protokollet är inte justerat ännu.");
    expect(reader).not.toContain("<form");
  });

  it("shows the chair the adjusters' form, then the approval form once sent", async () => {
    const chair = await actorFor(WORKING_CHAIR);
    expect(await minutesHtml(chair, meetingId)).toContain("Utse justerare");
    await expectSuccess(() => executeFormAction(appointAdjusters, chair, form({ minutesId, version: "2", adjusterIds: fixture.people.mikael! })));
    await expectSuccess(async () => executeFormAction(sendForAdjustment, await actorFor(ADMIN), form({ minutesId, version: "3" })));
    const html = await minutesHtml(chair, meetingId);
    expect(html).toContain("Jag justerar protokollet");
    expect(html).toContain("Väntar på: Sara Nyström (ordförande), Mikael Berg (justerare).");
    expectHeadingsInOrder(html);
  });

  it("offers the start form on a held meeting without minutes, the chair preselected", async () => {
    const steering = await steeringGroupMeeting(fixture);
    const html = await minutesHtml(await actorFor(ADMIN), steering.id);
    expect(html).toContain("Påbörja protokollet");
    expect(html).toMatch(new RegExp(`<option value="${fixture.people.anders}" selected="">Anders Holmberg</option>`));
    expectHeadingsInOrder(html);
  });
});

describe("the decision register as rendered", () => {
  it("marks drafts, links the meeting and keeps a plain GET search form", async () => {
    const admin = await actorFor(ADMIN);
    const { rows, hasMore } = await findDecisions(admin, {});
    const html = await render(DecisionRegister({ rows, hasMore, filter: {}, page: 1, years: [2026] }));
    expect(html).toMatch(/<form role="search"[^>]* action="\/decisions" method="get">/);
    expect(html).toContain("Satsning på VFU");
    expect(html).toContain(`href="/meetings/${meetingId}"`);
    expect(html).toContain("Under justering");
    expect(html).toContain("<caption");
    expectHeadingsInOrder(html);

    const empty = await render(DecisionRegister({ rows: [], hasMore: false, filter: { q: "inget" }, page: 1, years: [] }));
    expect(empty).toContain("Inga beslut matchar sökningen.");
  });
});
