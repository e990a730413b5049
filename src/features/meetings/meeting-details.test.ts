import { describe, expect, it } from "vitest";
import { isHttpsUrl, meetingDetailsFrom, type MeetingDetailsInput } from "./meeting-details";

const input = (overrides: Partial<MeetingDetailsInput> = {}): MeetingDetailsInput => ({
  meetingDate: "2027-05-12",
  startTime: "13:00",
  endTime: "15:00",
  location: "Kommunhuset",
  onlineUrl: "",
  isExtra: false,
  extraReason: "",
  ...overrides,
});

describe("a meeting's time and place", () => {
  it("turns Stockholm wall-clock times into instants and the year they count towards", () => {
    expect(meetingDetailsFrom(input())).toEqual({
      details: {
        startsAt: new Date("2027-05-12T11:00:00Z"),
        endsAt: new Date("2027-05-12T13:00:00Z"),
        cycleYear: 2027,
        location: "Kommunhuset",
        onlineUrl: null,
        isExtra: false,
        extraReason: null,
      },
    });
    // Winter time: UTC+1.
    expect(meetingDetailsFrom(input({ meetingDate: "2027-01-20" }))).toMatchObject({ details: { startsAt: new Date("2027-01-20T12:00:00Z") } });
  });

  it("puts a meeting just after midnight on New Year's Day in the new year, though UTC is still in the old", () => {
    const checked = meetingDetailsFrom(input({ meetingDate: "2028-01-01", startTime: "00:15", endTime: "01:00" }));
    expect(checked).toMatchObject({ details: { cycleYear: 2028, startsAt: new Date("2027-12-31T23:15:00Z") } });
  });

  it("refuses impossible dates and times, and an end before the start", () => {
    expect(meetingDetailsFrom(input({ meetingDate: "2027-02-30" }))).toEqual({ fieldErrors: { meetingDate: ["validation.date"] } });
    expect(meetingDetailsFrom(input({ meetingDate: "12/5/2027" }))).toEqual({ fieldErrors: { meetingDate: ["validation.date"] } });
    expect(meetingDetailsFrom(input({ startTime: "24:00" }))).toEqual({ fieldErrors: { startTime: ["meetings.validation.time"] } });
    expect(meetingDetailsFrom(input({ endTime: "9:00" }))).toEqual({ fieldErrors: { endTime: ["meetings.validation.time"] } });
    expect(meetingDetailsFrom(input({ endTime: "13:00" }))).toEqual({ fieldErrors: { endTime: ["meetings.validation.endBeforeStart"] } });
    expect(meetingDetailsFrom(input({ meetingDate: "1999-05-12" }))).toEqual({ fieldErrors: { meetingDate: ["meetings.validation.yearRange"] } });
  });

  it("needs a place or an https link", () => {
    expect(meetingDetailsFrom(input({ location: "" }))).toEqual({ fieldErrors: { location: ["meetings.validation.placeOrLink"] } });
    expect(meetingDetailsFrom(input({ location: "", onlineUrl: "https://teams.example/m/1" }))).toMatchObject({ details: { location: "", onlineUrl: "https://teams.example/m/1" } });
    expect(meetingDetailsFrom(input({ onlineUrl: "http://teams.example" }))).toEqual({ fieldErrors: { onlineUrl: ["meetings.validation.onlineUrl"] } });
    expect(isHttpsUrl("https://user:secret@teams.example")).toBe(false);
    expect(isHttpsUrl("javascript:alert(1)")).toBe(false);
    expect(isHttpsUrl("teams.example")).toBe(false);
  });

  it("needs a reason for an extra meeting, and keeps a reason only for one", () => {
    expect(meetingDetailsFrom(input({ isExtra: true }))).toEqual({ fieldErrors: { extraReason: ["meetings.validation.extraReason"] } });
    expect(meetingDetailsFrom(input({ isExtra: true, extraReason: "Brådskande beslut" }))).toMatchObject({ details: { isExtra: true, extraReason: "Brådskande beslut" } });
    expect(meetingDetailsFrom(input({ extraReason: "Glömd text" }))).toMatchObject({ details: { isExtra: false, extraReason: null } });
  });
});
