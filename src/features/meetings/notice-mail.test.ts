import { describe, expect, it } from "vitest";
import { instantFromStockholm } from "./meeting-time";
import { cancellationMail, invitationCalendar, noticeMail, type MailMeeting } from "./notice-mail";

const meeting: MailMeeting = {
  id: "m1",
  title: "Uppföljning och beslut om verksamhetsplan",
  groupKind: "STEERING_GROUP",
  startsAt: instantFromStockholm("2027-05-12", "13:00")!,
  endsAt: instantFromStockholm("2027-05-12", "15:00")!,
  location: "Huddinge kommunhus, sal Kvarnen",
  onlineUrl: "https://meet.example/ledning",
  status: "PLANNED",
  isExtra: true,
  extraReason: "Ny verksamhetsplan, säger; ledningen",
  cancellationReason: null,
  version: 3,
  agenda: [
    { title: "Mötets öppnande", presenter: "Ordföranden", durationMinutes: 10, type: "INFORMATION" },
    { title: "Beslut om prioriterade områden", presenter: "", durationMinutes: 30, type: "DECISION" },
    { title: "Övrigt", presenter: "", durationMinutes: null, type: "DISCUSSION" },
  ],
  url: "https://samverkan.example/meetings/m1",
};

describe("the notice mail", () => {
  it("has the meeting, Swedish date and times, place, link and agenda with start times, in Swedish then English", () => {
    const { subject, text } = noticeMail(meeting);
    expect(subject).toBe("Kallelse: Uppföljning och beslut om verksamhetsplan, onsdag 12 maj 2027 / Notice: Uppföljning och beslut om verksamhetsplan, Wednesday, May 12, 2027");
    expect(text).toContain("Du kallas till möte med ledningsgruppen.");
    expect(text).toContain("Tid: onsdag 12 maj 2027 kl. 13:00–15:00");
    expect(text).toContain("Plats: Huddinge kommunhus, sal Kvarnen");
    expect(text).toContain("Digitalt: https://meet.example/ledning");
    expect(text).toContain("Extrainsatt möte. Skäl: Ny verksamhetsplan, säger; ledningen");
    expect(text).toContain("1. 13:00 Mötets öppnande (Information, Ordföranden, 10 min)");
    expect(text).toContain("2. 13:10 Beslut om prioriterade områden (Beslut, 30 min)");
    expect(text).toContain("3. 13:40 Övrigt (Diskussion)");
    expect(text).toContain("Mötet och underlaget: https://samverkan.example/meetings/m1");
    expect(text.indexOf("Du kallas")).toBeLessThan(text.indexOf("You are invited to a meeting of the steering group."));
    expect(text).toContain("2. 1:10 PM Beslut om prioriterade områden (Decision, 30 min)");
  });

  it("says a meeting is cancelled, and why", () => {
    const { subject, text } = cancellationMail({ ...meeting, status: "CANCELLED", cancellationReason: "Ordföranden är sjuk" });
    expect(subject).toContain("Inställt: Uppföljning och beslut om verksamhetsplan");
    expect(text).toContain("den onsdag 12 maj 2027 kl. 13:00 är inställt.");
    expect(text).toContain("Skäl: Ordföranden är sjuk");
  });

  it("attaches the meeting as an invitation whose sequence is the meeting's version", () => {
    // Long lines are folded (RFC 5545 3.1): unfold before looking for text.
    const ics = invitationCalendar(meeting).replace(/\r\n[ \t]/g, "");
    expect(ics).toContain("METHOD:REQUEST");
    expect(ics).toContain("UID:m1@samverkan");
    expect(ics).toContain("SEQUENCE:3");
    expect(ics).toContain("DTSTART;TZID=Europe/Stockholm:20270512T130000");
    expect(ics).toContain("Beslut om prioriterade områden");
  });
});
