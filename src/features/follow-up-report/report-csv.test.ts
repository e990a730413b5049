import Papa from "papaparse";
import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/i18n/catalogue";
import { TIME_ZONE } from "@/i18n/locales";
import { buildFollowUpReport } from "./aggregate";
import { csvCell, reportCsv } from "./report-csv";
import { reportLabels, type Translate } from "./report-labels";
import type { ReportInput } from "./report-input";

const labels = (locale: "sv" | "en") =>
  reportLabels(createTranslator({ locale, messages: messagesFor(locale), timeZone: TIME_ZONE }) as unknown as Translate, createFormatter({ locale, timeZone: TIME_ZONE }));
const day = (date: string) => new Date(`${date}T00:00:00Z`);

const input: ReportInput = {
  year: 2026,
  partnership: { name: "Huddinge kommun och Södertörns högskola", nameEn: null },
  now: new Date("2026-11-27T10:00:00Z"),
  currentYear: 2026,
  today: day("2026-11-27"),
  plans: [
    {
      id: "p",
      year: 2026,
      status: "ADOPTED",
      adoptedAt: null,
      closedAt: null,
      adoptedBy: null,
      activities: [
        {
          id: "a1",
          title: "=HYPERLINK(\"http://evil.example\")",
          priorityAreaId: null,
          focusArea: "EDUCATION_AND_COMPETENCE",
          dimensions: ["SOCIAL"],
          status: "DELAYED",
          progress: 30,
          startsOn: day("2026-01-01"),
          endsOn: day("2026-06-30"),
          removedAt: null,
          carriedOverFromId: null,
          carriedOverToId: null,
          responsible: ["Åsa Öberg"],
          indicators: [{ id: "i1", name: "Andel nöjda; svar", unit: "%", targetValue: 80, outcomeValue: 72.5 }],
        },
      ],
    },
  ],
  priorityAreas: [],
  results: [],
  cadenceGroups: [{ id: "sg", kind: "STEERING_GROUP", meetingsPerYear: 1, meetings: [] }],
  membershipGroups: [{ id: "sg", kind: "STEERING_GROUP" }],
  seats: [],
  memberships: [],
  proposals: [],
  decisions: [{ id: "d", number: 4, title: "+Budget", subject: "GENERAL", meeting: { id: "m", title: "Årsmöte", startsAt: new Date("2026-10-05T22:30:00Z"), cycleYear: 2026, groupId: "sg" } }],
};

describe("a CSV cell", () => {
  it("keeps numbers as numbers in the locale's decimal style and defuses text that would start a formula", () => {
    expect(csvCell(-2, "sv")).toBe("-2");
    expect(csvCell(72.5, "sv")).toBe("72,5");
    expect(csvCell(72.5, "en")).toBe("72.5");
    expect(csvCell(null, "sv")).toBe("");
    for (const text of ["=1+1", "+46 8", "-x", "@SUM(A1)", "\tx", "\rx"]) expect(csvCell(text, "sv"), text).toBe(`'${text}`);
    expect(csvCell("Åsa", "sv")).toBe("Åsa");
  });
});

describe("the report as CSV", () => {
  it("starts with a byte-order mark, has four columns on every row, a section column, and parses back", () => {
    const text = reportCsv(buildFollowUpReport(input), labels("sv"), "sv");
    expect(text.startsWith("\uFEFFAvsnitt;Post;Mått;Värde\r\n")).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ";", skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.every((row) => row.length === 4)).toBe(true);
    const sections = new Set(parsed.data.slice(1).map((row) => row[0]));
    for (const section of ["Sammanfattning", "Per prioriterat område", "Per fokusområde", "Aktiviteternas status", "Aktiviteter i riskzonen eller försenade", "Indikatorer mot mål", "Hållbarhetsdimensioner och fokusområden", "Resultat", "Mötesrytm", "Ledamöter och vakanser", "Förslag på prioriterade områden", "Beslut"]) {
      expect(sections, section).toContain(section);
    }
    const find = (section: string, item: string, measure: string) => parsed.data.find((row) => row[0] === section && row[1] === item && row[2] === measure)?.[3];
    expect(find("Sammanfattning", "Planerade aktiviteter", "2026")).toBe("1");
    expect(find("Sammanfattning", "Planerade aktiviteter", "2025 (föregående år)")).toBe("");
    expect(find("Sammanfattning", "Resultat", "Förändring")).toBe("0");
    expect(find("Indikatorer mot mål", `Andel nöjda; svar – =HYPERLINK("http://evil.example")`, "Utfall")).toBe("72,5");
    // The activity's title starts with "=", so it is written with an apostrophe in front.
    expect(parsed.data.some((row) => row[1] === `'=HYPERLINK("http://evil.example")` && row[2] === "Status" && row[3] === "Försenad")).toBe(true);
    expect(parsed.data.some((row) => row[1] === "§ 4 +Budget" && row[2] === "Datum" && row[3] === "2026-10-06")).toBe(true);
    expect(parsed.data.some((row) => row[0] === "Hållbarhetsdimensioner och fokusområden" && row[1] === "Ekologisk" && row[2] === "Lucka")).toBe(true);
  });

  it("is written with commas in English", () => {
    const text = reportCsv(buildFollowUpReport(input), labels("en"), "en");
    expect(text.startsWith("\uFEFFSection,Item,Measure,Value\r\n")).toBe(true);
    expect(Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data.some((row) => row[0] === "Summary" && row[1] === "Planned activities")).toBe(true);
  });
});
