import { describe, expect, it } from "vitest";
import { ActivityPlanStatus, ActivityStatus, MeetingStatus, MinutesStatus, ProposalStatus } from "@/generated/prisma/enums";
import { messagesFor, type Messages } from "./catalogue";
import { LOCALES } from "./locales";

/**
 * Issue #18, item 7: one name per status. Each status enum has one catalogue namespace,
 * `statuses.<kind>`, which every page, the report, its PDF and its CSV read. The test walks the
 * whole catalogue in each language and fails on any other message that names a status differently:
 * a map keyed by a status enum's values (a second list of labels), or an ICU select over them
 * inside a sentence.
 */

const STATUS_ENUMS = {
  activity: ActivityStatus,
  plan: ActivityPlanStatus,
  proposal: ProposalStatus,
  meeting: MeetingStatus,
  minutes: MinutesStatus,
} as const;
type Kind = keyof typeof STATUS_ENUMS;

/** Maps keyed by a status that say something else than its name (a sentence per state), and why. */
const NOT_LABELS: Record<string, string> = {
  "activityPlans.plan.stateNotice": "explains what each plan state means for the reader",
  "followUpReport.planState": "a sentence about the year's plan in the report",
  "proposals.outcomes": "the steering group's choices when it decides (to accept, to reject), not the status names",
};

type Found = { path: string; kind: Kind; status: string; label: string };

function walk(node: Messages, path: string[], found: Found[]): void {
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === "string") found.push(...selectLabels(value, [...path, key].join(".")));
    else walk(value, [...path, key], found);
  }
  const at = path.join(".");
  if (path[0] === "statuses" || at in NOT_LABELS) return;
  for (const [kind, values] of Object.entries(STATUS_ENUMS) as [Kind, Record<string, string>][]) {
    const named = Object.values(values).filter((status) => typeof node[status] === "string");
    // Two or more of one enum's values as keys: a list of that enum's labels.
    if (named.length >= 2) for (const status of named) found.push({ path: `${at}.${status}`, kind, status, label: node[status] as string });
  }
}

/** The options of `{x, select, A {…} B {…}}` in a message, when two or more are one enum's values. */
function selectLabels(message: string, path: string): Found[] {
  const found: Found[] = [];
  for (const select of message.matchAll(/\{\s*\w+\s*,\s*select\s*,((?:[^{}]|\{[^{}]*\})*)\}/g)) {
    const options = [...select[1]!.matchAll(/([A-Z_]+)\s*\{([^{}]*)\}/g)].map((option) => ({ status: option[1]!, label: option[2]! }));
    for (const [kind, values] of Object.entries(STATUS_ENUMS) as [Kind, Record<string, string>][]) {
      const ofEnum = options.filter((option) => Object.values(values).includes(option.status));
      if (ofEnum.length >= 2) for (const option of ofEnum) found.push({ path: `${path} (select)`, kind, ...option });
    }
  }
  return found;
}

describe.each(LOCALES)("status labels in %s", (locale) => {
  const catalogue = messagesFor(locale);
  const statuses = catalogue.statuses as Record<Kind, Record<string, string>>;

  it("name every value of every status enum in one namespace per enum", () => {
    for (const [kind, values] of Object.entries(STATUS_ENUMS) as [Kind, Record<string, string>][]) {
      expect(Object.keys(statuses[kind]).sort(), `statuses.${kind}`).toEqual(Object.values(values).sort());
    }
  });

  it("are the same in every other message that names a status", () => {
    const found: Found[] = [];
    walk(catalogue, [], found);
    const differing = found.filter(({ kind, status, label }) => statuses[kind]?.[status] !== label).map(({ path, kind, status, label }) => `${path}: "${label}", but statuses.${kind}.${status} is "${statuses[kind]?.[status]}"`);
    expect(differing).toEqual([]);
  });

  it("are kept once: no other list of a status enum's labels", () => {
    const found: Found[] = [];
    walk(catalogue, [], found);
    expect([...new Set(found.filter((entry) => !entry.path.endsWith("(select)")).map((entry) => entry.path.replace(/\.[A-Z_]+$/, "")))]).toEqual([]);
  });

  it("catch a second list with another label (the test itself)", () => {
    const found: Found[] = [];
    const planted = { report: { statuses: { ...statuses.activity, DONE: "Klar" } }, mail: { text: `{s, select, HELD {Hållet} PLANNED {${statuses.meeting.PLANNED}} other {x}}` } };
    walk(planted as Messages, [], found);
    const differing = found.filter(({ kind, status, label }) => statuses[kind]?.[status] !== label).map((entry) => entry.path);
    expect(differing.sort()).toEqual(["mail.text (select)", "report.statuses.DONE"]);
  });
});
