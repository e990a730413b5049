import { createElement, type ComponentProps, type ReactNode } from "react";
import { createFormatter, createTranslator, NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { MeetingListGroup, MeetingPage } from "@/features/meetings/queries";
import type { RegisterRow } from "@/features/minutes/queries";
import { messagesFor } from "@/i18n/catalogue";
import { TIME_ZONE } from "@/i18n/locales";

/**
 * Issue #8, item 3: user text is rendered as text. Meeting titles, places, agenda items, names,
 * reasons and decisions holding script, markup that breaks out of an attribute, and a
 * javascript: link come out escaped in the server-rendered HTML: no element or handler of theirs.
 */

const LOCALE = "sv";
const throwError = (error: Error) => {
  throw error;
};
vi.mock("@/i18n/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: LOCALE, messages: messagesFor(LOCALE), namespace, timeZone: TIME_ZONE, onError: throwError } as never),
  getFormatter: async () => createFormatter({ locale: LOCALE, timeZone: TIME_ZONE }),
}));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }) }));
// The forms' server actions are never called here: a stub stands in for each one the module
// exports (named from its source; importing it would pull in Next's server runtime).
vi.mock("@/features/meetings/actions", async () => {
  const { readFileSync } = await import("node:fs");
  const source = readFileSync(new URL("../../src/features/meetings/actions.ts", import.meta.url), "utf8");
  const action = async () => ({ status: "idle", message: null, fieldErrors: {}, values: {} });
  return Object.fromEntries([...source.matchAll(/export (?:const|async function) (\w+)/g)].map((match) => [match[1], action]));
});

const { MeetingView } = await import("@/features/meetings/meeting-view");
const { MeetingsList } = await import("@/features/meetings/meetings-list");
const { MeetingForm } = await import("@/features/meetings/meeting-form");
const { DecisionRegister } = await import("@/features/minutes/decision-register");

const SCRIPT = "<script>alert(1)</script>";
const BREAKOUT = `"><img src=x onerror=alert(1)>`;
const hostile = (label: string) => `${label} ${SCRIPT} ${BREAKOUT}`;

// children are passed as createElement's third argument.
const PROVIDER: Omit<ComponentProps<typeof NextIntlClientProvider>, "children"> = { locale: LOCALE, messages: messagesFor(LOCALE), timeZone: TIME_ZONE, onError: throwError };
const render = (node: ReactNode) =>
  renderToStaticMarkup(createElement(NextIntlClientProvider, PROVIDER as ComponentProps<typeof NextIntlClientProvider>, node));

/**
 * No element, attribute or link of the user's text is in the markup. Escaped text holds no "<",
 * so every "<…>" is a real tag; its attribute values (quoted, their quotes escaped) are set aside
 * before looking for attribute names.
 */
