import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getCsv } from "@/app/api/open-data/results.csv/route";
import { GET as getJson } from "@/app/api/open-data/results.json/route";
import { OPEN_DATA_FIELDS } from "@/features/results/open-data";
import { prisma, seedActivities, YEARS, type ActivityFixture } from "../follow-ups/activity-fixtures";

let fixture: ActivityFixture;
let slug: string;
let publishedIds: string[];

beforeAll(async () => {
  fixture = await seedActivities();
  slug = (await prisma().partnership.findUniqueOrThrow({ where: { id: fixture.partnershipId } })).slug;
  // The fixture's plans are adopted at this year's steering-group meeting; their results are public once its minutes are justerade.
  const adoptingMinutesId = (await prisma().decision.findUniqueOrThrow({ where: { id: fixture.sgDecisionId } })).minutesId;
  await prisma().minutes.update({ where: { id: adoptingMinutesId }, data: { status: "APPROVED", approvedAt: new Date() } });
  const result = (data: { title: string; mayPublish: boolean; date: string; activityId?: string; partnershipId?: string; [key: string]: unknown }) =>
    prisma().result.create({
      data: { partnershipId: fixture.partnershipId, activityId: fixture.activityId, kind: "PUBLICATION", ...data, date: new Date(`${data.date}T00:00:00Z`) },
      select: { id: true },
    });
  const published = [
    await result({ title: "Lärande i förskolan", authors: "Åsa Öberg, Johan Ekberg", mayPublish: true, date: `${YEARS.adopted}-03-15`, identifier: "10.1234/abc", description: "En studie." }),
    await result({ title: "=HYPERLINK(\"https://evil.example\",\"klicka\")", authors: "@angripare", kind: "REPORT", mayPublish: true, date: `${YEARS.adopted}-05-01`, identifier: "diva2:1234567" }),
    await result({ title: "Seminarium, med \"citat\"", kind: "EVENT", mayPublish: true, date: `${YEARS.closed}-11-01`, activityId: fixture.closedActivityId, url: "https://www.sh.se/seminarium?a=1,2" }),
  ];
  publishedIds = published.map((row) => row.id);
  await result({ title: "Opublicerad rapport", mayPublish: false, date: `${YEARS.adopted}-06-01`, description: "HEMLIG BESKRIVNING", identifier: "10.9999/hemlig" });
  await prisma().result.create({
    data: {
      partnershipId: fixture.otherPartnership.id,
      activityId: fixture.otherPartnership.activityId,
      kind: "REPORT",
      title: "Det andra partnerskapets rapport",
      date: new Date(`${YEARS.adopted}-01-01T00:00:00Z`),
      mayPublish: true,
    },
  });
});

const request = (path: string) => new Request(`https://samverkan.test${path}`);

