/**
 * What a column header or a row label says besides the indicator: a period
 * ("Năm 2021", "Quý II", "Kỳ trước", "Lũy kế", "tính đến 31/12/2024"), a
 * level ("Cấp huyện"), the unit's own total ("Tổng số"), a plan or a share of
 * the plan ("Kế hoạch", "Tỷ lệ % so với kế hoạch") that is not a figure.
 */
import { monthEnd, monthStart } from '../parse/dates.js';
import { scanPeriods, type PeriodToken } from '../parse/periods.js';
import type { Level } from '../model/schemas.js';
import { foldDiacritics, withoutBrackets } from './fold.js';
import { levelsIn } from './levels.js';

export interface Period {
  start: string;
  end: string;
}

/** The report's own period (ISO dates; '' when unknown). */
export interface ReportPeriod extends Period {
  /** Year used for periods written without one ("Quý I"). */
  year: number;
}

export const NO_PERIOD: Period = { start: '', end: '' };

/** 'maximum': the most a score could reach ("Điểm tối đa"), never a figure; beside it the rows are parts of a score. */
/** 'difference': what is still short of a quota or the change between two columns ("Còn thiếu", "Chênh lệch", "Tăng, giảm"), never a figure. */
/** 'rank': the place a row's own result ranks among units ("Kết quả | Xếp hạng" under a year); a rank of the PAR index alone has a key. */
export type ColumnKind = 'plan' | 'maximum' | 'share' | 'difference' | 'rank' | 'value';

export interface ColumnDimension {
  kind: ColumnKind;
  /** The period the column states; NO_PERIOD = the report's own. */
  period: Period;
  /** The level the column states; undefined when it names none ('' = the unit's own total). */
  level?: Level;
}

// "Chỉ tiêu năm 2025" / "Chỉ tiêu đến năm 2025" over a value column: a target, as "Kế hoạch" is.
// "Nghị quyết đề ra", "Chỉ tiêu Nghị quyết", "Chỉ tiêu đề ra" beside "Kết quả đạt được": the term's target, not a result.
const PLAN = /\b(ke hoach|kh|chi tieu (duoc )?giao|chi tieu (den )?nam|muc tieu|du toan|(nghi quyet|chi tieu) de ra|chi tieu (cua )?nghi quyet|theo nghi quyet)\b/;
/** A leaf counting the tasks a plan sets ("Số nhiệm vụ theo Kế hoạch"): a count (plan.tasks), not the plan's target of the row. */
const PLAN_TASKS = /^(?:tong\s+)?so\s+nhiem\s+vu\b[\s\S]*\b(?:ke\s+hoach|kh)\b/;
const MAXIMUM = /\b(toi da|diem chuan|thang diem)\b/;
const SHARE = /\b(ty le|%|so sanh|so voi)/;
const DIFFERENCE = /\b(con thieu|chenh lech|tang,? giam|tang ?\/ ?giam)\b/;
/** A leaf that is a rank alone ("Xếp hạng", "Thứ hạng trong tỉnh"), beside the result it ranks. */
const RANK = /^(?:xep hang|thu hang|xep thu|vi thu)(?: (?:trong|toan|cua) (?:tinh|thanh pho|huyen))?$/;
// "Chung toàn tỉnh", "Tính chung cả huyện": the whole unit, as "Toàn tỉnh" is.
const TOTAL = /^((tong( so| cong)?|cong)( chung)?|((tong( so| cong)?|cong|(tinh )?chung) )?(toan|ca) (huyen|tinh|xa|thi xa|thanh pho|phuong|quan|thi tran))$/;
// "Kỳ trước chuyển qua / chuyển sang" counts the dossiers carried over (an indicator), not the previous period;
// so does a bare "Số từ kỳ trước" / "Tồn kỳ trước" (the national form's column under "Số hồ sơ nhận giải quyết").
const PREVIOUS = /(?<!\b(?:tu|ton) )\bky truoc\b(?!\s*(?:chuyen|con ton|ton))/;
const CURRENT = /\b(trong ky|ky nay|ky bao cao)\b/;
const CUMULATIVE = /\bluy ke\b/;
/** Cumulative words alone before the span they run to ("Lũy kế", "Lũy kế từ đầu năm đến hết"). */
const CUMULATIVE_WORDS = /^(?:(?:luy ke|cong don|tu dau nam|den het|den)\s*)+$/;
const SAME_PERIOD_LAST_YEAR = /\bcung ky( nam truoc)?\b/;
/** A header line holding only a report-relative word, its period on the next line. */
const RELATIVE_ALONE = /^(cung ky|luy ke|ky truoc)$/;

