import { describe, expect, it } from "vitest";
import { bilingualMail, mailTranslator } from "./bilingual";

describe("bilingualMail", () => {
  it("writes Swedish first, then English, in one message", () => {
    const locales: string[] = [];
    const mail = bilingualMail((t, locale) => {
      locales.push(locale);
      return { subject: t("mail.title"), text: `${t("mail.table.heading")} (${locale})` };
    });
    expect(locales).toEqual(["sv", "en"]);
    expect(mail.subject).toBe("E-post / Mail");
    const swedish = mail.text.indexOf("Utkorgen (sv)");
    const english = mail.text.indexOf("Outbox (en)");
    expect(swedish).toBe(0);
    expect(english).toBeGreaterThan(swedish);
    // The English part is introduced in English, and each part says it was sent automatically.
    expect(mail.text.slice(swedish, english)).toContain("In English");
    expect(mail.text.slice(swedish, english)).toContain("Det här meddelandet skickades automatiskt av Samverkan.");
    expect(mail.text.slice(english)).toContain("This message was sent automatically by Samverkan.");
  });

  it("formats in each language, in Swedish time", () => {
    const mail = bilingualMail((_t, _locale, format) => ({
      subject: "x",
      // 23:30 UTC on 30 June is 01:30 on 1 July in Stockholm (summer time).
      text: format.dateTime(new Date("2027-06-30T23:30:00Z"), { dateStyle: "long", timeStyle: "short" }),
    }));
    expect(mail.text).toMatch(/1 juli 2027.*01:30/);
    expect(mail.text).toMatch(/July 1, 2027.*1:30/);
  });

  it("throws on a missing key instead of mailing the key's name", () => {
    expect(() => bilingualMail((t) => ({ subject: t("mail.noSuchKey"), text: "" }))).toThrow();
    expect(() => mailTranslator("en")("agreement.reminderMail.nothing")).toThrow();
  });
});
