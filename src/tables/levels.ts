/**
 * Administrative levels named in table labels: "cấp huyện", "do UBND cấp
 * xã", "- Cấp huyện", "Tại cấp xã", "Số TTHC cấp huyện:"; a thị xã or quận
 * is a district-level unit ("Cấp thị xã").
 */
import type { Level } from '../model/schemas.js';
import { foldDiacritics, foldedTokens } from './fold.js';

const LEVEL_WORDS: ReadonlyArray<[string, Level]> = [
  ['huyen', 'district'],
  ['thi xa', 'district'],
  ['quan', 'district'],
  ['xa', 'commune'],
  ['tinh', 'province'],
];

/** "(do|tại|của|ở) (UBND) cấp huyện" in folded text. */
const LEVEL_PHRASE = /(?:\b(?:do|tai|cua|o|thuoc)\s+)?(?:\b(?:ubnd|uy ban nhan dan)\s+)?\bcap\s+(huyen|thi xa|quan|xa|tinh)\b/g;

const CITY_LEVEL_PHRASE = /\bcap\s+thanh pho\b/;

/**
 * The distinct levels a text names, in order of first appearance. `cityLevel`: the level "cấp thành phố" names,
 * given only in a city's own report (a centrally-run city's level is the province's); elsewhere it names none.
 */
export function levelsIn(text: string, cityLevel?: Level): Level[] {
  const out: Level[] = [];
  const folded = foldDiacritics(text);
  for (const m of folded.matchAll(LEVEL_PHRASE)) {
    const level = LEVEL_WORDS.find(([w]) => w === m[1])?.[1];
    if (level && !out.includes(level)) out.push(level);
  }
  if (cityLevel && CITY_LEVEL_PHRASE.test(folded) && !out.includes(cityLevel)) out.push(cityLevel);
  return out;
}

/** Level phrases for matching, also "thuộc UBND huyện", "của UBND phường" (a level of the office, not read as the row's level). */
const LEVEL_PHRASE_LOOSE = /(?:\b(?:do|tai|cua|o|thuoc)\s+)?(?:\b(?:ubnd|uy ban nhan dan)\s+(?:cap\s+)?(?:huyen|xa|tinh|phuong|thi tran|quan|thi xa|thanh pho)\b|\bcap\s+(?:huyen|thi xa|quan|xa|tinh)\b)/g;

/**
 * `text` without its level phrases, diacritics folded (for matching: the level
 * is read separately, the meaning must not depend on it). `keepOwner`: a phrase
 * led by "thuộc" leaves that word, since "units under the committee" is a part
 * of the units of the area ("Số ĐVSNCL thuộc UBND cấp huyện" under "Tổng số ĐVSNCL").
 */
export function stripLevelPhrases(text: string, keepOwner = false): string {
  return foldDiacritics(text).replace(LEVEL_PHRASE_LOOSE, (phrase) => (keepOwner && /^thuoc\b/.test(phrase) ? ' thuoc ' : ' '));
}

/** Words a level sub-row may carry besides the level itself ("- Tại cấp huyện", "Số TTHC cấp xã:"). */
const MARKER_FILLER = new Set(['so', 'luong', 'tai', 'o', 'trong', 'do', 'ubnd']);

/**
 * When `label` is only a level marker (possibly repeating words of its parent
 * row, as in "Số TTHC cấp huyện:" under "Tổng số TTHC đang áp dụng"), its level.
 */
export function levelMarker(label: string, parentLabel = ''): Level | undefined {
  const levels = levelsIn(label);
  if (levels.length !== 1) return undefined;
  const parentTokens = new Set(foldedTokens(parentLabel));
  const rest = foldedTokens(stripLevelPhrases(label));
  return rest.every((t) => MARKER_FILLER.has(t) || parentTokens.has(t)) ? levels[0] : undefined;
}
