import { describe, expect, it } from "vitest";
import { readNotice, withNotice, withoutNotice } from "./action-notice";

describe("the confirmation in the address", () => {
  it("adds the notice and its values to a path, replacing an earlier one and keeping the rest of the query", () => {
    expect(withNotice("/meetings/m1", "meetings.markedHeld")).toBe("/meetings/m1?notice=meetings.markedHeld");
    expect(withNotice("/meetings/m1/minutes?minutes=x&notice=minutes.started", "minutes.approvalRecorded", { completed: "yes" })).toBe(
      "/meetings/m1/minutes?minutes=x&notice=minutes.approvalRecorded&notice.completed=yes",
    );
  });

  it("reads back what it wrote, numbers as numbers", () => {
    expect(readNotice(new URLSearchParams("notice=meetings.notice.sent&notice.count=3"))).toEqual({ key: "meetings.notice.sent", values: { count: 3 } });
  });

  it("shows only the actions' success messages, never another catalogue text, and drops odd values", () => {
    expect(readNotice(new URLSearchParams("notice=errors.forbidden"))).toBeNull();
    expect(readNotice(new URLSearchParams("notice=proposals.refusals.stale"))).toBeNull();
    expect(readNotice(new URLSearchParams(""))).toBeNull();
    expect(readNotice(new URLSearchParams("notice=minutes.started&notice.x=%3Cscript%3E"))).toEqual({ key: "minutes.started", values: {} });
  });

  it("is removed from the address once shown, the rest of the query kept", () => {
    expect(withoutNotice("?minutes=x&notice=minutes.started&notice.count=1")).toBe("?minutes=x");
    expect(withoutNotice("?notice=minutes.started")).toBe("");
  });
});
