/**
 * Reporting periods in Vietnamese → ISO ranges: "quý III/2025",
 * "6 tháng đầu năm 2021", "9 tháng", "năm 2021", "giai đoạn 2021 - 2025",
 * "tháng 3/2020", "từ 16/12/2020 đến hết ngày 15/12/2021" (range),
 * "tính đến 31/3/2025" (point), dates (day). Expressions without a year
 * resolve against the reference passed in (the report's own year/date),
 * never the clock.
 */
import { recentMemo } from '../bounded-memo.js';
import { isoDate, monthEnd, monthStart, scanDates, type DateToken } from './dates.js';

export type PeriodKind =
  | 'day' | 'month' | 'quarter' | 'half_year' | 'nine_months' | 'year' | 'multi_year' | 'range' | 'point' | 'other';

export interface PeriodToken {
  start: number;
  end: number;
  raw: string;
  /** ISO dates; '' when the expression needs a year that the reference does not give. */
  from: string;
  to: string;
  kind: PeriodKind;
}

export interface PeriodReference {
  year: number;
  /** ISO; resolves "đến nay" (up to now). */
  reportDate?: string;
  /** ISO; the end of the report's own period, where a running total ("lũy kế từ đầu năm") stops. */
  periodEnd?: string;
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
const MONTH_WORDS: Readonly<Record<string, number>> = {
  'hai': 2, 'ba': 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10, 'mười một': 11,
};
/** Month counts spelled out; "năm" (five) is also the word for year, so those other than ba/sáu/chín need "đầu" or a written year. */
const MONTH_COUNT = String.raw`\d{1,2}|mười\s+một|mười|hai|ba|bốn|năm|sáu|bảy|tám|chín`;
const YEAR = String.raw`(?:19|20)\d\d`;
// "năm 2024" / "/2024" / ", năm 2024" after a quarter or month.
const YEAR_TAIL = String.raw`(?:\s*/\s*(${YEAR})|\s*,?\s*năm\s+(${YEAR}))?`;
const NB = String.raw`(?<![\p{L}\p{N}])`;
const NA = String.raw`(?![\p{L}\p{N}])`;

function quarterRange(year: number, q: number): [string, string] {
  return [monthStart(year, 3 * q - 2), monthEnd(year, 3 * q)];
}

/** Kind of a run of months from January. */
function leadingMonthsKind(n: number): PeriodKind {
  return n === 3 ? 'quarter' : n === 6 ? 'half_year' : n === 9 ? 'nine_months' : n === 12 ? 'year' : 'other';
}

interface Pattern {
  re: RegExp;
  make(m: RegExpExecArray, ref: PeriodReference): Omit<PeriodToken, 'start' | 'end' | 'raw'> | null;
}

const yearOf = (written: string | undefined, ref: PeriodReference): number | null =>
  written !== undefined ? Number(written) : ref.year > 0 ? ref.year : null;

/** A date inside a larger pattern: the date scanner decides what it means. */
const DATE_CORE = String.raw`(\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})`;

function dateIn(written: string, ref: PeriodReference): string | null {
  const [token] = scanDates(written, { year: ref.year });
  return token?.iso ?? null;
}

const PATTERNS: Pattern[] = [
  {
    // từ tháng 01 đến tháng 6 năm 2024, từ tháng 10/2023 đến tháng 3/2024
    re: new RegExp(
      String.raw`${NB}(?:kể\s+)?từ\s+tháng\s+(\d{1,2})(?:\s*/\s*(${YEAR})|\s+năm\s+(${YEAR}))?\s*(?:đến|tới|-|–)\s*(?:hết\s+)?tháng\s+(\d{1,2})${YEAR_TAIL}${NA}`,
      'giu',
    ),
    make: (m, ref) => {
      const [a, b] = [Number(m[1]), Number(m[4])];
      const toYear = yearOf(m[5] ?? m[6], ref);
      if (a < 1 || a > 12 || b < 1 || b > 12 || toYear === null) return null;
      const fromYear = m[2] ?? m[3] ? Number(m[2] ?? m[3]) : a <= b ? toYear : toYear - 1;
      return { from: monthStart(fromYear, a), to: monthEnd(toYear, b), kind: 'range' };
    },
  },
  {
    // "Lũy kế từ đầu năm, …", "lũy kế từ ngày 01/7/2025, …": a running total from its start to the end of the
    // report's period (a monthly report of October: to October 31st); "… đến nay" to the report's date; a running
    // total that names its own end is a plain range
    re: new RegExp(
      String.raw`${NB}(?:lũy|luỹ)\s+kế\s+(?:(?:tính\s+|kể\s+)?từ\s+)?(?:đầu\s+năm(?:\s+(${YEAR}))?|(?:ngày\s+)?${DATE_CORE})(\s+(?:đến|tới)\s+(?:nay|thời\s+điểm\s+báo\s+cáo))?${NA}(?!(?:\s*,[^,.;:\d()]{0,60},)?\s*(?:đến|tới|-|–)\s)`,
      'giu',
    ),
    make: (m, ref) => {
      const to = m[3] ? ref.reportDate || ref.periodEnd : ref.periodEnd || ref.reportDate;
      if (!to) return null;
      const from = m[2] ? dateIn(m[2], ref) : `${m[1] ?? to.slice(0, 4)}-01-01`;
      return from && from <= to ? { from, to, kind: 'range' } : null;
    },
  },
  {
    // từ đầu năm (2024) đến nay: the year so far, a running total as "lũy kế từ đầu năm" is: January 1st to the end of
    // the report's period in that year ("nay" in a second-quarter report dated 17/6 is the quarter's end), else to
    // the report's date
    re: new RegExp(String.raw`${NB}(?:kể\s+)?từ\s+đầu\s+năm(?:\s+(${YEAR}))?\s+(?:đến|tới)\s+(?:nay|thời\s+điểm\s+báo\s+cáo)${NA}`, 'giu'),
    make: (m, ref) => {
      const to = ref.periodEnd || ref.reportDate;
      if (!to) return null;
      const year = m[1] ?? to.slice(0, 4);
      const end = to.slice(0, 4) === year ? to : ref.reportDate;
      return end && `${year}-01-01` <= end ? { from: `${year}-01-01`, to: end, kind: 'range' } : null;
    },
  },
  {
    // từ 16/12/2020 đến hết ngày 15/12/2021
    re: new RegExp(String.raw`${NB}(?:kể\s+)?từ\s+(?:ngày\s+)?${DATE_CORE}\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?${DATE_CORE}`, 'giu'),
    make: (m, ref) => {
      const from = dateIn(m[1], ref);
      const to = dateIn(m[2], ref);
      return from && to ? { from, to, kind: 'range' } : null;
    },
  },
  {
    // từ ngày 01/7 đến ngày 30/9/2025, từ 15/6 đến 14/9/2024: a start without its year takes the end's (the year
    // before when it would come after the end: "từ 16/12 đến 15/3/2025")
    re: new RegExp(String.raw`${NB}(?:kể\s+|tính\s+)?từ\s+(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?![\d/.\-])\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?${DATE_CORE}`, 'giu'),
    make: (m, ref) => {
      const to = dateIn(m[3], ref);
      if (!to) return null;
      const [day, month] = [Number(m[1]), Number(m[2])];
      const year = Number(to.slice(0, 4));
      const dated = (y: number) => {
        const result = isoDate(y, month, day);
        return 'iso' in result ? result.iso : null;
      };
      const from = dated(year);
      if (!from) return null;
      return { from: from <= to ? from : (dated(year - 1) ?? from), to, kind: 'range' };
    },
  },
  {
    // tính đến 31/3/2025, đến hết ngày 30/9/2025, lũy kế đến ngày ...
    re: new RegExp(String.raw`${NB}(?:tính\s+|lũy\s+kế\s+|luỹ\s+kế\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?${DATE_CORE}`, 'giu'),
    make: (m, ref) => {
      const at = dateIn(m[1], ref);
      return at ? { from: at, to: at, kind: 'point' } : null;
    },
  },
  {
    // "Trong năm (tính đến ngày 30/11/2024)", "từ đầu năm (đến hết 31/10)": the year so far, from January 1st to the
    // cut-off (a bare "tính đến 30/11/2024" stays a point: a stock counted that day)
    re: new RegExp(String.raw`${NB}(?:trong|từ\s+đầu)\s+năm\s*\(\s*(?:số\s+liệu\s+)?(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?${DATE_CORE}\s*\)`, 'giu'),
    make: (m, ref) => {
      const to = dateIn(m[1], ref);
      return to ? { from: `${to.slice(0, 4)}-01-01`, to, kind: 'range' } : null;
    },
  },
  {
    // tính đến nay / đến thời điểm báo cáo: the report's date
    re: new RegExp(String.raw`${NB}(?:tính\s+)?(?:đến|tới)\s+(?:nay|thời\s+điểm\s+(?:báo\s+cáo|hiện\s+tại|hiện\s+nay))${NA}`, 'giu'),
    make: (_m, ref) => (ref.reportDate ? { from: ref.reportDate, to: ref.reportDate, kind: 'point' } : null),
  },
  {
    // giai đoạn 2021 - 2025, nhiệm kỳ 2020-2025, từ năm 2021 đến năm 2025
    re: new RegExp(
      String.raw`${NB}(?:(?:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ)\s+(?:từ\s+)?(?:năm\s+)?(${YEAR})\s*(?:-|–|—|đến)\s*(?:năm\s+)?(${YEAR})|từ\s+năm\s+(${YEAR})\s*(?:đến|-|–)\s*(?:hết\s+)?năm\s+(${YEAR}))${NA}`,
      'giu',
    ),
    make: (m) => {
      const a = Number(m[1] ?? m[3]);
      const b = Number(m[2] ?? m[4]);
      return a <= b ? { from: `${a}-01-01`, to: `${b}-12-31`, kind: 'multi_year' } : null;
    },
  },
  {
    // 6 tháng đầu năm 2021, 9 tháng năm 2025, 06 tháng cuối năm, 9 tháng
    re: new RegExp(
      String.raw`${NB}(${MONTH_COUNT})\s+tháng(?:\s+(đầu|cuối))?(?:\s+năm(?:\s+(${YEAR}))?)?${NA}`,
      'giu',
    ),
    make: (m, ref) => {
      const n = /\d/.test(m[1]) ? Number(m[1]) : MONTH_WORDS[m[1].toLowerCase().replace(/\s+/gu, ' ')];
      const hasYearWord = /\snăm/iu.test(m[0].slice(m[1].length));
      if (!/^(?:\d+|ba|sáu|chín)$/iu.test(m[1]) && !m[2] && m[3] === undefined) return null;
      // A bare "3 tháng" is a duration; only the usual reporting spans stand alone.
      if (!m[2] && !hasYearWord && n !== 6 && n !== 9) return null;
      if (n < 1 || n > 12) return null;
      const year = yearOf(m[3], ref);
      if (year === null) return { from: '', to: '', kind: leadingMonthsKind(n) };
      if (m[2]?.toLowerCase() === 'cuối') {
        return { from: monthStart(year, 13 - n), to: monthEnd(year, 12), kind: n === 6 ? 'half_year' : 'other' };
      }
      return { from: monthStart(year, 1), to: monthEnd(year, n), kind: leadingMonthsKind(n) };
    },
  },
  {
    // quý III/2025, quý I năm 2024, quý 3 năm 2025, quý II
    re: new RegExp(String.raw`${NB}quý\s+(iv|iii|ii|i|[1-4])${NA}${YEAR_TAIL}`, 'giu'),
    make: (m, ref) => {
      const q = ROMAN[m[1].toLowerCase()] ?? Number(m[1]);
      const year = yearOf(m[2] ?? m[3], ref);
      if (year === null) return { from: '', to: '', kind: 'quarter' };
      const [from, to] = quarterRange(year, q);
      return { from, to, kind: 'quarter' };
    },
  },
  {
    // tháng 3/2020, tháng 3 năm 2020, tháng 12; not "trong tháng 2.295 hồ sơ" (a count in thousands after the word)
    re: new RegExp(String.raw`${NB}tháng\s+(\d{1,2})${NA}(?![.,]\d{3}(?!\d))${YEAR_TAIL}`, 'giu'),
    make: (m, ref) => {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return null;
      const year = yearOf(m[2] ?? m[3], ref);
      if (year === null) return { from: '', to: '', kind: 'month' };
      return { from: monthStart(year, month), to: monthEnd(year, month), kind: 'month' };
    },
  },
  {
    // năm 2021, cả năm 2021
    re: new RegExp(String.raw`${NB}(?:cả\s+)?năm\s+(${YEAR})${NA}`, 'giu'),
    make: (m) => ({ from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, kind: 'year' }),
  },
  {
    // "…theo từng năm: 2021 — 14.206 hồ sơ; 2022 — 15.880 hồ sơ": a bare year labelling a count by a dash, at the head
    // of a clause (not "2021 – 2025", a span of years)
    re: new RegExp(String.raw`(?<=(?:^|[:;])\s*)(${YEAR})\s*[—–]\s*(?=\d)(?!${YEAR}(?![\d.,]))`, 'gu'),
    make: (m) => ({ from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, kind: 'year' }),
  },
  {
    // năm nay / năm trước / năm ngoái: relative to the report's year
    re: new RegExp(String.raw`${NB}năm\s+(nay|trước|ngoái)${NA}`, 'giu'),
    make: (m, ref) => {
      if (!(ref.year > 0)) return null;
      const year = m[1].toLowerCase() === 'nay' ? ref.year : ref.year - 1;
      return { from: `${year}-01-01`, to: `${year}-12-31`, kind: 'year' };
    },
  },
];

/**
 * The patterns' matches in the texts scanned last, in pattern order: a sentence's periods are read twice (excluded
 * from its numbers without a year, then as its tokens in the report's), and where they stand does not depend on the
 * reference; what they mean does.
 */
const recentMatches = recentMemo<ReadonlyArray<readonly [Pattern['make'], RegExpExecArray]>>(4);

function patternMatches(text: string): ReadonlyArray<readonly [Pattern['make'], RegExpExecArray]> {
  return recentMatches(text, () => {
    const matches: Array<readonly [Pattern['make'], RegExpExecArray]> = [];
    for (const { re, make } of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) matches.push([make, m]);
    }
    return matches;
  });
}

