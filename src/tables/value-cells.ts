/**
 * Value cells that carry more than one number: the unit written after the
 * number ("119 thủ tục", "2.418 hồ sơ", "86,12 điểm"), a rank among n
 * ("thứ 5/21"), a count and its rate under a unit pair ("1.369 / 99,85"
 * under "Hồ sơ/%"), a count with its rate in brackets ("1.980 (81,6%)"),
 * a total with its parts by level in brackets ("540 hồ sơ (cấp huyện: 200; cấp xã: 340)").
 */
import { foldDiacritics } from './fold.js';
import { parseCellNumber } from './numbers.js';

export interface CellValue {
  /** The number as written ("2.418"). */
  value: string;
  /** The unit the cell names ('' when none). */
  unit: string;
}

/** Words after a number that name a time or a level, not a unit: "6 tháng" is a period label, "159, cấp xã" part of level values. */
const NOT_UNIT = /^(thang|nam|quy|ngay|tuan|gio|ky|dot|lan thu|cap)\b/;
const NUMBER_THEN_WORDS = /^(\d(?:[\d.,]*\d)?)\s+(\p{L}+(?:\s+\p{L}+)?)\.?$/u;
/** "thứ 5/21", "Thứ 12": a rank (the number after the slash is how many were ranked). */
const RANK = /^thứ\s+(\d{1,3})(?:\s*\/\s*\d{1,3})?$/iu;
/** "5/11" alone: a rank among the units ranked (never more than the count after the slash). */
const BARE_RANK = /^(\d{1,3})\s*\/\s*(\d{1,3})$/;

/** The number and unit of a cell that writes its unit after the number, or a rank; undefined otherwise. */
export function unitValue(text: string): CellValue | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  const rank = RANK.exec(t);
  if (rank) return { value: rank[1], unit: '' };
  const bare = BARE_RANK.exec(t);
  if (bare && Number(bare[1]) >= 1 && Number(bare[1]) <= Number(bare[2])) return { value: bare[1], unit: '' };
  const m = NUMBER_THEN_WORDS.exec(t);
  if (!m || parseCellNumber(m[1]) === undefined || NOT_UNIT.test(foldDiacritics(m[2]))) return undefined;
  return { value: m[1], unit: m[2] };
}

const PAIR = /^(\d[\d.,]*)\s*[/;]\s*(\d[\d.,]*)\s*%?$/;
const UNIT_PAIR = /^(.+?)\s*\/\s*%$/;

/**
 * A count and its rate in one cell under a unit pair ("Hồ sơ/%"), or with the
 * rate in brackets ("1.980 (81,6%)", whatever the unit cell): the count with
 * the first unit, the rate with '%'; undefined when the cell is no such pair.
 */
export function countAndRate(value: string, unit: string): [CellValue, CellValue] | undefined {
  const bracketed = bracketedRate(value, unit);
  if (bracketed) return bracketed;
  const cell = PAIR.exec(value.trim());
  const units = UNIT_PAIR.exec(unit.trim());
  if (!cell || !units || parseCellNumber(cell[1]) === undefined || parseCellNumber(cell[2]) === undefined) return undefined;
  return [{ value: cell[1], unit: units[1] }, { value: cell[2], unit: '%' }];
}

/** "1.980 (81,6%)": a count and, in brackets, its rate marked as a percent. */
const BRACKETED_RATE = /^(\d[\d.,]*)\s*\(\s*(\d[\d.,]*)\s*%\s*\)$/;

/** The share's mark left in a count-and-share unit cell ("Hồ sơ (%)", "Hồ sơ, %"): the count's unit is the rest. */
const SHARE_MARK = /\s*[,;(]?\s*%\s*\)?\s*$/;

/** A count with its rate in brackets ("1.980 (81,6%)"): the count with `unit` (its share mark dropped), the rate with '%'; undefined otherwise. */
export function bracketedRate(value: string, unit = ''): [CellValue, CellValue] | undefined {
  const cell = BRACKETED_RATE.exec(value.trim());
  if (!cell || parseCellNumber(cell[1]) === undefined || parseCellNumber(cell[2]) === undefined) return undefined;
  return [{ value: cell[1], unit: unit.replace(SHARE_MARK, '').trim() }, { value: cell[2], unit: '%' }];
}

/** A label naming a count and its rate ("Số hồ sơ giải quyết đúng hạn, tỷ lệ"): what the count and the rate each read as. */
export function countAndRateLabels(label: string): { count: string; rate: string } {
  // "… (số lượng, tỷ lệ)": the bracket says only that a count and its share follow.
  const count = label.replace(/\s*\(\s*(?:số\s+lượng|số\s+hồ\s+sơ|sl)\s*(?:[,;/]|và)\s*(?:tỷ\s+lệ|tl)\s*%?\s*\)\s*$/iu, '').replace(/\s*[,;(]?\s*(?:và\s+)?tỷ\s+lệ\s*(?:%\s*)?\)?\s*$/iu, '').trim();
  return { count, rate: `Tỷ lệ ${count.replace(/^(?:tổng\s+)?số\s+(?:lượng\s+)?/iu, '')}` };
}

/** Parts by level, each a level and its number ("cấp huyện: 200; cấp xã: 340", "Cấp huyện 289, cấp xã 159"), folded text. */
export const LEVEL_PARTS = /^(?:(?:tai\s+)?cap\s+(?:huyen|xa|tinh)\s*:?\s*\d[\d.,]*%?[,;]?\s*)+$/;
/** A total, its unit word after it or not, then a bracket (often on the cell's second line). */
const TOTAL_THEN_BRACKET = /^(\d[\d.,]*(?:\s+\p{L}+(?:\s+\p{L}+)?)?)\s*\(([^()]+)\)$/u;

/**
 * A total and, in brackets, its parts by level ("540 hồ sơ (cấp huyện: 200; cấp xã: 340)"): the total (the
 * unit's own figure) with the unit word it names, and the bracket's level parts; undefined for any other bracket.
 */
export function totalWithLevels(text: string): { total: CellValue; levels: string } | undefined {
  const m = TOTAL_THEN_BRACKET.exec(text.trim().replace(/\s+/g, ' '));
  if (!m || !LEVEL_PARTS.test(foldDiacritics(m[2].trim()))) return undefined;
  const total = parseCellNumber(m[1]) !== undefined ? { value: m[1], unit: '' } : unitValue(m[1]);
  return total && { total, levels: m[2].trim() };
}
