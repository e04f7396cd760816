/**
 * The pattern template language of rule files, compiled to a JS RegExp that
 * runs over a "token line": the sentence's tokens in match form, each
 * followed by one space, numbers and periods replaced by typed placeholders
 * (`⟦N3⟧ ` = number token 3 of the sentence, a plain count). Authors never
 * write regex quantifiers: gaps are bounded, so matching stays cheap.
 *
 *   literal words       hồ sơ đã giải quyết   (case and tone placement folded)
 *   {list}  {list?}     a word list (alternation, longest first) / optional
 *   {not:list}          the next words are none of the list
 *   {not_after:list}    the words just before are none of the list
 *   {gap:0-5} {gap:3}   0..5 (0..3) tokens, never a figure, ';' or "trong đó", nearest first
 *   {words:0-3}         0..3 words: like a gap, but never punctuation either
 *   {NUM} {PCT} {MONEY} {RATIO}          a number slot yielding the rule's indicator
 *   {NUM:key} {RATIO:key/key} {PCT:_}    yielding another catalogue key / nothing
 *   {PERIOD}            a date or period ("năm 2015", "giai đoạn 2016 - 2020"); yields nothing
 */
import { escapeRegExp } from '../../parse/number-words.js';
import { matchForm } from '../../text/match-form.js';
import { tokenize } from './tokens.js';

export const SLOT_KINDS = { NUM: 'N', PCT: 'P', MONEY: 'M', RATIO: 'R' } as const;
export type SlotKind = keyof typeof SLOT_KINDS;
/** Placeholder letters: the four slot kinds, plus T (time span "3 tháng"), D (date or period), X (malformed number). */
export type PlaceholderLetter = (typeof SLOT_KINDS)[SlotKind] | 'T' | 'D' | 'X';

export interface Slot {
  group: string; // named capture group holding the number index
  kind: SlotKind;
  /** Indicator for the value (or the numerator of a ratio); null = matched, yields nothing. */
  target: string | null;
  /** RATIO only: indicator for the denominator. */
  denominatorTarget: string | null;
}

export interface CompiledPattern {
  source: string;
  regex: RegExp;
  slots: Slot[];
  /**
   * What any match needs on the token line: for each literal word, non-optional
   * list and number slot, the whole tokens one of which must be there (a slot's
   * is its placeholder kind, `⟦N`). prefilter.ts skips a pattern whose needs a
   * sentence lacks without running its regex.
   */
  needs: string[][];
}

const ELEMENT = /\{([^{}]*)\}/g;
// A gap never crosses a figure, a ';' or "trong đó" (what follows is a part, not this figure).
const GAP_TOKEN = '(?:(?!⟦[NPMR]|; |trong đó )\\S+ )';
// "Tỷ lệ đúng hạn của 02 đơn vị cũ", "của 9 xã, phường": a count of bodies or places after "của" says whose the
// figure is; it is never the figure a slot yields (a pattern may still name it with a slot that yields nothing).
const WHOSE_COUNT = '(?!(?<=(?<![^ ])của )⟦N\\d+⟧ (?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh|đơn vị|cơ quan|phòng|sở) )';
const WORD_TOKEN = '(?:(?!⟦|trong đó )[\\p{L}\\p{N}]\\S* )';

/** A phrase as it appears on a token line: tokens in match form, each followed by a space. */
export function phraseSource(phrase: string): string {
  return tokenize(phrase)
    .map((t) => escapeRegExp(matchForm(t.text)) + ' ')
    .join('');
}

/** Alternation of a word list, longest phrase first so a short variant never shadows a long one. */
export function listSource(phrases: readonly string[]): string {
  const expanded = [...new Set(phrases.flatMap((p) => p.split('|')).map((p) => phraseSource(p.trim())))];
  expanded.sort((a, b) => b.length - a.length);
  return `(?:${expanded.join('|')})`;
}