/** A date as a one-day period, with the word "ngày" before it when there is one. */
function dayToken(text: string, d: DateToken): PeriodToken | null {
  if (!d.iso) return null;
  const ngay = /ngày\s+$/iu.exec(text.slice(Math.max(0, d.start - 10), d.start));
  const start = ngay ? d.start - ngay[0].length : d.start;
  return { start, end: d.end, raw: text.slice(start, d.end), from: d.iso, to: d.iso, kind: 'day' };
}

/**
 * Every period expression, left to right, longest first where they overlap
 * ("6 tháng đầu năm 2021" is one half-year, not a year inside it). `dates`: the
 * text's dates read in the reference's year, when the caller already has them.
 */
export function scanPeriods(
  text: string,
  reference: PeriodReference,
  dates: readonly DateToken[] = scanDates(text, reference.year > 0 ? { year: reference.year } : undefined),
): PeriodToken[] {
  const candidates: PeriodToken[] = [];
  for (const [make, m] of patternMatches(text)) {
    const made = make(m, reference);
    if (made) candidates.push({ start: m.index, end: m.index + m[0].length, raw: m[0], ...made });
  }
  for (const d of dates) {
    const t = dayToken(text, d);
    if (t) candidates.push(t);
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PeriodToken[] = [];
  let reached = 0;
  for (const c of candidates) {
    if (c.start < reached) continue;
    out.push(c);
    reached = c.end;
  }
  return narrowByAside(text, joinRanges(text, out, reference));
}

/**
 * A part written without its year ("từ tháng 7 đến tháng 12") right after a
 * year names months of that year, not of the report's: "Năm 2007 (từ tháng 7
 * đến tháng 12)" is July to December 2007; so is a day after any period of
 * one year ("tháng 8/2023 (tính đến ngày 20/8)").
 */
function inYearOf(a: PeriodToken, b: PeriodToken): PeriodToken {
  if ((a.kind !== 'year' && b.kind !== 'day') || !a.from || !b.from || /\d{4}/u.test(b.raw)) return b;
  const year = a.from.slice(0, 4);
  if (a.to.slice(0, 4) !== year) return b;
  if (b.from.slice(0, 4) !== b.to.slice(0, 4)) return b;
  return { ...b, from: year + b.from.slice(4), to: year + b.to.slice(4) };
}

/** "Năm 2015 (", "Năm 2015 (số liệu ": a period and the parenthesis that narrows it (a few words may lead it). */
const ASIDE_OPEN = /^\s*\(\s*(?:[\p{L}\p{M}]+\s+){0,3}$/u;
/** "(tính đến ", "(đến hết ": the aside's day is a cut-off even without its year ("tính đến ngày 14/9"). */
const ASIDE_UNTIL = /(?:^|[\s(])(?:đến|tới)(?:\s+hết)?\s+$/iu;

/**
 * A period narrowed by a cut-off or a range inside it in parentheses: "Năm
 * 2015 (tính đến ngày 31/10/2015)" is 1/1 to 31/10/2015, "Quý II/2025 (tính
 * đến ngày 15/6/2025)" 1/4 to 15/6 (also with the day's year left out:
 * "tháng 9/2025 (tính đến ngày 14/9)" is 1/9 to 14/9), "Năm 2020 (từ ngày
 * 01/01 đến ngày 31/10/2020)" the range.
 */
function narrowByAside(text: string, tokens: PeriodToken[]): PeriodToken[] {
  const out: PeriodToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1] && inYearOf(a, tokens[i + 1]);
    const between = b ? text.slice(a.end, b.start) : '';
    const cutOff = b && (b.kind === 'point' || (b.kind === 'day' && ASIDE_UNTIL.test(between)));
    const narrows = b && a.from && b.from && a.kind !== 'day' && a.kind !== 'point' && (cutOff || b.kind === 'range');
    if (narrows && ASIDE_OPEN.test(between) && b.from >= a.from && b.to <= a.to) {
      const from = cutOff ? a.from : b.from;
      out.push({ start: a.start, end: b.end, raw: text.slice(a.start, b.end), from, to: b.to, kind: 'range' });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** "(tính/kể) từ" or "giai đoạn" before the first period of a range. */
/** "từ", "giai đoạn" before a range's start; "từ đầu năm 2026 đến ngày 30/4/2026": the start of the year (month) named. */
const RANGE_FROM = /(?:(?:tính\s+|kể\s+)?từ(?:\s+đầu)?|giai\s+đoạn)\s+$/iu;
/** Between the two ends: "đến (hết) (ngày)", "tới", "-" (or the end's own "đến …", as in "đến ngày 31/10/2015"). */
const RANGE_TO = /^\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?$/iu;
const TO_WORD = /^(?:đến|tới)\s/iu;
/** "từ khi Trung tâm đi vào hoạt động (tháng 10/2019) đến …": a start dated in parentheses after the event it names. */
const SINCE_EVENT = /(?:tính\s+|kể\s+)?từ\s+khi\s[^.;:\d()]{0,80}\(\s*$/iu;
/** Between a start and its "đến …" end: nothing, the closing parenthesis of a dated event, or an aside (", khi huyện bắt đầu hoạt động,"). */
const ASIDE = /^\s*(?:\)|,[^,.;:\d()]{0,60},)?\s*$/u;
/** "từ đầu năm" / "giai đoạn 2015" / "từ năm 2022": a start the token list has no token for. */
const OPEN_START = new RegExp(String.raw`(?:(?:tính\s+|kể\s+)?từ\s+đầu\s+năm|(?:(?:tính\s+|kể\s+)?từ|giai\s+đoạn)\s+(?:năm\s+)?(${YEAR}))\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?$`, 'iu');
/**
 * "tính đến (hết) tháng 3/2024", "tính đến cuối năm 2020": the end of a period as a point in time ("đến hết quý IV"
 * alone closes the quarter).
 */
const UNTIL = /tính\s+đến(?:\s+(?:hết|cuối))?\s+$/iu;
/**
 * "Đến tháng 10/2015, …", "đến hết quý III/2024", "Đến cuối quý III, …": a sentence or clause opened by "đến" alone, the
 * same point (a month or quarter).
 */
const UNTIL_OPENING = /(?:^|[.;:,(]\s*|\n\s*)(?:đến|tới)(?:\s+(?:hết|cuối))?\s+$/iu;
const UNTIL_OPENING_KINDS = new Set(['month', 'quarter']);

/**
 * Two periods joined as one range: "từ năm 2021 đến hết quý I/2025", "từ
 * năm 2020 đến tháng 6/2024", "tính từ ngày 01/01 đến ngày 31/10/2015" (a
 * start without a year takes the end's), "từ đầu năm đến hết tháng 5/2024",
 * "giai đoạn 2015 đến 31/3/2020", "từ năm 2022 đến nay"; and "tính đến tháng
 * 3/2024" as the point at the month's end.
 */
function joinRanges(text: string, tokens: PeriodToken[], reference: PeriodReference): PeriodToken[] {
  const out: PeriodToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    const rangeFrom = RANGE_FROM.exec(text.slice(Math.max(0, a.start - 16), a.start)) ?? SINCE_EVENT.exec(text.slice(Math.max(0, a.start - 100), a.start));
    const between = text.slice(a.end, b?.start ?? a.end);
    if (b && a.from && b.to && rangeFrom && (RANGE_TO.test(between) || (TO_WORD.test(b.raw) && ASIDE.test(between)))) {
      const from = /\d{4}/.test(a.raw) || a.kind !== 'day' ? a.from : yearlessStart(a.from, b.to);
      if (from <= b.to) {
        const start = a.start - rangeFrom[0].length;
        out.push({ start, end: b.end, raw: text.slice(start, b.end), from, to: b.to, kind: 'range' });
        i++;
        continue;
      }
    }
    // The start of "giai đoạn 2015 đến 31/3/2020" stands before the end's own "đến".
    const own = TO_WORD.exec(a.raw)?.[0] ?? '';
    const open = OPEN_START.exec(text.slice(Math.max(0, a.start - 40), a.start) + own);
    if (open && a.to && !(a.kind === 'point' && /nay/iu.test(a.raw) && !open[1] && !reference.reportDate)) {
      const from = open[1] ? `${open[1]}-01-01` : `${a.to.slice(0, 4)}-01-01`;
      const start = a.start - (open[0].length - own.length);
      if (from <= a.to) {
        // Drop a start already read as its own token ("năm 2022" of "từ năm 2022 đến nay").
        if (out.length > 0 && out[out.length - 1].start >= start) out.pop();
        out.push({ start, end: a.end, raw: text.slice(start, a.end), from, to: a.to, kind: 'range' });
        continue;
      }
    }
    const before = text.slice(Math.max(0, a.start - 20), a.start);
    const until = UNTIL.test(before) || (UNTIL_OPENING_KINDS.has(a.kind) && UNTIL_OPENING.test(before));
    if (a.to && a.kind !== 'day' && a.kind !== 'point' && a.kind !== 'range' && until) {
      out.push({ ...a, from: a.to, kind: 'point' });
      continue;
    }
    out.push(a);
  }
  return out;
}

/** A start written without its year takes the end's, or the year before when it would come after the end ("từ ngày 16 tháng 12 đến ngày 15 tháng 3 năm 2019"). */
function yearlessStart(from: string, to: string): string {
  const year = Number(to.slice(0, 4));
  const dated = (y: number) => {
    const result = isoDate(y, Number(from.slice(5, 7)), Number(from.slice(8, 10)));
    return 'iso' in result ? result.iso : null;
  };
  const same = dated(year);
  return same !== null && same <= to ? same : (dated(year - 1) ?? from);
}

/** The one period a whole string denotes (a title, a cell), or null. */
export function parsePeriod(raw: string, reference: PeriodReference): PeriodToken | null {
  const tokens = scanPeriods(raw.trim(), reference);
  return tokens.length === 1 && tokens[0].start === 0 && tokens[0].end === raw.trim().length ? tokens[0] : null;
}
