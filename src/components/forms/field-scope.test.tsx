import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "./error-summary";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";
import { TextareaField } from "./textarea-field";

const messages = {
  validation: { required: "Fyll i fältet." },
  errors: { validation: "Rätta felen nedan och skicka igen." },
  errorSummary: { title: "Det finns problem" },
};
const throwError = (error: Error) => {
  throw error;
};
const render = (node: React.ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="sv" messages={messages} timeZone="Europe/Stockholm" onError={throwError}>
      {node}
    </NextIntlClientProvider>,
  );

const refused: FormState = {
  status: "error",
  message: "errors.validation",
  fieldErrors: { deadlineOn: ["validation.required"], reopenReason: ["validation.required"], outcome: ["validation.required"] },
  values: {},
};

const ids = (html: string) => [...html.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]!);

describe("the shared fields with a scope (a form repeated on one page)", () => {
  it("give two forms with the same field names different ids, each label, hint and error tied to its own input", () => {
    const html = render(
      <>
        <TextField name="deadlineOn" label="Ny sista dag" type="date" state={refused} />
        <TextField scope="reopen-c1" name="deadlineOn" label="Ny sista dag" hint="ÅÅÅÅ-MM-DD" type="date" state={refused} />
        <TextField scope="reopen-c2" name="deadlineOn" label="Ny sista dag" type="date" state={refused} />
      </>,
    );
    const all = ids(html);
    expect(new Set(all).size).toBe(all.length);
    expect(html).toContain('<label for="field-deadlineOn"');
    expect(html).toContain('<label for="reopen-c1-deadlineOn"');
    expect(html).toMatch(/<input id="reopen-c1-deadlineOn"[^>]*aria-invalid="true"[^>]*aria-describedby="reopen-c1-deadlineOn-hint reopen-c1-deadlineOn-error"/);
    expect(html).toContain('<p id="reopen-c2-deadlineOn-error"');
  });

  it("scope the textarea and the select the same way", () => {
    const html = render(
      <>
        <TextareaField scope="reopen-c1" name="reopenReason" label="Skäl" state={refused} />
        <SelectField scope="decide-p1" name="outcome" label="Beslut" state={refused} options={[{ value: "ACCEPTED", label: "Antaget" }]} />
      </>,
    );
    expect(html).toMatch(/<textarea id="reopen-c1-reopenReason"[^>]*aria-describedby="reopen-c1-reopenReason-error"/);
    expect(html).toMatch(/<select id="decide-p1-outcome"[^>]*aria-describedby="decide-p1-outcome-error"/);
  });

  it("link the error summary to the scoped fields when it is given the same scope", () => {
    const fields = [
      { name: "deadlineOn", label: "Ny sista dag" },
      { name: "reopenReason", label: "Skäl" },
    ];
    const scoped = render(<ErrorSummary scope="reopen-c1" state={refused} fields={fields} />);
    expect(scoped).toContain('href="#reopen-c1-deadlineOn"');
    expect(scoped).toContain('href="#reopen-c1-reopenReason"');
    expect(scoped).not.toContain('href="#field-');
    const shared = render(<ErrorSummary state={refused} fields={fields} />);
    expect(shared).toContain('href="#field-deadlineOn"');
  });

  it("render nothing of an error before a submit", () => {
    const html = render(<TextField scope="reopen-c1" name="deadlineOn" label="Ny sista dag" state={initialFormState()} />);
    expect(html).not.toContain("aria-invalid");
    expect(html).not.toContain("-error");
  });
});
