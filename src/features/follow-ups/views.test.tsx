import { createFormatter, createTranslator, NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { renderToReadableStream } from "react-dom/server.edge";
import { describe, expect, it, vi } from "vitest";
import { messagesFor } from "@/i18n/catalogue";
import { TIME_ZONE } from "@/i18n/locales";
import { FollowUpForm } from "./follow-up-form";
import { FollowUpPageView } from "./follow-up-page";
import { FollowUpSectionView } from "./follow-up-section";
import type { ActivityFollowUps } from "./queries";

// The views are server components: they get their Swedish texts and formats here as Next would give them.
vi.mock("@/i18n/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "sv", messages: messagesFor("sv"), namespace: namespace as never, timeZone: TIME_ZONE }),
  getFormatter: async () => createFormatter({ locale: "sv", timeZone: TIME_ZONE }),
}));
// The section reads the session and the database itself; these tests render its markup from data.
vi.mock("@/server/auth/session", () => ({ getActor: async () => null }));
vi.mock("./actions", () => ({ recordFollowUpAction: async () => ({ status: "idle", message: null, fieldErrors: {}, values: {} }) }));

async function html(element: React.ReactElement): Promise<string> {
  const stream = await renderToReadableStream(element);
  await stream.allReady;
  return new Response(stream).text();
}

const data = (overrides: Partial<ActivityFollowUps> = {}): ActivityFollowUps => ({
  activity: { id: "a1", title: "Fler VFU-platser", planYear: 2027, planStatus: "ADOPTED", removed: false, status: "AT_RISK", progress: 45, followedUpAt: new Date("2027-05-02T08:00:00Z"), version: 3 },
  indicators: [
    { id: "i1", name: "VFU-platser", unit: "platser", targetValue: 30, outcomeValue: 14 },
    { id: "i2", name: "Nöjda studenter", unit: "%", targetValue: null, outcomeValue: null },
  ],
  followUps: [
    { id: "f2", status: "AT_RISK", progress: 45, narrative: "Handledare saknas.", results: "", authorName: "Gunnar Ek", createdAt: new Date("2027-05-02T08:00:00Z"), outcomes: { i1: 14 } },
    { id: "f1", status: "ON_TRACK", progress: 40, narrative: "Tolv platser.", results: "Ett seminarium.", authorName: null, createdAt: new Date("2027-03-01T08:00:00Z"), outcomes: {} },
  ],
  mayFollowUp: true,
  refusal: null,
  ...overrides,
});

describe("the follow-up section", () => {
  it("is one section under an h2, with the latest follow-up, a labelled progress bar, the indicators and the history", async () => {
    const page = await html(<FollowUpSectionView data={data()} />);
    expect(page).toMatch(/^<section aria-labelledby="follow-up-heading-a1"/);
    expect(page).toContain('<h2 id="follow-up-heading-a1"');
    expect([...page.matchAll(/<h(\d)/g)].map((match) => match[1])).toEqual(["2", "3", "3"]);
    expect(page).toContain("I riskzonen");
    expect(page).toMatch(/<dt id="follow-up-progress-f2"[^>]*>Hur långt aktiviteten har kommit<\/dt>/);
    expect(page).toMatch(/<progress aria-labelledby="follow-up-progress-f2" max="100" value="45"/);
    expect(page).toContain("Gunnar Ek, 2 maj 2027 kl. 10:00");
    expect(page).toMatch(/<caption[^>]*>Indikatorer: utfall mot mål<\/caption>/);
    expect(page).toContain("30 platser");
    expect(page).toContain("Inget mål");
    expect(page).toMatch(/<caption[^>]*>Tidigare uppföljningar, nyast först<\/caption>/);
    expect(page).toContain("Okänd (kontot finns inte längre)");
    expect(page).toContain('href="/activities/a1/follow-up"');
  });

  it("says why there is no form when the plan is not adopted, and offers none to readers", async () => {
    const draft = await html(<FollowUpSectionView data={data({ refusal: "planNotAdopted", followUps: [] })} />);
    expect(draft).toContain("Aktiviteten har inte följts upp än.");
    expect(draft).toContain("när verksamhetsplanen för 2027 har antagits");
    expect(draft).not.toContain("/follow-up");
    const reader = await html(<FollowUpSectionView data={data({ mayFollowUp: false })} />);
    expect(reader).not.toContain("/follow-up");
    expect(reader).not.toContain("antagits");
  });
});

describe("the follow-up form", () => {
  it("labels every field, carries the version and the follow-up it showed, and one outcome field per indicator", () => {
    const page = renderToStaticMarkup(
      <NextIntlClientProvider locale="sv" messages={messagesFor("sv")} timeZone={TIME_ZONE}>
        <FollowUpForm activityId="a1" version={3} seenFollowUpId="f2" indicators={data().indicators} defaults={{ status: "AT_RISK", progress: 45 }} />
      </NextIntlClientProvider>,
    );
    expect(page).toContain('<input type="hidden" name="version" value="3"/>');
    expect(page).toContain('<input type="hidden" name="seenFollowUpId" value="f2"/>');
    expect(page).toContain('<option value="AT_RISK" selected="">I riskzonen</option>');
    expect(page).toMatch(/<label for="field-progress"[^>]*>Framsteg i procent<\/label>/);
    expect(page).toMatch(/<input id="field-progress" type="number"[^>]*min="0" max="100"[^>]*name="progress" value="45"/);
    expect(page).toMatch(/<label for="field-outcome-i1"[^>]*>VFU-platser \(platser\)<\/label>/);
    expect(page).toContain("Mål: 30 platser. Senast rapporterat: 14 platser.");
    expect(page).toContain("Inget mål. Senast rapporterat: inget.");
    expect(page).toMatch(/<input id="field-outcome-i2" type="text"[^>]*name="outcome-i2"\/>/);
    expect(page).toMatch(/<legend[^>]*>Utfall för indikatorerna<\/legend>/);
  });
});

describe("the follow-up page", () => {
  // The page's client form needs the client provider, as the layout gives it.
  const page = (element: React.ReactElement) =>
    html(
      <NextIntlClientProvider locale="sv" messages={messagesFor("sv")} timeZone={TIME_ZONE}>
        {element}
      </NextIntlClientProvider>,
    );

  it("has one h1 naming the activity, the way back, and the form", async () => {
    const markup = await page(<FollowUpPageView data={data()} saved={false} />);
    expect([...markup.matchAll(/<h(\d)/g)].map((match) => match[1])).toEqual(["1", "2"]);
    expect(markup).toContain("Följ upp: Fler VFU-platser");
    expect(markup).toContain('href="/activities/a1"');
    expect(markup).toContain('name="version" value="3"');
  });

  it("confirms a save and shows the follow-ups as they now stand, without the form", async () => {
    const markup = await page(<FollowUpPageView data={data()} saved />);
    expect(markup).toContain('role="status"');
    expect(markup).toContain("Uppföljningen är sparad.");
    expect(markup).not.toContain('name="version"');
    expect([...markup.matchAll(/<h(\d)/g)].map((match) => match[1])).toEqual(["1", "2", "3", "3"]);
  });

  it("says why an activity takes no follow-up instead of offering the form", async () => {
    const markup = await page(<FollowUpPageView data={data({ refusal: "removed" })} saved={false} />);
    expect(markup).toMatch(/Aktiviteten kan inte följas upp nu\.(?:<!-- -->)? (?:<!-- -->)?Aktiviteten är borttagen ur verksamhetsplanen/);
    expect(markup).not.toContain("<form");
  });
});
