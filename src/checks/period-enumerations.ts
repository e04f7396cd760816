/**
 * Sub-period breakdowns in running text, for any quantity (in the catalogue
 * or not): "1.186 văn bản (năm 2016: 205 văn bản; …; năm 2020: 238 văn bản)",
 * "856 hồ sơ (quý I: 402 hồ sơ, quý II: 436 hồ sơ)", "(6 tháng đầu năm: …;
 * 6 tháng cuối năm: …)". The total is the last
 * count of the sentence before the bracket; the bracket holds nothing but
 * consecutive years, quarters or months, each with its count.
 * Parts above the total are always reported; parts below it only when the
 * sub-periods are known to tile the total's period: the sentence names it
 * ("giai đoạn 2016-2020", "6 tháng đầu năm" for quý I–II), it is the report's,
 * or the sub-periods make up a whole year (both halves, quý I–IV, 12 months).
 */
import type { Flag, Report } from '../model/report.js';
import type { NumberToken } from '../parse/numbers.js';
import type { Flow } from '../text/flow.js';
import { flagAt, flowNumbers, sentenceStarts, sentenceStartAt, textFlows, trimEvidence, vi } from './check.js';
import { round, sumMessage, sumOf } from './sums.js';

const ID = 'period_sum_mismatch';
const LABEL = /(?<!\p{L})(?:(năm)\s+(\d{4})|(quý)\s+(IV|I{1,3}|[1-4])|(tháng)\s+(\d{1,2})|(6 tháng)\s+(đầu|cuối)\s+năm)\s*:\s*/giu;
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, ĐẦU: 1, CUỐI: 2 };
/** Sub-periods of one kind that make up a year. */
const IN_A_YEAR: Record<string, number> = { '6 tháng': 2, quý: 4, tháng: 12 };

interface Item {
  kind: string;
  /** Year, quarter or month number. */
  index: number;
  count: NumberToken;
}

/** The items of a bracket, when it holds only "<sub-period>: <count>" items of one kind. */
function itemsOf(text: string, open: number, close: number, tokens: NumberToken[]): Item[] | undefined {
  const inside = text.slice(open + 1, close);
  const items: Item[] = [];
  let covered = 0;
  for (const m of inside.matchAll(LABEL)) {
    // Between items only words ("… 205 văn bản chỉ đạo; năm 2017: …"), no other number.
    if (/\d/.test(inside.slice(covered, m.index))) return undefined;
    const at = open + 1 + m.index + m[0].length;
    const count = tokens.find((t) => t.start === at);
    if (!count || (count.kind !== 'integer' && count.kind !== 'decimal')) return undefined;
    const kind = (m[1] ?? m[3] ?? m[5] ?? m[7]).toLowerCase();
    const written = m[2] ?? m[4] ?? m[6] ?? m[8];
    const index = ROMAN[written.toUpperCase()] ?? Number(written);
    items.push({ kind, index, count });
    covered = (count.unitEnd ?? count.end) - open - 1;
  }
  if (items.length < 2 || /\d/.test(inside.slice(covered))) return undefined;
  const consecutive = items.every((item, i) => item.kind === items[0].kind && (i === 0 || item.index === items[i - 1].index + 1));
  return consecutive ? items : undefined;
}

/** Whether the sub-periods cover the whole period of the total. */
function tiles(report: Report, sentence: string, items: Item[]): boolean {
  const [first, last] = [items[0].index, items[items.length - 1].index];
  const { periodStart, periodEnd } = report.meta;
  const year = periodStart.slice(0, 4);
  if (items[0].kind === 'năm') {
    const span = new RegExp(`${first}\\s*[-–]\\s*${last}|từ năm ${first} đến năm ${last}`, 'iu');
    return span.test(sentence) || (periodStart === `${first}-01-01` && periodEnd === `${last}-12-31`);
  }
  if (first !== 1) return false;
  if (last === IN_A_YEAR[items[0].kind]) return true;
  const months = items[0].kind === 'quý' ? 3 * last : last;
  const named = months === 12 ? /cả năm/iu : new RegExp(`(?<!\\d)${months} tháng`, 'iu');
  const own = periodStart === `${year}-01-01` && periodEnd.slice(0, 4) === year && Number(periodEnd.slice(5, 7)) === months;
  return named.test(sentence) || own;
}

function scanFlow(report: Report, flow: Flow): Flag[] {
  const text = flow.text.replaceAll('\n', ' ');
  const tokens = flowNumbers(flow).filter((t) => !t.qualifier);
  const starts = sentenceStarts(text);
  const flags: Flag[] = [];
  for (const open of text.matchAll(/\(/g)) {
    const close = text.indexOf(')', open.index);
    if (close < 0) continue;
    const items = itemsOf(text, open.index, close, tokens);
    if (!items) continue;
    const start = sentenceStartAt(starts, open.index);
    const unitWord = items.find((i) => i.count.unitWord)?.count.unitWord;
    const total = tokens
      .filter((t) => t.start >= start && t.end <= open.index && t.kind === 'integer' && t.unitWord && (!unitWord || t.unitWord === unitWord))
      .at(-1);
    if (!total || items.some((i) => i.count.unitWord && i.count.unitWord !== total.unitWord)) continue;
    const parts = items.map((i) => i.count.value);
    const sum = sumOf(parts);
    if (sum === round(total.value) || (sum < total.value && !tiles(report, text.slice(start, close), items))) continue;
    const labels = `${items[0].kind} ${items.map((i) => i.index).join(', ')}`;
    flags.push(
      flagAt(ID, 'warning', sumMessage(`${total.raw} ${total.unitWord} theo ${labels}`, { total: total.value, parts }), flow.place(total.start, total.end), {
        expected: vi(total.value),
        actual: vi(sum),
        evidence: trimEvidence(text.slice(start, close + 1)),
      }),
    );
  }
  return flags;
}

export function periodEnumerationFlags(report: Report): Flag[] {
  return textFlows(report).flatMap((flow) => scanFlow(report, flow));
}
