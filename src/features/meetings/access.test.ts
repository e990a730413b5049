import { describe, expect, it } from "vitest";
import { mayManageMeetings, maySeeGroupInternals, maySeeMeeting, type MeetingViewer } from "./access";

const viewer = (overrides: Partial<MeetingViewer> = {}): MeetingViewer => ({
  userId: "u",
  personId: "p",
  isAdministrator: false,
  groupRoles: {},
  ...overrides,
});

describe("meeting access", () => {
  it("lets administrators and the group's secretary manage, not other members or other groups' secretaries", () => {
    expect(mayManageMeetings(viewer({ isAdministrator: true }), "wg")).toBe(true);
    expect(mayManageMeetings(viewer({ groupRoles: { wg: ["SECRETARY"] } }), "wg")).toBe(true);
    expect(mayManageMeetings(viewer({ groupRoles: { wg: ["SECRETARY"] } }), "sg")).toBe(false);
    expect(mayManageMeetings(viewer({ groupRoles: { wg: ["CHAIR", "MEMBER"] } }), "wg")).toBe(false);
    expect(mayManageMeetings(null, "wg")).toBe(false);
  });

  it("shows a group's internals to its members only", () => {
    expect(maySeeGroupInternals(viewer({ groupRoles: { wg: ["MEMBER"] } }), "wg")).toBe(true);
    expect(maySeeGroupInternals(viewer({ groupRoles: { wg: ["MEMBER"] } }), "sg")).toBe(false);
    expect(maySeeGroupInternals(viewer(), "wg")).toBe(false);
    expect(maySeeGroupInternals(null, "wg")).toBe(false);
  });

  it("shows meetings to everyone signed in, and to the public only when marked public", () => {
    expect(maySeeMeeting(viewer(), { isPublic: false })).toBe(true);
    expect(maySeeMeeting(null, { isPublic: false })).toBe(false);
    expect(maySeeMeeting(null, { isPublic: true })).toBe(true);
  });
});
