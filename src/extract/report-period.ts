/**
 * A report's own period, from its title (header), the headline of a press
 * item, or its opening sentences. The period wanted is the one the
 * figures are about: the first scoped period before the first figure, not
 * a cited plan's year ("Kế hoạch CCHC năm 2024"), not a comparison ("so
 * với quý IV/2022"), not next period's tasks ("nhiệm vụ quý II"), and not
 * an event's date (a day is never a report period).
 */
import type { ReportMeta } from '../model/report.js';
import type { PeriodSource, PeriodType } from '../model/schemas.js';
import { monthEnd, scanDates } from '../parse/dates.js';
import { scanPeriods, type PeriodKind, type PeriodToken } from '../parse/periods.js';
import type { Lead } from './lead.js';

export type ReportPeriod = Pick<ReportMeta, 'periodType' | 'periodStart' | 'periodEnd'>;

const PERIOD_TYPES: Partial<Record<PeriodKind, PeriodType>> = {
  month: 'month', quarter: 'quarter', half_year: 'half_year', nine_months: 'nine_months', year: 'year', multi_year: 'multi_year',
};

/** What follows in a title is the next period's work, not the period reported ("kết quả thực hiện nhiệm vụ … năm 2024" is this period's). */
const NEXT_PERIOD = /[,;]?\s*(?:và\s+)?(?:(?<!thực\s+hiện\s+)nhiệm\s+vụ|phương\s+hướng|kế\s+hoạch\s+(?:công\s+tác\s+)?(?:quý|năm|tháng|6\s+tháng))/iu;

/**
 * Words that make a period someone else's within its clause: a cited
 * document or plan, a target, a comparison, a starting point.
 */
const NOT_OWN = new RegExp(
  [
    String.raw`(?:kế\s+hoạch|chương\s+trình|đề\s+án|nghị\s+quyết|công\s+văn|văn\s+bản|chỉ\s+thị|hướng\s+dẫn|mục\s+tiêu|chỉ\s+tiêu|phấn\s+đấu|dự\s+kiến|định\s+hướng|(?<!thực\s+hiện\s+)nhiệm\s+vụ|phương\s+hướng)(?![\p{L}])`,
    String.raw`(?:so\s+với|cùng\s+kỳ|kể\s+từ|trước\s+đó|khi\s+đó)(?:\s+\p{L}+){0,2}\s*$`,
  ].join('|'),
  'iu',
);
/** A clause ends at these marks; a period's context is read back to the last of them. */
const CLAUSE_START = /[,;:.()–—](?=[^,;:.()–—]*$)/u;

const SINCE_JANUARY = /(?:tính\s+|kể\s+)?từ\s+đầu\s+năm\s+(?:đến|tới)\s+(?:hết\s+)?$/iu;

/** A figure: a number with a count noun, a percentage, a rank. */
const FIGURE = /(?<![\p{L}\d/.,])\d{1,3}(?:[.,]\d{3})*(?:,\d+)?\s*(?:%|hồ\s+sơ|HS|bộ(?![\p{L}])|thủ\s+tục|TTHC|dịch\s+vụ|DVC|văn\s+bản|nhiệm\s+vụ|biên\s+chế|người|lượt|điểm|bậc|\/\d{1,3}(?![\d/]))|(?:thứ|hạng)\s+\d/u;

function lastYear(text: string): number | undefined {
  const years = [...text.matchAll(/(?:năm\s+|\/\s*)((?:19|20)\d\d)(?!\d)/giu)].map((m) => Number(m[1]));
  return years.length > 0 ? years[years.length - 1] : undefined;
}

/** The kind of a range: a calendar month, quarter, half or nine months from January, a year; else 'other'. */
function rangeType(from: string, to: string): PeriodType {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  if (fd !== 1 || to !== monthEnd(ty, tm)) return 'other';
  const months = (ty - fy) * 12 + tm - fm + 1;
  if (months === 1) return 'month';
  if (months === 3 && fm % 3 === 1) return 'quarter';
  if (fm !== 1 || fy !== ty) return 'other';
  return months === 6 ? 'half_year' : months === 9 ? 'nine_months' : months === 12 ? 'year' : 'other';
}

function asPeriod(token: PeriodToken): ReportPeriod | null {
  if (!token.from || !token.to) return null;
  const type = token.kind === 'range' ? rangeType(token.from, token.to) : PERIOD_TYPES[token.kind];
  return type ? { periodType: type, periodStart: token.from, periodEnd: token.to } : null;
}

