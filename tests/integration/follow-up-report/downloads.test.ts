import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { reportDownload } from "@/features/follow-up-report/downloads";
import { labelsFor } from "@/features/follow-up-report/labels-for-locale";
import { getFollowUpReport } from "@/features/follow-up-report/queries";
import { renderReportPdf } from "@/features/follow-up-report/report-pdf";
import { stockholmYear } from "@/features/meetings/meeting-time";
import type { Actor } from "@/server/auth/actor";
import { actorFor } from "../../support/actors";
import { testDatabase } from "../../support/test-database";
import { decisions, meeting, plan, result, seedPartnership, type Groups } from "./report-fixtures";
import { createUser } from "../../support/users";

// The route handlers read the session through getActor; here the test decides who is signed in.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/server/auth/session", () => ({ getActor: async () => session.actor }));

const { GET: pdfRoute } = await import("@/app/follow-up/[year]/report.pdf/route");
const { GET: csvRoute } = await import("@/app/follow-up/[year]/report.csv/route");

const prisma = () => testDatabase().prisma;
/** The downloads answer for years up to next year, so the data sits in the current year. */
const YEAR = stockholmYear(new Date());
const READER = "lasare@huddinge.example";

let own: Groups;
let outsider: Actor;

beforeAll(async () => {
  const p = prisma();
  own = await seedPartnership(p);
  const held = await meeting(p, own.steeringGroupId, `${YEAR - 1}-10-06`, { title: "Årsmötet" });
  const [adopt] = await decisions(p, held.id, [{ title: `Verksamhetsplan ${YEAR}`, subject: "ACTIVITY_PLAN" }]);
  const created = await plan(p, own.partnershipId, YEAR, adopt!, [
    { title: "Öppna data för skolan", status: "DELAYED", indicators: [{ name: "Dataset", targetValue: 4, outcomeValue: 2 }] },
    { title: "=SUMMA(A1)", status: "AT_RISK" },
    { title: "Kurs i hållbarhet", status: "DONE" },
  ]);
  await result(p, own.partnershipId, created.ids[2]!, "COURSE", `${YEAR}-03-01`, "Kursen Hållbar kommun");

  // A user of another partnership, with nothing of their own.
  const other = await p.partnership.create({ data: { slug: "annat", name: "Ett annat partnerskap" } });
  const person = await p.person.create({ data: { partnershipId: other.id, name: "Olle Annan", email: "olle@annat.example" } });
  const user = await createUser(p, { personId: person.id, email: "olle@annat.example", roles: ["ADMINISTRATOR"] });
  outsider = { userId: user.id, accountId: user.accountId, personId: person.id, partnershipId: other.id, name: person.name, email: "olle@annat.example", roles: user.roles };
}, 120_000);

const params = (year: string) => ({ params: Promise.resolve({ year }) });
const request = (path: string, locale?: string) => new Request(`https://samverkan.test${path}`, { headers: locale ? { cookie: `samverkan_locale=${locale}` } : {} });

/** The text a PDF draws (written uncompressed): each TJ/Tj string decoded from its hex, one entry per line. */
function pdfLines(pdf: Buffer): string[] {
  const text = pdf.toString("latin1");
  return [...text.matchAll(/\[((?:<[0-9a-f]*>|[^\]])*)\] TJ/g)].map((match) =>
    [...match[1]!.matchAll(/<([0-9a-f]*)>/g)].map((hex) => Buffer.from(hex[1]!, "hex").toString("latin1")).join(""),
  );
}

