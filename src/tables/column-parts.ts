/**
 * Columns that break down a whole column beside or above them, in a table
 * read by column (units, periods, fields as rows):
 *
 * - level leaves right of a whole ("Tổng số TTHC | Trong đó: Cấp tỉnh / Cấp
 *   huyện / Cấp xã") count what the whole counts, at their levels; their own
 *   words name nothing else;
 * - other leaves under a heading that has its own "Tổng số" leaf ("Số hồ sơ
 *   nhận giải quyết: Tổng số | Trong đó: Trực tuyến / …") are parts of that
 *   total, never the total itself;
 * - a rank leaf ("Xếp hạng") ranks the result beside it: the PAR index's
 *   rank when it or the column on its left reads as the index, no figure
 *   when that result is anything else (a SIPAS score, a share).
 */
import { foldDiacritics, foldedTokens, withoutBrackets } from './fold.js';
import { matchLabel } from './labels.js';
import { levelsIn, stripLevelPhrases } from './levels.js';
import { isTotalLabel } from './dimensions.js';

/** Headings that only say a breakdown follows. */
const BREAKDOWN = /^(?:trong do|chia ra|bao gom|gom)\s*:?$/;

/** What a header's parts say: brackets and breakdown headings left out. */
const said = (parts: readonly string[]) => parts.map(withoutBrackets).filter((p) => p !== '' && !BREAKDOWN.test(foldDiacritics(p)));

/** A header whose words, breakdown headings aside, name one level and nothing more ("Trong đó" / "Cấp huyện"). */
function namesLevelOnly(parts: readonly string[]): boolean {
  const text = said(parts).join(' ');
  return levelsIn(text).length === 1 && foldedTokens(stripLevelPhrases(text)).length === 0;
}

const named = (meaning: string | undefined) => (meaning ? matchLabel(meaning).indicator : '');

/** Level-only columns right after a column that names an indicator take that column's meaning (their level comes from their header). */
export function levelColumnsOfWhole(values: readonly number[], meanings: Map<number, string>, headerParts: ReadonlyMap<number, readonly string[]>): void {
  let whole = '';
  for (const c of values) {
    const parts = headerParts.get(c) ?? [];
    if (!namesLevelOnly(parts)) {
      whole = levelsIn(parts.join(' ')).length === 0 && named(meanings.get(c)) !== '' ? meanings.get(c)! : '';
    } else if (whole !== '') {
      meanings.set(c, whole);
    }
  }
}

/**
 * Leaves under a heading with its own total leaf that read as that total's
 * indicator are read again without it (`reread`); a leaf naming a level or
 * a period, or a total of its own, is left as it is.
 */
export function partsOfTotals(
  meanings: Map<number, string>,
  headerParts: ReadonlyMap<number, readonly string[]>,
  namesPeriod: (parts: readonly string[]) => boolean,
  reread: (column: number, not: string) => string,
): void {
  const totals = [...headerParts].filter(([c, parts]) => parts.length >= 2 && isTotalLabel(parts.at(-1)!) && named(meanings.get(c)) !== '');
  for (const [t, total] of totals) {
    const heading = total.slice(0, -1);
    const whole = named(meanings.get(t));
    for (const [c, parts] of headerParts) {
      if (c === t || parts.length <= heading.length || heading.some((p, i) => parts[i] !== p)) continue;
      const below = parts.slice(heading.length);
      if (isTotalLabel(below.at(-1)!) || levelsIn(below.join(' ')).length > 0 || namesPeriod(below)) continue;
      if (named(meanings.get(c)) === whole) meanings.set(c, reread(c, whole));
    }
  }
}

/** The wording a rank of the PAR index is read by. */
const INDEX_RANK = 'Xếp hạng Chỉ số CCHC';

/** Rank columns read as the PAR index's rank beside the index, as nothing beside any other result. */
export function rankColumns(values: readonly number[], meanings: Map<number, string>, isRank: (column: number) => boolean): void {
  values.forEach((c, i) => {
    if (!isRank(c)) return;
    const ranksIndex = [meanings.get(c), i > 0 ? meanings.get(values[i - 1]) : ''].some((m) => named(m).startsWith('par_index.'));
    meanings.set(c, ranksIndex ? INDEX_RANK : '');
  });
}
