import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse-csv";
import { planImport } from "./plan";
import { REFERENCE } from "./reference.fixture";
import { buildTemplate } from "./template";

const sample = { areaName: "VFU och lärarutbildning", municipalityUnit: "Barn- och utbildningsförvaltningen", universityUnit: "Lärarutbildningen", startDate: "2026-02-01" };

describe("buildTemplate", () => {
  it("writes a Swedish, semicolon-separated file that imports as it is", () => {
    const text = buildTemplate("sv", sample);
    expect(text.split("\r\n")[0]).toBe("namn;e-post;titel;part;enhet;grupp;roll;startdatum;slutdatum;tematiska områden");
    expect(text).toContain("Åsa Öberg");
    expect(text).toContain('"Utredare, analys; statistik"');
    const plan = planImport(parseCsv(text), REFERENCE, []);
    expect(plan.rows.flatMap((row) => row.issues)).toEqual([]);
    expect(plan.counts).toMatchObject({ rows: 3, newPeople: 3, memberships: 2 });
  });

  it("writes English headers that import too, and works without units or areas", () => {
    const text = buildTemplate("en", { areaName: null, municipalityUnit: null, universityUnit: null, startDate: "2026-02-01" });
    expect(text.startsWith("name;email;title;party;unit;group;role;start;end;thematic areas\r\n")).toBe(true);
    expect(planImport(parseCsv(text), REFERENCE, []).valid).toBe(true);
  });
});
