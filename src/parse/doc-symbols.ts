/**
 * Vietnamese document numbers and symbols ("số và ký hiệu"):
 * "1828/QĐ-UBND", "118/2025/NĐ-CP", "83-KH/HU", "30c/NQ-CP",
 * "4205/SNV-CCHC&VTLT", "71/2014/TTLTBTCBNV", and their OCR/line-wrap
 * variants ("1828 /QĐ- UBND", "1921/KH-⏎UBND"). Used by the document
 * extractor and by the number scanner (a document number is no quantity).
 */

/** One symbol part: an upper-case code ("QĐ", "UBND", "CCHC&VTLT", "QH12"), or one ending in lower case ("TTg", "CTr"). */
const PART = String.raw`\p{Lu}[\p{Lu}\d&]*(?:\p{Ll}{1,2}(?![\p{L}\d]))?`;
/** Parts joined by hyphens; a hyphen may be followed by spaces or a line break (wrapped symbol). */
const PARTS = String.raw`${PART}(?:[ \t]*-\s*${PART})*`;

/**
 * Groups: 1 number (with an optional letter: 30c, 51a), 2 year when the
 * number carries one, 3 the symbol after the slash (or after the hyphen in
 * the party form "83-KH/HU").
 */
const DOC_SYMBOL_SOURCE = String.raw`(?<![\p{L}\p{N}/])(\d{1,5}[a-zđ]?)(?:[ \t]*/[ \t]*(\d{4})[ \t]*/[ \t]*(${PARTS}(?:/${PARTS})*)|[ \t]*/[ \t]*(${PARTS}(?:/${PARTS})*)|-(${PART}/${PARTS}))(?![\p{Ll}])`;

export interface DocSymbol {
  start: number;
  end: number;
  raw: string;
  number: string;
  year?: number;
  /** The symbol as written after the number, spaces and line breaks removed ("QĐ-UBND", "NĐ-CP", "KH/HU"). */
  code: string;
  /** Number, year and code joined the usual way: "1828/QĐ-UBND", "118/2025/NĐ-CP", "83-KH/HU". */
  symbol: string;
}

const SYMBOL_RE = new RegExp(DOC_SYMBOL_SOURCE, 'gu');

/** Every document number/symbol in the text, left to right. */
export function scanDocSymbols(text: string): DocSymbol[] {
  const out: DocSymbol[] = [];
  SYMBOL_RE.lastIndex = 0;
  for (let m = SYMBOL_RE.exec(text); m; m = SYMBOL_RE.exec(text)) {
    const number = m[1];
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    let code: string;
    let symbol: string;
    let year: number | undefined;
    if (m[2] !== undefined) {
      year = Number(m[2]);
      code = squeeze(m[3]);
      symbol = `${number}/${m[2]}/${code}`;
    } else if (m[4] !== undefined) {
      code = squeeze(m[4]);
      symbol = `${number}/${code}`;
    } else {
      code = squeeze(m[5]);
      symbol = `${number}-${code}`;
    }
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], number, year, code, symbol });
  }
  return out;
}
