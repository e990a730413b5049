import { describe, expect, it } from "vitest";
import { availableActions, maySeeProposal, nextStatus, PROPOSAL_STATUSES, transitionRefusal, type ProposalAction, type ProposalStanding, type ProposalStatus } from "./workflow";

const nobody: ProposalStanding = { isAuthor: false, isAdministrator: false, isWorkingGroupMember: false, isSteeringGroupMember: false };
const author: ProposalStanding = { ...nobody, isAuthor: true };
const workingGroup: ProposalStanding = { ...nobody, isWorkingGroupMember: true };
const steeringGroup: ProposalStanding = { ...nobody, isSteeringGroupMember: true };
const administrator: ProposalStanding = { ...nobody, isAdministrator: true };

const at = (status: ProposalStatus, recommendation: "RECOMMEND" | null = null) => ({ status, recommendation });

describe("the proposal state machine", () => {
  // The legal path, step by step: each step's actor from each step's state.
  const path: [ProposalAction, ProposalStatus, ProposalStanding, ProposalStatus][] = [
    ["submit", "DRAFT", author, "SUBMITTED"],
    ["startReview", "SUBMITTED", workingGroup, "UNDER_REVIEW"],
    ["putForward", "UNDER_REVIEW", workingGroup, "PUT_FORWARD"],
    ["decide", "PUT_FORWARD", steeringGroup, "ACCEPTED"],
  ];
  it.each(path)("%s from %s leads on", (action, from, standing, to) => {
    expect(transitionRefusal(action, at(from, "RECOMMEND"), standing)).toBeNull();
    expect(nextStatus(action, from, "ACCEPTED")).toBe(to);
  });

  it("lets the steering group reject, and keeps the state on comments and recommendations", () => {
    expect(nextStatus("decide", "PUT_FORWARD", "REJECTED")).toBe("REJECTED");
    expect(nextStatus("comment", "UNDER_REVIEW")).toBe("UNDER_REVIEW");
    expect(nextStatus("recommend", "UNDER_REVIEW")).toBe("UNDER_REVIEW");
  });

  it("refuses every action from every state it does not start from", () => {
    const legal: Record<ProposalAction, ProposalStatus[]> = {
      edit: ["DRAFT"],
      submit: ["DRAFT"],
      startReview: ["SUBMITTED"],
      comment: ["UNDER_REVIEW"],
      recommend: ["UNDER_REVIEW"],
      putForward: ["UNDER_REVIEW"],
      decide: ["PUT_FORWARD"],
      withdraw: ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "PUT_FORWARD"],
    };
    // Everyone at once, so only the state can refuse.
    const everyone: ProposalStanding = { isAuthor: true, isAdministrator: true, isWorkingGroupMember: true, isSteeringGroupMember: true };
    for (const [action, from] of Object.entries(legal) as [ProposalAction, ProposalStatus[]][]) {
      for (const status of PROPOSAL_STATUSES) {
        expect(transitionRefusal(action, at(status, "RECOMMEND"), everyone), `${action} from ${status}`).toBe(from.includes(status) ? null : "wrongState");
      }
    }
  });

  it("lets only the author edit, submit and withdraw — administrators neither", () => {
    for (const action of ["edit", "submit", "withdraw"] as const) {
      expect(transitionRefusal(action, at("DRAFT"), author)).toBeNull();
      for (const other of [workingGroup, steeringGroup, administrator, nobody]) expect(transitionRefusal(action, at("DRAFT"), other)).toBe("forbidden");
    }
  });

  it("lets the working group and administrators review, not the steering group or the author", () => {
    for (const action of ["startReview", "comment", "recommend", "putForward"] as const) {
      const state = action === "startReview" ? at("SUBMITTED") : at("UNDER_REVIEW", "RECOMMEND");
      expect(transitionRefusal(action, state, workingGroup)).toBeNull();
      expect(transitionRefusal(action, state, administrator)).toBeNull();
      expect(transitionRefusal(action, state, steeringGroup)).toBe("forbidden");
      expect(transitionRefusal(action, state, author)).toBe("forbidden");
    }
  });

  it("lets the steering group and administrators decide, not the working group", () => {
    expect(transitionRefusal("decide", at("PUT_FORWARD"), steeringGroup)).toBeNull();
    expect(transitionRefusal("decide", at("PUT_FORWARD"), administrator)).toBeNull();
    expect(transitionRefusal("decide", at("PUT_FORWARD"), workingGroup)).toBe("forbidden");
    expect(transitionRefusal("decide", at("PUT_FORWARD"), author)).toBe("forbidden");
  });

  it("puts forward only with a recommendation recorded", () => {
    expect(transitionRefusal("putForward", at("UNDER_REVIEW"), workingGroup)).toBe("recommendationMissing");
  });

  it("checks who before what: a stranger learns nothing of the state", () => {
    expect(transitionRefusal("decide", at("ACCEPTED"), nobody)).toBe("forbidden");
  });

  it("offers the author of a draft edit, submit and withdraw", () => {
    expect(availableActions(at("DRAFT"), author)).toEqual(["edit", "submit", "withdraw"]);
    expect(availableActions(at("ACCEPTED"), { ...author, isAdministrator: true })).toEqual([]);
  });
});

describe("who sees a proposal", () => {
  const draft = { status: "DRAFT" as const, submittedAt: null };
  const submitted = { status: "SUBMITTED" as const, submittedAt: new Date() };
  const withdrawnDraft = { status: "WITHDRAWN" as const, submittedAt: null };
  const withdrawnLater = { status: "WITHDRAWN" as const, submittedAt: new Date() };
  const accepted = { status: "ACCEPTED" as const, submittedAt: new Date() };

  it("shows drafts to their author only", () => {
    expect(maySeeProposal(draft, author)).toBe(true);
    for (const other of [administrator, workingGroup, steeringGroup, nobody]) expect(maySeeProposal(draft, other)).toBe(false);
    expect(maySeeProposal(withdrawnDraft, administrator)).toBe(false);
  });

  it("shows submitted proposals to the groups and administrators, not to other users", () => {
    for (const member of [administrator, workingGroup, steeringGroup]) {
      expect(maySeeProposal(submitted, member)).toBe(true);
      expect(maySeeProposal(withdrawnLater, member)).toBe(true);
    }
    expect(maySeeProposal(submitted, nobody)).toBe(false);
  });

  it("shows decided proposals to every signed-in user", () => {
    expect(maySeeProposal(accepted, nobody)).toBe(true);
    expect(maySeeProposal({ status: "REJECTED", submittedAt: new Date() }, nobody)).toBe(true);
  });
});
