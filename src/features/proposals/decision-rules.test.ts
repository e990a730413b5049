import { describe, expect, it } from "vitest";
import { decidingRefusal, laterDecisionRefusal, prioritisedYearsRefusal, putForwardRefusal, type DecisionFacts } from "./decision-rules";
import { fieldErrorsFrom } from "@/lib/forms/form-state";
import { CONTENT_FIELDS, completenessErrors, createProposalSchema, thematicAreasOutsideFocus } from "./schemas";

const wgDecision: DecisionFacts = {
  id: "d-wg",
  subject: "PRIORITY_AREAS",
  meeting: { id: "m-wg", status: "HELD", cycleYear: 2026, groupKind: "WORKING_GROUP", partnershipId: "p", startsAt: new Date("2026-03-11T12:00:00Z") },
  minutes: { status: "DRAFT", inForce: false },
  preparedByMeeting: null,
};
const sgDecision: DecisionFacts = {
  ...wgDecision,
  id: "d-sg",
  meeting: { ...wgDecision.meeting, id: "m-sg", groupKind: "STEERING_GROUP", startsAt: new Date("2026-11-18T08:00:00Z") },
  preparedByMeeting: { id: "m-wg" },
};

describe("putting forward", () => {
  const context = { partnershipId: "p", cycleYear: 2026, submittedAt: new Date("2026-02-20T10:00:00Z") };
  it("takes a priority-areas decision of a held working-group meeting of the cycle, draft minutes included", () => {
    expect(putForwardRefusal(wgDecision, context)).toBeNull();
    expect(putForwardRefusal({ ...wgDecision, minutes: { status: "APPROVED", inForce: true } }, context)).toBeNull();
  });
  it("refuses anything else", () => {
    expect(putForwardRefusal(null, context)).toBe("decisionNotFound");
    expect(putForwardRefusal(wgDecision, { ...context, partnershipId: "other" })).toBe("decisionNotFound");
    expect(putForwardRefusal(sgDecision, context)).toBe("notWorkingGroupDecision");
    expect(putForwardRefusal({ ...wgDecision, subject: "ACTIVITY_PLAN" }, context)).toBe("notPriorityAreasDecision");
    expect(putForwardRefusal({ ...wgDecision, meeting: { ...wgDecision.meeting, status: "PLANNED" } }, context)).toBe("meetingNotHeld");
    expect(putForwardRefusal(wgDecision, { ...context, cycleYear: 2027 })).toBe("otherCycle");
    expect(putForwardRefusal({ ...wgDecision, minutes: { status: "APPROVED", inForce: false } }, context)).toBe("decisionReplaced");
  });
  it("takes only a meeting held on or after the proposal was submitted", () => {
    // Submitted on 6 December: the spring meeting of 11 March cannot have put it forward.
    expect(putForwardRefusal(wgDecision, { ...context, submittedAt: new Date("2026-12-06T09:00:00Z") })).toBe("beforeSubmission");
    expect(putForwardRefusal(wgDecision, { ...context, submittedAt: new Date("2026-03-11T07:00:00Z") })).toBeNull();
  });
});