describe("GET /api/open-data/results.csv", () => {
  it("is a dated UTF-8 attachment with the BOM, and holds the published results only", async () => {
    const response = await getCsv(request(`/api/open-data/results.csv?partnership=${slug}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="samverkan-results-${slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith("\uFEFF")).toBe(true);

    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...OPEN_DATA_FIELDS]);
    expect(parsed.data.map((row) => row.id).sort()).toEqual([...publishedIds].sort());
    // Newest first.
    expect(parsed.data.map((row) => row.date)).toEqual([`${YEARS.adopted}-05-01`, `${YEARS.adopted}-03-15`, `${YEARS.closed}-11-01`]);
    expect(parsed.data[1]).toMatchObject({
      title: "Lärande i förskolan",
      authors: "Åsa Öberg, Johan Ekberg",
      identifier: "10.1234/abc",
      identifierType: "DOI",
      link: "https://doi.org/10.1234/abc",
      activity: "Fler VFU-platser i förskolan",
    });
    expect(parsed.data[2]).toMatchObject({ title: 'Seminarium, med "citat"', url: "https://www.sh.se/seminarium?a=1,2", link: "https://www.sh.se/seminarium?a=1,2", activity: "Avslutad aktivitet" });
    // Formulas arrive as text.
    expect(parsed.data[0]).toMatchObject({ title: "'=HYPERLINK(\"https://evil.example\",\"klicka\")", authors: "'@angripare", link: "https://www.diva-portal.org/smash/record.jsf?pid=diva2:1234567" });
    expect(text).not.toContain("Opublicerad");
    expect(text).not.toContain("HEMLIG");
    expect(text).not.toContain("Det andra partnerskapets");
    expect(text).not.toContain(fixture.activityId);
    expect(text).not.toContain(fixture.partnershipId);
  });

  it("answers 404 for an unknown partnership, and when none is named but there are several", async () => {
    expect((await getCsv(request("/api/open-data/results.csv?partnership=finns-inte"))).status).toBe(404);
    expect((await getCsv(request("/api/open-data/results.csv"))).status).toBe(404);
  });

  it("gives another partnership's published results only to a request for it", async () => {
    const response = await getCsv(request(`/api/open-data/results.csv?partnership=${fixture.otherPartnership.slug}`));
    const text = await response.text();
    expect(text).toContain("Det andra partnerskapets rapport");
    expect(text).not.toContain("Lärande i förskolan");
  });
});

describe("GET /api/open-data/results.json", () => {
  it("is an array of published results with stable English fields and ISO dates, and a metadata object", async () => {
    const response = await getJson(request(`/api/open-data/results.json?partnership=${slug}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const text = await response.text();
    const body = JSON.parse(text);
    expect(Object.keys(body).sort()).toEqual(["metadata", "results"]);
    expect(body.metadata).toMatchObject({ partnership: "Strategiskt partnerskap Huddinge kommun – Södertörns högskola", count: 3, fields: [...OPEN_DATA_FIELDS] });
    expect(new Date(body.metadata.generatedAt).toISOString()).toBe(body.metadata.generatedAt);
    expect(body.metadata.rights.en).toContain("freely publish");
    expect(body.metadata.rights.sv).toContain("fritt publicera");
    expect(Array.isArray(body.results)).toBe(true);
    expect(body.results.map((row: { id: string }) => row.id).sort()).toEqual([...publishedIds].sort());
    for (const row of body.results) {
      expect(Object.keys(row).sort()).toEqual([...OPEN_DATA_FIELDS].sort());
      expect(row.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(body.results.find((row: { title: string }) => row.title === "Lärande i förskolan")).toEqual({
      id: publishedIds[0],
      kind: "PUBLICATION",
      title: "Lärande i förskolan",
      authors: "Åsa Öberg, Johan Ekberg",
      date: `${YEARS.adopted}-03-15`,
      identifier: "10.1234/abc",
      identifierType: "DOI",
      link: "https://doi.org/10.1234/abc",
      url: null,
      description: "En studie.",
      activity: "Fler VFU-platser i förskolan",
    });
    // JSON is not a spreadsheet: values are as recorded.
    expect(body.results.some((row: { authors: string }) => row.authors === "@angripare")).toBe(true);
    expect(text).not.toContain("Opublicerad");
    expect(text).not.toContain("HEMLIG");
    expect(text).not.toContain(fixture.activityId);
    expect(text).not.toContain(fixture.partnershipId);
  });

  it("answers 404 in JSON for an unknown partnership", async () => {
    const response = await getJson(request("/api/open-data/results.json?partnership=finns-inte"));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "not_found" });
  });

  it("uses the only partnership when none is named", async () => {
    await prisma().result.deleteMany({ where: { partnershipId: fixture.otherPartnership.id } });
    await prisma().activityPlan.deleteMany({ where: { partnershipId: fixture.otherPartnership.id } });
    await prisma().auditEvent.deleteMany({ where: { partnershipId: fixture.otherPartnership.id } });
    await prisma().partnership.delete({ where: { id: fixture.otherPartnership.id } });
    const response = await getJson(request("/api/open-data/results.json"));
    expect(response.status).toBe(200);
    expect((await response.json()).metadata.count).toBe(3);
  });
});
