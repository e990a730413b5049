import "server-only";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { describeMailConfigProblem, mailConfigFromEnv, type MailConfig } from "./config";

/** One message as the outbox holds it, ready to go. */
export type MailMessage = {
  /** The outbox row's id: used for the Message-ID, so a resend after a crash is recognisably the same mail. */
  id: string;
  to: string;
  subject: string;
  text: string;
  /** An iCalendar document, attached as invitation.ics. */
  icsContent: string | null;
};

/** Where delivered mail goes. The outbox's delivery (./delivery.ts) is the only caller. */
export interface MailSender {
  send(message: MailMessage): Promise<void>;
}

// Short enough that one message never holds its outbox row (and, on PostgreSQL, its transaction)
// for long; long enough for a slow relay. nodemailer's own defaults are minutes.
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000, dnsTimeout: 10_000 } as const;

/**
 * The sender the environment configures: SMTP when SMTP_URL (and MAIL_FROM) are set, otherwise
 * null — there is nothing to deliver to, and mail stays in the outbox table. Throws when SMTP_URL
 * is set but unusable, naming the problem but never the URL (it may hold a password).
 */
export function mailSenderFromEnv(env: Record<string, string | undefined> = process.env): MailSender | null {
  return mailSenderFor(mailConfigFromEnv(env));
}

export function mailSenderFor(config: MailConfig): MailSender | null {
  switch (config.kind) {
    case "outbox":
      return null;
    case "invalid":
      throw new Error(`Mail is not configured correctly: ${describeMailConfigProblem(config.problem)}.`);
    case "smtp":
      return new SmtpMailSender(config.url, config.from);
  }
}

export class SmtpMailSender implements MailSender {
  private readonly transport: Mail;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    // Options given in the URL's query (e.g. ?requireTLS=true) win over these defaults.
    this.transport = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail(nodemailerMessage(message, this.from));
  }

  close(): void {
    this.transport.close();
  }
}

/**
 * The message as nodemailer takes it: plain text, marked as sent by a program (RFC 3834, so
 * out-of-office replies are not sent back), with the meeting's calendar file attached.
 */
export function nodemailerMessage(message: MailMessage, from: string): Mail.Options {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    messageId: `<${message.id}@${domainOf(from)}>`,
    headers: { "Auto-Submitted": "auto-generated" },
    attachments: message.icsContent
      ? [
          {
            filename: "invitation.ics",
            content: message.icsContent,
            contentType: `text/calendar; charset=utf-8; method=${calendarMethod(message.icsContent)}`,
          },
        ]
      : [],
  };
}

/**
 * The iTIP method of the attachment's Content-Type must match the document's METHOD property
 * (RFC 6047), or mail clients ignore the invitation. REQUEST when the document names none.
 */
export function calendarMethod(icsContent: string): string {
  const match = /^METHOD:([A-Za-z-]+)\s*$/m.exec(icsContent);
  return match ? match[1]!.toUpperCase() : "REQUEST";
}

function domainOf(from: string): string {
  const match = /@([^\s<>@]+?)\s*>?\s*$/.exec(from);
  return match?.[1] ?? "samverkan.invalid";
}
