/**
 * Legacy Vietnamese font encodings seen through Windows-1252: TCVN3 (.VnTime,
 * one byte per letter) and VNI-Windows (base letter + mark byte). The tables
 * come from src/data/vietnamese-legacy-encodings.json. Detection is a score
 * of tell-tale evidence (TCVN3: cp1252 symbols inside words, "c¸c"; VNI: a
 * vowel followed by a mark byte, "caùc") against letters that only Vietnamese
 * Unicode has (ă đ ơ ư ạ …); Latin letters shared with German or French
 * count for nothing.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const LegacyTables = z.object({
  tcvn3_decode: z.record(z.string(), z.string()),
  tcvn3_decode_extraction_variants: z.record(z.string(), z.object({ decodes_to: z.string(), status: z.string() })),
  vni_decode: z.record(z.string(), z.string()),
});

const tables = LegacyTables.parse(
  JSON.parse(readFileSync(new URL('../data/vietnamese-legacy-encodings.json', import.meta.url), 'utf8')),
);

export type LegacyEncoding = 'tcvn3' | 'vni';

/** One decoded piece: `text` replaces `length` characters of the input. */
export interface DecodedPiece {
  text: string;
  length: number;
}

const TCVN3: Map<string, string> = new Map(Object.entries(tables.tcvn3_decode));
for (const [char, variant] of Object.entries(tables.tcvn3_decode_extraction_variants)) {
  // '-' is a real hyphen far more often than a lost soft hyphen: only observed variants.
  if (variant.status === 'observed') TCVN3.set(char, variant.decodes_to);
}

const VNI: Map<string, string> = new Map(Object.entries(tables.vni_decode));
const VNI_LONGEST = Math.max(...[...VNI.keys()].map((k) => k.length));

/** Letters only Vietnamese Unicode has (ă đ ơ ư and the precomposed U+1EA0–U+1EF9 block). */
const UNICODE_ONLY = /[ăĂđĐơƠưƯ\u1EA0-\u1EF9]/gu;

const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');

/**
 * TCVN3 evidence: its letters that are symbols in cp1252 (¸ ® ­ ¬ µ ª …).
 * TCVN3 letters that look like Latin letters (ö ü ß Ð …) prove nothing:
 * German and French have them.
 */
const TCVN3_SYMBOLS = new Set([...TCVN3.keys()].filter((c) => !/\p{L}/u.test(c) || 'ªµμ'.includes(c)));

/** VNI evidence: a vowel followed by a mark byte that is no Vietnamese letter (aø, eä, oï, öô …). */
const VNI_PAIRS = new Set(
  [...VNI.keys()].filter((k) => k.length === 2 && !VIETNAMESE_LATIN1.has(k[1]) && /[aeiouyAEIOUYôöÔÖ]/.test(k[0])),
);

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}]/u.test(c);

/** TCVN3 characters count only inside words: a lone ©, ½ or « is ordinary punctuation. */
function countInsideWords(text: string, set: Set<string>): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (set.has(text[i]) && (isWordChar(text[i - 1]) || isWordChar(text[i + 1]))) n++;
  }
  return n;
}

const VNI_PAIR_MARKS = new Set([...VNI_PAIRS].map((pair) => pair[1]));

function countVniPairs(text: string): number {
  let n = 0;
  for (let i = 1; i < text.length; i++) if (VNI_PAIR_MARKS.has(text[i]) && VNI_PAIRS.has(text.slice(i - 1, i + 1))) n++;
  return n;
}

export interface LegacyScore {
  tcvn3: number;
  vni: number;
  unicode: number;
}

/** Any character that can count as legacy evidence: text without one (nearly all text) needs no scoring. */
const EVIDENCE = new RegExp(`[${[...TCVN3_SYMBOLS, ...VNI_PAIR_MARKS].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'u');

export const mayBeLegacy = (text: string): boolean => EVIDENCE.test(text);

export function scoreLegacy(text: string): LegacyScore {
  return {
    tcvn3: countInsideWords(text, TCVN3_SYMBOLS),
    vni: countVniPairs(text),
    unicode: text.match(UNICODE_ONLY)?.length ?? 0,
  };
}

/**
 * The legacy encoding a text is clearly in, or undefined. "Clearly": several
 * legacy-only characters and many more of them than Unicode-only letters
 * (German or French words give one or two VNI-looking letters, not a run).
 */
export function detectLegacy(text: string, minimum = 3): LegacyEncoding | undefined {
  if (!mayBeLegacy(text)) return undefined;
  return legacyOfScore(scoreLegacy(text), minimum);
}

/** detectLegacy on a text already scored. */
export function legacyOfScore(score: LegacyScore, minimum = 3): LegacyEncoding | undefined {
  const best: LegacyEncoding = score.tcvn3 >= score.vni ? 'tcvn3' : 'vni';
  const n = score[best];
  if (n < minimum || n < 4 * score.unicode) return undefined;
  return best;
}

/** Decode TCVN3 seen as cp1252 into Unicode pieces (one input char → one piece). */
export function decodeTcvn3(text: string): DecodedPiece[] {
  return [...text].map((c) => ({ text: TCVN3.get(c) ?? c, length: c.length }));
}

/** Decode VNI seen as cp1252, greedily (base + mark before single bytes). */
export function decodeVni(text: string): DecodedPiece[] {
  const pieces: DecodedPiece[] = [];
  let i = 0;
  while (i < text.length) {
    let matched = false;
    for (let len = Math.min(VNI_LONGEST, text.length - i); len >= 1; len--) {
      const decoded = VNI.get(text.slice(i, i + len));
      if (decoded !== undefined) {
        pieces.push({ text: decoded, length: len });
        i += len;
        matched = true;
        break;
      }
    }
    if (!matched) {
      pieces.push({ text: text[i], length: 1 });
      i += 1;
    }
  }
  return pieces;
}

export function decodeLegacy(text: string, encoding: LegacyEncoding): DecodedPiece[] {
  return encoding === 'tcvn3' ? decodeTcvn3(text) : decodeVni(text);
}
