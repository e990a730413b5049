import { describe, expect, it } from "vitest";
import { messagesFor, type Messages } from "./catalogue";

/**
 * Issue #19, item 5: one wording per action across pages. Two labels that differ only in what a
 * reader would not notice as a difference of meaning — case, punctuation, a definite or possessive
 * form ("kalender"/"kalendern", "calendar"/"your calendar") — are the same action worded two ways.
 */

function leaves(catalogue: Messages, prefix = ""): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
}

// Possessives add nothing to what a button does; articles do ("Add a decision" opens the form, "Add the decision" sends it).
const FILLER = new Set(["your", "din", "ditt", "dina"]);

/** The words of a label, lower case, without fillers, each reduced to a rough stem (Swedish definite endings dropped). */
function wordingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.\s]/gu, " ")
    .split(/\s+/)
    .filter((word) => word && !FILLER.has(word))
    .map((word) => word.replace(/(erna|arna|orna|en|et|na|n|t)$/u, (ending) => (word.length - ending.length >= 4 ? "" : ending)))
    .join(" ");
}

const VERBS =
  /^(lägg|spara|ta|skicka|registrera|visa|ladda|öppna|ändra|utse|påbörja|markera|avbryt|ställ|godkänn|avslå|justera|bjud|avsluta|fortsätt|add|save|remove|send|record|show|download|open|change|appoint|start|mark|cancel|approve|reject|invite|end|continue|close)\s/i;

/**
 * Labels of actions (buttons and links): short texts that start with a verb, without placeholders
 * or a full stop (messages with values or sentences are not labels).
 */
const isLabel = (text: string) => text.length <= 60 && VERBS.test(text) && !text.includes("{") && !/[.!?:]$/.test(text.replace(/\(\.[a-z]+\)$/, ""));

function differentWordings(locale: "sv" | "en"): string[][] {
  const groups = new Map<string, Set<string>>();
  for (const [key, text] of leaves(messagesFor(locale))) {
    // A form's heading names what the form is for; its button is the action.
    if (!isLabel(text) || /\.(heading|title|legend)$/.test(key)) continue;
    const wording = wordingKey(text);
    const group = groups.get(wording) ?? new Set<string>();
    group.add(text);
    groups.set(wording, group);
  }
  return [...groups.values()].filter((group) => group.size > 1).map((group) => [...group].sort());
}

describe("one wording per action", () => {
  it("sees the same label worded two ways", () => {
    expect(wordingKey("Lägg till i kalendern (.ics)")).toBe(wordingKey("Lägg till i kalender (.ics)"));
    expect(wordingKey("Add to your calendar (.ics)")).toBe(wordingKey("Add to calendar (.ics)"));
    expect(wordingKey("Spara beslutet")).not.toBe(wordingKey("Ta bort beslutet"));
  });

  it.each(["sv", "en"] as const)("finds no action labelled two ways in %s", (locale) => {
    expect(differentWordings(locale)).toEqual([]);
  });
});
