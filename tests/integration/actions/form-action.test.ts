import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { changePassword } from "@/features/account/change-password";
import { ActionError } from "@/server/actions/action-error";
import { executeFormAction, type FormActionDefinition } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { verifyCredentials } from "@/server/auth/verify-credentials";
import { DEMO_PASSWORD } from "@/server/seed/demo-accounts";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { actorFor, form } from "../../support/actors";
import { testDatabase } from "../../support/test-database";

const prisma = () => testDatabase().prisma;

const auditCount = () => prisma().auditEvent.count();

beforeAll(async () => {
  await seedDemoPartnership(prisma());
});

describe("executeFormAction with the change-password action", () => {
  it("refuses a signed-out visitor and changes nothing", async () => {
    const before = await auditCount();
    const { state } = await executeFormAction(changePassword, null, form({ currentPassword: "x", newPassword: "y", confirmPassword: "y" }));
    expect(state).toMatchObject({ status: "error", message: "errors.signedOut" });
    expect(await auditCount()).toBe(before);
  });

  it("returns field errors and the non-secret input, and writes nothing, when input is invalid", async () => {
    const actor = await actorFor("lasare@huddinge.example");
    const before = await auditCount();
    const { state } = await executeFormAction(
      changePassword,
      actor,
      form({ currentPassword: "", newPassword: "short", confirmPassword: "other", note: "kept" }),
    );
    expect(state.status).toBe("error");
    expect(state.message).toBe("errors.validation");
    expect(state.fieldErrors).toEqual({
      currentPassword: ["validation.required"],
      newPassword: ["validation.passwordTooShort"],
      confirmPassword: ["validation.passwordMismatch"],
    });
    expect(state.values).toEqual({ note: "kept" });
    expect(await auditCount()).toBe(before);
  });

  it("refuses a wrong current password with a field error and keeps the old password", async () => {
    const actor = await actorFor("lasare@huddinge.example");
    const before = await auditCount();
    const { state } = await executeFormAction(
      changePassword,
      actor,
      form({ currentPassword: "not-the-password", newPassword: "a-new-password-1", confirmPassword: "a-new-password-1" }),
    );
    expect(state.fieldErrors).toEqual({ currentPassword: ["validation.wrongPassword"] });
    expect(await auditCount()).toBe(before);
    expect((await verifyCredentials({ email: actor.email, password: DEMO_PASSWORD, ip: "10.9.0.1" })).ok).toBe(true);
  });

  it("changes the password and writes one audit entry for the actor in the same transaction", async () => {
    const actor = await actorFor("forskare@sh.example");
    const before = await auditCount();
    const { state } = await executeFormAction(
      changePassword,
      actor,
      form({ currentPassword: DEMO_PASSWORD, newPassword: "ett nytt lösenord", confirmPassword: "ett nytt lösenord" }),
    );
    expect(state).toEqual({ status: "success", message: "account.passwordChanged", fieldErrors: {}, values: {} });
    expect(await auditCount()).toBe(before + 1);
    const event = await prisma().auditEvent.findFirstOrThrow({ where: { action: "account.password_changed" } });
    expect(event).toMatchObject({ actorUserId: actor.userId, partnershipId: actor.partnershipId, entityType: "User", entityId: actor.userId });
    expect((await verifyCredentials({ email: actor.email, password: "ett nytt lösenord", ip: "10.9.0.2" })).ok).toBe(true);
    expect((await verifyCredentials({ email: actor.email, password: DEMO_PASSWORD, ip: "10.9.0.2" })).ok).toBe(false);
  });
});

