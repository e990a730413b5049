import { describe, expect, it } from "vitest";
import type { MeetingViewer } from "@/features/meetings/access";
import { mayAppointAdjusters, maySeeMinutes, minutesAbilities, type MeetingForMinutes, type MinutesForAccess } from "./minutes-access";

const viewer = (personId: string, groupRoles: MeetingViewer["groupRoles"] = {}, isAdministrator = false): MeetingViewer => ({
  userId: `user-${personId}`,
  personId,
  isAdministrator,
  groupRoles,
});
const admin = viewer("admin", {}, true);
const secretary = viewer("secretary", { wg: ["SECRETARY"] });
const member = viewer("member", { wg: ["MEMBER"] });
const chair = viewer("chair", { wg: ["CHAIR"] });
const outsider = viewer("outsider", { sg: ["SECRETARY"] });

const meeting = (overrides: Partial<MeetingForMinutes> = {}): MeetingForMinutes => ({ groupId: "wg", isPublic: false, status: "HELD", ...overrides });
type Approvals = { approvals: { personId: string; role: "CHAIR" | "ADJUSTER" }[] };
const minutes = (overrides: Partial<MinutesForAccess & Approvals> = {}): MinutesForAccess & Approvals => ({
  id: "m1",
  status: "DRAFT" as const,
  correctsId: null,
  approvedAt: null,
  createdAt: new Date("2027-05-01T10:00:00Z"),
  chairPersonId: "chair",
  adjusterIds: ["member"],
  approvals: [],
  ...overrides,
});

describe("who sees minutes", () => {
  it("shows drafts and minutes in justering to the group, administrators and the signatories only", () => {
    for (const status of ["DRAFT", "IN_ADJUSTMENT"] as const) {
      expect(maySeeMinutes(member, meeting(), minutes({ status }))).toBe(true);
      expect(maySeeMinutes(admin, meeting(), minutes({ status }))).toBe(true);
      // Another group's secretary is signed in but no member of this group.
      expect(maySeeMinutes(outsider, meeting(), minutes({ status }))).toBe(false);
      // An adjuster whose membership has ended still sees what they are to sign.
      expect(maySeeMinutes(viewer("former"), meeting(), minutes({ status, adjusterIds: ["former"] }))).toBe(true);
      expect(maySeeMinutes(null, meeting({ isPublic: true }), minutes({ status }))).toBe(false);
    }
  });

  it("shows approved minutes to every signed-in user, and to the public only for public meetings", () => {
    const approved = minutes({ status: "APPROVED", approvedAt: new Date() });
    expect(maySeeMinutes(outsider, meeting(), approved)).toBe(true);
    expect(maySeeMinutes(null, meeting(), approved)).toBe(false);
    expect(maySeeMinutes(null, meeting({ isPublic: true }), approved)).toBe(true);
  });
});

describe("who acts on minutes", () => {
  it("lets the managers of a held meeting start the first minutes", () => {
    expect(minutesAbilities(secretary, meeting(), null, []).start).toBe(true);
    expect(minutesAbilities(admin, meeting(), null, []).start).toBe(true);
    expect(minutesAbilities(member, meeting(), null, []).start).toBe(false);
    expect(minutesAbilities(outsider, meeting(), null, []).start).toBe(false);
    expect(minutesAbilities(secretary, meeting({ status: "PLANNED" }), null, []).start).toBe(false);
  });

  it("lets managers edit a draft, the chair (or an administrator) appoint adjusters", () => {
    const draft = minutes();
    expect(minutesAbilities(secretary, meeting(), draft, [draft])).toMatchObject({ edit: true, sendForAdjustment: true, appointAdjusters: false });
    expect(minutesAbilities(chair, meeting(), draft, [draft])).toMatchObject({ edit: false, appointAdjusters: true });
    expect(minutesAbilities(admin, meeting(), draft, [draft])).toMatchObject({ edit: true, appointAdjusters: true });
    expect(mayAppointAdjusters(member, draft)).toBe(false);
    expect(mayAppointAdjusters(chair, { chairPersonId: null })).toBe(false);
  });

  it("lets only the signatories approve, and managers return minutes in justering to draft", () => {
    const sent = minutes({ status: "IN_ADJUSTMENT" });
    expect(minutesAbilities(chair, meeting(), sent, [sent])).toMatchObject({ approve: true, edit: false, returnToDraft: false });
    expect(minutesAbilities(member, meeting(), sent, [sent]).approve).toBe(true);
    expect(minutesAbilities(admin, meeting(), sent, [sent])).toMatchObject({ approve: false, returnToDraft: true });
    const signed = minutes({ status: "IN_ADJUSTMENT", approvals: [{ personId: "chair", role: "CHAIR" }] });
    expect(minutesAbilities(chair, meeting(), signed, [signed]).approve).toBe(false);
  });

  it("lets managers correct the minutes in force only", () => {
    const approved = minutes({ status: "APPROVED", approvedAt: new Date("2027-05-10T10:00:00Z") });
    expect(minutesAbilities(secretary, meeting(), approved, [approved])).toMatchObject({ startCorrection: true, edit: false });
    expect(minutesAbilities(member, meeting(), approved, [approved]).startCorrection).toBe(false);
    const correction = minutes({ id: "m2", correctsId: "m1", createdAt: new Date("2027-05-11T10:00:00Z") });
    expect(minutesAbilities(secretary, meeting(), approved, [approved, correction]).startCorrection).toBe(false);
  });
});
