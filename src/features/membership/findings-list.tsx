import { getTranslations } from "@/i18n/server";
import type { Finding } from "./composition";

/** The composition's breaches and vacancies, in words. */
export async function FindingsList({ findings, emptyKey = "none" }: { findings: Finding[]; emptyKey?: "none" | "noneInGroup" }) {
  const t = await getTranslations("membership.findings");
  if (findings.length === 0) return <p className="rounded border-l-4 border-green-700 bg-green-50 p-3">{t(emptyKey)}</p>;
  return (
    <ul className="space-y-2">
      {findings.map((finding, index) => (
        <li
          key={index}
          className={`rounded border-l-4 p-3 ${finding.severity === "refuse" ? "border-red-700 bg-red-50" : "border-amber-600 bg-amber-50"}`}
        >
          <strong>{t(finding.severity)}:</strong> {describe(finding, t)}
        </li>
      ))}
    </ul>
  );
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

function describe(finding: Finding, t: Translate): string {
  switch (finding.rule) {
    case "no-chair":
      return t("no-chair", { group: finding.groupKind });
    case "several-chairs":
      return t("several-chairs", { group: finding.groupKind, names: finding.names.join(", ") });
    case "party-missing":
      return t("party-missing", { group: finding.groupKind, party: finding.partyType });
    case "area-missing-party":
      return t("area-missing-party", { area: finding.areaName, party: finding.partyType });
    case "seat-vacant":
      return t("seat-vacant", { seat: finding.seatTitle, party: finding.partyName });
  }
}
