/**
 * The normalise stage: repairs each line's raw text into `line.text`, keeping
 * for every repaired character the index in `raw` it came from (rawIndex), so
 * evidence can always be traced to what the reader saw. Each repair step is a
 * function MappedText → MappedText with its own tests; what a report needed is
 * recorded in report.textRepair.
 */
import type { Report, SourceLine } from '../model/report.js';
import { reindexPage } from '../model/report.js';
import type { Stage } from '../pipeline.js';
import { footnoteAnchorsOf } from './footnote-refs.js';
import { markFootnotes } from './footnotes.js';
import { type DecodedPiece, type LegacyEncoding, decodeLegacy, detectLegacy, legacyOfScore, mayBeLegacy, scoreLegacy } from './legacy.js';
import { isVietnameseSyllable } from './syllable.js';

/** Text with, for each character, its index in the raw text (index has text.length + 1 entries). */
export interface MappedText {
  text: string;
  index: number[];
}

const syllableCache = new Map<string, boolean>();
/** Syllable checks repeat the same few thousand words: remember them. */
function isSyllable(word: string): boolean {
  let known = syllableCache.get(word);
  if (known === undefined) {
    known = isVietnameseSyllable(word);
    if (syllableCache.size < 50_000) syllableCache.set(word, known);
  }
  return known;
}

export function unmapped(raw: string): MappedText {
  const index = new Array<number>(raw.length + 1);
  for (let i = 0; i <= raw.length; i++) index[i] = i;
  return { text: raw, index };
}

/** Append source.index[from, to) to index (a loop: spreading a long line's slice overflows the stack). */
function copyIndex(index: number[], source: number[], from: number, to: number): void {
  for (let i = from; i < to; i++) index.push(source[i]);
}

/**
 * Replace every match of `pattern` (global) by `replace(match)`. A replacement
 * of the same length maps character by character; otherwise every new
 * character maps to where the match started.
 */
export function rewrite(source: MappedText, pattern: RegExp, replace: (match: RegExpExecArray) => string): MappedText {
  // Most lines need no repair: don't copy them. (test() moves lastIndex, which matchAll would start from.)
  pattern.lastIndex = 0;
  const any = pattern.test(source.text);
  pattern.lastIndex = 0;
  if (!any) return source;
  let text = '';
  const index: number[] = [];
  let last = 0;
  for (const match of source.text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    text += source.text.slice(last, start);
    copyIndex(index, source.index, last, start);
    const replacement = replace(match);
    text += replacement;
    for (let i = 0; i < replacement.length; i++) {
      index.push(source.index[replacement.length === match[0].length ? start + i : start]);
    }
    last = end;
  }
  text += source.text.slice(last);
  copyIndex(index, source.index, last, source.index.length);
  return { text, index };
}

function fromPieces(source: MappedText, pieces: DecodedPiece[]): MappedText {
  let text = '';
  const index: number[] = [];
  let at = 0;
  for (const piece of pieces) {
    text += piece.text;
    for (let i = 0; i < piece.text.length; i++) index.push(source.index[at]);
    at += piece.length;
  }
  index.push(source.index[source.text.length]);
  return { text, index };
}

const PRIVATE_USE = /[\uF020-\uF0FF]/gu;

/** Symbol-font text extracted as Private Use Area U+F020–U+F0FF (the byte + 0xF000). */
export function fixPrivateUse(source: MappedText): MappedText {
  return rewrite(source, PRIVATE_USE, ([c]) => String.fromCharCode(c.charCodeAt(0) - 0xf000));
}

export function decodeLegacyText(source: MappedText, encoding: LegacyEncoding): MappedText {
  return fromPieces(source, decodeLegacy(source.text, encoding));
}

/**
 * Glyph faults of Vietnamese PDFs whose fonts map a letter to a look-alike:
 * ơ/ư drawn from Latin Extended-B "oi" letters (ƣ Ƣ for ư Ư), eth for đ
 * inside words, and typographic ligatures.
 */
