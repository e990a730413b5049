import { createFormatter, createTranslator } from "next-intl";
import { renderToReadableStream } from "react-dom/server.edge";
import { describe, expect, it, vi } from "vitest";
import { messagesFor } from "@/i18n/catalogue";
import { TIME_ZONE } from "@/i18n/locales";
import { buildAnnualCycle, type CycleGroup } from "./annual-cycle";
import { AnnualCycleView } from "./annual-cycle-view";
import { complianceYears } from "./compliance";
import { CadenceComplianceSection } from "./compliance-section";

// The views are server components: they get their Swedish texts and formats here as Next would give them.
vi.mock("@/i18n/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "sv", messages: messagesFor("sv"), namespace: namespace as never, timeZone: TIME_ZONE }),
  getFormatter: async () => createFormatter({ locale: "sv", timeZone: TIME_ZONE }),
}));

async function html(element: React.ReactElement): Promise<string> {
  const stream = await renderToReadableStream(element);
  await stream.allReady;
  return new Response(stream).text();
}

const NOW = new Date("2027-05-01T10:00:00Z");
const groups: CycleGroup[] = [
  {
    id: "sg",
    kind: "STEERING_GROUP",
    meetingsPerYear: 1,
    meetings: [
      { id: "sg1", groupId: "sg", title: "Årsmötet", startsAt: new Date("2027-10-05T08:00:00Z"), endsAt: new Date("2027-10-05T10:00:00Z"), cycleYear: 2027, status: "PLANNED", isExtra: false },
    ],
  },
  {
    id: "wg",
    kind: "WORKING_GROUP",
    meetingsPerYear: 2,
    meetings: [
      { id: "wg1", groupId: "wg", title: "Vårmötet", startsAt: new Date("2027-03-05T08:00:00Z"), endsAt: new Date("2027-03-05T10:00:00Z"), cycleYear: 2027, status: "HELD", isExtra: false },
      { id: "wg2", groupId: "wg", title: "Extramötet", startsAt: new Date("2027-04-05T08:00:00Z"), endsAt: new Date("2027-04-05T10:00:00Z"), cycleYear: 2027, status: "CANCELLED", isExtra: true },
    ],
  },
];
const admin = { userId: "u", personId: "p", isAdministrator: true, groupRoles: {} };

describe("the årshjul view", () => {
  it("is an ordered list of twelve months with the events, the milestone and the compliance table", async () => {
    const cycle = buildAnnualCycle({ year: 2027, currentYear: 2027, now: NOW, groups, viewer: admin });
    const page = await html(<AnnualCycleView cycle={cycle} />);
    expect(page).toContain("<h1");
    expect(page).toContain("Årshjul 2027");
    const monthHeadings = [...page.matchAll(/<h3[^>]*>([^<]*)<\/h3>/g)].map((match) => match[1]);
    expect(monthHeadings).toEqual(["Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli", "Augusti", "September", "Oktober", "November", "December"]);
    expect(page).toContain("Uppföljning och beslut om verksamhetsplan");
    expect(page.indexOf("Vårmötet")).toBeLessThan(page.indexOf("Extramötet"));
    expect(page.indexOf("Extramötet")).toBeLessThan(page.indexOf("Årsmötet"));
    expect(page).toContain("Extrainsatt möte");
    expect(page).toContain("Inställt");
    expect(page).toContain("tisdag 5 oktober 2027, kl. 10:00–12:00");
    expect(page).toContain('href="/api/calendar/meetings/sg1"');
    expect(page).toContain('href="/arshjul?year=2026"');
    expect(page).toContain('href="/arshjul?year=2028"');
    // The wheel is an image with a text alternative; no proposal deadlines exist yet, so none is drawn or named.
    expect(page).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="cycle-wheel-title-2027 cycle-wheel-description-2027"/);
    expect(page).toContain("<title id=\"cycle-wheel-title-2027\">Årshjulet 2027 som cirkel</title>");
    expect(page).not.toContain("Sista dag för förslag</li>");
    expect(page).toMatch(/<caption[^>]*>Mötesrytm 2027 \(innevarande år\)<\/caption>/);
    expect(page).toContain('<th scope="row"');
  });
});

describe("the home page's compliance section", () => {
  it("has one captioned table per year, with what is missing and by when, and the links", async () => {
    const years = complianceYears({ currentYear: 2027, now: NOW, groups, viewer: admin });
    const page = await html(<CadenceComplianceSection years={years} />);
    const captions = [...page.matchAll(/<caption[^>]*>([^<]*)<\/caption>/g)].map((match) => match[1]);
    expect(captions).toEqual(["Mötesrytm 2026 (föregående år)", "Mötesrytm 2027 (innevarande år)", "Mötesrytm 2028 (nästa år)"]);
    expect(page).toContain("1 möte till ska planeras och hållas senast 31 december 2027");
    expect(page).toContain("1 planerat möte ska hållas senast 31 december 2027");
    expect(page).toContain("2 möten hölls inte");
    expect(page).toContain('href="/meetings?year=2027"');
    expect(page).toContain('href="/meetings/new?group=ledningsgrupp"');
  });
});