describe("the steering group's decision", () => {
  const context = { partnershipId: "p", cycleYear: 2026, putForwardMeetingId: "m-wg", putForwardAt: wgDecision.meeting.startsAt };
  it("must be prepared by the meeting that put the proposal forward", () => {
    expect(decidingRefusal(sgDecision, context)).toBeNull();
    expect(decidingRefusal(sgDecision, { ...context, putForwardMeetingId: "m-other" })).toBe("notPreparedByPutForwardMeeting");
    expect(decidingRefusal(wgDecision, context)).toBe("notSteeringGroupDecision");
    expect(decidingRefusal({ ...sgDecision, meeting: { ...sgDecision.meeting, status: "CANCELLED" } }, context)).toBe("meetingNotHeld");
  });
  it("comes from a meeting held on or after the one that put the proposal forward", () => {
    const earlier = { ...sgDecision, meeting: { ...sgDecision.meeting, startsAt: new Date("2026-03-10T08:00:00Z") } };
    expect(decidingRefusal(earlier, context)).toBe("beforePutForward");
    expect(decidingRefusal(sgDecision, { ...context, putForwardAt: new Date("2026-12-03T08:00:00Z") })).toBe("beforePutForward");
  });
  it("continues or closes an area only after the meeting that decided it", () => {
    expect(laterDecisionRefusal(sgDecision, { partnershipId: "p", after: new Date("2025-11-05T08:00:00Z") })).toBeNull();
    expect(laterDecisionRefusal(sgDecision, { partnershipId: "p", after: sgDecision.meeting.startsAt })).toBe("notLater");
  });
  it("prioritises for one or more years from the cycle's year to five years on", () => {
    expect(prioritisedYearsRefusal([2027], 2026)).toBeNull();
    expect(prioritisedYearsRefusal([], 2026)).toBe("yearsMissing");
    expect(prioritisedYearsRefusal([2025], 2026)).toBe("yearsOutOfRange");
    expect(prioritisedYearsRefusal([2032], 2026)).toBe("yearsOutOfRange");
  });
});

describe("the proposal form", () => {
  const base = { intent: "draft", title: "Titel", submissionKey: "k".repeat(20) };
  it("saves a draft with a title only, and says per field what a submission still needs", () => {
    const parsed = createProposalSchema.safeParse(base);
    expect(parsed.success).toBe(true);
    const errors = completenessErrors(parsed.data!);
    expect(Object.keys(errors)).toEqual([
      "problem",
      "focusArea",
      "thematicAreaIds",
      "dimensions",
      "expectedResults",
      "followUp",
      "unitIds",
      "periodStartYear",
      "periodEndYear",
      "resources",
      "contactName",
      "contactEmail",
    ]);
  });
  it("refuses a missing title, a wrong e-mail, an impossible period and unknown choices", () => {
    const parsed = createProposalSchema.safeParse({ ...base, title: "  ", contactEmail: "nej", periodStartYear: "2028", periodEndYear: "2027", dimensions: ["SOCIAL", "SPIRITUAL"], focusArea: "X" });
    expect(parsed.success).toBe(false);
    const fields = parsed.error!.issues.map((issue) => [issue.path[0], issue.message]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ["title", "validation.required"],
        ["contactEmail", "validation.email"],
        ["dimensions", "validation.invalid"],
        ["focusArea", "validation.invalid"],
        // The period's order is checked although other fields failed.
        ["periodEndYear", "validation.endBeforeStart"],
      ]),
    );
  });
  it("lists every field a submission lacks in one go when the form is sent empty", () => {
    const empty = Object.fromEntries(CONTENT_FIELDS.filter((field) => !["thematicAreaIds", "dimensions", "unitIds"].includes(field)).map((field) => [field, ""]));
    const parsed = createProposalSchema.safeParse({ ...empty, intent: "submit", submissionKey: base.submissionKey });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsFrom(parsed.error!)).toEqual({
      title: ["validation.required"],
      ...Object.fromEntries(CONTENT_FIELDS.filter((field) => field !== "title").map((field) => [field, [expect.stringMatching(/^(validation\.required|proposals\.validation\.choose\w+)$/)]])),
    });
  });
  it("finds thematic areas outside the chosen focus area", () => {
    const areas = [
      { id: "a", focusArea: "EDUCATION_AND_COMPETENCE" as const },
      { id: "b", focusArea: "RESEARCH_AND_DEVELOPMENT" as const },
    ];
    expect(thematicAreasOutsideFocus("EDUCATION_AND_COMPETENCE", ["a", "b"], areas)).toEqual(["b"]);
    expect(thematicAreasOutsideFocus(null, ["a", "b"], areas)).toEqual([]);
  });
});
