import { describe, expect, it } from "vitest";
import { z } from "zod";
import { errorState, fieldErrorsFrom, initialFormState, submittedValues } from "./form-state";

describe("form state", () => {
  it("starts idle and empty", () => {
    expect(initialFormState()).toEqual({ status: "idle", message: null, fieldErrors: {}, values: {} });
  });

  it("keeps what the user typed but never echoes secrets or Next's action fields", () => {
    const formData = new FormData();
    formData.set("email", "Anna@Example.se");
    formData.set("name", "Åsa Öberg");
    formData.set("password", "hunter2hunter2");
    formData.set("newPassword", "x");
    formData.set("$ACTION_ID_abc", "");
    expect(submittedValues(formData)).toEqual({ email: "Anna@Example.se", name: "Åsa Öberg" });
  });

  it("joins repeated fields (checkbox groups) so none is lost", () => {
    const formData = new FormData();
    formData.append("areas", "a");
    formData.append("areas", "b");
    expect(submittedValues(formData).areas).toBe("a\nb");
  });

  it("maps zod issues to catalogue keys per field, replacing messages that are not keys", () => {
    const schema = z.object({
      email: z.email({ error: "validation.email" }),
      age: z.number(),
      name: z.string().min(1, { error: "validation.required" }),
      units: z.array(z.string()).min(1, { error: "proposals.validation.chooseUnit" }),
      note: z.string().min(1, { error: "proposals.saved" }),
    });
    const result = schema.safeParse({ email: "nope", age: "x", name: "", units: [], note: "" });
    expect(result.success).toBe(false);
    expect(fieldErrorsFrom(result.error!)).toEqual({
      email: ["validation.email"],
      age: ["validation.invalid"],
      name: ["validation.required"],
      // A feature's own validation key is kept; a key that is no validation message is not.
      units: ["proposals.validation.chooseUnit"],
      note: ["validation.invalid"],
    });
  });

  it("lists a key once per field even when several issues give it", () => {
    const schema = z.object({ code: z.string().min(3, { error: "validation.invalid" }).regex(/^\d+$/, { error: "validation.invalid" }) });
    const result = schema.safeParse({ code: "a" });
    expect(fieldErrorsFrom(result.error!)).toEqual({ code: ["validation.invalid"] });
  });

  it("builds an error state that carries the values back", () => {
    expect(errorState("errors.forbidden", { title: "x" })).toEqual({
      status: "error",
      message: "errors.forbidden",
      messageValues: undefined,
      fieldErrors: {},
      values: { title: "x" },
    });
  });
});
