/**
 * A browser without JavaScript, for the scripts that drive a running instance (`npm run loadtest`,
 * `npm run bench`): cookies kept per client, forms read from the HTML and posted as multipart with
 * this site's Origin (server actions check it), and sign-in through the real sign-in form.
 */

const REQUEST_TIMEOUT_MS = 60_000;

export type Response = { status: number; location: string | null; body: string };

export class Client {
  private cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  async request(path: string, init: { method?: string; body?: FormData } = {}): Promise<Response> {
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ") };
    // Server actions check that the Origin is this site's own.
    if (init.body) headers.origin = this.base;
    const response = await fetch(`${this.base}${path}`, {
      method: init.method ?? "GET",
      body: init.body,
      headers,
      redirect: "manual",
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const separator = pair!.indexOf("=");
      const name = pair!.slice(0, separator).trim();
      const value = pair!.slice(separator + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(cookie) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return { status: response.status, location: response.headers.get("location"), body: await response.text() };
  }
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag);
  return match ? decodeEntities(match[1]!) : null;
}

/**
 * The form data a browser would send for the form that contains `marker`: its hidden fields
 * (React's `$ACTION_…` fields naming the server action and its state, and the form's own), text
 * inputs with their values and ticked boxes. Submit buttons, textareas and selects are left to the
 * caller.
 */
export function formFields(html: string, marker: string): FormData {
  const at = html.indexOf(marker);
  if (at < 0) throw new Error(`form not found (${marker})`);
  const start = html.lastIndexOf("<form", at);
  const end = html.indexOf("</form>", at);
  if (start < 0 || end < 0) throw new Error(`form not found (${marker})`);
  const data = new FormData();
  for (const match of html.slice(start, end).matchAll(/<input\b[^>]*>/gi)) {
    const tag = match[0];
    const name = attribute(tag, "name");
    if (!name) continue;
    const type = (attribute(tag, "type") ?? "text").toLowerCase();
    if ((type === "checkbox" || type === "radio") && !/\schecked(=|\s|\/|>)/i.test(tag)) continue;
    if (type === "submit" || type === "button" || type === "file") continue;
    data.append(name, attribute(tag, "value") ?? "");
  }
  return data;
}

/** The text of a page's error summary, for error reports. */
export function errorSummaryText(html: string): string {
  const alert = /role="alert"[^>]*>([\s\S]{0,400})/.exec(html)?.[1] ?? "";
  return decodeEntities(alert.replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ").trim().slice(0, 120);
}

/** An error as one short line, with the network cause (ECONNREFUSED, …) when there is one. */
export function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: { code?: string } }).cause?.code;
    return `${error.name}: ${error.message}${cause ? ` (${cause})` : ""}`.slice(0, 160);
  }
  return String(error);
}

/** The sign-in form refused the credentials or answered unexpectedly (a network failure is thrown as it is). */
export class SignInRefused extends Error {
  constructor(
    readonly email: string,
    readonly reason: string,
  ) {
    super(`sign-in as ${email} failed: ${reason}`);
    this.name = "SignInRefused";
  }
}

/** Signs the client in through the real sign-in form; its cookies then hold the session. */
export async function signIn(client: Client, email: string, password: string): Promise<void> {
  const page = await client.request("/sign-in");
  const data = formFields(page.body, 'name="password"');
  data.set("email", email);
  data.set("password", password);
  const response = await client.request("/sign-in", { method: "POST", body: data });
  if (response.status !== 303 || !response.location || new URL(response.location, client.base).pathname === "/sign-in") {
    throw new SignInRefused(email, `HTTP ${response.status} ${errorSummaryText(response.body)}`.trim());
  }
}
