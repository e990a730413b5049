import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createProposal, editProposal } from "@/features/proposals/proposal-definitions";
import type { Actor } from "@/server/auth/actor";
import { executeFormAction } from "@/server/actions/form-action";
import { actorFor, completeFields, form, newKey, prisma, RESEARCHER, seed, snapshot, type Fixture } from "./proposal-fixtures";

/**
 * Property-based (issue #5, item 7): random and hostile form input — oversized, wrongly typed,
 * Unicode-heavy, script injection, repeated fields — never causes an unexpected error, and a refused
 * submission writes nothing at all (no proposal, no relation, no mail, no audit event).
 */

let fixture: Fixture;
let researcher: Actor;

beforeAll(async () => {
  fixture = await seed();
  researcher = await actorFor(RESEARCHER);
});

const FIELDS = ["title", "problem", "focusArea", "thematicAreaIds", "dimensions", "expectedResults", "followUp", "unitIds", "periodStartYear", "periodEndYear", "resources", "contactName", "contactEmail", "intent"] as const;

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.constantFrom("<script>alert(1)</script>", "\"'><img src=x onerror=alert(1)>", "'; DROP TABLE \"Proposal\"; --", "\u0000", "\u202e\u200b", "   ", "${7*7}", "NaN", "-1", "9999", "2027", "EDUCATION_AND_COMPETENCE", "SOCIAL", "submit", "draft"),
  fc.integer({ min: 9_000, max: 20_000 }).map((length) => "å".repeat(length)),
);

const fieldValue = fc.oneof({ weight: 4, arbitrary: hostileText }, { weight: 1, arbitrary: fc.array(hostileText, { minLength: 2, maxLength: 60 }) });

/** A form with some fields hostile, the rest of a complete proposal or missing. */
const hostileForm = fc.record(Object.fromEntries(FIELDS.map((field) => [field, fc.option(fieldValue, { nil: undefined })])) as Record<(typeof FIELDS)[number], fc.Arbitrary<string | string[] | undefined>>, {
  requiredKeys: [],
});

function build(fields: Partial<Record<string, string | string[] | undefined>>, base: Record<string, string | string[]>) {
  const merged: Record<string, string | string[]> = { ...base };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) merged[key] = value;
  return form(merged);
}

describe("hostile input to the proposal form", () => {
  it("never fails unexpectedly, and a refusal writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(hostileForm, fc.boolean(), async (fields, fromComplete) => {
        const base = fromComplete ? completeFields(fixture, { submissionKey: newKey() }) : { submissionKey: newKey() };
        const before = await snapshot();
        const { state, result } = await executeFormAction(createProposal, researcher, build(fields, base));
        expect(state.message).not.toBe("errors.unexpected");
        if (state.status === "error") {
          expect(await snapshot()).toEqual(before);
        } else {
          // Accepted: what was stored is what passed validation, in one piece.
          const row = await prisma().proposal.findUniqueOrThrow({ where: { id: result!.proposalId } });
          expect(row.title.trim()).not.toBe("");
          expect(row.title.length).toBeLessThanOrEqual(200);
          expect(await prisma().auditEvent.count()).toBe(before.audit + 1);
        }
      }),
      // NUL cannot be stored in PostgreSQL text: always tried, in a field that is otherwise valid.
      { numRuns: 40, examples: [[{ title: "Rubrik\u0000" }, false], [{ problem: "\u0000", thematicAreaIds: ["\u0000"] }, true]] },
    );
  }, 120_000);

  it("handles hostile edits of a draft the same way", async () => {
    const { result } = await executeFormAction(createProposal, researcher, form({ submissionKey: newKey(), intent: "draft", title: "Mål för fientlig indata" }));
    const proposalId = result!.proposalId;
    await fc.assert(
      fc.asyncProperty(hostileForm, fc.oneof(fc.constant(undefined), hostileText), async (fields, version) => {
        const current = await prisma().proposal.findUniqueOrThrow({ where: { id: proposalId } });
        const before = await snapshot();
        const base: Record<string, string | string[]> = { proposalId, version: version ?? String(current.version), intent: "draft", title: "Utkast" };
        const { state } = await executeFormAction(editProposal, researcher, build(fields, base));
        expect(state.message).not.toBe("errors.unexpected");
        if (state.status === "error") expect(await snapshot()).toEqual(before);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
