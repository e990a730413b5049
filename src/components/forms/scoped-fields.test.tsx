import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { fieldId, scopedFieldId } from "./field-id";
import { ScopedCheckbox, ScopedCheckboxes, ScopedInput, ScopedSelect, ScopedTextarea } from "./scoped-fields";

const messages = { validation: { required: "Fyll i fältet.", tooMany: "Högst {count} tecken." } };
const throwError = (error: Error) => {
  throw error;
};
const render = (node: React.ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="sv" messages={messages} timeZone="Europe/Stockholm" onError={throwError}>
      {node}
    </NextIntlClientProvider>,
  );

/** The attributes of the element with this id, so a test can ask one element at a time. */
function element(html: string, id: string): string {
  const match = new RegExp(`<[a-z]+ [^>]*\\bid="${id}"[^>]*>`).exec(html);
  if (!match) throw new Error(`no element with id ${id} in ${html}`);
  return match[0];
}

const idle = initialFormState();
const refused = (fieldErrors: FormState["fieldErrors"], values: FormState["values"] = {}, messageValues?: FormState["messageValues"]): FormState => ({
  status: "error",
  message: "errors.validation",
  fieldErrors,
  values,
  messageValues,
});
const options = [
  { value: "a", label: "Alfa" },
  { value: "b", label: "Beta" },
  { value: "c", label: "Gamma" },
];

describe("scopedFieldId", () => {
  it("prefixes the scope, and is the shared field id (the error summary's link target) without one", () => {
    expect(scopedFieldId("heading", "entry-1")).toBe("entry-1-heading");
    expect(scopedFieldId("meetingDate")).toBe(fieldId("meetingDate"));
    expect(scopedFieldId("meetingDate")).toBe("field-meetingDate");
  });
});

