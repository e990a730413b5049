import { renderToStaticMarkup } from "react-dom/server";
import { createFormatter, createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseAuditParams } from "@/features/audit/filter";
import { setUpPartnership } from "@/features/installation/setup-definition";
import { messagesFor } from "@/i18n/catalogue";
import { TIME_ZONE } from "@/i18n/locales";
import { executeInstallationAction } from "@/server/actions/installation-action";
import { installDatabase } from "@/server/db";
import { testDatabase } from "../../support/test-database";
import { openCountingDatabase, type CountingDatabase } from "../follow-up-report/counting-database";
import { form, ORIGIN, validSetupFields } from "../installation/installation-fixtures";

/**
 * Events an account caused without a user of the partnership — the installation administrator's
 * `partnership.created` above all — name the account in the audit log; only an event with neither
 * a user nor an account is the system's. The accounts come with the page, not a query per row.
 */

// Rendered outside Next.js: the server translations come from the Swedish catalogue.
vi.mock("@/i18n/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "sv", messages: messagesFor("sv"), namespace: namespace as never, timeZone: TIME_ZONE }),
  getFormatter: async () => createFormatter({ locale: "sv", timeZone: TIME_ZONE }),
}));

const { AuditTable, AuditFilterForm, auditLabels } = await import("@/features/audit/audit-log");
const { findAuditEvents, findAuditFilterOptions } = await import("@/features/audit/queries");

let database: CountingDatabase;
const prisma = () => database.prisma;

let partnershipId: string;
let installerId: string;
let plainAccountId: string;
let administratorUserId: string;

beforeAll(async () => {
  database = await openCountingDatabase();
  installDatabase(database);
  const installer = await prisma().account.create({
    data: { email: "installation@samverkan.test", name: "Ingrid Installatör", installationAdministrator: true },
    select: { id: true, installationAdministrator: true },
  });
  installerId = installer.id;
  const { result } = await executeInstallationAction(setUpPartnership, installer, form({ ...validSetupFields(), adminEmail: "admin@larande.test" }), { origin: ORIGIN });
  expect(result, "the partnership was set up").toBeDefined();
  partnershipId = result!.partnershipId;
  administratorUserId = result!.administratorUserId;
  const administrator = await prisma().user.findUniqueOrThrow({ where: { id: administratorUserId }, select: { accountId: true } });

  // An account that is no installation administrator, acting without a user here.
  plainAccountId = (await prisma().account.create({ data: { email: "olle@konto.test", name: "Olle Konto" }, select: { id: true } })).id;
  await prisma().auditEvent.createMany({
    data: [
      { partnershipId, actorUserId: null, actorAccountId: plainAccountId, action: "account.password_changed", entityType: "Account", entityId: plainAccountId },
      // A user's event also names the account: the user (the person here) is shown.
      { partnershipId, actorUserId: administratorUserId, actorAccountId: administrator.accountId, action: "auth.signed_in", entityType: "Account" },
      { partnershipId, actorUserId: null, actorAccountId: null, action: "seed.other", entityType: "Partnership" },
    ],
  });
}, 120_000);

afterAll(async () => {
  installDatabase(testDatabase());
  await database.close();
});

const byAction = async (action: string) => (await findAuditEvents(partnershipId, 1)).rows.find((row) => row.action === action);
const actions = async (params: Record<string, string>) => (await findAuditEvents(partnershipId, 1, parseAuditParams(params).filter)).rows.map((row) => row.action);

describe("an event an account caused without a user", () => {
  it("names the account, and says when it is the installation administrator", async () => {
    expect((await byAction("partnership.created"))?.actor).toEqual({ kind: "account", name: "Ingrid Installatör", installationAdministrator: true });
    expect((await byAction("account.password_changed"))?.actor).toEqual({ kind: "account", name: "Olle Konto", installationAdministrator: false });
    expect((await byAction("auth.signed_in"))?.actor).toMatchObject({ kind: "user" });
    expect((await byAction("seed.other"))?.actor).toBeNull();
  });

  it("is shown by the account's name in the log, and only an event with no one behind it as the system", async () => {
    const { rows } = await findAuditEvents(partnershipId, 1);
    const labels = await auditLabels();
    const html = renderToStaticMarkup(await AuditTable({ rows, filtered: false, labels }));
    const who = [...html.matchAll(/<tr class="border-b border-slate-300 align-top">.*?<\/th><td class="py-1 pr-3">(.*?)<\/td><td class="py-1 pr-3">(.*?)<\/td>/g)].map(
      (match) => [match[2], match[1]],
    );
    const shown = Object.fromEntries(who);
    expect(shown[labels.action("partnership.created")]).toBe("Installationens administratör: Ingrid Installatör");
    expect(shown[labels.action("account.password_changed")]).toBe("Olle Konto");
    expect(shown[labels.action("auth.signed_in")]).toBeTruthy();
    expect(shown[labels.action("auth.signed_in")]).not.toMatch(/Installationens|Systemet|Olle|Ingrid/);
    expect(shown["seed.other"]).toBe("Systemet");
    expect(who.filter(([, name]) => name === "Systemet")).toHaveLength(1);
  });

  it("can be chosen in the filter, and is not the system's", async () => {
    const options = await findAuditFilterOptions(partnershipId);
    expect(options.actors).toEqual(
      expect.arrayContaining([
        { kind: "account", id: installerId, name: "Ingrid Installatör", installationAdministrator: true },
        { kind: "account", id: plainAccountId, name: "Olle Konto", installationAdministrator: false },
        expect.objectContaining({ kind: "user", id: administratorUserId }),
      ]),
    );
    expect(options.hasSystemEvents).toBe(true);
    const html = renderToStaticMarkup(AuditFilterForm({ filter: {}, options, labels: await auditLabels() }));
    expect(html).toContain(`<option value="${installerId}">Installationens administratör: Ingrid Installatör</option>`);

    expect(await actions({ actor: installerId })).toEqual(["partnership.created"]);
    expect(await actions({ actor: plainAccountId })).toEqual(["account.password_changed"]);
    // The administrator's account acted only as its user here; the user's id finds that event.
    expect(await actions({ actor: administratorUserId })).toEqual(["auth.signed_in"]);
    expect(await actions({ actor: "system" })).toEqual(["seed.other"]);
  });
});

describe("the accounts behind a page of events", () => {
  it("are read in the same number of SQL statements however many there are", async () => {
    database.counter.statements = 0;
    await findAuditEvents(partnershipId, 1);
    const few = database.counter.statements;

    const accounts = await Promise.all(
      Array.from({ length: 20 }, (_, index) => prisma().account.create({ data: { email: `konto${index}@konto.test`, name: `Konto ${index}` }, select: { id: true } })),
    );
    await prisma().auditEvent.createMany({
      data: accounts.map((account) => ({ partnershipId, actorUserId: null, actorAccountId: account.id, action: "account.password_changed", entityType: "Account", entityId: account.id })),
    });

    database.counter.statements = 0;
    const { rows } = await findAuditEvents(partnershipId, 1);
    expect(rows.filter((row) => row.actor?.kind === "account")).toHaveLength(22);
    expect(database.counter.statements).toBe(few);
  });
});