/** The period a report-relative word names (Kỳ trước, Lũy kế, Cùng kỳ), or undefined. */
function relativePeriod(folded: string, report: ReportPeriod): Period | undefined {
  if (report.start === '' || report.end === '') return undefined;
  const [sy, sm] = report.start.split('-').map(Number);
  const [ey, em] = report.end.split('-').map(Number);
  if (CUMULATIVE.test(folded)) return { start: monthStart(ey, 1), end: report.end };
  if (PREVIOUS.test(folded)) {
    const months = (ey - sy) * 12 + em - sm + 1;
    const endIndex = sy * 12 + sm - 2; // the month before the report's first
    const startIndex = endIndex - months + 1;
    return { start: monthStart(Math.floor(startIndex / 12), (startIndex % 12) + 1), end: monthEnd(Math.floor(endIndex / 12), (endIndex % 12) + 1) };
  }
  if (SAME_PERIOD_LAST_YEAR.test(folded)) {
    // "Cùng kỳ năm 2023": the report's span in the year named; without one, the year before.
    const named = /\bcung ky (?:nam )?((?:19|20)\d\d)\b/.exec(folded);
    const back = named ? sy - Number(named[1]) : 1;
    return { start: `${sy - back}${report.start.slice(4)}`, end: monthEnd(ey - back, em) };
  }
  if (CURRENT.test(folded)) return NO_PERIOD;
  return undefined;
}

/** A period equal to the report's own is left empty (the report's period). */
function own(period: Period, report: ReportPeriod): Period {
  return period.start === report.start && period.end === report.end ? NO_PERIOD : period;
}

function tokenPeriod(token: PeriodToken): Period | undefined {
  if (token.from === '' || token.to === '') return undefined;
  // "tính đến 31/12/2024": a point in time.
  return { start: token.kind === 'point' ? token.to : token.from, end: token.to };
}

/** The period one header cell names (relative words first), or undefined; `year` for periods written without one. */
function headerPeriod(text: string, report: ReportPeriod, year: number): Period | undefined {
  const folded = foldDiacritics(text).replace(/\s+/g, ' ').trim();
  const relative = relativePeriod(folded, report);
  if (relative) return relative;
  // A year alone as a heading ("2021" under "Kết quả qua các năm") is that year.
  if (/^(19|20)\d\d$/.test(folded)) return { start: `${folded}-01-01`, end: `${folded}-12-31` };
  return scanPeriods(text, { year }).map(tokenPeriod).find((p) => p !== undefined);
}

/**
 * What a value column's header says: its cells top down (its own cell and
 * the cells merged above it). The lowest cells naming a period win ("Quý II"
 * under "Thực hiện năm 2024" is that quarter), in the year a cell above names.
 * `cityLevel`: the level "Cấp thành phố" names in a city's own report.
 */
export function columnDimension(header: string | readonly string[], report: ReportPeriod, cityLevel?: Level): ColumnDimension {
  const parts = typeof header === 'string' ? [header] : header;
  const joined = parts.join(' ');
  const folded = foldDiacritics(joined).replace(/\s+/g, ' ').trim();
  const leaf = withoutBrackets(foldDiacritics(parts.at(-1) ?? ''));
  const kind: ColumnKind = PLAN.test(folded) && !/\bthuc hien\b/.test(folded) && !PLAN_TASKS.test(leaf) ? 'plan' : MAXIMUM.test(folded) ? 'maximum' : RANK.test(leaf) ? 'rank'
    : SHARE.test(folded) ? 'share' : DIFFERENCE.test(folded) ? 'difference' : 'value';
  const levels = levelsIn(joined, cityLevel);
  const level = levels.length === 1 ? levels[0] : TOTAL.test(folded) ? '' : undefined;
  for (let i = parts.length - 1; i >= 0; i--) {
    // A relative word alone on the line above ("Cùng kỳ" / "năm 2023", a PDF cell wrapped) goes with the period below it.
    const from = i > 0 && RELATIVE_ALONE.test(foldDiacritics(parts[i - 1]).replace(/\s+/g, ' ').trim()) ? i - 1 : i;
    const above = parts.slice(0, from).join(' ').match(/\b(?:19|20)\d\d\b/g);
    const year = above?.length === 1 ? Number(above[0]) : report.year;
    // The cells from i down, together: a heading wrapped over two rows ("Năm" / "2021") reads as one.
    const period = headerPeriod(parts.slice(from).join(' '), report, year);
    if (period) return { kind, period: own(period, report), level };
  }
  return { kind, period: NO_PERIOD, level };
}

/** The sections a total adds up, in brackets after it ("(I + II)", "(A+B+C)"). */
const SUM_OF_CODES = /\(\s*[ivxlcabcd\d]{1,4}(?:\s*\+\s*[ivxlcabcd\d]{1,4})+\s*\)/g;