describe("the report as PDF", () => {
  it("is a PDF attachment for a signed-in user of the partnership", async () => {
    session.actor = await actorFor(READER);
    const response = await pdfRoute(request(`/follow-up/${YEAR}/report.pdf`), params(String(YEAR)));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="samverkan-uppfoljning-${YEAR}.pdf"`);
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(3000);
    expect(Number(response.headers.get("Content-Length"))).toBe(bytes.length);
  });

  it("holds the title, the year, the summary and the tables, in the reader's language", async () => {
    const report = await getFollowUpReport(own.partnershipId, YEAR);
    const lines = pdfLines(await renderReportPdf(report, labelsFor("sv"), { locale: "sv", now: new Date(), compress: false }));
    const all = lines.join("\n");
    expect(lines).toContain(`Uppföljning ${YEAR}`);
    for (const heading of ["Sammanfattning", "Aktiviteternas status", "Aktiviteter i riskzonen eller försenade", "Indikatorer mot mål", "Hållbarhetsdimensioner och fokusområden", "Resultat", "Mötesrytm", "Ledamöter och vakanser", "Förslag på prioriterade områden", "Beslut"]) {
      expect(lines, heading).toContain(heading);
    }
    expect(lines).toContain("Planerade aktiviteter");
    expect(all).toContain("Öppna data för skolan");
    expect(all).toContain("Kursen Hållbar kommun");
    expect(all).toMatch(/Sida 1 av \d+/);
    // The verdict opens it, and the charts are drawn, not only tabled; every page is A4.
    expect(lines).toContain("I korthet");
    expect(lines.indexOf("I korthet")).toBeLessThan(lines.indexOf("Sammanfattning"));
    expect(lines.join(" ")).toMatch(/aktiviteter är planerade: \d+ klara, \d+ enligt plan/);
    expect(lines).toContain(`Aktiviteternas status ${YEAR}`);
    expect(lines).toContain(`Årets siffror jämförda med ${YEAR - 1}`);
    const raw = (await renderReportPdf(report, labelsFor("sv"), { locale: "sv", now: new Date(), compress: false })).toString("latin1");
    const pages = [...raw.matchAll(/\/MediaBox \[([^\]]*)\]/g)].map((match) => match[1]!.trim().split(/\s+/).map(Number));
    expect(pages.length).toBeGreaterThan(1);
    for (const box of pages) expect(box).toEqual([0, 0, 595.28, 841.89]);

    const english = pdfLines(await renderReportPdf(report, labelsFor("en"), { locale: "en", now: new Date(), compress: false }));
    expect(english).toContain(`Follow-up ${YEAR}`);
    expect(english).toContain("Planned activities");
  });
});

describe("the report as CSV", () => {
  it("is a UTF-8 CSV attachment that parses back with every section", async () => {
    session.actor = await actorFor(READER);
    const response = await csvRoute(request(`/follow-up/${YEAR}/report.csv`), params(String(YEAR)));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="samverkan-uppfoljning-${YEAR}.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
    const parsed = Papa.parse<string[]>(text, { delimiter: ";", skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(["Avsnitt", "Post", "Mått", "Värde"]);
    const sections = new Set(parsed.data.slice(1).map((row) => row[0]));
    for (const section of ["Sammanfattning", "Aktiviteternas status", "Aktiviteter i riskzonen eller försenade", "Indikatorer mot mål", "Resultat", "Mötesrytm", "Beslut"]) {
      expect(sections, section).toContain(section);
    }
    expect(parsed.data).toContainEqual(["Sammanfattning", "Planerade aktiviteter", String(YEAR), "3"]);
    expect(parsed.data).toContainEqual(["Aktiviteter i riskzonen eller försenade", "Öppna data för skolan", "Status", "Försenad"]);
    // A title that looks like a formula is written so that a spreadsheet shows it as text.
    expect(parsed.data).toContainEqual(["Aktiviteter i riskzonen eller försenade", "'=SUMMA(A1)", "Status", "I riskzonen"]);
  });

  it("is written in English, with commas, when the reader chose English", async () => {
    session.actor = await actorFor(READER);
    const text = await (await csvRoute(request(`/follow-up/${YEAR}/report.csv`, "en"), params(String(YEAR)))).text();
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(["Section", "Item", "Measure", "Value"]);
    expect(parsed.data).toContainEqual(["Summary", "Planned activities", String(YEAR), "3"]);
  });
});

describe("refusals", () => {
  // Guards item 7: the report is for signed-in users only.
  it("answers 401 to a visitor who is not signed in, for both downloads", async () => {
    session.actor = null;
    for (const route of [pdfRoute, csvRoute]) {
      const response = await route(request(`/follow-up/${YEAR}/report.pdf`), params(String(YEAR)));
      expect(response.status).toBe(401);
      expect(await response.text()).toBe("");
    }
  });

  it("answers 404 for a year out of range or not a year", async () => {
    session.actor = await actorFor(READER);
    for (const year of ["1999", String(YEAR + 2), "abcd", "20260", "-2026"]) {
      expect((await pdfRoute(request(`/follow-up/${year}/report.pdf`), params(year))).status, year).toBe(404);
      expect((await csvRoute(request(`/follow-up/${year}/report.csv`), params(year))).status, year).toBe(404);
    }
  });

  it("answers 403 to an account without the permission (no role)", async () => {
    const actor = { ...(await actorFor(READER)), roles: [] };
    expect((await reportDownload({ actor, yearSegment: String(YEAR), format: "csv", locale: "sv" })).status).toBe(403);
  });

  // Guards item 7's scope: another partnership's user gets their own (empty) report, never ours.
  it("gives a user of another partnership their own partnership's figures only", async () => {
    session.actor = outsider;
    const text = await (await csvRoute(request(`/follow-up/${YEAR}/report.csv`), params(String(YEAR)))).text();
    expect(text).not.toContain("Öppna data för skolan");
    expect(text).not.toContain("Kursen Hållbar kommun");
    expect(text).toContain("Ett annat partnerskap");
    expect(text).toContain("Ingen fastställd plan");
  });
});
