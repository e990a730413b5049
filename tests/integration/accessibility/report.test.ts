import { beforeAll, describe, expect, it } from "vitest";
import { REPORTS_PER_WINDOW, submitAccessibilityReport } from "@/features/accessibility/report";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { form } from "../../support/actors";
import { testDatabase } from "../../support/test-database";

const prisma = () => testDatabase().prisma;

beforeAll(async () => {
  await seedDemoPartnership(prisma());
});

describe("reporting an accessibility problem", () => {
  it("saves the report, audits it without the contact details, and mails every active administrator", async () => {
    const state = await submitAccessibilityReport(
      form({ description: "Fokus syns inte på knappen Logga ut.", pageUrl: "/agreement", contactName: "Ada", contactEmail: "Ada@Example.se", website: "" }),
    );
    expect(state).toMatchObject({ status: "success", message: "accessibilityReport.received" });
    const report = await prisma().accessibilityReport.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(report).toMatchObject({ description: "Fokus syns inte på knappen Logga ut.", pageUrl: "/agreement", contactEmail: "ada@example.se" });
    // The installation holds one partnership, so the report belongs to it.
    expect(report.partnershipId).toBe((await prisma().partnership.findFirstOrThrow()).id);

    const event = await prisma().auditEvent.findFirstOrThrow({ where: { entityId: report.id } });
    expect(event.action).toBe("accessibility.problem_reported");
    expect(JSON.stringify(event.data)).not.toContain("ada@example.se");

    const administrators = (
      await prisma().user.findMany({ where: { active: true, person: { active: true } }, select: { roles: true, account: { select: { email: true } } } })
    ).filter((user) => user.roles.includes("ADMINISTRATOR"));
    const mail = await prisma().outboxMessage.findMany({ where: { dedupeKey: { startsWith: `accessibility-report:${report.id}:` } } });
    expect(administrators.length).toBeGreaterThan(0);
    expect(mail.map((message) => message.toAddress).sort()).toEqual(administrators.map((user) => user.account?.email).sort());
    expect(mail[0]!.text).toContain("Fokus syns inte på knappen Logga ut.");
  });

  it("refuses an empty description, a bad e-mail address and a filled bot field, and saves nothing", async () => {
    const before = await prisma().accessibilityReport.count();
    const events = await prisma().auditEvent.count();
    const state = await submitAccessibilityReport(form({ description: "   ", contactEmail: "inte en adress", website: "" }));
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toEqual({ description: ["validation.required"], contactEmail: ["validation.email"] });
    // What the person wrote comes back to the form.
    expect(state.values.contactEmail).toBe("inte en adress");
    const bot = await submitAccessibilityReport(form({ description: "Köp billigt!", website: "https://spam.example" }));
    expect(bot.status).toBe("error");
    expect(await prisma().accessibilityReport.count()).toBe(before);
    expect(await prisma().auditEvent.count()).toBe(events);
  });

  it("stops taking reports when too many arrive at once, without losing what was typed", async () => {
    const now = new Date();
    await prisma().accessibilityReport.createMany({ data: Array.from({ length: REPORTS_PER_WINDOW }, (_, index) => ({ description: `Flood ${index}`, createdAt: now })) });
    const before = await prisma().accessibilityReport.count();
    const state = await submitAccessibilityReport(form({ description: "Ännu en rapport" }), now);
    expect(state).toMatchObject({ status: "error", message: "accessibilityReport.busy", values: { description: "Ännu en rapport" } });
    expect(await prisma().accessibilityReport.count()).toBe(before);
    // Ten minutes later the form takes reports again.
    const later = await submitAccessibilityReport(form({ description: "Ännu en rapport" }), new Date(now.getTime() + 11 * 60 * 1000));
    expect(later.status).toBe("success");
  });
});
