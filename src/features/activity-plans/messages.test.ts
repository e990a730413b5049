import { describe, expect, it } from "vitest";
import en from "./messages.en.json";
import sv from "./messages.sv.json";

type Catalogue = { [key: string]: string | Catalogue };

function keysOf(catalogue: Catalogue, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

describe("the catalogue", () => {
  it("has the same keys in Swedish and English, one namespace, no dots in keys", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(sv).sort());
    expect(Object.keys(sv)).toHaveLength(1);
    for (const key of keysOf(sv)) expect(key.split(".").every((part) => part.length > 0)).toBe(true);
  });
});
