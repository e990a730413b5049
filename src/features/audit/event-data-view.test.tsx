import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { splitChanges } from "./event-data";
import { EventDataView, type EventDataLabels } from "./event-data-view";

const labels: EventDataLabels = {
  field: (key) => ({ name: "Namn", title: "Titel", endDate: "Slutdatum" })[key] ?? key,
  value: (value) => ({ CHAIR: "Ordförande" })[value] ?? value,
  changesCaption: "Ändrade uppgifter",
  fieldHeader: "Uppgift",
  before: "Före",
  after: "Efter",
  noChanges: "Inga ändrade uppgifter.",
  empty: "–",
  noData: "Inga uppgifter.",
  yes: "Ja",
  no: "Nej",
  more: (count) => `och ${count} till`,
};

const render = (data: unknown) => renderToStaticMarkup(<EventDataView data={data} labels={labels} />);

describe("splitChanges", () => {
  it("lists only the fields that differ, in order, and keeps the rest", () => {
    expect(
      splitChanges({ before: { name: "Eva", title: "Chef", active: true }, after: { name: "Eva Ek", title: "Chef", active: true, unit: "GAF" }, reason: "x" }),
    ).toEqual({
      changes: [
        { field: "name", before: "Eva", after: "Eva Ek" },
        { field: "unit", before: undefined, after: "GAF" },
      ],
      rest: { reason: "x" },
    });
  });

  it("treats a creation (before null) and a removal (no after) as changes of every field", () => {
    expect(splitChanges({ before: null, after: { name: "Åsa" } })?.changes).toEqual([{ field: "name", before: undefined, after: "Åsa" }]);
    expect(splitChanges({ before: { title: "Plats" } })?.changes).toEqual([{ field: "title", before: "Plats", after: undefined }]);
    expect(splitChanges({ format: "json" })).toBeNull();
    expect(splitChanges({ before: "text", after: "other" })).toBeNull();
  });
});

describe("EventDataView", () => {
  it("renders before and after as a table of changed fields with row headers", () => {
    const html = render({ before: { name: "Eva Lundgren", endDate: null }, after: { name: "Eva Lundgren-Ek", endDate: "2026-12-31" } });
    expect(html).toContain("<caption");
    expect(html).toContain('<th scope="row" class="py-1 pr-4 font-semibold">Namn</th>');
    expect(html).toContain("Eva Lundgren-Ek");
    expect(html).toContain("Slutdatum");
  });

  it("escapes everything: markup in values and keys is shown as text", () => {
    const html = render({ before: { name: "<b>x</b>" }, after: { name: '<script>alert("x")</script>' }, "<img src=x onerror=alert(1)>": "y" });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("renders nested rows, lists, booleans and missing data readably", () => {
    const html = render({ counts: { rows: 2 }, rows: [{ row: 2, before: { name: "A" }, after: { name: "B" } }, { row: 3, role: "CHAIR", areas: ["VFU", "ULF"], active: false }] });
    expect(html).toContain("<ol");
    expect(html).toContain("Ordförande");
    expect(html).toContain("VFU, ULF");
    expect(html).toContain("Nej");
    expect(render({})).toBe("<p>Inga uppgifter.</p>");
    expect(render(null)).toBe("<p>Inga uppgifter.</p>");
  });

  it("shortens long lists", () => {
    const html = render({ ids: Array.from({ length: 60 }, (_, index) => `id${index}`) });
    expect(html).toContain("id49");
    expect(html).not.toContain("id50");
    expect(html).toContain("och 10 till");
  });
});