const GLYPHS: Record<string, string> = {
  '\u01A3': 'ư', '\u01A2': 'Ư', // ƣ Ƣ (LATIN LETTER OI)
  'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st',
};
const ETH: Record<string, string> = { 'ð': 'đ', 'Ð': 'Đ' };

const GLYPH_CHARS = new RegExp(`[${Object.keys(GLYPHS).join('')}]`, 'gu');
// Eth only where it starts a Vietnamese-looking word (ðồng, Ðiều); Icelandic text is not our input.
const ETH_BEFORE_LETTER = /[ðÐ](?=[\p{L}\p{M}])/gu;

export function fixGlyphs(source: MappedText): MappedText {
  const glyphs = rewrite(source, GLYPH_CHARS, ([c]) => GLYPHS[c]);
  return rewrite(glyphs, ETH_BEFORE_LETTER, ([c]) => ETH[c]);
}

// Patterns with \p{…} live at module level: tsx (esbuild) compiles such a literal to `new RegExp(…)`,
// which inside a function is rebuilt on every call.
const COMBINING_SEQUENCE = /\P{M}?\p{M}+|[^\p{M}]/gu;

/** NFC, applied per combining sequence so unchanged text keeps its mapping. */
export function composeNfc(source: MappedText): MappedText {
  if (source.text.normalize('NFC') === source.text) return source;
  return rewrite(source, COMBINING_SEQUENCE, ([s]) => s.normalize('NFC'));
}

const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu;
const INVISIBLES = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/** NBSP and other Unicode spaces become ' '; zero-width characters, BOM and soft hyphens go. */
export function cleanInvisibles(source: MappedText): MappedText {
  const spaces = rewrite(source, ODD_SPACES, () => ' ');
  return rewrite(spaces, INVISIBLES, () => '');
}

/**
 * Spaces a bad PDF put inside a word: before a combining mark always; between
 * two letter runs only when one of them is no Vietnamese syllable on its own
 * but together they are one ("ĐIỀ U" → "ĐIỀU", "đ ến" → "đến"; "ho a" stays).
 */
export function joinSplitSyllables(source: MappedText): MappedText {
  const marks = rewrite(source, SPACES_BEFORE_MARK, () => '');
  const joins = new Set<number>();
  // Between two space-separated tokens: the fragment the left one ends with and the one the right one starts with.
  const tokens = marks.text.split(' ');
  let space = -1;
  let left = edgesOf(tokens[0]);
  for (let i = 1; i < tokens.length; i++) {
    space += tokens[i - 1].length + 1;
    const right = edgesOf(tokens[i]);
    if (left.last && right.first && joinsUp(left.last, right.first)) joins.add(space);
    left = right;
  }
  return joins.size === 0 ? marks : remove(marks, joins);
}

const SPACES_BEFORE_MARK = / +(?=\p{M})/gu;
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;
const FRAGMENT = /^\p{L}[\p{L}\p{M}]*$/u;

/** A whole run of letters, marks and digits that starts with a letter and holds no digit. */
interface Fragment {
  run: string;
  syllable: boolean;
}

/** The fragments a token offers its neighbours: the run it starts with and the run it ends with. */
interface TokenEdges {
  first?: Fragment;
  last?: Fragment;
}

const fragment = (run: string): Fragment | undefined => (FRAGMENT.test(run) ? { run, syllable: isSyllable(run) } : undefined);

const edgesCache = new Map<string, TokenEdges>();
/** Tokens repeat as much as words do: work their edges out once. */
function edgesOf(token: string): TokenEdges {
  let edges = edgesCache.get(token);
  if (edges === undefined) {
    const runs = [...token.matchAll(WORD_RUN)];
    const first = runs[0];
    const last = runs[runs.length - 1];
    edges = {
      first: first?.index === 0 ? fragment(first[0]) : undefined,
      last: last !== undefined && last.index + last[0].length === token.length ? fragment(last[0]) : undefined,
    };
    if (edgesCache.size < 50_000) edgesCache.set(token, edges);
  }
  return edges;
}

