import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages } from "@/i18n/catalogue";

/**
 * What the browser gets of the message catalogue. Client components translate in the browser, so
 * the catalogue they read is sent, serialised, with every page they are on: the whole of it is
 * about 140 kB, and rendering it into each page cost more time than the rest of a simple page.
 *
 * The site's frame (root layout) has one client component that shows text, the error boundary: it
 * gets its three strings translated on the server (`FrameMessages`, in frame-messages.tsx: a module
 * of its own, as the bundler sends every client component a module imports with the layout that
 * imports it, used or not), so that pages without forms load none of next-intl's client code
 * (issue #16). Each route segment whose pages have forms — client components that translate their
 * labels and the server's answers — gives them, in its layout.tsx, the shared messages
 * (src/i18n/messages: validation, error summary, statuses, roles, …) and the feature namespaces its
 * forms and their server actions use (`FormsLayout namespaces`), as deep in the tree as it can:
 * /meetings lists meetings without forms, /meetings/[id] and /meetings/new have them. The sign-in
 * page sends about 8 kB of messages instead of 140. Pages without forms, such as the yearly
 * follow-up report, send none. client-messages.test.ts follows every page's imports and fails when
 * one that can render such a component is outside a FormsLayout, or when a namespace its forms or
 * their actions name is not given; the end-to-end accessibility matrix fails on any message the
 * browser could not find.
 */
export async function FormsLayout({ children, namespaces }: { children: ReactNode; namespaces: readonly string[] }) {
  return <NextIntlClientProvider messages={clientMessages(await getMessages(), namespaces)}>{children}</NextIntlClientProvider>;
}
