/**
 * A result's identifier and link (issue #6, item 4), as pure rules: what is accepted, how it is
 * stored, and where it leads. Identifiers are a DiVA id ("diva2:1234567"), a DOI ("10.1234/abc") or
 * anything else that names the result (an ISBN, a report number); links are http or https only.
 */

export type IdentifierType = "DOI" | "DIVA" | "OTHER";

/** Why an identifier or a link is refused, as `results.validation.<key>`. */
export type IdentifierError = "doi" | "diva" | "identifierIsLink" | "identifierInvalid" | "identifierTooLong";
export type UrlError = "url" | "urlScheme" | "urlCredentials" | "urlTooLong";

export const IDENTIFIER_MAX = 300;
export const URL_MAX = 2000;

export const DIVA_RECORD_URL = "https://www.diva-portal.org/smash/record.jsf?pid=";

// A DOI is "10." + a registrant code of at least four digits (with optional dotted sub-codes) + "/"
// + a suffix of printable characters (DOI Handbook 2.2). Whitespace is never part of one.
const DOI = /^10\.\d{4}[\d.]{0,40}(?<!\.)\/\S+$/;
const DOI_PREFIXES = [/^doi:\s*/i, /^https?:\/\/(?:dx\.)?doi\.org\//i];
const DIVA = /^diva2:(\d{1,12})$/i;
// Letters, digits, punctuation and spaces; no control characters (tabs and new lines included).
const PRINTABLE = /^[^\p{Cc}\p{Cf}]+$/u;

export type NormalisedIdentifier = { value: string; type: IdentifierType } | null;

/**
 * The identifier as stored: a DOI without its resolver or "doi:" prefix, a DiVA id in lower case,
 * any other identifier as typed (trimmed). Blank is no identifier (null). A DiVA or doi.org link
 * is taken for the identifier it holds; any other link belongs in the URL field.
 */
export function normaliseIdentifier(text: string): { value: NormalisedIdentifier } | { error: IdentifierError } {
  const trimmed = text.trim();
  if (trimmed === "") return { value: null };
  if (trimmed.length > IDENTIFIER_MAX) return { error: "identifierTooLong" };
  if (!PRINTABLE.test(trimmed)) return { error: "identifierInvalid" };

  const divaLink = divaIdInLink(trimmed);
  if (divaLink) return { value: { value: divaLink, type: "DIVA" } };

  let candidate = trimmed;
  const prefix = DOI_PREFIXES.find((pattern) => pattern.test(candidate));
  if (prefix) {
    candidate = candidate.replace(prefix, "");
    // A DOI in a link may be percent-encoded ("10.1234%2Fabc").
    if (/%[0-9a-f]{2}/i.test(candidate)) {
      try {
        candidate = decodeURIComponent(candidate);
      } catch {
        return { error: "doi" };
      }
    }
    return DOI.test(candidate) ? { value: { value: candidate, type: "DOI" } } : { error: "doi" };
  }
  if (/^10\./.test(candidate)) return DOI.test(candidate) ? { value: { value: candidate, type: "DOI" } } : { error: "doi" };

  if (/^diva/i.test(candidate)) {
    const diva = DIVA.exec(candidate);
    return diva ? { value: { value: `diva2:${diva[1]}`, type: "DIVA" } } : { error: "diva" };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(candidate) || /^(?:javascript|data|vbscript):/i.test(candidate)) return { error: "identifierIsLink" };
  return { value: { value: candidate, type: "OTHER" } };
}

/** The DiVA id in a DiVA record link (record.jsf?pid=diva2:123, on any DiVA portal), or null. */
function divaIdInLink(text: string): string | null {
  if (!/^https?:\/\//i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  if (host !== "diva-portal.org" && !host.endsWith(".diva-portal.org")) return null;
  if (url.pathname !== "/smash/record.jsf") return null;
  const pid = DIVA.exec(url.searchParams.get("pid") ?? "");
  return pid ? `diva2:${pid[1]}` : null;
}

/** The kind of a stored identifier (stored ones are normalised, so this only reads their shape). */
export function identifierType(identifier: string): IdentifierType {
  if (DOI.test(identifier)) return "DOI";
  if (DIVA.test(identifier)) return "DIVA";
  return "OTHER";
}

/** Where a stored identifier resolves: a DOI at doi.org, a DiVA id at the DiVA portal; others nowhere. */
export function identifierHref(identifier: string): string | null {
  switch (identifierType(identifier)) {
    case "DOI":
      // The DOI's own slashes stay; anything a URL would read otherwise (#, ?, %, spaces) is encoded.
      return `https://doi.org/${encodeURIComponent(identifier).replace(/%2F/gi, "/")}`;
    case "DIVA":
      return `${DIVA_RECORD_URL}${identifier.toLowerCase()}`;
    default:
      return null;
  }
}

/** The result's link: its identifier's resolver when there is one, else its URL. */
export function resultHref(result: { identifier: string | null; url: string | null }): string | null {
  return (result.identifier ? identifierHref(result.identifier) : null) ?? result.url ?? null;
}

/**
 * A link as stored: an absolute http or https address (normalised by the URL parser), without a
 * user name or password in it. Blank is no link (null). Anything a browser would run or open in
 * another program (javascript:, data:, file:, mailto: …) is refused.
 */
export function normaliseUrl(text: string): { value: string | null } | { error: UrlError } {
  const trimmed = text.trim();
  if (trimmed === "") return { value: null };
  if (trimmed.length > URL_MAX) return { error: "urlTooLong" };
  if (/[\s\p{Cc}]/u.test(trimmed)) return { error: "url" };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return { error: "url" };
  if (scheme !== "http" && scheme !== "https") return { error: "urlScheme" };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { error: "url" };
  }
  if (url.hostname === "" || !/^\/\//.test(trimmed.slice(scheme.length + 1))) return { error: "url" };
  if (url.username !== "" || url.password !== "") return { error: "urlCredentials" };
  if (url.href.length > URL_MAX) return { error: "urlTooLong" };
  return { value: url.href };
}
