/**
 * The words that name an administrative unit's kind ("huyện", "thị xã",
 * "phường" …) and the level each stands for: one list for every reader of
 * unit names (report metadata, a headline's unit, the parent unit, a named
 * body in the document tree).
 */
import type { Level } from '../model/schemas.js';
import { escapeRegExp } from './number-words.js';
import { CENTRAL_CITIES, provinceName } from './provinces.js';

export type UnitLevel = Exclude<Level, ''>;

export const UNIT_WORDS: ReadonlyArray<readonly [word: string, level: UnitLevel]> = [
  ['tỉnh', 'province'],
  ['thành phố', 'district'], ['huyện', 'district'], ['quận', 'district'], ['thị xã', 'district'],
  ['xã', 'commune'], ['phường', 'commune'], ['thị trấn', 'commune'], ['đặc khu', 'commune'],
];

export const LEVEL_RANK: Readonly<Record<UnitLevel, number>> = { commune: 1, district: 2, province: 3 };

export type LetterCase = 'lower' | 'capitalised' | 'capitals';

/**
 * A regex alternation of `words` in the cases given ("huyện", "Huyện",
 * "HUYỆN"), longest first ("thị xã" before "xã"), a space matching any white
 * space. No /i on the pattern it goes into: that would make \p{Lu} match lower case.
 */
export function caseAlternation(words: readonly string[], cases: readonly LetterCase[] = ['lower', 'capitalised', 'capitals']): string {
  const forms = (w: string): string[] =>
    cases.map((c) => (c === 'lower' ? w : c === 'capitals' ? w.toLocaleUpperCase('vi') : w[0].toLocaleUpperCase('vi') + w.slice(1)));
  return [...new Set(words.flatMap(forms))]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, String.raw`\s+`))
    .join('|');
}

/** The level a unit word names (any case, any spacing), with the word as listed; a centrally-run city is a province. */
export function unitLevelOf(word: string, name: string): { level: Level; word: string } {
  const canonical = word.toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  const level = UNIT_WORDS.find(([w]) => w === canonical)?.[1] ?? '';
  if (canonical === 'thành phố' && (CENTRAL_CITIES as readonly string[]).includes(provinceName(name) ?? '')) return { level: 'province', word: canonical };
  return { level, word: level ? canonical : word };
}

/** A name written in capitals, as a header writes it ("THỌ XUÂN" → "Thọ Xuân"). */
export function titleCase(name: string): string {
  return name.toLocaleLowerCase('vi').replace(/(^|\s)(\p{L})/gu, (_m, sp: string, c: string) => sp + c.toLocaleUpperCase('vi'));
}
