import { createFormatter, createTranslator, NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { renderToReadableStream } from "react-dom/server.edge";
import { describe, expect, it, vi } from "vitest";
import { messagesFor } from "@/i18n/catalogue";
import { TIME_ZONE } from "@/i18n/locales";
import type { PublishedResult } from "./open-data";
import { PublicResultsView } from "./public-view";
import type { ResultPage, ResultRow } from "./queries";
import { ResultRegisterView } from "./register-view";
import { ResultForm } from "./result-form";
import { ResultView } from "./result-view";
import { ResultsSectionView } from "./results-section";

// The views are server components: they get their Swedish texts and formats here as Next would give them.
vi.mock("@/i18n/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "sv", messages: messagesFor("sv"), namespace: namespace as never, timeZone: TIME_ZONE }),
  getFormatter: async () => createFormatter({ locale: "sv", timeZone: TIME_ZONE }),
  getLocale: async () => "sv",
}));
vi.mock("@/server/auth/session", () => ({ getActor: async () => null }));
vi.mock("./actions", () => ({ createResultAction: async () => null, editResultAction: async () => null }));

async function html(element: React.ReactElement): Promise<string> {
  const stream = await renderToReadableStream(element);
  await stream.allReady;
  return new Response(stream).text();
}

const headings = (page: string) => [...page.matchAll(/<h(\d)/g)].map((match) => Number(match[1]));

const row: ResultRow = {
  id: "r1",
  kind: "PUBLICATION",
  title: "Lärande i förskolan",
  authors: "Åsa Öberg",
  date: new Date("2027-03-15T00:00:00Z"),
  identifier: "10.1234/abc",
  url: null,
  mayPublish: true,
  activity: { id: "a1", title: "Fler VFU-platser", planYear: 2027 },
};

describe("the activity's results section", () => {
  it("is one section under an h2, each result linked, with the way to record one when allowed", async () => {
    const page = await html(<ResultsSectionView data={{ activityId: "a1", rows: [row], mayRecord: true }} />);
    expect(page).toMatch(/^<section aria-labelledby="results-heading-a1"/);
    expect(headings(page)).toEqual([2]);
    expect(page).toContain('href="/results/r1"');
    expect(page).toContain("15 mars 2027");
    expect(page).toMatch(/<caption[^>]*>Resultat från aktiviteten, nyast först<\/caption>/);
    expect(page).toContain('href="/results/new?activity=a1"');
    const empty = await html(<ResultsSectionView data={{ activityId: "a1", rows: [], mayRecord: false }} />);
    expect(empty).toContain("Inga resultat är registrerade för aktiviteten.");
    expect(empty).not.toContain("/results/new");
  });
});

describe("the register", () => {
  it("has one h1, a GET filter by year and kind with labels, and links to each result and its activity", async () => {
    const page = await html(<ResultRegisterView register={{ rows: [row], years: [2027, 2026], mayRecord: true }} filter={{ year: 2027, kind: null }} />);
    expect(headings(page)).toEqual([1]);
    expect(page).toMatch(/<form role="search"[^>]*action="\/results" method="get">/);
    expect(page).toMatch(/<label for="results-year"[^>]*>År<\/label>/);
    expect(page).toMatch(/<label for="results-kind"[^>]*>Typ<\/label>/);
    expect(page).toContain('<option value="2027" selected="">2027</option>');
    expect(page).toContain('<option value="DEGREE_PROJECT">Examensarbete</option>');
    expect(page).toContain('href="/results/r1"');
    expect(page).toContain('href="/activities/a1"');
    expect(page).toContain('href="/results/new"');
    expect(page).toContain("Visa alla resultat");
  });
});

