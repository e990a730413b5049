import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The rule of client-messages.tsx, checked on the sources: a page that can render a client
 * component that translates (found by following the page's imports) sits under a layout that
 * gives it the whole catalogue (FormsLayout); otherwise its forms would show keys, some only when
 * the server refuses something. Pages that cannot stay without it, the yearly report above all.
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

/** Whether a layout on the way from the root to the page gives its client components the whole catalogue. */
function underFormsLayout(page: string): boolean {
  for (let directory = path.dirname(page); directory.startsWith(APP); directory = path.dirname(directory)) {
    const layout = path.join(directory, "layout.tsx");
    if (fs.existsSync(layout) && /FormsLayout as default/.test(read(layout))) return true;
  }
  return false;
}

const route = (page: string) => `/${path.relative(APP, path.dirname(page))}`.replace(/\/$/, "") || "/";

describe("the message catalogue in the browser", () => {
  const all = pages();

  it("finds the pages and, through their imports, the forms on them", () => {
    expect(all.length).toBeGreaterThan(40);
    expect(translatingClientModules(path.join(APP, "sign-in", "page.tsx"))).toContain("features/auth/sign-in-form.tsx");
  });

  it("is given, whole, to every page that can render a client component that translates", () => {
    const missing = all
      .filter((page) => !underFormsLayout(page))
      .map((page) => ({ route: route(page), modules: translatingClientModules(page) }))
      .filter(({ modules }) => modules.length > 0);
    expect(missing).toEqual([]);
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
