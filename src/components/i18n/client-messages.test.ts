import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessages, FEATURE_CATALOGUES, messagesFor, SHARED_NAMESPACES } from "@/i18n/catalogue";

/**
 * The rule of client-messages.tsx, checked on the sources: a page that can render a client
 * component that translates (found by following the page's imports) sits under a layout that
 * gives it the catalogue's shared namespaces and the feature namespaces its forms use (FormsLayout);
 * otherwise its forms would show keys, some only when the server refuses something. Pages that
 * cannot stay without it, the yearly report above all.
 */

const SRC = path.resolve(import.meta.dirname, "../..");
const APP = path.join(SRC, "app");
const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^;"]*?\sfrom\s+)?"([^"]+)"/g;

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(SRC, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (/\.tsx?$/.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const sources = new Map<string, string>();
const read = (file: string) => {
  let source = sources.get(file);
  if (source === undefined) sources.set(file, (source = fs.readFileSync(file, "utf8")));
  return source;
};

const translatesInBrowser = (file: string) => /^\s*["']use client["']/.test(read(file)) && /from "next-intl"/.test(read(file));

/** Every module `entry` imports, directly or not, itself included (type-only imports left out). */
function importedModules(entry: string): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    for (const match of read(file).matchAll(IMPORT)) {
      if (match[1]) continue;
      const target = resolveImport(file, match[2]!);
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen];
}

/** The client components that translate among everything `page` imports, directly or not. */
function translatingClientModules(page: string): string[] {
  const seen = new Set<string>([page]);
  const queue = [page];
  const found: string[] = [];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (translatesInBrowser(file)) found.push(path.relative(SRC, file));
    for (const match of read(file).matchAll(IMPORT)) {
      if (match[1]) continue; // `import type`: nothing of it reaches the browser
      const target = resolveImport(file, match[2]!);
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return found.sort();
}

function pages(directory = APP): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return pages(full);
    return entry.name === "page.tsx" ? [full] : [];
  });
}

const FORMS_LAYOUT = /<FormsLayout namespaces=\{\[([^\]]*)\]\}>/;

/** The layouts on the way from the page up to the root that give its client components messages. */
function formsLayouts(page: string): string[] {
  const layouts: string[] = [];
  for (let directory = path.dirname(page); directory.startsWith(APP); directory = path.dirname(directory)) {
    const layout = path.join(directory, "layout.tsx");
    if (fs.existsSync(layout) && FORMS_LAYOUT.test(read(layout))) layouts.push(layout);
  }
  return layouts;
}

const underFormsLayout = (page: string) => formsLayouts(page).length > 0;

/** The feature namespaces a FormsLayout names. */
const declaredNamespaces = (layout: string) => [...read(layout).match(FORMS_LAYOUT)![1]!.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);

const FEATURE_NAMESPACES = new Set(FEATURE_CATALOGUES.sv.flatMap((catalogue) => Object.keys(catalogue)));
const isClient = (file: string) => /^\s*["']use client["']/.test(read(file));
const isServerActions = (file: string) => /^\s*["']use server["']/.test(read(file));
const importsOf = (file: string) => [...read(file).matchAll(IMPORT)].filter((match) => !match[1]).flatMap((match) => resolveImport(file, match[2]!) ?? []);

/**
 * The feature namespaces the browser may be asked to translate on a page, each with the modules that
 * name it: what its client components name, and what the server actions they call answer with
 * (message keys, which live in the action modules and the feature modules they import: the form
 * definitions and domain rules).
 */
function namespacesInBrowser(page: string): Map<string, string[]> {
  const files = new Set<string>();
  for (const file of importedModules(page).filter(isClient)) {
    files.add(file);
    for (const actions of importsOf(file).filter(isServerActions)) {
      files.add(actions);
      for (const used of importsOf(actions)) if (used.includes(`${path.sep}features${path.sep}`)) files.add(used);
    }
  }
  const found = new Map<string, string[]>();
  for (const file of files) {
    for (const match of read(file).matchAll(/["'`]([a-zA-Z]+)(?:\.|["'`])/g)) {
      if (FEATURE_NAMESPACES.has(match[1]!)) found.set(match[1]!, [...new Set([...(found.get(match[1]!) ?? []), path.relative(SRC, file)])]);
    }
  }
  return found;
}

const route = (page: string) => `/${path.relative(APP, path.dirname(page))}`.replace(/\/$/, "") || "/";

describe("the message catalogue in the browser", () => {
  const all = pages();

  it("finds the pages and, through their imports, the forms on them", () => {
    expect(all.length).toBeGreaterThan(40);
    expect(translatingClientModules(path.join(APP, "sign-in", "page.tsx"))).toContain("features/auth/sign-in-form.tsx");
  });

  it("is given to every page that can render a client component that translates", () => {
    const missing = all
      .filter((page) => !underFormsLayout(page))
      .map((page) => ({ route: route(page), modules: translatingClientModules(page) }))
      .filter(({ modules }) => modules.length > 0);
    expect(missing).toEqual([]);
  });

  it("gives each page with forms every feature namespace its forms and their actions name", () => {
    const missing = all.flatMap((page) => {
      const [layout] = formsLayouts(page);
      if (!layout) return [];
      const given = new Set(declaredNamespaces(layout));
      return [...namespacesInBrowser(page)].filter(([namespace]) => !given.has(namespace)).map(([namespace, files]) => ({ route: route(page), namespace, files }));
    });
    expect(missing).toEqual([]);
    // The analysis finds what it should: the proposal form and its actions name "proposals".
    expect([...namespacesInBrowser(path.join(APP, "proposals", "new", "page.tsx")).keys()]).toContain("proposals");
  });

  it("names only namespaces that exist, and never stacks one FormsLayout inside another", () => {
    const layouts = new Set(all.flatMap(formsLayouts));
    expect(layouts.size).toBeGreaterThan(15);
    for (const layout of layouts) for (const namespace of declaredNamespaces(layout)) expect(FEATURE_NAMESPACES.has(namespace), `${layout}: ${namespace}`).toBe(true);
    // An inner provider would replace the outer one's messages, not add to them.
    expect(all.filter((page) => formsLayouts(page).length > 1).map(route)).toEqual([]);
  });

  it("picks the shared namespaces and the ones named, nothing else", () => {
    const messages = messagesFor("sv");
    const picked = clientMessages(messages, ["proposals"]);
    expect(Object.keys(picked).sort()).toEqual([...SHARED_NAMESPACES, "proposals"].sort());
    expect(picked.proposals).toBe(messages.proposals);
    expect(JSON.stringify(clientMessages(messages, [])).length).toBeLessThan(JSON.stringify(messages).length / 10);
  });

  it("is not sent with the yearly report and the other pages without forms", () => {
    for (const readOnly of ["", "partnership", "follow-up/[year]", "follow-up", "decisions", "arshjul", "meetings", "results", "results/public", "agreement/public", "priority-areas/public", "admin/audit"]) {
      const page = path.join(APP, readOnly, "page.tsx");
      expect(translatingClientModules(page), readOnly).toEqual([]);
      expect(underFormsLayout(page), readOnly).toBe(false);
    }
  });

  it("is not in the site's frame: nothing the root layout imports loads next-intl's client side", () => {
    // The bundler sends the client components of every module the root layout imports with every
    // page, used or not: one import of "next-intl" there costs each page about 12 KiB (issue #16).
    // The frame's texts, the step confirmation's too (ActionNotice), are translated on the server
    // (next-intl/server); the one module allowed is client-messages.tsx, whose FormsLayout the
    // root layout does not use.
    const importers = importedModules(path.join(APP, "layout.tsx"))
      .filter((file) => /from "next-intl"/.test(read(file)))
      .map((file) => path.relative(SRC, file));
    expect(importers).toEqual([]);
  });
});