function expectNoInjectedMarkup(rendered: string): void {
  // React's own inline script, which replays a form submitted before hydration (rendered because
  // the forms' actions are plain functions here), is not the user's.
  const html = rendered.replace(/<script>addEventListener\("submit",[\s\S]*?<\/script>/g, "");
  const tags = html.match(/<[A-Za-z][^>]*>/g) ?? [];
  expect(tags.filter((tag) => /^<(script|img|iframe|svg|object|embed)\b/i.test(tag))).toEqual([]);
  const attributeNames = tags.flatMap((tag) => [...tag.replace(/"[^"]*"/g, '""').matchAll(/\s([^\s=/>]+)/g)].map((match) => match[1]!.toLowerCase()));
  expect(attributeNames.filter((name) => name.startsWith("on"))).toEqual([]);
  // A javascript: link is never followed: React 19 replaces it with a URL that only throws.
  expect(html).not.toMatch(/href="\s*javascript:(?!throw new Error\(&#x27;React has blocked a javascript: URL)/i);
}

/** The user's text made it into the markup, as text: escaped as often as it is shown. */
function expectEscaped(html: string, shown: number): void {
  expectNoInjectedMarkup(html);
  expect(html.split("&lt;script&gt;alert(1)&lt;/script&gt;").length - 1).toBeGreaterThanOrEqual(shown);
}

const startsAt = new Date("2027-05-12T11:00:00Z");
const endsAt = new Date("2027-05-12T13:00:00Z");

function meetingPage(): MeetingPage {
  return {
    id: "m1",
    title: hostile("Mötet"),
    group: { id: "g1", kind: "STEERING_GROUP", slug: "ledningsgrupp", meetingsPerYear: 1 },
    startsAt,
    endsAt,
    cycleYear: 2027,
    location: hostile("Platsen"),
    onlineUrl: "javascript:alert(1)",
    status: "PLANNED",
    isExtra: true,
    extraReason: hostile("Skälet"),
    isPublic: false,
    noticeSentAt: null,
    cancelledAt: null,
    cancellationReason: null,
    version: 1,
    createdBy: hostile("Skaparen"),
    agenda: {
      items: [{ id: "i1", position: 1, title: hostile("Punkten"), description: hostile("Beskrivningen"), presenter: hostile("Föredraganden"), durationMinutes: 10, type: "DECISION", documents: [{ id: "d1", title: hostile("Underlaget") }], startsAt }],
      totalMinutes: 10,
      complete: true,
      endsAt: new Date(startsAt.getTime() + 600_000),
      overrunMinutes: 0,
    },
    documents: [{ id: "d1", title: hostile("Underlaget"), fileName: `${SCRIPT}.pdf`, contentType: "application/pdf", size: 10, uploadedAt: startsAt, uploadedBy: hostile("Uppladdaren"), agendaItem: { id: "i1", position: 1, title: hostile("Punkten") } }],
    attendance: [{ personId: "p1", name: hostile("Ledamoten"), roles: ["CHAIR"], partyName: hostile("Parten"), status: "PRESENT" }],
    otherAttendance: [{ personId: "p2", name: hostile("Gästen"), status: "EXCUSED" }],
    access: { signedIn: true, mayManage: true, maySeeInternals: true, isMember: true },
  } as MeetingPage;
}

describe("rendered user text is escaped", () => {
  it("on the meeting page, for a manager who sees everything", async () => {
    const html = render(await MeetingView({ page: meetingPage(), now: startsAt, notice: null }));
    // Title, place, reason, agenda item (title, description, presenter), underlag, attendance…
    expectEscaped(html, 8);
  });

  it("in the meetings list", async () => {
    const groups: MeetingListGroup[] = [
      {
        id: "g1",
        kind: "STEERING_GROUP",
        slug: "ledningsgrupp",
        meetingsPerYear: 1,
        meetings: [{ id: "m1", title: hostile("Mötet"), startsAt, endsAt, status: "CANCELLED", isExtra: true, extraReason: hostile("Skälet"), isPublic: true, location: hostile("Platsen"), onlineUrl: "javascript:alert(1)", cancellationReason: hostile("Inställt"), noticeSentAt: null }],
        compliance: { year: 2027, required: 1, scheduled: 0, held: 0, extra: 1, cancelled: 1, toSchedule: 1, awaitingRecord: 0, deadline: "2027-12-31", status: "toSchedule" },
      },
    ] as MeetingListGroup[];
    expectEscaped(render(await MeetingsList({ year: 2027, currentYear: 2027, groups, manageableGroupIds: ["g1"] })), 2);
  });

  it("in the meeting form's values (attributes)", () => {
    const html = render(createElement(MeetingForm, { mode: "edit", meetingId: "m1", version: 1, values: { meetingTitle: hostile("Mötet"), location: hostile("Platsen"), onlineUrl: "javascript:alert(1)", extraReason: hostile("Skälet") } }));
    expectNoInjectedMarkup(html);
    // In an attribute value the quote that would end it is escaped too.
    expect(html).toContain("value=\"Mötet &lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"");
  });

  it("in the decision register, and in its search field", async () => {
    const rows: RegisterRow[] = [
      {
        id: "d1",
        number: 1,
        title: hostile("Beslutet"),
        text: hostile("Beslutstexten"),
        subject: "GENERAL",
        state: "IN_FORCE",
        inCorrection: false,
        meeting: { id: "m1", title: hostile("Mötet"), startsAt, cycleYear: 2027, groupKind: "STEERING_GROUP" },
        preparedBy: { id: "m0", title: hostile("Beredningen"), startsAt },
      },
    ] as RegisterRow[];
    const html = render(await DecisionRegister({ rows, hasMore: false, filter: { q: hostile("Sökningen") }, page: 1, years: [2027] }));
    expectEscaped(html, 4);
  });
});
