import { describe, expect, it } from "vitest";
import { day } from "./dates";
import { reminderMailText } from "./reminder-mail";
import { dueReminders } from "./reminders";

const TITLE = "Avtal om strategiskt partnerskap";

describe("the reminder mail", () => {
  it("names the last notice day, the end it reaches, the days left and links to the agreement", () => {
    const [reminder] = dueReminders(day("2027-05-31"), { lastNoticeDay: day("2027-06-30"), fixedEndDate: null, ended: false });
    const mail = reminderMailText(reminder!, { title: TITLE, name: "Maria Lindqvist", yearEnd: day("2027-12-31"), url: "https://samverkan.example/agreement" });
    expect(mail.subject).toBe("Påminnelse: sista dag att säga upp avtalet är 30 juni 2027 / Reminder: the last day to give notice on the agreement is June 30, 2027");
    expect(mail.text).toContain("Hej Maria Lindqvist!");
    expect(mail.text).toContain("till årsskiftet är 30 juni 2027 (30 dagar kvar)");
    expect(mail.text).toContain("upphör 31 december 2027");
    expect(mail.text).toContain("Hello Maria Lindqvist,");
    expect(mail.text).toContain("is June 30, 2027 (30 days left)");
    expect(mail.text).toContain("ends the agreement on December 31, 2027");
    expect(mail.text.match(/https:\/\/samverkan\.example\/agreement/g)).toHaveLength(2);
    expect(mail.text.indexOf("Hej")).toBeLessThan(mail.text.indexOf("Hello"));
  });

  it("names a fixed end date", () => {
    const [reminder] = dueReminders(day("2027-03-30"), { lastNoticeDay: null, fixedEndDate: day("2027-03-31"), ended: false });
    const mail = reminderMailText(reminder!, { title: TITLE, name: "Maria", yearEnd: null, url: "http://localhost:3000/agreement" });
    expect(mail.subject).toBe("Påminnelse: avtalet upphör 31 mars 2027 / Reminder: the agreement ends on March 31, 2027");
    expect(mail.text).toContain("fasta slutdatum 31 mars 2027 (1 dag kvar)");
    expect(mail.text).toContain("fixed end date, March 31, 2027 (1 day left)");
  });
});
