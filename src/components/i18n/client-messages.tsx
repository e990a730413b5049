import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";

/**
 * What the browser gets of the message catalogue. Client components translate in the browser, so
 * the catalogue they read is sent, serialised, with every page they are on: the whole of it is
 * about 120 KiB, and rendering it into each page cost more time than the rest of a simple page.
 *
 * The site's frame (root layout) has one client component that shows text, the error boundary: it
 * gets its three strings translated on the server (`FrameMessages`, in frame-messages.tsx: a module
 * of its own, as the bundler sends every client component a module imports with the layout that
 * imports it, used or not), so that pages without forms load none of next-intl's client code
 * (issue #16). Each route segment whose pages have forms — client
 * components that translate their labels and the server's answers, from any namespace — gives them
 * the whole catalogue in its layout.tsx (`FormsLayout`), as deep in the tree as it can: /meetings
 * lists meetings without forms, /meetings/[id] and /meetings/new have them. Pages without forms,
 * such as the yearly follow-up report, send none of it. client-messages.test.ts follows every
 * page's imports and fails when one that can render such a component is outside a FormsLayout; the
 * end-to-end accessibility matrix fails on any message the browser could not find.
 */

/** The layout of a route segment with forms: the whole catalogue, inherited from the request's. */
export function FormsLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
