import type { ReactElement } from "react";
import { renderToReadableStream } from "react-dom/server.edge";
import { createFormatter, createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { messagesFor } from "@/i18n/catalogue";
import { TIME_ZONE } from "@/i18n/locales";
import { actorFor } from "../../support/actors";
import { testDatabase } from "../../support/test-database";
import { decisions, meeting, plan, seedPartnership, type Groups } from "./report-fixtures";

// The pages run outside Next.js here: the session comes from the test (the real requireActor
// decides what to do with it), and the texts from the Swedish catalogue.
const session = vi.hoisted(() => ({ user: null as Record<string, unknown> | null }));
vi.mock("@/server/auth/index", () => ({ auth: async () => (session.user ? { user: session.user } : null) }));
vi.mock("@/i18n/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "sv", messages: messagesFor("sv"), namespace: namespace as never, timeZone: TIME_ZONE }),
  getFormatter: async () => createFormatter({ locale: "sv", timeZone: TIME_ZONE }),
  getLocale: async () => "sv",
}));

const { default: ReportPage } = await import("@/app/follow-up/[year]/page");
const { default: YearsPage } = await import("@/app/follow-up/page");

const YEAR = stockholmYear(new Date());
let own: Groups;
let atRiskId: string;

beforeAll(async () => {
  const p = testDatabase().prisma;
  own = await seedPartnership(p);
  const held = await meeting(p, own.steeringGroupId, `${YEAR - 1}-10-06`);
  const [adopt] = await decisions(p, held.id, [{ title: `Verksamhetsplan ${YEAR}`, subject: "ACTIVITY_PLAN" }]);
  atRiskId = (await plan(p, own.partnershipId, YEAR, adopt!, [{ title: "Språkstöd i förskolan", status: "AT_RISK" }, { status: "DONE" }])).ids[0]!;
  // A draft for next year, which no reader sees.
  await plan(p, own.partnershipId, YEAR + 1, adopt!, [{ title: "Hemligt utkast", status: "NOT_STARTED" }], { status: "DRAFT" });
}, 120_000);

async function signIn(email: string | null) {
  if (!email) {
    session.user = null;
    return;
  }
  const actor = await actorFor(email);
  // The session as the jwt callback gives it: the account, with its one partnership.
  session.user = {
    id: actor.accountId,
    name: actor.name,
    email: actor.email,
    installationAdministrator: false,
    participations: [
      {
        userId: actor.userId,
        personId: actor.personId,
        partnershipId: actor.partnershipId,
        partnershipSlug: "partnerskapet",
        partnershipName: "Partnerskapet",
        partnershipNameEn: null,
        name: actor.name,
        roles: actor.roles,
      },
    ],
  };
}

async function html(element: ReactElement): Promise<string> {
  const stream = await renderToReadableStream(element);
  await stream.allReady;
  return new Response(stream).text();
}

const render = async (year: string) => html((await ReportPage({ params: Promise.resolve({ year }) })) as ReactElement);
const digestOf = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
  return "no error";
};

describe("the report page", () => {
  it("shows a reader the year's report, with the activity at risk linked to its page", async () => {
    await signIn("lasare@huddinge.example");
    const page = await render(String(YEAR));
    expect(page).toContain(`Uppföljning ${YEAR}`);
    expect(page).toContain(`href="/activities/${atRiskId}"`);
    expect(page).toContain("Språkstöd i förskolan");
  });

  // Guards item 7: a draft plan is nobody's to read in the report.
  it("says there is no adopted plan for a year whose plan is a draft", async () => {
    await signIn("lasare@huddinge.example");
    const page = await render(String(YEAR + 1));
    expect(page).toContain(`Det finns ingen fastställd verksamhetsplan för ${YEAR + 1}.`);
    expect(page).not.toContain("Hemligt utkast");
  });

  it("is not found for a year out of range", async () => {
    await signIn("lasare@huddinge.example");
    for (const year of ["1999", String(YEAR + 2), "abc"]) expect(await digestOf(render(year)), year).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("sends a visitor who is not signed in to the sign-in page and back", async () => {
    await signIn(null);
    expect(await digestOf(render(String(YEAR)))).toMatch(new RegExp(`^NEXT_REDIRECT;replace;/sign-in\\?callbackUrl=%2Ffollow-up%2F${YEAR};307;`));
    expect(await digestOf(YearsPage())).toMatch(/^NEXT_REDIRECT;replace;\/sign-in\?callbackUrl=%2Ffollow-up;307;/);
  });

  it("lists the years with an adopted plan and the current year", async () => {
    await signIn("ledning@huddinge.example");
    const page = await html((await YearsPage()) as ReactElement);
    expect(page).toContain(`href="/follow-up/${YEAR}"`);
    expect(page).toContain(`Verksamhetsplanen för ${YEAR} är fastställd.`);
    expect(page).not.toContain(`href="/follow-up/${YEAR + 1}"`);
  });
});