/** One space too many: the two fragments are no pair of syllables, but together they are one. */
const joinsUp = (left: Fragment, right: Fragment) => !(left.syllable && right.syllable) && isSyllable(left.run + right.run);

/** The text without the characters at these positions. */
function remove(source: MappedText, positions: ReadonlySet<number>): MappedText {
  let text = '';
  const index: number[] = [];
  let last = 0;
  for (const at of [...positions].sort((a, b) => a - b)) {
    text += source.text.slice(last, at);
    copyIndex(index, source.index, last, at);
    last = at + 1;
  }
  text += source.text.slice(last);
  copyIndex(index, source.index, last, source.index.length);
  return { text, index };
}

export interface RepairResult extends MappedText {
  /** What was repaired (textRepair tags). */
  repairs: Set<string>;
}

/** One repair step; `tag` goes into `repairs` when it changed the text. */
function step(source: MappedText, repairs: Set<string>, tag: string, repair: (m: MappedText) => MappedText): MappedText {
  const next = repair(source);
  if (next.text !== source.text) repairs.add(tag);
  return next;
}

/** What the character-level steps act on: a line with none of it (nearly every line) skips them. */
const CHARACTER_FAULT = new RegExp([PRIVATE_USE, GLYPH_CHARS, ETH_BEFORE_LETTER, ODD_SPACES, INVISIBLES].map((p) => p.source).join('|'), 'u');

/** Repair one string; `legacy` = the legacy encoding to decode it from, if any. */
export function repairText(raw: string, legacy?: LegacyEncoding): RepairResult {
  const repairs = new Set<string>();
  let current = unmapped(raw);
  if (legacy || CHARACTER_FAULT.test(raw)) {
    current = step(current, repairs, 'pua', fixPrivateUse);
    // Legacy decoding comes before cleanup: TCVN3 'ư' is the soft hyphen 0xAD.
    if (legacy) current = step(current, repairs, legacy, (m) => decodeLegacyText(m, legacy));
    current = step(current, repairs, 'glyph', fixGlyphs);
    current = step(current, repairs, 'spacing', cleanInvisibles);
  }
  current = step(current, repairs, 'spacing', joinSplitSyllables);
  // Last: removing a soft hyphen or a space can bring a letter and its combining mark together.
  current = step(current, repairs, 'nfc', composeNfc);
  // A literal: spreading `current` took a quarter of repairText's time.
  return { text: current.text, index: current.index, repairs };
}

/** Which lines are in a legacy encoding: the whole report when it clearly is, else line by line. */
function legacyOf(report: Report): (line: SourceLine) => LegacyEncoding | undefined {
  const raws = report.pages.flatMap((p) => p.lines.map((l) => l.raw));
  // Nearly every report is plain Unicode: one look for a legacy character settles it.
  if (!raws.some(mayBeLegacy)) return () => undefined;
  const documentEncoding = detectLegacy(raws.join('\n'));
  return (line) => {
    if (!documentEncoding && !mayBeLegacy(line.raw)) return undefined;
    const score = scoreLegacy(line.raw);
    if (documentEncoding && score.unicode === 0) return documentEncoding;
    return legacyOfScore(score, 2);
  };
}

export function normaliseReport(report: Report): void {
  const legacyOfLine = legacyOf(report);
  for (const page of report.pages) {
    for (const line of page.lines) {
      const legacy = legacyOfLine(line);
      const repaired = repairText(line.raw, legacy);
      line.text = repaired.text;
      const identity = repaired.text === line.raw;
      if (identity) delete line.rawIndex;
      else line.rawIndex = repaired.index;
      if (line.cells) line.cells = line.cells.map((cell) => repairText(cell, legacy).text);
      for (const tag of repaired.repairs) report.textRepair.add(tag);
    }
    reindexPage(page);
  }
  markFootnotes(report);
  report.footnoteAnchors = footnoteAnchorsOf(report);
}

export const normalise: Stage = { name: 'normalise', run: normaliseReport };
