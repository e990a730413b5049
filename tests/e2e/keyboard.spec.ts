import { expect, test, type Locator, type Page } from "@playwright/test";
import { account, type DemoRole } from "./support/accounts";
import { signIn } from "./support/sign-in";

/**
 * Issue #8, item 9: the main forms with the keyboard alone (Tab, Shift+Tab, Enter, Space). For
 * each: tab from the top of the page into the form, type, tab to the button and send it with an
 * error; focus moves to the error summary; the summary's first link takes focus to its field; from
 * there Shift+Tab goes back and Tab goes on through the whole page to the footer and round to the
 * top again (no trap); and every element that takes focus on the way shows a focus indicator.
 * Every form is refused by the server, so nothing is changed (the account form as a reader's, with
 * a new password that is too short).
 */

type KeyboardForm = {
  name: string;
  /** Signed in as, or signed out. */
  role: DemoRole | null;
  path: string;
  form: (page: Page) => Locator;
  /** Typed into these fields (by id), reached by tabbing, in page order. */
  type: { field: string; text: string }[];
  /** The button's name, and the key that presses it. */
  submit: { name: string; key: "Enter" | "Space" };
};

const main = (page: Page) => page.getByRole("main");

const FORMS: readonly KeyboardForm[] = [
  {
    name: "sign-in",
    role: null,
    path: "/sign-in",
    form: (page) => main(page).getByRole("form", { name: "Logga in" }),
    type: [{ field: "field-email", text: "inte-en-adress" }],
    submit: { name: "Logga in", key: "Enter" },
  },
  {
    name: "accessibility report",
    role: null,
    path: "/accessibility",
    form: (page) => main(page).getByRole("form", { name: "Rapportera ett tillgänglighetsproblem" }),
    type: [{ field: "field-contactEmail", text: "inte-en-adress" }],
    submit: { name: "Skicka rapporten", key: "Space" },
  },
  {
    name: "proposal",
    role: "CONTRIBUTOR",
    path: "/proposals/new",
    form: (page) => main(page).locator("form:has(#field-title)"),
    type: [{ field: "field-title", text: "Ett förslag skrivet med tangentbordet" }],
    submit: { name: "Skicka in förslaget", key: "Space" },
  },
  {
    name: "meeting",
    role: "ADMINISTRATOR",
    path: "/meetings/new",
    form: (page) => main(page).locator("form:has(#field-meetingTitle)"),
    type: [{ field: "field-meetingTitle", text: "Ett möte planerat med tangentbordet" }],
    submit: { name: "Planera mötet", key: "Enter" },
  },
  {
    name: "account (change password)",
    role: "READER",
    path: "/account",
    form: (page) => main(page).getByRole("form", { name: "Byt lösenord" }),
    type: [
      { field: "field-newPassword", text: "kort" },
      { field: "field-confirmPassword", text: "kort" },
    ],
    submit: { name: "Byt lösenord", key: "Enter" },
  },
];

type Focused = {
  /** The same for the same element throughout the test (a mark put on it). */
  key: string;
  id: string;
  tag: string;
  /** Date and time inputs take several Tab presses, one per part (day, month, year). */
  segmented: boolean;
  text: string;
  isBody: boolean;
  isSkipLink: boolean;
  inFooter: boolean;
  /** Outline or box shadow drawn, on an element with a size. */
  indicator: boolean;
  describe: string;
};

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body || element === document.documentElement) {
      return { key: "body", id: "", tag: "body", segmented: false, text: "", isBody: true, isSkipLink: false, inFooter: false, indicator: false, describe: "body" };
    }
    const marks = window as unknown as { keyboardTestMarks?: number };
    element.dataset.keyboardTest ??= String((marks.keyboardTestMarks = (marks.keyboardTestMarks ?? 0) + 1));
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "" && style.boxShadow !== "none";
    const text = (element.getAttribute("aria-label") ?? element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 60);
    return {
      key: element.dataset.keyboardTest ?? "",
      id: element.id,
      tag: element.tagName.toLowerCase(),
      segmented: element instanceof HTMLInputElement && ["date", "time", "datetime-local", "month", "week"].includes(element.type),
      text,
      isBody: false,
      isSkipLink: element.matches('a[href="#main-content"]'),
      inFooter: element.closest("footer") !== null,
      indicator: (outline || shadow) && box.width > 0 && box.height > 0,
      describe: `<${element.tagName.toLowerCase()}${element.id ? ` id="${element.id}"` : ""}> ${text}`,
    };
  });
}

