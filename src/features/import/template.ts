import { COLUMN_KEYS, TEMPLATE_HEADERS, type ColumnKey } from "./columns";

export type TemplateSample = {
  /** A thematic area of the partnership, so the example rows import as they are. */
  areaName: string | null;
  municipalityUnit: string | null;
  universityUnit: string | null;
  /** The start date written in the example rows, YYYY-MM-DD. */
  startDate: string;
};

function quote(value: string, delimiter: string): string {
  return value.includes(delimiter) || value.includes('"') || /[\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The example file offered for download: the header in the user's language, semicolons as Swedish
 * Excel writes them, CRLF line ends, and three example rows (two working-group members and a
 * person without a membership). The caller adds the byte-order mark that tells Excel it is UTF-8.
 */
export function buildTemplate(locale: "sv" | "en", sample: TemplateSample): string {
  const delimiter = ";";
  const sv = locale === "sv";
  const rows: Partial<Record<ColumnKey, string>>[] = [
    {
      name: "Åsa Öberg",
      email: "asa.oberg@example.se",
      title: sv ? "Verksamhetsutvecklare" : "Development officer",
      party: sv ? "kommun" : "municipality",
      unit: sample.municipalityUnit ?? "",
      group: sv ? "arbetsgrupp" : "working group",
      role: sv ? "ledamot" : "member",
      startDate: sample.startDate,
      thematicAreas: sample.areaName ?? "",
    },
    {
      name: "Per Ängelholm",
      email: "per.angelholm@example.se",
      title: sv ? "Universitetslektor" : "Senior lecturer",
      party: sv ? "lärosäte" : "university",
      unit: sample.universityUnit ?? "",
      group: sv ? "arbetsgrupp" : "working group",
      role: sv ? "ledamot" : "member",
      startDate: sample.startDate,
      thematicAreas: sample.areaName ?? "",
    },
    {
      name: "Lars Nilsson",
      email: "lars.nilsson@example.se",
      title: sv ? "Utredare, analys; statistik" : "Analyst, statistics; research",
      party: sv ? "kommun" : "municipality",
    },
  ];
  const header = COLUMN_KEYS.map((key) => quote(TEMPLATE_HEADERS[locale][key], delimiter)).join(delimiter);
  const lines = rows.map((row) => COLUMN_KEYS.map((key) => quote(row[key] ?? "", delimiter)).join(delimiter));
  return [header, ...lines].join("\r\n") + "\r\n";
}
