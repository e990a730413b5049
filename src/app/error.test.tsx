import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ErrorPageTextsProvider, type ErrorPageTexts } from "@/components/layout/error-page-texts";
import { messagesFor } from "@/i18n/catalogue";
import ErrorPage from "./error";

const texts = (locale: "sv" | "en") => messagesFor(locale).errorPage as ErrorPageTexts;
const render = (locale: "sv" | "en") =>
  renderToStaticMarkup(
    <ErrorPageTextsProvider texts={texts(locale)}>
      <ErrorPage error={new Error("broken")} reset={() => undefined} />
    </ErrorPageTextsProvider>,
  );

describe("the error boundary", () => {
  it("shows the catalogue's texts in the user's language, given by the root layout", () => {
    expect(render("sv")).toBe(
      '<div><h1 class="mb-2 text-3xl font-bold">Något gick fel</h1><p class="mb-4">Ett oväntat fel inträffade. Ingenting du sparat har gått förlorat.</p><button type="button" class="rounded bg-blue-800 px-5 py-2 font-semibold text-white">Försök igen</button></div>',
    );
    expect(render("en")).toContain(`>${texts("en").retry}</button>`);
  });

  it("fails loudly outside the root layout's texts rather than showing nothing", () => {
    expect(() => renderToStaticMarkup(<ErrorPage error={new Error("broken")} reset={() => undefined} />)).toThrow(/ErrorPageTextsProvider/);
  });
});
