import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "./bar-chart";

const props = {
  id: "status-2026",
  title: "Aktiviteternas status 2026",
  description: "Liggande stapeldiagram: Klar 3, Försenad 1.",
  categoryLabel: "Status",
  categories: [
    { key: "DONE", label: "Klar" },
    { key: "DELAYED", label: "Försenad" },
  ],
  tableToggleLabel: "Visa diagrammets uppgifter som tabell",
  emptyValue: "–",
};

describe("the bar chart", () => {
  it("is one image named by its title and described in words, with the same values in a table beside it", () => {
    const html = renderToStaticMarkup(<BarChart {...props} series={[{ key: "2026", label: "2026", values: [3, 1] }]} />);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="status-2026-title status-2026-desc"/);
    expect(html).toContain('<title id="status-2026-title">Aktiviteternas status 2026</title>');
    expect(html).toContain('<desc id="status-2026-desc">Liggande stapeldiagram: Klar 3, Försenad 1.</desc>');
    expect(html).toContain("<figcaption");
    expect(html).toMatch(/<details[^>]*><summary[^>]*>Visa diagrammets uppgifter som tabell<\/summary>/);
    expect(html).toContain('<caption class="sr-only">Aktiviteternas status 2026</caption>');
    expect(html).toContain('<th scope="col" class="py-1 pr-4">Status</th>');
    const rows = [...html.matchAll(/<tr[^>]*><th scope="row"[^>]*>([^<]*)<\/th><td[^>]*>([^<]*)<\/td><\/tr>/g)].map((match) => [match[1], match[2]]);
    expect(rows).toEqual([
      ["Klar", "3"],
      ["Försenad", "1"],
    ]);
    // Values are written on the bars, so the chart does not rely on colour; no inline style (the CSP forbids it).
    expect(html).toMatch(/<text[^>]*>3<\/text>/);
    expect(html).not.toContain("style=");
    // The longer value gets the longer bar.
    const widths = [...html.matchAll(/<rect y="[\d.]+" width="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]!).toBeGreaterThan(widths[1]! * 2.5);
  });

  it("tells two series apart by pattern and names each in a legend and on each bar", () => {
    const html = renderToStaticMarkup(
      <BarChart
        {...props}
        id="yoy"
        series={[
          { key: "now", label: "2026", values: [3, null] },
          { key: "before", label: "2025", values: [2, 4] },
        ]}
      />,
    );
    expect(html).toContain('<pattern id="yoy-hatch"');
    expect(html).toContain('fill="url(#yoy-hatch)"');
    expect(html).toMatch(/<text[^>]*>2026<\/text>/);
    expect(html).toContain("3 (2026)");
    expect(html).toContain("– (2026)");
    expect(html).toContain("4 (2025)");
    expect(html).toContain('<th scope="col" class="py-1 pr-4 text-right">2025</th>');
  });

  it("draws an empty chart without failing", () => {
    const html = renderToStaticMarkup(<BarChart {...props} categories={[]} series={[{ key: "x", label: "x", values: [] }]} />);
    expect(html).toContain('role="img"');
    expect(html).toContain("<tbody></tbody>");
  });
});
