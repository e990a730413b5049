/**
 * The pages `npm run bench:weight` weighs, and their JavaScript budgets (issue #16). A read page
 * renders no form of its own (the header's language switch and sign-out are on every page): it may
 * load the React + Next runtime and about 15 kB of the application's own code. A form page also
 * loads the form components and the message catalogue's formatter.
 */
export type PageKind = "read" | "form";
/** Who opens the page: visitors signed out, or every demo role (a role that may not see it is skipped). */
export type Audience = "signed-out" | "signed-in" | "both";

export type WeighedPage = { path: string; kind: PageKind; audience: Audience };

/** Compressed bytes of JavaScript a page may load, by kind (kB = 1000 bytes). */
export const JS_BUDGET_BYTES: Record<PageKind, number> = { read: 125_000, form: 150_000 };

export function weighedPages(year: number): WeighedPage[] {
  return [
    { path: "/", kind: "read", audience: "signed-in" },
    { path: "/meetings", kind: "read", audience: "signed-in" },
    { path: "/decisions", kind: "read", audience: "signed-in" },
    { path: `/follow-up/${year}`, kind: "read", audience: "signed-in" },
    { path: "/results", kind: "read", audience: "signed-in" },
    { path: "/arshjul", kind: "read", audience: "signed-in" },
    { path: "/membership", kind: "read", audience: "signed-in" },
    { path: "/admin/audit", kind: "read", audience: "signed-in" },
    { path: "/results/public", kind: "read", audience: "both" },
    { path: "/agreement/public", kind: "read", audience: "signed-out" },
    { path: "/priority-areas/public", kind: "read", audience: "signed-out" },
    { path: "/sign-in", kind: "form", audience: "signed-out" },
    { path: "/accessibility", kind: "form", audience: "both" },
    { path: "/proposals/new", kind: "form", audience: "signed-in" },
    { path: "/account", kind: "form", audience: "signed-in" },
  ];
}