/** Presses the key until the focused element matches, failing after `max` presses. Checks every stop's focus indicator. */
async function pressUntil(page: Page, key: "Tab" | "Shift+Tab", matches: (element: Focused) => boolean, what: string, max = 200): Promise<Focused[]> {
  const path: Focused[] = [];
  for (let press = 0; press < max; press++) {
    await page.keyboard.press(key);
    const element = await focused(page);
    path.push(element);
    // Date and time inputs included: the browser focuses them part by part, and past the first part
    // they match only :focus-within, which globals.css gives the ring.
    if (!element.isBody) expect.soft(element.indicator, `a visible focus indicator on ${element.describe}`).toBe(true);
    if (matches(element)) return path;
  }
  throw new Error(`${key} ${max} times did not reach ${what}; last: ${path.slice(-5).map((element) => element.describe).join(" → ")}`);
}

for (const spec of FORMS) {
  test(`keyboard only: the ${spec.name} form`, async ({ page }) => {
    test.setTimeout(120_000);
    if (spec.role) {
      await page.goto("/sign-in");
      await signIn(page, account(spec.role));
    }
    await page.goto(spec.path);
    const form = spec.form(page);
    await expect(form).toBeVisible();

    // From the top of the page: the skip link comes first, and shows itself when focused.
    await page.keyboard.press("Tab");
    const first = await focused(page);
    expect(first.isSkipLink, first.describe).toBe(true);
    expect(first.indicator).toBe(true);

    // Into the form and through its fields, typing.
    for (const { field, text } of spec.type) {
      await pressUntil(page, "Tab", (element) => element.id === field, `#${field}`);
      await page.keyboard.type(text);
      await expect(page.locator(`[id="${field}"]`)).toHaveValue(text);
    }

    // On to the button, and send.
    await pressUntil(page, "Tab", (element) => element.tag === "button" && element.text === spec.submit.name, `the button ${spec.submit.name}`);
    await page.keyboard.press(spec.submit.key);

    // Refused: the summary takes focus and says so.
    const summary = form.getByRole("alert");
    await expect(summary).toBeFocused();
    const links = summary.getByRole("link");
    await expect(links.first()).toBeVisible();
    const target = ((await links.first().getAttribute("href")) ?? "").replace(/^#/, "");
    expect(target).not.toBe("");
    // What was typed is kept (secrets excepted).
    for (const { field, text } of spec.type) {
      if (!field.toLowerCase().includes("password")) await expect(page.locator(`[id="${field}"]`)).toHaveValue(text);
    }

    // The first link is the next stop, and following it puts focus on its field.
    await page.keyboard.press("Tab");
    await expect(links.first()).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator(`[id="${target}"]`)).toBeFocused();
    const field = await focused(page);
    expect(field.indicator, `a visible focus indicator on ${field.describe}`).toBe(true);

    // Shift+Tab goes back out of the field (nothing holds focus)...
    await page.keyboard.press("Shift+Tab");
    const back = await focused(page);
    expect(back.id, "Shift+Tab left the field").not.toBe(target);
    expect(back.isBody).toBe(false);
    await page.keyboard.press("Tab");
    await expect(page.locator(`[id="${target}"]`)).toBeFocused();

    // ...and Tab goes on through the rest of the page to the footer, and round to the top again.
    const toFooter = await pressUntil(page, "Tab", (element) => element.inFooter, "the footer");
    const rest = await pressUntil(page, "Tab", (element) => element.isSkipLink, "the skip link again (the focus order wraps)");
    // Focus moved on every press (a date or time input is passed part by part), and no element came
    // round twice before the wrap.
    const stops = [...toFooter, ...rest].filter((element) => !element.isBody);
    const walk = stops.filter((element, index) => index === 0 || element.key !== stops[index - 1]!.key || !element.segmented);
    for (let index = 1; index < walk.length; index++) expect.soft(walk[index]!.key, `focus stuck on ${walk[index]!.describe}`).not.toBe(walk[index - 1]!.key);
    const beforeWrap = walk.slice(0, -1).map((element) => element.key);
    expect(new Set(beforeWrap).size, "every element is reached once on the way round").toBe(beforeWrap.length);
    expect(new URL(page.url()).pathname).toBe(spec.path);
  });
}
