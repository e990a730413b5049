/**
 * Which mail sender the environment asks for. Pure (reads only the env object it is given), so the
 * admin page can say what is configured without loading nodemailer.
 *
 * - `SMTP_URL` unset: no sender. Mail stays in the outbox table (status PENDING), which is what
 *   development and the tests read.
 * - `SMTP_URL` set (smtp://user:password@host:587 or smtps://…:465; nodemailer's URL options such
 *   as `?requireTLS=true` are allowed) together with `MAIL_FROM` (`noreply@example.se` or
 *   `Samverkan <noreply@example.se>`): mail is delivered over SMTP.
 */

export type MailConfig =
  | { kind: "outbox" }
  | { kind: "smtp"; url: string; from: string; /** host[:port], without credentials, for pages and logs. */ server: string }
  /** SMTP_URL is set but unusable: nothing is delivered, and the problem is logged and shown to administrators. */
  | { kind: "invalid"; problem: MailConfigProblem };

export type MailConfigProblem = "invalidUrl" | "missingFrom" | "invalidFrom";

// A display name is optional; the address needs something on both sides of one "@".
const FROM_ADDRESS = /^(?:[^<>]*<\s*[^\s<>@]+@[^\s<>@]+\s*>|[^\s<>@]+@[^\s<>@]+)$/;

export function mailConfigFromEnv(env: Record<string, string | undefined> = process.env): MailConfig {
  const url = env.SMTP_URL?.trim();
  if (!url) return { kind: "outbox" };
  const server = smtpServer(url);
  if (!server) return { kind: "invalid", problem: "invalidUrl" };
  const from = env.MAIL_FROM?.trim();
  if (!from) return { kind: "invalid", problem: "missingFrom" };
  if (!FROM_ADDRESS.test(from)) return { kind: "invalid", problem: "invalidFrom" };
  return { kind: "smtp", url, from, server };
}

/** host[:port] of an smtp:// or smtps:// URL, or null when it is not one. Never the credentials. */
function smtpServer(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if ((url.protocol !== "smtp:" && url.protocol !== "smtps:") || !url.hostname) return null;
  return url.port ? `${url.hostname}:${url.port}` : url.hostname;
}

/** A sentence for logs: what is wrong, never the URL itself (it may hold a password). */
export function describeMailConfigProblem(problem: MailConfigProblem): string {
  switch (problem) {
    case "invalidUrl":
      return "SMTP_URL is not an smtp:// or smtps:// URL";
    case "missingFrom":
      return "SMTP_URL is set but MAIL_FROM is not";
    case "invalidFrom":
      return "MAIL_FROM is not an e-mail address (name <address> or address)";
  }
}
