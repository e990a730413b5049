import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Session } from "next-auth";
import { messagesFor } from "@/i18n/catalogue";
import { findSessionAccount } from "@/server/auth/verify-credentials";
import { makeAccount, prisma, setUp } from "./installation-fixtures";

/**
 * Issue #15, item 3: being the installation administrator gives no access to a partnership's
 * content, and the installation's pages are for installation administrators only. The session is
 * the one the app would build (findSessionAccount, as the jwt callback does); the test decides whose.
 */

const signedIn = vi.hoisted(() => ({ session: null as Session | null }));
vi.mock("@/server/auth", () => ({ auth: async () => signedIn.session }));
// No partnership chosen in a cookie: the oldest of the account's is taken.
vi.mock("next/headers", async (importOriginal) => ({ ...(await importOriginal<object>()), cookies: async () => ({ get: () => undefined }) }));
vi.mock("@/i18n/server", async () => {
  const { createFormatter, createTranslator } = await import("next-intl");
  const { messagesFor } = await import("@/i18n/catalogue");
  return {
    getTranslations: async (namespace?: string) => createTranslator({ locale: "sv", messages: messagesFor("sv"), namespace: namespace as never, timeZone: "Europe/Stockholm" }),
    getFormatter: async () => createFormatter({ locale: "sv", timeZone: "Europe/Stockholm" }),
    getLocale: async () => "sv",
  };
});
vi.mock("@/features/installation/actions", () => ({ setUpPartnershipAction: async () => ({ status: "idle", message: null, fieldErrors: {}, values: {} }) }));
// forbidden() throws only where next.config.ts enables it (experimental.authInterrupts), as the app does.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { getActor, requireActor } = await import("@/server/auth/session");
const { requireInstallationAdministrator } = await import("@/server/auth/installation");
const { default: InstallationPage } = await import("@/app/installation/page");
const { default: NewPartnershipPage } = await import("@/app/installation/partnerships/new/page");

const { SetupForm } = await import("@/features/installation/setup-form");

const FORBIDDEN = "NEXT_HTTP_ERROR_FALLBACK;403";

async function signInAs(accountId: string | null) {
  if (!accountId) {
    signedIn.session = null;
    return;
  }
  const account = await prisma().account.findUniqueOrThrow({ where: { id: accountId } });
  const current = await findSessionAccount(account.id, account.sessionVersion, "test-session");
  expect(current, "the account may sign in").not.toBeNull();
  signedIn.session = {
    expires: new Date(Date.now() + 3_600_000).toISOString(),
    user: { id: current!.accountId, name: current!.name, email: current!.email, installationAdministrator: current!.installationAdministrator, participations: current!.participations },
  };
}

/** The digest Next.js answers with: a 403 (forbidden) or a redirect's target. */
async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "allowed";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest === FORBIDDEN) return "403";
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect ${digest.split(";")[2]}`;
    throw error;
  }
}

let installer: { id: string; installationAdministrator: boolean };
let partnershipAdmin: { id: string };
let partnershipId: string;

beforeAll(async () => {
  installer = await makeAccount("installation@samverkan.test", { installationAdministrator: true });
  const { result } = await setUp(installer, { slug: "atkomst", adminEmail: "admin@atkomst.test" });
  partnershipId = result!.partnershipId;
  partnershipAdmin = await prisma().account.update({ where: { email: "admin@atkomst.test" }, data: { passwordHash: "argon2-hash-stand-in" }, select: { id: true } });
});

describe("the installation administrator", () => {
  it("signs in without any partnership: there is no actor, so no partnership's content", async () => {
    await signInAs(installer.id);
    expect(await getActor()).toBeNull();
  });

  it("gets a 403 on a partnership's pages, where a signed-out visitor is sent to sign in", async () => {
    await signInAs(installer.id);
    expect(await outcome(() => requireActor("/partnership"))).toBe("403");
    expect(await outcome(() => requireActor("/agreement", "partnership:view"))).toBe("403");
    await signInAs(null);
    expect(await outcome(() => requireActor("/partnership"))).toBe("redirect /sign-in?callbackUrl=%2Fpartnership");
  });

  it("reaches the installation's pages, which list the partnerships but nothing of their content", async () => {
    await signInAs(installer.id);
    expect(await outcome(() => requireInstallationAdministrator("/installation"))).toBe("allowed");
    const page = renderToStaticMarkup(await InstallationPage());
    expect(page).toContain("atkomst");
    expect(page).toContain("Partnerskap för lärande");
    expect(page).not.toContain("Klimat"); // a thematic area of it
    expect(page).not.toContain("admin@atkomst.test");
    expect(await outcome(() => NewPartnershipPage())).toBe("allowed");
  });
});

describe("anyone else on the installation's pages", () => {
  it("gets a 403 even as a partnership's administrator, who keeps their own partnership", async () => {
    await signInAs(partnershipAdmin.id);
    expect((await getActor())?.partnershipId).toBe(partnershipId);
    expect((await getActor())?.roles).toEqual(["ADMINISTRATOR"]);
    expect(await outcome(() => requireInstallationAdministrator("/installation"))).toBe("403");
    expect(await outcome(() => InstallationPage())).toBe("403");
    expect(await outcome(() => NewPartnershipPage())).toBe("403");
  });

  it("is sent to sign in when signed out", async () => {
    await signInAs(null);
    expect(await outcome(() => InstallationPage())).toBe("redirect /sign-in?callbackUrl=%2Finstallation");
    expect(await outcome(() => NewPartnershipPage())).toBe("redirect /sign-in?callbackUrl=%2Finstallation%2Fpartnerships%2Fnew");
  });
});

describe("the setup form", () => {
  it("labels every field, groups them in fieldsets with legends and needs no script to send", () => {
    const provider = { locale: "sv", messages: messagesFor("sv"), timeZone: "Europe/Stockholm" } as Omit<ComponentProps<typeof NextIntlClientProvider>, "children">;
    const html = renderToStaticMarkup(createElement(NextIntlClientProvider, provider as ComponentProps<typeof NextIntlClientProvider>, createElement(SetupForm, { labelledBy: "x" })));
    const controls = [...html.matchAll(/<(input|textarea|select)\b[^>]*\bid="([^"]+)"/g)].map((match) => match[2]!);
    expect(controls.length).toBeGreaterThan(25);
    for (const id of controls) expect(html, `a label for ${id}`).toContain(`for="${id}"`);
    expect(new Set(controls).size).toBe(controls.length);
    const fieldsets = html.match(/<fieldset\b/g)?.length ?? 0;
    expect(html.match(/<legend\b/g)?.length).toBe(fieldsets);
    // One fieldset per party, group and focus area's list is drawn from the enums, not the demo.
    for (const text of ["Kommun: namn", "Lärosäte: organisationsnummer (valfritt)", "Ledningsgrupp: möten per år", "Strategisk arbetsgrupp: möten per år", "Tematiska områden inom"]) expect(html).toContain(text);
    expect(html).not.toMatch(/Huddinge|Södertörn/);
  });
});