describe("a result's page", () => {
  const page: ResultPage = {
    ...row,
    identifier: "diva2:1234567",
    url: "https://www.sh.se/rapport",
    description: "En studie.",
    version: 2,
    createdAt: new Date("2027-03-20T10:00:00Z"),
    updatedAt: new Date("2027-03-21T10:00:00Z"),
    createdByName: "Johan Ekberg",
    activity: { ...row.activity, priorityArea: { id: "p1", title: "Klimatanpassning" }, removed: false },
    mayEdit: true,
  };

  it("traces back to the activity and its priority area in one click each, and links the identifier where it resolves", async () => {
    const markup = await html(<ResultView page={page} saved />);
    expect(headings(markup)).toEqual([1, 2]);
    expect(markup).toContain('role="status"');
    expect(markup).toContain('href="/activities/a1"');
    expect(markup).toContain('href="/priority-areas/p1"');
    expect(markup).toContain('href="https://www.diva-portal.org/smash/record.jsf?pid=diva2:1234567"');
    expect(markup).toContain("DiVA diva2:1234567");
    expect(markup).toContain('href="https://www.sh.se/rapport"');
    expect(markup).toContain('href="/results/r1/edit"');
  });

  it("says when the activity has no priority area, and offers no edit to readers", async () => {
    const markup = await html(<ResultView page={{ ...page, mayEdit: false, activity: { ...page.activity, priorityArea: null } }} saved={false} />);
    expect(markup).toContain("Aktiviteten hör inte till något prioriterat område.");
    expect(markup).not.toContain("/edit");
    expect(markup).not.toContain('role="status"');
  });
});

describe("the public page", () => {
  const published: PublishedResult = {
    id: "r1",
    kind: "REPORT",
    title: "Rapport <script>alert(1)</script>",
    authors: "Åsa Öberg",
    date: new Date("2027-03-15T00:00:00Z"),
    identifier: "10.1234/abc",
    url: "https://example.se/",
    description: "Beskrivning",
    activityTitle: "Fler VFU-platser",
  };

  it("lists published results with the identifier linked, the activity's title only, and the open data", async () => {
    const page = await html(<PublicResultsView partnerships={[{ partnershipName: "Huddinge–Södertörn", partnershipNameEn: null, slug: "hs", results: [published, { ...published, id: "r2", identifier: "ISBN 1", url: "https://example.se/x" }] }]} />);
    expect(headings(page)).toEqual([1, 2, 3]);
    expect(page).toContain('href="https://doi.org/10.1234/abc"');
    expect(page).toContain("ISBN 1");
    expect(page).toContain('href="https://example.se/x"');
    expect(page).toContain("Fler VFU-platser");
    expect(page).not.toContain("/activities/");
    expect(page).not.toContain('href="/results/');
    expect(page).not.toContain("<script>alert");
    expect(page).toContain('href="/api/open-data/results.csv?partnership=hs"');
    expect(page).toContain('href="/api/open-data/results.json?partnership=hs"');
    expect(page).toMatch(/<caption[^>]*>Publicerade resultat, nyast först<\/caption>/);
  });

  it("says when nothing is published yet", async () => {
    const page = await html(<PublicResultsView partnerships={[{ partnershipName: "Huddinge–Södertörn", partnershipNameEn: null, slug: "hs", results: [] }]} />);
    expect(page).toContain("Inga resultat är publicerade än.");
    expect(page).not.toContain("<table");
  });
});

describe("the result form", () => {
  it("labels every field, carries the submission key, and keeps the publication flag", () => {
    const page = renderToStaticMarkup(
      <NextIntlClientProvider locale="sv" messages={messagesFor("sv")} timeZone={TIME_ZONE}>
        <ResultForm
          mode={{ kind: "create", submissionKey: "key-1234567890abcdef" }}
          values={{ activityId: "a1", kind: "", title: "", authors: "", date: "", identifier: "", url: "", description: "", mayPublish: true }}
          activities={[{ id: "a1", title: "Fler VFU-platser", planYear: 2027 }]}
        />
      </NextIntlClientProvider>,
    );
    expect(page).toContain('<input type="hidden" name="submissionKey" value="key-1234567890abcdef"/>');
    expect(page).toContain('<option value="a1" selected="">2027: Fler VFU-platser</option>');
    for (const name of ["activityId", "kind", "title", "authors", "date", "identifier", "url", "description", "mayPublish"]) {
      expect(page).toMatch(new RegExp(`<label for="field-${name}"`));
    }
    expect(page).toMatch(/<input id="field-mayPublish" type="checkbox"[^>]*name="mayPublish" checked="" value="yes"\/>/);
  });
});
