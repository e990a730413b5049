import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { account } from "./support/accounts";
import { signIn } from "./support/sign-in";

/**
 * Requests no browser of ours would send (issue #8, item 2): server-action posts with a foreign,
 * `null` or missing Origin, an oversized body, the `x-middleware-subrequest` bypass header, and
 * the RSC / prefetch variants of protected pages. Each is refused or harmless.
 */

const ADMIN = account("ADMINISTRATOR");
const READER = account("READER");

/**
 * The language switch's own form data (it names its server action in React's hidden fields). Its
 * effect — the language cookie — shows whether the action ran, without changing shared data.
 */
async function languageSwitchPost(page: Page): Promise<Record<string, string>> {
  return page.locator("header form").filter({ has: page.locator('input[name="locale"]') }).evaluate((form) => {
    const fields: Record<string, string> = {};
    for (const [key, value] of new FormData(form as HTMLFormElement).entries()) if (typeof value === "string") fields[key] = value;
    return fields;
  });
}

async function languageCookie(page: Page): Promise<string | undefined> {
  return (await page.context().cookies()).find((cookie) => cookie.name === "samverkan_locale")?.value;
}

async function post(request: APIRequestContext, fields: Record<string, string>, headers: Record<string, string>) {
  return request.post("/", { multipart: fields, headers, maxRedirects: 0 });
}

test("server-action posts with a foreign, null or missing Origin are refused and change nothing", async ({ page, baseURL }) => {
  await page.goto("/sign-in");
  await signIn(page, ADMIN);
  await page.goto("/");
  const fields = await languageSwitchPost(page);
  expect(fields.locale).toBe("en");
  expect(Object.keys(fields).some((key) => key.startsWith("$ACTION"))).toBe(true);

  for (const origin of ["https://evil.example", "null", `${baseURL}.evil.example`, undefined]) {
    const response = await post(page.request, fields, origin === undefined ? {} : { origin });
    expect(response.status(), `Origin ${origin ?? "(missing)"}`).toBe(403);
    expect(await languageCookie(page)).toBeUndefined();
  }

  // The control: the same post from this site's origin runs the action, so the refusals above were
  // about the origin and not a request the action could not understand.
  const control = await post(page.request, fields, { origin: baseURL! });
  expect(control.status()).toBeLessThan(400);
  expect(await languageCookie(page)).toBe("en");
  await page.context().clearCookies({ name: "samverkan_locale" });
});

test("an oversized server-action body is refused without taking the server down", async ({ page, baseURL }) => {
  await page.goto("/sign-in");
  await signIn(page, ADMIN);
  await page.goto("/");
  const fields = await languageSwitchPost(page);
  const response = await post(page.request, { ...fields, padding: "x".repeat(3 * 1024 * 1024) }, { origin: baseURL! });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(await languageCookie(page)).toBeUndefined();
  expect((await page.request.get("/api/health")).status()).toBe(200);
});

test("the x-middleware-subrequest header does not skip the sign-in check", async ({ request }) => {
  for (const value of ["middleware", "src/middleware", "proxy", "src/proxy", "middleware:middleware:middleware:middleware:middleware", "proxy:proxy:proxy:proxy:proxy", "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy"]) {
    const response = await request.get("/admin/audit", { headers: { "x-middleware-subrequest": value }, maxRedirects: 0 });
    expect(response.status(), value).toBe(307);
    expect(response.headers().location).toContain("/sign-in");
  }
});

// The audit page's own markup (its filter field), in HTML and in the RSC payload alike. Labels are
// no marker: the whole message catalogue travels with every page.
const AUDIT_PAGE_MARKER = "audit-filter-action";

const RSC_VARIANTS: { name: string; path: string; headers: Record<string, string> }[] = [
  { name: "RSC request", path: "/admin/audit", headers: { rsc: "1" } },
  { name: "prefetch", path: "/admin/audit", headers: { rsc: "1", "next-router-prefetch": "1" } },
  { name: "segment prefetch", path: "/admin/audit", headers: { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree" } },
  { name: "_rsc query", path: "/admin/audit?_rsc=abc12", headers: {} },
  { name: ".rsc suffix", path: "/admin/audit.rsc", headers: {} },
];

// Redirects are followed: Next.js itself answers an RSC request that lacks its cache-busting
// `_rsc` parameter with a redirect to the same page with one.
test("RSC and prefetch variants of a protected page give signed-out visitors nothing", async ({ request }) => {
  for (const variant of RSC_VARIANTS) {
    const response = await request.get(variant.path, { headers: variant.headers });
    expect(await response.text(), variant.name).not.toContain(AUDIT_PAGE_MARKER);
    if (response.status() !== 404) expect(new URL(response.url()).pathname, variant.name).toBe("/sign-in");
  }
});

test("RSC and prefetch variants of the audit log give a reader no audit data", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, READER);
  for (const variant of RSC_VARIANTS) {
    const response = await page.request.get(variant.path, { headers: variant.headers });
    const body = await response.text();
    // An HTML request gets the 403 page; an RSC request status 200 with the 403 fallback or, for a
    // prefetch, the bare route tree. None carries the page.
    expect(body, variant.name).not.toContain(AUDIT_PAGE_MARKER);
  }
});

test("the control: the administrator's RSC requests for the audit log carry the page", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, ADMIN);
  for (const variant of RSC_VARIANTS.filter((candidate) => candidate.name === "RSC request" || candidate.name === "_rsc query")) {
    const response = await page.request.get(variant.path, { headers: variant.headers });
    expect(response.status(), variant.name).toBe(200);
    expect(await response.text(), variant.name).toContain(AUDIT_PAGE_MARKER);
  }
});
