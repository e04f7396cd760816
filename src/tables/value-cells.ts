/**
 * Value cells that carry more than one number: the unit written after the
 * number ("119 thủ tục", "2.418 hồ sơ", "86,12 điểm"), a rank among n
 * ("thứ 5/21"), a count and its rate under a unit pair ("1.369 / 99,85"
 * under "Hồ sơ/%"), a count with its rate in brackets ("1.980 (81,6%)"),
 * a total with its parts by level ("540 hồ sơ (cấp huyện: 200; cấp xã: 340)").
 */
import { foldDiacritics } from './fold.js';
import type { Level } from '../model/schemas.js';
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

/** A level as a breakdown names it ("cấp huyện", "tại cấp xã", "huyện", "cấp thị xã"), folded text. */
const PART_LEVEL: Readonly<Record<string, Level>> = { huyen: 'district', 'thi xa': 'district', quan: 'district', xa: 'commune', tinh: 'province' };
/**
 * One part of a level breakdown, folded text: an optional list dash, the level, ":" or "-" or nothing, the number,
 * its unit words ("274 thủ tục"), then the separator before the next part (",", ";", a dash, a new line).
 */
const LEVEL_PART = /^[-–+•]?\s*(?:tai\s+)?(cap\s+)?(huyen|thi xa|quan|xa|tinh)\s*[:\-–]?\s*(\d[\d.,]*%?)(?:\s+(?!(?:cap|tai|huyen|thi|quan|xa|tinh)\b)\p{L}+){0,4}\s*[,;.]?\s*/u;
/** Words that open a breakdown after its total ("trong đó:", "chia ra", "gồm"). */
const BREAKDOWN_LEAD = /^(?:trong\s+do|chia\s+ra|bao\s+gom|gom)\s*[:,]?\s*/;
/** Words after the total that open the breakdown rather than name the total's unit. */
const NOT_TOTAL_UNIT = /^(?:cap|tai|trong|chia|bao|gom|huyen|xa|tinh|quan|thi)$/;

export interface LevelBreakdown {
  /** The unit's own total before the parts, with the unit word it names; undefined when the cell gives only parts. */
  total?: CellValue;
  parts: Array<{ level: Level; value: string }>;
}

/**
 * Level parts that make up the whole of `folded` (each level once), or undefined. `named`: each part says "cấp", as
 * parts without a total before them must ("Quận 1", "Xã 12" alone are names, not breakdowns).
 */
function levelParts(folded: string, named: boolean): LevelBreakdown['parts'] | undefined {
  const parts: LevelBreakdown['parts'] = [];
  let rest = folded.trim();
  while (rest !== '') {
    const m = LEVEL_PART.exec(rest);
    if (!m || m[0] === '' || (named && m[1] === undefined)) return undefined;
    parts.push({ level: PART_LEVEL[m[2]], value: m[3].replace(/[.,]$/, '') });
    rest = rest.slice(m[0].length);
  }
  return parts.length > 0 && new Set(parts.map((p) => p.level)).size === parts.length ? parts : undefined;
}

/**
 * A value cell that gives numbers by level: the parts alone, each with "cấp" ("Cấp huyện 289, cấp xã 159", one part
 * too), or a total, its unit word or not, then its parts, in brackets or after "trong đó" / a dash / a new line ("540
 * hồ sơ (cấp huyện: 200; cấp xã: 340)", "540\nTrong đó: cấp huyện 200, cấp xã 340", "540 hồ sơ - huyện: 200 - xã:
 * 340"). Undefined for any other cell: a bracket that names no levels, a level named twice.
 */
export function levelBreakdown(text: string): LevelBreakdown | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  const alone = levelParts(foldDiacritics(t), true);
  if (alone) return { parts: alone };
  const lead = /^(\d[\d.,]*)\s*(.*)$/u.exec(t);
  if (!lead || parseCellNumber(lead[1]) === undefined || lead[2] === '') return undefined;
  // The total's unit: up to four words before the breakdown opens ("390 thủ tục hành chính, trong đó …").
  const words = lead[2].split(' ');
  const unitWords: string[] = [];
  for (const word of words) {
    const w = /^(\p{L}+)([,:;]?)$/u.exec(word);
    if (!w || unitWords.length === 4 || NOT_TOTAL_UNIT.test(foldDiacritics(w[1]))) break;
    unitWords.push(w[1]);
    if (w[2] !== '') break;
  }
  const unit = unitWords.join(' ');
  let rest = foldDiacritics(words.slice(unitWords.length).join(' ')).trim();
  // The parts in brackets, or after a colon or a comma.
  const bracketed = /^\((.*)\)\.?$/.exec(rest);
  rest = bracketed ? bracketed[1].trim() : rest.replace(/^[:,;]\s*/, '');
  const parts = levelParts(rest.replace(BREAKDOWN_LEAD, ''), false);
  return parts && { total: { value: lead[1], unit }, parts };
}

/** A whole count as a cell writes it: "3.264", "530" (no decimals, no percent). */
const WHOLE_COUNT = String.raw`\d{1,3}(?:\.\d{3})+|\d+`;
const FRACTION = new RegExp(String.raw`^(${WHOLE_COUNT})\s*\/\s*(${WHOLE_COUNT})$`);

/**
 * "3.264/3.281": two whole counts in one cell, each read by its own half of a header that names two counts joined
 * by "/" ("Giải quyết đúng hạn / Tổng số đã giải quyết"); undefined for any other cell ("1.369 / 99,85" is a count
 * and a rate).
 */
export function countFraction(value: string): [CellValue, CellValue] | undefined {
  const cell = FRACTION.exec(value.trim());
  // "15/6" is a day and a month.
  if (!cell || (cell[1].length <= 2 && Number(cell[1]) <= 31 && cell[2].length <= 2 && Number(cell[2]) <= 12)) return undefined;
  return [{ value: cell[1], unit: '' }, { value: cell[2], unit: '' }];
}

/** The two halves of a heading naming two counts joined by "/" (each at least two words), or undefined. */
export function countPairHeading(heading: string): [string, string] | undefined {
  const halves = heading.split(/\s*\/\s*/);
  if (halves.length !== 2 || /%|t[ỷỉ]\s+l[ệê]/iu.test(heading)) return undefined;
  const words = (half: string) => half.match(/\p{L}+/gu)?.length ?? 0;
  return words(halves[0]) >= 2 && words(halves[1]) >= 2 ? [halves[0].trim(), halves[1].trim()] : undefined;
}
