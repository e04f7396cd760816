/**
 * Value columns set as COUNT | SHARE pairs under one heading each ("Cấp
 * huyện" over "Số lượng | Tỷ lệ (%)", then "Cấp xã", "Toàn huyện" over the
 * same pair): each share column is the share of the row's count in its own
 * pair, read as a lone count | share pair is (the share of a sub-row's count
 * in the row it breaks down). Only pairs whose headings above the leaf are the
 * same, the count's leaf no share, the share's leaf a bare share ("Tỷ lệ (%)",
 * "%"); a share that names what it is of ("Tỷ lệ trực tuyến") is read alone.
 */
import type { Level } from '../model/schemas.js';
import { isTotalLabel } from './dimensions.js';
import { foldDiacritics } from './fold.js';
import { levelsIn } from './levels.js';

/** A leaf that says no more than "share" ("Tỷ lệ", "Tỷ lệ (%)", "%"), folded. */
export const BARE_SHARE = /^(?:ty le(?:\s*\(%\))?|\(?%\)?)$/;

const leafOf = (parts: readonly string[]) => foldDiacritics((parts.at(-1) ?? '').replace(/\s+/g, ' ').trim()).toLowerCase();

export interface SharePair {
  count: number;
  /** The level the pair's heading names ('' the unit's own total, "Toàn huyện"); undefined when it names none. */
  level?: Level;
}

/** Header lines with a unit wrapped onto a line of its own ("Số lượng" / "(hồ sơ)", a PDF cell) joined to the line above. */
function withUnitLines(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (out.length > 0 && /^\([^()]*\)$/.test(part.trim())) out.push(`${out.pop()} ${part.trim()}`);
    else out.push(part);
  }
  return out;
}

/** The level a pair's heading names, read from the lowest heading up. */
function headingLevel(parts: readonly string[]): Level | undefined {
  for (const part of [...parts].reverse()) {
    const levels = levelsIn(part);
    if (levels.length === 1) return levels[0];
    if (isTotalLabel(part)) return '';
  }
  return undefined;
}

/**
 * The columns of two or more count | share pairs, each share column with its count column and both with the level
 * their heading names; empty when the values are not so paired.
 */
export function pairedShares(values: readonly number[], headerParts: ReadonlyMap<number, readonly string[]>, isCount: (c: number) => boolean): { shares: Map<number, SharePair>; levels: Map<number, Level> } {
  const shares = new Map<number, SharePair>();
  const levels = new Map<number, Level>();
  const partsOf = (c: number) => withUnitLines(headerParts.get(c) ?? []);
  const above = (c: number) => partsOf(c).slice(0, -1).join(' | ');
  for (let k = 0; k + 1 < values.length; k++) {
    const [count, share] = [values[k], values[k + 1]];
    const [countParts, shareParts] = [partsOf(count), partsOf(share)];
    if (countParts.length < 2 || above(count) !== above(share) || !isCount(count) || BARE_SHARE.test(leafOf(countParts)) || !BARE_SHARE.test(leafOf(shareParts))) continue;
    const level = headingLevel(countParts.slice(0, -1));
    shares.set(share, { count, ...(level !== undefined ? { level } : {}) });
    if (level !== undefined) [count, share].forEach((c) => levels.set(c, level));
    k++;
  }
  return shares.size >= 2 ? { shares, levels } : { shares: new Map(), levels: new Map() };
}
