/**
 * The register of priority areas (issue #5, item 4) as pure shaping: per year, what was
 * prioritised, and the decision that made it so for that year (the first decision, or a later one
 * continuing it). The trace forward to the activity plan arrives with issue #6: `activities` is its
 * place, empty until then.
 */

import type { DecisionState } from "@/features/minutes/decision-state";

export type FocusArea = "EDUCATION_AND_COMPETENCE" | "RESEARCH_AND_DEVELOPMENT";
export type Dimension = "SOCIAL" | "ECOLOGICAL" | "ECONOMIC" | "CULTURAL";

export type DecisionRef = {
  id: string;
  number: number;
  title: string;
  text: string;
  meeting: { id: string; title: string; startsAt: Date };
  /** The decision's minutes are approved and in force (not a draft, not replaced by a correction). */
  inForce: boolean;
  /** The same, as every page says it (minutes/decision-state). */
  state: DecisionState;
};

export type AreaRecord = {
  id: string;
  title: string;
  description: string;
  focusArea: FocusArea;
  dimensions: Dimension[];
  thematicAreas: { id: string; name: string; nameEn: string | null }[];
  proposal: { id: string; title: string } | null;
  decision: DecisionRef;
  years: { year: number; decision: DecisionRef }[];
  closedBy: DecisionRef | null;
  closedAt: Date | null;
  /** Issue #6: the activities of the activity plan that carry the area out. */
  activities: { id: string; title: string }[];
};

export type RegisterEntry = {
  area: AreaRecord;
  /** The decision that prioritised the area for this year. */
  decision: DecisionRef;
  /** Continued from the year before (a later decision), rather than first prioritised this year. */
  continued: boolean;
  /** Also prioritised the next year. */
  continuesNextYear: boolean;
};

export type RegisterYear = { year: number; entries: RegisterEntry[] };

/** Years newest first; within a year, areas by title. */
export function registerByYear(areas: readonly AreaRecord[], onlyYear?: number | null): RegisterYear[] {
  const byYear = new Map<number, RegisterEntry[]>();
  for (const area of areas) {
    const years = new Set(area.years.map((row) => row.year));
    for (const row of area.years) {
      if (onlyYear && row.year !== onlyYear) continue;
      const list = byYear.get(row.year) ?? [];
      list.push({ area, decision: row.decision, continued: years.has(row.year - 1), continuesNextYear: years.has(row.year + 1) });
      byYear.set(row.year, list);
    }
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, entries]) => ({ year, entries: entries.sort((a, b) => a.area.title.localeCompare(b.area.title, "sv")) }));
}

/** For the public register: only what decisions in force say. */
export function inForceOnly(areas: readonly AreaRecord[]): AreaRecord[] {
  return areas
    .filter((area) => area.decision.inForce)
    .map((area) => ({
      ...area,
      years: area.years.filter((row) => row.decision.inForce),
      closedBy: area.closedBy?.inForce ? area.closedBy : null,
      closedAt: area.closedBy?.inForce ? area.closedAt : null,
    }));
}

/** The next year an area can be continued into: the year after its last. */
export function nextYearOf(area: { years: readonly { year: number }[] }): number | null {
  if (area.years.length === 0) return null;
  return Math.max(...area.years.map((row) => row.year)) + 1;
}
