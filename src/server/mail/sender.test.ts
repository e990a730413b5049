import net from "node:net";
import nodemailer from "nodemailer";
import { afterEach, describe, expect, it } from "vitest";
import { calendarMethod, mailSenderFromEnv, nodemailerMessage, SmtpMailSender, type MailMessage } from "./sender";

const ICS = ["BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT", "UID:m1@samverkan", "SUMMARY:Ledningsgruppens möte", "END:VEVENT", "END:VCALENDAR"].join("\r\n");

const message = (overrides: Partial<MailMessage> = {}): MailMessage => ({
  id: "cmoutbox1",
  to: "admin@huddinge.example",
  subject: "Påminnelse: sista dag / Reminder: the last day",
  text: "Hej Maria!\n\nSista dag är 30 juni 2027.",
  icsContent: null,
  ...overrides,
});

/** The message as it would go on the wire, built by nodemailer without sending it. */
async function raw(options: ReturnType<typeof nodemailerMessage>): Promise<string> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await transport.sendMail(options);
  return unfold((info.message as Buffer).toString("utf8"));
}

/** Long header lines are folded onto continuation lines; joined back for matching. */
const unfold = (mime: string) => mime.replace(/\r?\n[ \t]+/g, " ").replace(/\r\n/g, "\n");

describe("choosing the sender", () => {
  it("has none without SMTP_URL: mail stays in the outbox", () => {
    expect(mailSenderFromEnv({})).toBeNull();
    expect(mailSenderFromEnv({ MAIL_FROM: "noreply@example.se" })).toBeNull();
  });

  it("sends over SMTP when SMTP_URL and MAIL_FROM are set", () => {
    const sender = mailSenderFromEnv({ SMTP_URL: "smtp://mail.example.se:587", MAIL_FROM: "noreply@example.se" });
    expect(sender).toBeInstanceOf(SmtpMailSender);
    (sender as SmtpMailSender).close();
  });

  it("refuses a half configuration, without repeating the URL and its password", () => {
    expect(() => mailSenderFromEnv({ SMTP_URL: "smtp://user:hunter2@mail.example.se" })).toThrow(/MAIL_FROM/);
    try {
      mailSenderFromEnv({ SMTP_URL: "ftp://user:hunter2@mail.example.se", MAIL_FROM: "noreply@example.se" });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain("hunter2");
    }
  });
});

describe("building the message", () => {
  it("is plain text from MAIL_FROM, marked as automatic, with a Message-ID from the outbox row", async () => {
    const options = nodemailerMessage(message(), "Samverkan <noreply@huddinge.example>");
    expect(options).toMatchObject({ from: "Samverkan <noreply@huddinge.example>", to: "admin@huddinge.example", attachments: [] });
    const mime = await raw(options);
    expect(mime).toMatch(/^Auto-Submitted: auto-generated$/m);
    expect(mime).toMatch(/^Message-ID: <cmoutbox1@huddinge\.example>$/m);
    expect(mime).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
    expect(mime).not.toContain("text/calendar");
  });

  it("attaches the calendar document as invitation.ics, text/calendar; method=REQUEST", async () => {
    const options = nodemailerMessage(message({ icsContent: ICS }), "noreply@huddinge.example");
    expect(options.attachments).toEqual([{ filename: "invitation.ics", content: ICS, contentType: "text/calendar; charset=utf-8; method=REQUEST" }]);
    const mime = await raw(options);
    expect(mime).toMatch(/^Content-Type: multipart\/mixed;/m);
    expect(mime).toMatch(/^Content-Type: text\/calendar; charset=utf-8; method=REQUEST; name=invitation\.ics$/m);
    expect(mime).toMatch(/^Content-Disposition: attachment; filename=invitation\.ics$/m);
  });

  it("takes the iTIP method from the document, REQUEST when it names none", () => {
    expect(calendarMethod(ICS)).toBe("REQUEST");
    expect(calendarMethod(ICS.replace("METHOD:REQUEST", "METHOD:CANCEL"))).toBe("CANCEL");
    expect(calendarMethod(ICS.replace("METHOD:REQUEST\r\n", ""))).toBe("REQUEST");
  });
});

type Received = { from: string; to: string[]; data: string };

/** Just enough of an SMTP server (no TLS, no AUTH) to receive what nodemailer sends. */
async function startSmtpServer(): Promise<{ port: number; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = net.createServer((socket) => {
    let buffer = "";
    let inData = false;
    let current: Received = { from: "", to: [], data: "" };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 localhost test SMTP");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let end: number;
      while ((end = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            received.push(current);
            current = { from: "", to: [], data: "" };
            reply("250 2.0.0 queued");
          } else {
            current.data += `${line.startsWith("..") ? line.slice(1) : line}\r\n`;
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO") socket.write("250-localhost\r\n250 8BITMIME\r\n");
        else if (verb === "HELO" || verb === "RSET" || verb === "NOOP") reply("250 OK");
        else if (verb === "MAIL") {
          current.from = line.slice(10).trim();
          reply("250 OK");
        } else if (verb === "RCPT") {
          const to = line.slice(8).trim();
          if (to.includes("unknown")) reply("550 5.1.1 No such user");
          else {
            current.to.push(to);
            reply("250 OK");
          }
        } else if (verb === "DATA") {
          inData = true;
          reply("354 End data with <CR><LF>.<CR><LF>");
        } else if (verb === "QUIT") {
          reply("221 Bye");
          socket.end();
        } else reply("502 Command not implemented");
      }
    });
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe("the SMTP sender against a local SMTP server", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>> | null = null;
  afterEach(async () => {
    await smtp?.close();
    smtp = null;
  });

  it("delivers the message with its attachment", async () => {
    smtp = await startSmtpServer();
    const sender = new SmtpMailSender(`smtp://127.0.0.1:${smtp.port}`, "Samverkan <noreply@huddinge.example>");
    await sender.send(message({ icsContent: ICS }));
    sender.close();
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.from).toBe("<noreply@huddinge.example>");
    expect(mail!.to).toEqual(["<admin@huddinge.example>"]);
    const data = unfold(mail!.data);
    expect(data).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(data).toMatch(/^Content-Type: text\/calendar; charset=utf-8; method=REQUEST; name=invitation\.ics$/m);
  });

  it("fails with the server's answer when the recipient is refused", async () => {
    smtp = await startSmtpServer();
    const sender = new SmtpMailSender(`smtp://127.0.0.1:${smtp.port}`, "noreply@huddinge.example");
    await expect(sender.send(message({ to: "unknown@huddinge.example" }))).rejects.toThrow(/550 5\.1\.1 No such user/);
    sender.close();
    expect(smtp.received).toHaveLength(0);
  });
});