/** The first token (match form) of each phrase of a list; null when a phrase is empty (the list may match nothing). */
function firstWords(phrases: readonly string[]): string[] | null {
  const first = phrases.flatMap((p) => p.split('|')).map((p) => tokenize(p.trim())[0]);
  if (first.some((t) => t === undefined)) return null;
  return [...new Set(first.map((t) => matchForm(t!.text)))];
}

export class TemplateError extends Error {}

/**
 * Compile one pattern. `lists` resolves word-list names; `defaultTarget` is
 * the rule's indicator. Throws TemplateError naming the faulty element.
 */
export function compilePattern(source: string, lists: ReadonlyMap<string, readonly string[]>, defaultTarget: string): CompiledPattern {
  const slots: Slot[] = [];
  const needs: string[][] = [];
  let out = '(?<![^ ])';
  let last = 0;
  const literal = (text: string) => {
    if (!text.trim()) return;
    out += phraseSource(text);
    for (const t of tokenize(text)) needs.push([matchForm(t.text)]);
  };
  const phrasesOf = (name: string) => {
    const phrases = lists.get(name);
    if (!phrases) throw new TemplateError(`unknown word list {${name}} in pattern "${source}"`);
    return phrases;
  };
  const list = (name: string) => listSource(phrasesOf(name));
  for (const m of source.matchAll(ELEMENT)) {
    literal(source.slice(last, m.index));
    last = m.index + m[0].length;
    const body = m[1].trim();
    let g: RegExpMatchArray | null;
    if ((g = body.match(/^(gap|words):(?:(\d+)-)?(\d+)$/))) {
      const min = g[2] === undefined ? 0 : Number(g[2]);
      const max = Number(g[3]);
      if (min > max || max > 30) throw new TemplateError(`${g[1]} {${body}} must be a-b with a ≤ b ≤ 30 in "${source}"`);
      out += `${g[1] === 'gap' ? GAP_TOKEN : WORD_TOKEN}{${min},${max}}?`;
    } else if ((g = body.match(/^not:([a-z_][a-z0-9_]*)$/))) {
      out += `(?!${list(g[1])})`;
    } else if ((g = body.match(/^not_after:([a-z_][a-z0-9_]*)$/))) {
      // A phrase of the list that ends right before and starts at a word boundary.
      out += `(?<!(?<![^ ])${list(g[1])})`;
    } else if ((g = body.match(/^(NUM|PCT|MONEY|RATIO)(?::([^/]+)(?:\/(.+))?)?$/))) {
      const kind = g[1] as SlotKind;
      const target = g[2] === undefined ? defaultTarget : g[2] === '_' ? null : g[2];
      if (g[3] !== undefined && kind !== 'RATIO') throw new TemplateError(`only RATIO takes a denominator key: {${body}} in "${source}"`);
      const denominatorTarget = g[3] === undefined || g[3] === '_' ? null : g[3];
      const group = `s${slots.length}`;
      slots.push({ group, kind, target, denominatorTarget });
      out += `${kind === 'NUM' && target !== null ? WHOSE_COUNT : ''}⟦${SLOT_KINDS[kind]}(?<${group}>\\d+)⟧ `;
      needs.push([`⟦${SLOT_KINDS[kind]}`]);
    } else if (body === 'PERIOD') {
      out += '⟦D\\d+⟧ ';
      needs.push(['⟦D']);
    } else if ((g = body.match(/^([a-z_][a-z0-9_]*)(\?)?$/))) {
      out += g[2] ? `${list(g[1])}?` : list(g[1]);
      if (!g[2]) {
        const first = firstWords(phrasesOf(g[1]));
        if (first) needs.push(first);
      }
    } else {
      throw new TemplateError(`unknown element {${body}} in pattern "${source}"`);
    }
  }
  literal(source.slice(last));
  if (slots.length === 0) throw new TemplateError(`pattern has no number slot: "${source}"`);
  return { source, regex: new RegExp(out, 'gu'), slots, needs };
}