/** Whether the words of `token`'s clause before it make it someone else's period (a cited plan or programme, a comparison). */
function citedIn(text: string, token: PeriodToken): boolean {
  const before = text.slice(Math.max(0, token.start - 120), token.start);
  return NOT_OWN.test(before.slice((CLAUSE_START.exec(before)?.index ?? -1) + 1));
}

/**
 * "quý IV và năm 2023", "6 tháng và cả năm 2022", "quý III và 9 tháng năm
 * 2019", "tháng 6 và 6 tháng đầu năm": a part of a year joined to a longer
 * span from January that holds it reports on that span (its figures run from
 * January; the part's own are few).
 */
const AND_YEAR = /^\s*và\s+(?:cả\s+)?$/iu;
const SPANS_FROM_JANUARY: ReadonlySet<PeriodKind> = new Set(['half_year', 'nine_months', 'year']);

/** The span from January that `token` is joined to by "và" when it lies inside it, else `token`. */
function wholeSpanJoined(text: string, typed: PeriodToken[], token: PeriodToken): PeriodToken {
  const next = typed[typed.indexOf(token) + 1];
  if (!next || !SPANS_FROM_JANUARY.has(next.kind) || next.kind === token.kind || token.kind === 'year' || token.kind === 'multi_year') return token;
  const inside = next.from <= token.from && token.to <= next.to;
  return inside && AND_YEAR.test(text.slice(token.end, next.start)) ? next : token;
}

/**
 * The period of a title or formal opening clause: the first one before the
 * next period's tasks that is not a cited programme's (else the first). A period without its own year takes the year written
 * later ("quý I, nhiệm vụ trọng tâm quý II năm 2024"), else the report's;
 * a report covers a period that has begun, so a guessed year that puts
 * the start after the report's date is one too late ("quý IV, phương
 * hướng nhiệm vụ năm 2025" dated 15/12/2024).
 */
export function titlePeriod(text: string, reportDate: string): ReportPeriod | null {
  const next = NEXT_PERIOD.exec(text);
  const own = next && next.index > 0 ? text.slice(0, next.index) : text;
  const guessed = lastYear(own) === undefined;
  const year = lastYear(text) ?? (reportDate ? Number(reportDate.slice(0, 4)) : 0);
  // A programme's span ahead of the report's own ("Sơ kết Chương trình … giai đoạn 2021 - 2030 (giai đoạn 2021 - 2025)") is not the period reported.
  const first = (y: number) => {
    const typed = scanPeriods(own, { year: y }).filter((token) => PERIOD_TYPES[token.kind]);
    const found = typed.find((t) => !citedIn(own, t)) ?? typed[0];
    const token = found && wholeSpanJoined(own, typed, found);
    return token ? { periodType: PERIOD_TYPES[token.kind]!, periodStart: token.from, periodEnd: token.to } : null;
  };
  const period = first(year);
  if (period && guessed && reportDate && period.periodStart > reportDate) return first(year - 1);
  return period;
}

/** A period stated in prose, with whether it wrote its own year. */
export interface StatedPeriod {
  kind: PeriodKind;
  /** The expression resolved without a reference year: from/to empty when it names no year. */
  token: PeriodToken;
}

/** The report periods a headline or opening states for itself, in order (cited, compared and planned ones left out). */
export function ownPeriods(text: string, published = ''): StatedPeriod[] {
  const out: StatedPeriod[] = [];
  text = text.replace(/\n/g, ' ');
  for (const token of scanPeriods(text, { year: 0, reportDate: published || undefined })) {
    if (token.kind !== 'range' && !PERIOD_TYPES[token.kind]) continue;
    if (citedIn(text, token)) continue;
    const before = text.slice(Math.max(0, token.start - 120), token.start);
    // "từ đầu năm đến hết tháng 6" without a year: a range from January once the year is known.
    const sinceJanuary = token.from === '' ? SINCE_JANUARY.exec(before) : null;
    if (sinceJanuary) {
      const start = token.start - sinceJanuary[0].length;
      out.push({ kind: 'range', token: { ...token, start, raw: text.slice(start, token.end), kind: 'range' } });
      continue;
    }
    out.push({ kind: token.kind, token });
  }
  return out;
}

/** The opening up to the end of the sentence that holds its first figure (all of it when there is none). */
export function beforeFirstFigure(text: string): string {
  const figure = FIGURE.exec(text);
  if (!figure) return text.slice(0, 600);
  const end = /[.;!?](?=\s|$)/u.exec(text.slice(figure.index));
  return text.slice(0, end ? figure.index + end.index : text.length);
}