describe("executeFormAction's guarantees", () => {
  const renameSchema = z.object({ name: z.string().min(1, { error: "validation.required" }).max(200) });

  function renamePartnership(overrides: Partial<FormActionDefinition<typeof renameSchema, string>> = {}) {
    return {
      schema: renameSchema,
      permission: "membership:manage",
      successMessage: "account.passwordChanged",
      async run({ input, actor, tx }) {
        await tx.partnership.update({ where: { id: actor.partnershipId }, data: { name: input.name } });
        return { audit: { action: "partnership.renamed", entityType: "Partnership", entityId: actor.partnershipId }, result: input.name };
      },
      ...overrides,
    } satisfies FormActionDefinition<typeof renameSchema, string>;
  }

  const partnershipName = async (actor: Actor) =>
    (await prisma().partnership.findUniqueOrThrow({ where: { id: actor.partnershipId } })).name;

  // Guards the permission check inside the action: a reader cannot use an administrator's action.
  it("refuses a user without the permission and changes nothing", async () => {
    const reader = await actorFor("lasare@huddinge.example");
    const name = await partnershipName(reader);
    const { state } = await executeFormAction(renamePartnership(), reader, form({ name: "Kapat" }));
    expect(state).toMatchObject({ status: "error", message: "errors.forbidden", values: { name: "Kapat" } });
    expect(await partnershipName(reader)).toBe(name);
  });

  it("rolls back the change when it fails after writing, and reports a generic error", async () => {
    const admin = await actorFor("admin@huddinge.example");
    const name = await partnershipName(admin);
    const before = await auditCount();
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const failing = renamePartnership({
      async run({ input, actor, tx }) {
        await tx.partnership.update({ where: { id: actor.partnershipId }, data: { name: input.name } });
        throw new Error("disk on fire");
      },
    });
    const { state } = await executeFormAction(failing, admin, form({ name: "Halvfärdigt" }));
    quiet.mockRestore();
    expect(state).toMatchObject({ status: "error", message: "errors.unexpected", values: { name: "Halvfärdigt" } });
    expect(await partnershipName(admin)).toBe(name);
    expect(await auditCount()).toBe(before);
  });

  it("turns a unique violation into the field error the action names", async () => {
    const admin = await actorFor("admin@huddinge.example");
    const duplicateEmail = renamePartnership({
      onConflict: { field: "name", message: "errors.conflict" },
      async run({ actor, tx }) {
        await tx.person.create({ data: { partnershipId: actor.partnershipId, name: "Dubblett", email: "eva.lundgren@huddinge.example" } });
        return { audit: { action: "person.created", entityType: "Person" }, result: "" };
      },
    });
    const { state } = await executeFormAction(duplicateEmail, admin, form({ name: "x" }));
    expect(state.fieldErrors).toEqual({ name: ["errors.conflict"] });
    expect(await prisma().person.count({ where: { name: "Dubblett" } })).toBe(0);
  });

  // Issue #18, item 6: a rule that needs the database is reported with the fields' errors.
  describe("a check that needs the database", () => {
    const renameAndNoteSchema = z.object({ name: z.string().min(1, { error: "validation.required" }).max(200), note: z.string().min(1, { error: "validation.required" }) });
    const seen: unknown[] = [];
    const nameNotTaken = {
      schema: renameAndNoteSchema,
      permission: "membership:manage",
      successMessage: "account.passwordChanged",
      async check({ input, tx }) {
        seen.push(input);
        if (input.name === undefined) return {};
        const taken = await tx.person.count({ where: { name: input.name } });
        return taken > 0 ? { name: ["people.validation.emailTaken"], note: ["validation.invalid"] } : {};
      },
      async run({ input, actor, tx }) {
        await tx.partnership.update({ where: { id: actor.partnershipId }, data: { name: input.name } });
        return { audit: { action: "partnership.renamed", entityType: "Partnership", entityId: actor.partnershipId }, result: input.name };
      },
    } satisfies FormActionDefinition<typeof renameAndNoteSchema, string>;

    it("runs on the fields that parsed when others failed, its errors in the same state, a failed field keeping its own", async () => {
      const admin = await actorFor("admin@huddinge.example");
      seen.length = 0;
      const { state } = await executeFormAction(nameNotTaken, admin, form({ name: "Eva Lundgren", note: "" }));
      expect(seen).toEqual([{ name: "Eva Lundgren" }]);
      expect(state).toMatchObject({ status: "error", message: "errors.validation", values: { name: "Eva Lundgren", note: "" } });
      expect(state.fieldErrors).toEqual({ note: ["validation.required"], name: ["people.validation.emailTaken"] });
    });

    it("runs before the change when the fields hold, and refuses it", async () => {
      const admin = await actorFor("admin@huddinge.example");
      const name = await partnershipName(admin);
      const before = await auditCount();
      const { state } = await executeFormAction(nameNotTaken, admin, form({ name: "Eva Lundgren", note: "x" }));
      expect(state).toMatchObject({ status: "error", message: "errors.validation", fieldErrors: { name: ["people.validation.emailTaken"], note: ["validation.invalid"] } });
      expect(await partnershipName(admin)).toBe(name);
      expect(await auditCount()).toBe(before);
    });

    // Guards what a user without the permission learns: nothing from the database.
    it("does not run for a user without the permission", async () => {
      const reader = await actorFor("lasare@huddinge.example");
      seen.length = 0;
      const invalid = await executeFormAction(nameNotTaken, reader, form({ name: "Eva Lundgren", note: "" }));
      expect(invalid.state.fieldErrors).toEqual({ note: ["validation.required"] });
      const valid = await executeFormAction(nameNotTaken, reader, form({ name: "Eva Lundgren", note: "x" }));
      expect(valid.state.message).toBe("errors.forbidden");
      expect(seen).toEqual([]);
    });

    it("may refuse with its own message, the fields' errors kept", async () => {
      const admin = await actorFor("admin@huddinge.example");
      const refusing = { ...nameNotTaken, check: async () => Promise.reject(new ActionError("people.refusals.stale")) };
      const { state } = await executeFormAction(refusing, admin, form({ name: "", note: "x" }));
      expect(state).toMatchObject({ status: "error", message: "people.refusals.stale", fieldErrors: { name: ["validation.required"] } });
    });
  });

  it("commits the change with its audit entry on success and returns the result", async () => {
    const admin = await actorFor("admin@huddinge.example");
    const { state, result } = await executeFormAction(renamePartnership(), admin, form({ name: "Nytt namn" }));
    expect(state.status).toBe("success");
    expect(result).toBe("Nytt namn");
    expect(await partnershipName(admin)).toBe("Nytt namn");
    expect(await prisma().auditEvent.count({ where: { action: "partnership.renamed", actorUserId: admin.userId } })).toBe(1);
  });
});
