import { describe, expect, it } from "vitest";
import { identifierHref, identifierType, normaliseIdentifier, normaliseUrl, resultHref } from "./identifiers";

describe("normaliseIdentifier", () => {
  it("takes blank as no identifier", () => {
    expect(normaliseIdentifier("")).toEqual({ value: null });
    expect(normaliseIdentifier("   ")).toEqual({ value: null });
  });

  it("accepts a DOI as such, or in its doi: and resolver forms, and stores the bare DOI", () => {
    expect(normaliseIdentifier("10.1234/abc")).toEqual({ value: { value: "10.1234/abc", type: "DOI" } });
    expect(normaliseIdentifier(" https://doi.org/10.1234/x ")).toEqual({ value: { value: "10.1234/x", type: "DOI" } });
    expect(normaliseIdentifier("http://dx.doi.org/10.1016/j.tate.2020.103041")).toEqual({ value: { value: "10.1016/j.tate.2020.103041", type: "DOI" } });
    expect(normaliseIdentifier("doi:10.1000.10/ABC-(123)")).toEqual({ value: { value: "10.1000.10/ABC-(123)", type: "DOI" } });
    expect(normaliseIdentifier("https://doi.org/10.1234%2Fa%23b")).toEqual({ value: { value: "10.1234/a#b", type: "DOI" } });
  });

  it("refuses what starts like a DOI but is not one", () => {
    for (const text of ["10.12/abc", "10.1234", "10.1234/", "doi:abc", "https://doi.org/", "https://doi.org/11.1234/x", "https://doi.org/10.1234%zz"]) {
      expect(normaliseIdentifier(text), text).toEqual({ error: "doi" });
    }
  });

  it("accepts a DiVA id, in any case or as a DiVA record link, and stores diva2:<number>", () => {
    expect(normaliseIdentifier("diva2:1234567")).toEqual({ value: { value: "diva2:1234567", type: "DIVA" } });
    expect(normaliseIdentifier("DiVA2:1234567")).toEqual({ value: { value: "diva2:1234567", type: "DIVA" } });
    expect(normaliseIdentifier("https://sh.diva-portal.org/smash/record.jsf?pid=diva2:1234567&dswid=-42")).toEqual({ value: { value: "diva2:1234567", type: "DIVA" } });
    expect(normaliseIdentifier("http://www.diva-portal.org/smash/record.jsf?dswid=1&pid=diva2%3A99")).toEqual({ value: { value: "diva2:99", type: "DIVA" } });
  });

  it("refuses what starts like a DiVA id but is not one", () => {
    for (const text of ["diva2:", "diva2:12a", "diva:123", "DiVA 123"]) expect(normaliseIdentifier(text), text).toEqual({ error: "diva" });
  });

  it("keeps any other identifier as typed, but sends links to the URL field and refuses control characters", () => {
    expect(normaliseIdentifier("ISBN 978-91-7063-000-0")).toEqual({ value: { value: "ISBN 978-91-7063-000-0", type: "OTHER" } });
    expect(normaliseIdentifier("urn:nbn:se:sh:diva-12345")).toEqual({ value: { value: "urn:nbn:se:sh:diva-12345", type: "OTHER" } });
    expect(normaliseIdentifier("https://example.se/rapport")).toEqual({ error: "identifierIsLink" });
    expect(normaliseIdentifier("javascript:alert(1)")).toEqual({ error: "identifierIsLink" });
    expect(normaliseIdentifier("abc\u0007def")).toEqual({ error: "identifierInvalid" });
    expect(normaliseIdentifier("x".repeat(301))).toEqual({ error: "identifierTooLong" });
  });
});

describe("where a stored identifier leads", () => {
  it("resolves DOIs at doi.org and DiVA ids at the DiVA portal; others have no link", () => {
    expect(identifierType("10.1234/abc")).toBe("DOI");
    expect(identifierHref("10.1234/abc")).toBe("https://doi.org/10.1234/abc");
    expect(identifierHref("10.1234/a#b?c%d")).toBe("https://doi.org/10.1234/a%23b%3Fc%25d");
    expect(identifierType("diva2:1234567")).toBe("DIVA");
    expect(identifierHref("diva2:1234567")).toBe("https://www.diva-portal.org/smash/record.jsf?pid=diva2:1234567");
    expect(identifierType("ISBN 978-91")).toBe("OTHER");
    expect(identifierHref("ISBN 978-91")).toBeNull();
  });

  it("links a result by its identifier first, else its URL", () => {
    expect(resultHref({ identifier: "10.1234/abc", url: "https://example.se/" })).toBe("https://doi.org/10.1234/abc");
    expect(resultHref({ identifier: "ISBN 1", url: "https://example.se/" })).toBe("https://example.se/");
    expect(resultHref({ identifier: null, url: null })).toBeNull();
  });
});

describe("normaliseUrl", () => {
  it("accepts absolute http and https addresses, normalised", () => {
    expect(normaliseUrl("")).toEqual({ value: null });
    expect(normaliseUrl(" https://www.sh.se/rapport ")).toEqual({ value: "https://www.sh.se/rapport" });
    expect(normaliseUrl("HTTP://Example.SE")).toEqual({ value: "http://example.se/" });
    expect(normaliseUrl("https://example.se/sök?q=å")).toEqual({ value: "https://example.se/s%C3%B6k?q=%C3%A5" });
  });

  it("refuses every other scheme, scriptable ones first of all", () => {
    for (const text of ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "file:///etc/passwd", "ftp://example.se/x", "mailto:a@b.se"]) {
      expect(normaliseUrl(text), text).toEqual({ error: "urlScheme" });
    }
  });

  it("refuses what is not a whole address, and addresses with a password in them", () => {
    for (const text of ["www.example.se", "example", "https://", "https:example.se", "https://exa mple.se", "http://\u0000x"]) expect(normaliseUrl(text), text).toEqual({ error: "url" });
    expect(normaliseUrl("https://user:secret@example.se/")).toEqual({ error: "urlCredentials" });
    expect(normaliseUrl(`https://example.se/${"a".repeat(2000)}`)).toEqual({ error: "urlTooLong" });
  });
});
