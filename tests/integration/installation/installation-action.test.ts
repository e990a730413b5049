import { describe, expect, it } from "vitest";
import { z } from "zod";
import { executeInstallationAction, type InstallationActionDefinition } from "@/server/actions/installation-action";
import { form, makeAccount, prisma } from "./installation-fixtures";

/**
 * executeInstallationAction when a unique constraint is hit after the checks passed (another submit
 * took the name between the check and the write; made here by a check that looks away once).
 */
function racingDefinition(): InstallationActionDefinition<z.ZodObject<{ slug: z.ZodString }>, null> {
  let checks = 0;
  return {
    schema: z.object({ slug: z.string() }),
    successMessage: "installation.created",
    async findTaken(tx, input) {
      checks += 1;
      if (checks === 1) return {};
      return (await tx.partnership.count({ where: { slug: String(input.slug) } })) > 0 ? { slug: ["installation.validation.slugTaken"] } : {};
    },
    async run({ input, tx }) {
      await tx.partnership.create({ data: { slug: input.slug, name: "Tvilling" } });
      return { audit: { partnershipId: null, action: "test.raced", entityType: "Partnership" }, result: null };
    },
  };
}

describe("a setup that loses a race for its slug", () => {
  it("reports the slug as taken, and changes nothing", async () => {
    const installer = await makeAccount("racer@samverkan.test", { installationAdministrator: true });
    await prisma().partnership.create({ data: { slug: "redan-tagen", name: "Först" } });
    const before = await prisma().partnership.count();
    const { state } = await executeInstallationAction(racingDefinition(), installer, form({ slug: "redan-tagen" }), { origin: "https://samverkan.test" });
    expect(state).toMatchObject({ status: "error", message: "errors.validation", fieldErrors: { slug: ["installation.validation.slugTaken"] }, values: { slug: "redan-tagen" } });
    expect(await prisma().partnership.count()).toBe(before);
    expect(await prisma().auditEvent.count({ where: { action: "test.raced" } })).toBe(0);
  });
});