/**
 * A stated period resolved to dates: its own year, else `year` (taken from
 * another part of the lead or the dateline). A yearless period that would
 * start after the publication date is last year's ("quý IV" published in
 * January).
 */
export function resolve(stated: StatedPeriod, year: number, published: string): ReportPeriod | null {
  const own = asPeriod(stated.token);
  if (own) return own;
  if (!(year > 0)) return null;
  const [token] = scanPeriods(stated.token.raw, { year, reportDate: published || undefined });
  const period = token ? asPeriod(token) : null;
  if (period && published && period.periodStart > published) {
    const [earlier] = scanPeriods(stated.token.raw, { year: year - 1, reportDate: published });
    return earlier ? asPeriod(earlier) : null;
  }
  return period;
}

/** The year the first of `periods` writes, 0 when none does. */
function yearIn(periods: StatedPeriod[]): number {
  return Number(periods.find((p) => p.token.from !== '')?.token.from.slice(0, 4) ?? 0);
}

/** A year the body names this many times, and more than twice as often as any other, is what a headerless text reports on. */
const DOMINANT_YEAR_MIN = 3;
/** A year a figure is compared with ("so với năm 2021", "cùng kỳ năm 2021", "(năm 2021: 8.915 hồ sơ)") is not the one reported on. */
const COMPARED = /(?:so\s+với|cùng\s+kỳ|\()\s*(?:năm\s*)?$/iu;
/** The next period's tasks ("IV. NHIỆM VỤ NĂM 2023", "III. PHƯƠNG HƯỚNG …"): their years are not the one reported on. */
const NEXT_TASKS = /^\s*[IVX]{1,4}\.\s*(?:PHƯƠNG HƯỚNG|NHIỆM VỤ|KẾ HOẠCH)/mu;

/**
 * The year a text without a header, title or stated period is about, when one
 * year dominates its periods ("Kế hoạch CCHC năm 2022" … "Cả năm 2022" … "chuyển
 * sang năm 2023"): a report whose first page is lost.
 */
export function dominantYear(text: string): ReportPeriod | null {
  const counts = new Map<string, number>();
  const reported = text.slice(0, NEXT_TASKS.exec(text)?.index ?? text.length);
  for (const token of scanPeriods(reported, { year: 0 })) {
    if (token.kind !== 'year' || COMPARED.test(reported.slice(Math.max(0, token.start - 24), token.start))) continue;
    counts.set(token.from, (counts.get(token.from) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < DOMINANT_YEAR_MIN || (second && first[1] <= 2 * second[1])) return null;
  return { periodType: 'year', periodStart: first[0], periodEnd: `${first[0].slice(0, 4)}-12-31` };
}

/**
 * The period of a lead: the headline's, else the opening's first own
 * period before the first figure. A period without its year takes the one
 * the opening writes (it usually repeats the headline's period: "tháng 5" …
 * "trong tháng 5/2024"), else the dateline's, and then says so.
 */
export function leadPeriod(lead: Lead): { period: ReportPeriod; source: PeriodSource } | null {
  const { published } = lead;
  const before = beforeFirstFigure(lead.opening);
  const opening = ownPeriods(before, published);
  // Without a dateline, the date the opening cites its report by ("Theo báo cáo của UBND xã ngày 03/11/2025, trong tháng 10, …").
  const cited = published ? '' : scanDates(before).find((d) => d.iso)?.iso ?? '';
  const read = (stated: StatedPeriod, source: PeriodSource, year: number) => {
    const fromText = resolve(stated, year, published);
    if (fromText) return { period: fromText, source };
    const fromDateline = resolve(stated, Number(published.slice(0, 4)), published);
    if (fromDateline) return { period: fromDateline, source: 'dateline' as const };
    const fromCited = cited ? resolve(stated, Number(cited.slice(0, 4)), cited) : null;
    return fromCited ? { period: fromCited, source: 'text' as const } : null;
  };
  for (const stated of ownPeriods(lead.headline, published)) {
    const year = yearIn(opening.filter((p) => p.kind === stated.kind)) || yearIn(opening);
    const found = read(stated, lead.headlineKind === 'title' ? 'title' : 'headline', year);
    if (found) return found;
  }
  for (const stated of opening) {
    const found = read(stated, 'text', yearIn(opening));
    if (found) return found;
  }
  return null;
}