describe("ScopedInput", () => {
  it("ties label, hint and input by the scoped id, with no error state before a submit", () => {
    const html = render(<ScopedInput scope="n1" name="takenOn" label="Datum" hint="ÅÅÅÅ-MM-DD" type="date" state={idle} defaultValue="2027-01-02" required />);
    expect(html).toContain('<label for="n1-takenOn"');
    expect(element(html, "n1-takenOn-hint")).toContain("<p");
    const input = element(html, "n1-takenOn");
    expect(input).toContain('type="date"');
    expect(input).toContain('aria-describedby="n1-takenOn-hint"');
    expect(input).toContain('value="2027-01-02"');
    expect(input).toContain('required=""');
    expect(input).not.toContain("aria-invalid");
    expect(html).not.toContain("n1-takenOn-error");
  });

  it("without a scope uses the shared id, so the error summary's link reaches it", () => {
    const html = render(<ScopedInput name="meetingDate" label="Datum" type="date" state={refused({ meetingDate: ["validation.required"] })} />);
    expect(element(html, "field-meetingDate")).toContain('aria-describedby="field-meetingDate-error"');
  });

  it("after a refusal shows the error, marks the input invalid and keeps what was typed instead of the default", () => {
    const state = refused({ heading: ["validation.required", "validation.tooMany"] }, { heading: "Mitt utkast" }, { count: 200 });
    const html = render(<ScopedInput scope="e7" name="heading" label="Rubrik" hint="Kort" state={state} defaultValue="Gammal rubrik" />);
    const input = element(html, "e7-heading");
    expect(input).toContain('aria-invalid="true"');
    expect(input).toContain('aria-describedby="e7-heading-hint e7-heading-error"');
    expect(input).toContain('value="Mitt utkast"');
    expect(html).toContain('<p id="e7-heading-error" class="font-semibold text-red-800">Fyll i fältet. Högst 200 tecken.</p>');
  });

  it("offers the input types and widths the forms need", () => {
    const html = render(<ScopedInput scope="i1" name="durationMinutes" label="Minuter" type="number" min={1} max={480} width="short" autoComplete="off" state={idle} />);
    const input = element(html, "i1-durationMinutes");
    expect(input).toContain('type="number"');
    expect(input).toContain('min="1"');
    expect(input).toContain('max="480"');
    expect(input).toContain('autoComplete="off"');
    expect(input).toContain("max-w-[12rem]");
  });

  it("leaves less space below when compact", () => {
    expect(render(<ScopedInput scope="s" name="x" label="X" state={idle} compact />)).toMatch(/^<div class="mb-4 /);
    expect(render(<ScopedInput scope="s" name="x" label="X" state={idle} />)).toMatch(/^<div class="mb-5 /);
  });

  it("gives two forms with the same field names on one page different ids", () => {
    const html = render(
      <>
        <ScopedInput scope="entry-1" name="heading" label="Rubrik" state={idle} />
        <ScopedInput scope="entry-2" name="heading" label="Rubrik" state={idle} />
      </>,
    );
    expect(html).toContain('id="entry-1-heading"');
    expect(html).toContain('id="entry-2-heading"');
  });
});

describe("ScopedTextarea", () => {
  it("keeps the submitted text after a refusal and ties its error", () => {
    const html = render(<ScopedTextarea scope="r1" name="reason" label="Skäl" state={refused({ reason: ["validation.required"] }, { reason: "Halvskrivet" })} defaultValue="x" rows={3} />);
    const textarea = element(html, "r1-reason");
    expect(textarea).toContain('aria-invalid="true"');
    expect(textarea).toContain('aria-describedby="r1-reason-error"');
    expect(textarea).toContain('rows="3"');
    expect(html).toContain(">Halvskrivet</textarea>");
  });
});

describe("ScopedSelect", () => {
  it("selects the submitted value after a refusal, else the default; offers an empty choice when asked", () => {
    const fresh = render(<ScopedSelect scope="d1" name="subject" label="Ämne" state={idle} options={options} defaultValue="b" emptyOption="Välj" />);
    expect(fresh).toContain('<option value="">Välj</option>');
    expect(fresh).toContain('<option value="b" selected="">Beta</option>');
    const after = render(<ScopedSelect scope="d1" name="subject" label="Ämne" state={refused({ subject: ["validation.required"] }, { subject: "c" })} options={options} defaultValue="b" />);
    expect(after).toContain('<option value="c" selected="">Gamma</option>');
    expect(element(after, "d1-subject")).toContain('aria-describedby="d1-subject-error"');
    expect(element(after, "d1-subject")).toContain('aria-invalid="true"');
  });
});

describe("ScopedCheckbox", () => {
  it("sends yes and, after a refusal, shows what was sent rather than the default", () => {
    const fresh = element(render(<ScopedCheckbox name="isPublic" label="Öppet" state={idle} defaultChecked />), "field-isPublic");
    expect(fresh).toContain('value="yes"');
    expect(fresh).toContain('checked=""');
    const unticked = element(render(<ScopedCheckbox name="isPublic" label="Öppet" state={refused({ other: ["validation.required"] }, {})} defaultChecked />), "field-isPublic");
    expect(unticked).not.toContain("checked");
    const ticked = element(render(<ScopedCheckbox name="isExtra" label="Extra" hint="H" state={refused({ isExtra: ["validation.required"] }, { isExtra: "yes" })} />), "field-isExtra");
    expect(ticked).toContain('checked=""');
    expect(ticked).toContain('aria-invalid="true"');
    expect(ticked).toContain('aria-describedby="field-isExtra-hint field-isExtra-error"');
  });
});

describe("ScopedCheckboxes", () => {
  it("numbers the boxes after the scoped id, ties hint and error to the fieldset, and keeps the submitted ticks", () => {
    const html = render(
      <ScopedCheckboxes scope="adjusters" name="adjusterIds" label="Justerare" hint="Välj två" state={refused({ adjusterIds: ["validation.required"] }, { adjusterIds: "a\nc" })} options={options} defaultValues={["b"]} />,
    );
    expect(html).toMatch(/<fieldset [^>]*aria-describedby="adjusters-adjusterIds-hint adjusters-adjusterIds-error"/);
    expect(element(html, "adjusters-adjusterIds-0")).toContain('checked=""');
    expect(element(html, "adjusters-adjusterIds-1")).not.toContain("checked");
    expect(element(html, "adjusters-adjusterIds-2")).toContain('checked=""');
    expect(html).toContain('<label for="adjusters-adjusterIds-2">Gamma</label>');
  });

  it("ticks the defaults before a submit", () => {
    const html = render(<ScopedCheckboxes scope="adjusters" name="adjusterIds" label="Justerare" state={idle} options={options} defaultValues={["b"]} />);
    expect(element(html, "adjusters-adjusterIds-1")).toContain('checked=""');
    expect(element(html, "adjusters-adjusterIds-0")).not.toContain("checked");
    expect(html).not.toContain("aria-describedby");
  });
});
