/** Helvetica's standard encoding (WinAnsi): characters outside it are written as their base letter or "?". */
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
export function pdfText(text: string): string {
  let out = "";
  for (const character of text.normalize("NFC")) {
    const code = character.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(character) || character === "\n") {
      out += character;
      continue;
    }
    if (character === "\u2212") {
      out += "-";
      continue;
    }
    if (/\s/.test(character)) {
      out += " ";
      continue;
    }
    const base = character.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    out += base.length > 0 && [...base].every((part) => part.codePointAt(0)! >= 0x20 && part.codePointAt(0)! <= 0x7e) ? base : "?";
  }
  return out;
}