/** The unit's own total row or column: "Tổng số", "Tổng cộng", "Cộng", "Cộng chung", "Toàn huyện", "Cộng toàn tỉnh", "Cả huyện", "Tổng cộng (I + II)". */
export function isTotalLabel(text: string): boolean {
  return TOTAL.test(foldDiacritics(text).replace(SUM_OF_CODES, ' ').replace(/[.:]/g, '').replace(/\s+/g, ' ').trim());
}

/** Two dates joined by a dash, nothing else ("15/3/2025 - 14/6/2025"): a reporting span set as a cell. */
const DATE_SPAN = /^(\d{1,2}\/\d{1,2}\/(?:19|20)\d\d)\s*[-–]\s*(\d{1,2}\/\d{1,2}\/(?:19|20)\d\d)$/;

/** A row label that only names a period ("Trong kỳ", "Kỳ trước", "Lũy kế từ đầu năm", "Quý I", "Năm 2023", a year alone under "Năm"). */
export function periodLabel(text: string, report: ReportPeriod): Period | undefined {
  // The span between two dates, as "Từ … đến …" says it (the earlier date first).
  const dates = DATE_SPAN.exec(text.trim());
  if (dates) {
    const span = periodLabel(`Từ ${dates[1]} đến ${dates[2]}`, report);
    return span && span.start <= span.end ? span : undefined;
  }
  const folded = foldDiacritics(text).replace(/\s+/g, ' ').trim();
  if (/^(19|20)\d\d$/.test(folded)) return own({ start: `${folded}-01-01`, end: `${folded}-12-31` }, report);
  const relative = relativePeriod(folded, report);
  const rest = folded.replace(/\b(ky truoc|trong ky|ky nay|ky bao cao|luy ke|cung ky|nam truoc|tu dau nam|den nay|den cuoi ky)\b/g, ' ');
  if (relative && rest.trim() === '') return own(relative, report);
  const tokens = scanPeriods(text, { year: report.year });
  if (tokens.length !== 1) return undefined;
  const words = (part: string) => foldDiacritics(part).replace(/[^\p{L}\d]+/gu, ' ').trim();
  const [before, after] = [words(text.slice(0, tokens[0].start)), words(text.slice(tokens[0].end))];
  const period = tokenPeriod(tokens[0]);
  if (!period) return undefined;
  if (before === '' && after === '') return own(period, report);
  // "Lũy kế 9 tháng năm 2024", "Lũy kế đến hết quý III": from the start of the year to the end of the span named.
  return after === '' && CUMULATIVE.test(before) && CUMULATIVE_WORDS.test(before) ? own({ start: `${period.end.slice(0, 4)}-01-01`, end: period.end }, report) : undefined;
}

/** A cited document in a label ("(theo Quyết định số 1250/QĐ-UBND ngày 15/6/2024 …)"): its date is not a period. */
const CITATION = /\(?\s*(?:theo\s+)?(?:Quyết định|Kế hoạch|Nghị định|Nghị quyết|Thông tư|Công văn|Văn bản|Chỉ thị)\s+(?:số\s+)?[\w/.-]*\d[\w/.-]*(?:\s+ngày\s+[\d/.-]+)?[^)]*\)?/giu;
/** Words before a year that make it a comparison base, not the row's period ("so với năm 2015", "từ năm 2015"). */
const BASE_BEFORE = /(so voi|tu|truoc|sau|ke tu|giai doan)\s*$/;

export interface LabelScope {
  /** The label without its period and cited documents (for matching). */
  meaning: string;
  /** The period the label scopes its row to; undefined = none named. */
  period?: Period;
}

/** The period a row label scopes its row to ("… được giao năm 2025", "(tính đến 31/3/2025)"), and the label without it. */
export function labelScope(label: string, report: ReportPeriod): LabelScope {
  const withoutCitations = label.replace(CITATION, (m) => ' '.repeat(m.length));
  const tokens = scanPeriods(withoutCitations, { year: report.year }).filter((t) => {
    const before = foldDiacritics(withoutCitations.slice(0, t.start)).trimEnd();
    return !BASE_BEFORE.test(before) && tokenPeriod(t) !== undefined;
  });
  if (tokens.length !== 1) return { meaning: withoutCitations.replace(/\s+/g, ' ').trim() === label.trim() ? label : withoutCitations.replace(/\s+/g, ' ').trim() };
  const [token] = tokens;
  // "tính đến", "đến ngày", "trong", a bracket left around the period go with it.
  const before = withoutCitations.slice(0, token.start).replace(/\(?\s*(?:tính\s+)?(?:đến|tới|trong|tại thời điểm)?\s*(?:ngày)?\s*$/iu, '');
  const after = withoutCitations.slice(token.end).replace(/^\s*\)/, '');
  return { meaning: `${before} ${after}`.replace(/\s+/g, ' ').trim(), period: own(tokenPeriod(token)!, report) };
}
