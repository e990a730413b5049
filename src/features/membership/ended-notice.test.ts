import { describe, expect, it } from "vitest";
import { endedNotice, readEndedNotice } from "./ended-notice";

describe("the ended-membership notice", () => {
  it("round-trips through the query string", () => {
    const query = new URLSearchParams(endedNotice({ lastDay: "2026-11-26", warnings: [] }));
    expect(readEndedNotice({ ended: query.get("ended")!, vacancies: query.get("vacancies")! })).toEqual({ lastDay: "2026-11-26", vacancies: 0 });
  });

  it("ignores anything else", () => {
    expect(readEndedNotice({})).toBeNull();
    expect(readEndedNotice({ ended: "<script>" })).toBeNull();
    expect(readEndedNotice({ ended: ["2026-11-26", "x"] })).toBeNull();
    expect(readEndedNotice({ ended: "2026-11-26", vacancies: "9999" })).toEqual({ lastDay: "2026-11-26", vacancies: 0 });
  });
});
