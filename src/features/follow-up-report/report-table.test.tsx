import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReportTable } from "./report-table";

type Row = { id: string; name: string; count: number };
const rows: Row[] = [
  { id: "a", name: "Alfa", count: 3 },
  { id: "b", name: "Beta", count: 12 },
];

function table(options: { captionHidden?: boolean; spaced?: boolean; total?: Row } = {}) {
  return renderToStaticMarkup(
    <ReportTable
      caption="Siffror 2026"
      {...options}
      rowHeader={{ header: "Namn", cell: (row) => row.name }}
      columns={[
        { header: "Id", cell: (row) => row.id },
        { header: "Antal", numeric: true, cell: (row) => String(row.count) },
      ]}
      rows={rows}
      rowKey={(row) => row.id}
    />,
  );
}

describe("the report's table", () => {
  it("has a caption, column headers with scope, a row header opening each row, and figures right-aligned", () => {
    const page = table();
    expect(page).toMatch(/^<div class="overflow-x-auto"><table[^>]*><caption class="mb-1 [^"]*">Siffror 2026<\/caption>/);
    expect([...page.matchAll(/<th scope="col"(?: class="([^"]*)")?>([^<]*)<\/th>/g)].map((match) => [match[2], match[1] ?? ""])).toEqual([
      ["Namn", ""],
      ["Id", ""],
      ["Antal", "text-right"],
    ]);
    expect([...page.matchAll(/<tr><th scope="row" class="font-normal">([^<]*)<\/th>/g)].map((match) => match[1])).toEqual(["Alfa", "Beta"]);
    // Plain cells carry no class: their spacing, the rows' rules and links are styled on the table.
    expect(page).toContain('<td>b</td><td class="text-right tabular-nums">12</td>');
    expect(page).toMatch(/<table class="[^"]*\[&amp;_td\]:py-1[^"]*\[&amp;_tbody_tr\]:border-b[^"]*\[&amp;_a\]:underline[^"]*">/);
    expect(page).not.toContain("font-semibold\"><th");
  });

  it("hides the caption visually when asked, spaces itself from what is above, and closes with a bold total row", () => {
    const page = table({ captionHidden: true, spaced: true, total: { id: "sum", name: "Totalt", count: 15 } });
    expect(page).toMatch(/^<div class="mt-4 overflow-x-auto">/);
    expect(page).toContain('<caption class="sr-only">Siffror 2026</caption>');
    expect(page).toMatch(/<tr class="font-semibold"><th scope="row">Totalt<\/th><td>sum<\/td><td class="[^"]*text-right[^"]*">15<\/td><\/tr><\/tbody>/);
  });
});
