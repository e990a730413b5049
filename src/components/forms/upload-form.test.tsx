import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { messagesFor } from "@/i18n/catalogue";
import { TIME_ZONE } from "@/i18n/locales";
import { errorState, initialFormState, type FormState } from "@/lib/forms/form-state";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }) }));
const { FileField } = await import("./upload-form");

const render = (state: FormState) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="sv" messages={messagesFor("sv")} timeZone={TIME_ZONE}>
      <FileField label="Fil" hint="Högst 10 MB." accept=".pdf" state={state} />
    </NextIntlClientProvider>,
  );

describe("the file field of an upload", () => {
  it("ties the hint to the input and marks nothing invalid before a submit", () => {
    const html = render(initialFormState());
    expect(html).toContain('<label for="field-file"');
    expect(html).toContain('aria-describedby="field-file-hint"');
    expect(html).not.toContain("aria-invalid");
  });

  it("shows the error in the user's language, tied to the input, after a refused upload", () => {
    const html = render(errorState("errors.validation", {}, { file: ["validation.required"] }));
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="field-file-hint field-file-error"');
    expect(html).toContain('<p id="field-file-error" class="font-semibold text-red-800">Fyll i fältet.</p>');
  });
});
