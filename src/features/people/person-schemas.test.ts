import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/forms/form-state";
import { acceptInvitationSchema, changeRolesSchema, createPersonSchema, updatePersonSchema } from "./person-schemas";

const errorsOf = (result: { success: boolean; error?: Parameters<typeof fieldErrorsFrom>[0] }) =>
  result.success ? {} : fieldErrorsFrom(result.error!);

describe("the person form's input", () => {
  it("trims, lower-cases the e-mail address and turns blank optional fields into null", () => {
    expect(createPersonSchema.parse({ name: "  Åsa Öberg ", email: " Asa.Oberg@Example.SE ", title: " ", partyId: "", unitId: "" })).toEqual({
      name: "Åsa Öberg",
      email: "asa.oberg@example.se",
      title: null,
      partyId: null,
      unitId: null,
    });
    expect(createPersonSchema.parse({ name: "Bo" })).toEqual({ name: "Bo", email: null, title: null, partyId: null, unitId: null });
  });

  it("reports a missing name, a malformed address and over-long text as catalogue keys", () => {
    expect(errorsOf(createPersonSchema.safeParse({ name: "  ", email: "not-an-address", title: "x".repeat(201) }))).toEqual({
      name: ["validation.required"],
      email: ["validation.email"],
      title: ["validation.tooLong"],
    });
  });

  it("needs the person's id to edit", () => {
    expect(errorsOf(updatePersonSchema.safeParse({ name: "Bo" }))).toEqual({ personId: ["validation.required"] });
  });
});

describe("roles", () => {
  it("accept one or several known roles, without repeats, and ask for one when none is chosen", () => {
    expect(errorsOf(changeRolesSchema.safeParse({ personId: "p" }))).toEqual({ roles: ["people.validation.rolesRequired"] });
    // Reported with the other fields' errors, not after them.
    expect(errorsOf(changeRolesSchema.safeParse({ personId: "" }))).toEqual({ personId: ["validation.required"], roles: ["people.validation.rolesRequired"] });
    expect(changeRolesSchema.parse({ personId: "p", roles: "READER" }).roles).toEqual(["READER"]);
    expect(changeRolesSchema.parse({ personId: "p", roles: ["READER", "ADMINISTRATOR", "READER"] }).roles).toEqual(["READER", "ADMINISTRATOR"]);
  });

  it("refuse unknown roles", () => {
    expect(errorsOf(changeRolesSchema.safeParse({ personId: "p", roles: ["SUPERUSER"] }))).toEqual({ roles: ["validation.invalid"] });
  });
});

describe("accepting an invitation", () => {
  it("needs a password of at least 10 characters, typed twice alike", () => {
    expect(errorsOf(acceptInvitationSchema.safeParse({ token: "t", password: "short", confirmPassword: "other" }))).toEqual({
      password: ["validation.passwordTooShort"],
      confirmPassword: ["validation.passwordMismatch"],
    });
    expect(errorsOf(acceptInvitationSchema.safeParse({ token: "t" }))).toEqual({
      password: ["validation.passwordTooShort"],
      confirmPassword: ["validation.required"],
    });
    // Passwords are taken as typed: spaces count.
    expect(acceptInvitationSchema.parse({ token: "t", password: " ten chars ", confirmPassword: " ten chars " }).password).toBe(" ten chars ");
  });
});
