/**
 * Numbers as written in Vietnamese table cells: '.' groups thousands
 * ("8.803"), ',' marks decimals ("16,5"); "100%", "01", "289," also occur.
 * Some typists group thousands with ',' ("15,488" hồ sơ): in a count, which
 * has no fractions, a comma followed by exactly three digits groups thousands.
 */
import { CURRENCY_WORDS, escapeRegExp, MONEY_MULTIPLIERS } from '../parse/number-words.js';
import { foldDiacritics } from './fold.js';

const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_DECIMAL = /^\d+(?:,\d+)?$/;
const DOT_DECIMAL = /^\d+\.\d{1,2}$/;

/** The number a cell states, or undefined when the cell is not one number. */
export function parseCellNumber(cell: string): number | undefined {
  const text = cell.trim().replace(/[,;.]$/, '').replace(/\s*%$/, '').replace(/\s+/g, '');
  if (GROUPED.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  if (COMMA_DECIMAL.test(text)) return Number(text.replace(',', '.'));
  if (DOT_DECIMAL.test(text)) return Number(text);
  return undefined;
}

/** A number token as it can end a row or fill a value cell. */
export const NUMBER_TOKEN = String.raw`\d[\d.,]*%?`;

/** Units of things counted one by one: a count never has a fraction. */
const COUNT_UNIT = /^(?:so\s+)?(?:luong\s+)?(?:ho so|thu tuc|tthc|phieu|nguoi|luot(?: nguoi)?|van ban|cuoc|lan|nhiem vu|co quan|don vi|vu viec|vu)$/;
const COMMA_THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;

/** The number a cell states in a row of unit `unit`: as parseCellNumber, but "15,488" of a count is 15488. */
export function cellNumber(cell: string, unit: string): number | undefined {
  const text = cell.trim();
  if (COMMA_THOUSANDS.test(text) && COUNT_UNIT.test(foldDiacritics(unit.trim()))) return Number(text.replace(/,/g, ''));
  return parseCellNumber(cell);
}

const MONEY_UNIT = new RegExp(
  `^(?:(${Object.keys(MONEY_MULTIPLIERS).map(escapeRegExp).join('|')})\\s+)?(?:${CURRENCY_WORDS.map((w) => escapeRegExp(w.toLowerCase())).join('|')})$`,
);

/** What one unit of an amount written in `unit` is worth in đồng ("Tỷ đồng" 1e9, "triệu đồng" 1e6, "đồng" 1), or undefined when it is no money unit. */
export function moneyFactor(unit: string): number | undefined {
  const match = MONEY_UNIT.exec(unit.normalize('NFC').toLowerCase().replace(/[()]/g, '').replace(/\s+/g, ' ').trim());
  return match ? (match[1] ? MONEY_MULTIPLIERS[match[1]] : 1) : undefined;
}

/** A money unit written in brackets in a column's header ("Thực hiện (tỷ đồng)"), or ''. */
export function headerMoneyUnit(header: string): string {
  return [...header.matchAll(/\(([^)]*)\)/g)].map((m) => m[1].trim()).find((u) => moneyFactor(u) !== undefined) ?? '';
}
