/**
 * The metadata stage: who reports (issuer, unit, level, province), the
 * report's number and date, and the period it covers (reports.csv).
 *
 * Read from the header block (PDF: two columns merged line by line; DOCX: a
 * header table row; TXT: often missing) and, failing that, from the opening
 * sentence "UBND huyện X báo cáo kết quả ... quý I năm 2024 như sau". The
 * period comes from the title or that sentence, cut before the next
 * period's tasks ("nhiệm vụ trọng tâm quý II").
 */
import type { Report, ReportMeta } from '../model/report.js';
import { emptyMeta } from '../model/report.js';
import type { Level, PeriodType } from '../model/schemas.js';
import { scanDates } from '../parse/dates.js';
import { scanDocSymbols } from '../parse/doc-symbols.js';
import { scanPeriods, type PeriodKind } from '../parse/periods.js';
import { CENTRAL_CITIES, likelyProvince, provinceName } from '../parse/provinces.js';
import type { Stage } from '../pipeline.js';
import { bodyFlow, footnoteFlows } from '../text/body-flow.js';

const HEADER_LINES = 40;
const NATIONAL_MOTTO = /CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc/gu;
const TITLE_LINE = /^\s*BÁO\s+CÁO(?![\p{L}])/u;
/** Where the title stops and the opening paragraph starts. */
const TITLE_END = /(?<=\s)(?:Thực\s+hiện|Căn\s+cứ|Kính\s+gửi|Triển\s+khai|Theo|Để|Trên\s+cơ\s+sở)\s|\n\s*I\.\s/u;

const UNIT_WORDS: ReadonlyArray<[RegExp, Level, string]> = [
  [/^tỉnh$/iu, 'province', 'tỉnh'],
  [/^thành\s+phố$/iu, 'district', 'thành phố'],
  [/^huyện$/iu, 'district', 'huyện'],
  [/^quận$/iu, 'district', 'quận'],
  [/^thị\s+xã$/iu, 'district', 'thị xã'],
  [/^xã$/iu, 'commune', 'xã'],
  [/^phường$/iu, 'commune', 'phường'],
  [/^thị\s+trấn$/iu, 'commune', 'thị trấn'],
  [/^đặc\s+khu$/iu, 'commune', 'đặc khu'],
];
const UNIT_WORD_LIST = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu'];
/** The unit words in lower case, capitalised and in capitals (no /i: it would make \p{Lu} match lower case). */
const UNIT_ALT = UNIT_WORD_LIST.flatMap((w) => [w, w[0].toLocaleUpperCase('vi') + w.slice(1), w.toLocaleUpperCase('vi')])
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, String.raw`\s+`))
  .join('|');
const PEOPLES_COMMITTEE = String.raw`(?:UBND|[ỦU]Y\s+BAN\s+NHÂN\s+DÂN|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)`;
/** Header: "ỦY BAN NHÂN DÂN ⏎ HUYỆN THỌ XUÂN" (name in capitals). */
const HEADER_UNIT = new RegExp(String.raw`${PEOPLES_COMMITTEE}\s+(${UNIT_ALT})[ \t]+(\p{Lu}+(?:[ \t]+\p{Lu}+)*)(?![\p{L}])`, 'gu');
/** Opening sentence: "UBND xã Thạch Khê báo cáo". */
const OPENING_UNIT = new RegExp(
  String.raw`${PEOPLES_COMMITTEE}\s+(${UNIT_ALT})\s+(\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){0,3})\s+(?:đã\s+)?báo\s+cáo\s+([^]*?)(?:như\s+sau|:)`,
  'u',
);
/** "Số: 97/BC-UBND" at a line or cell start, or after the unit's name in a merged header ("... THỌ XUÂN Số: 97/BC-UBND"). */
const REPORT_NUMBER = /(?:(?:^|\n|\|)[ \t]*Số\s*:?|(?<![\p{L}])Số\s*:)[ \t]*/gu;
const REPORT_DATE = /,\s*ngày\s+/gu;
/** What follows in a title is the next period's work, not the period reported ("kết quả thực hiện nhiệm vụ … năm 2024" is this period's). */
const NEXT_PERIOD = /[,;]?\s*(?:và\s+)?(?:(?<!thực\s+hiện\s+)nhiệm\s+vụ|phương\s+hướng|kế\s+hoạch\s+(?:công\s+tác\s+)?(?:quý|năm|tháng|6\s+tháng))/iu;

const PERIOD_TYPES: Partial<Record<PeriodKind, PeriodType>> = {
  month: 'month', quarter: 'quarter', half_year: 'half_year', nine_months: 'nine_months', year: 'year', multi_year: 'multi_year',
};

function titleCase(name: string): string {
  return name.toLocaleLowerCase('vi').replace(/(^|\s)(\p{L})/gu, (_m, sp: string, c: string) => sp + c.toLocaleUpperCase('vi'));
}

function levelOf(word: string, name: string): { level: Level; word: string } {
  const found = UNIT_WORDS.find(([re]) => re.test(word.trim()));
  if (!found) return { level: '', word };
  const [, level, canonical] = found;
  // A centrally-run city is a province; another city belongs to a province.
  if (canonical === 'thành phố' && (CENTRAL_CITIES as readonly string[]).includes(provinceName(name) ?? '')) {
    return { level: 'province', word: canonical };
  }
  return { level, word: canonical };
}

interface Header {
  text: string;
  title: string;
}

/** The lines before the title "BÁO CÁO" (motto removed) and the title itself. */
function headerOf(report: Report): Header {
  const lines = report.pages.flatMap((p) => p.lines).filter((l) => l.text.trim() !== '').slice(0, HEADER_LINES);
  const titleAt = lines.findIndex((l) => TITLE_LINE.test(l.text));
  if (titleAt < 0) return { text: '', title: '' };
  const text = lines.slice(0, titleAt).map((l) => l.text).join('\n').replace(NATIONAL_MOTTO, ' ');
  const block = lines.slice(titleAt, titleAt + 4).map((l) => l.text.trim()).join('\n').replace(TITLE_LINE, '');
  const end = TITLE_END.exec(block);
  return { text, title: (end ? block.slice(0, end.index) : block).replace(/\s+/g, ' ').trim() };
}

function reportNumber(header: string): string {
  for (const m of header.matchAll(REPORT_NUMBER)) {
    const at = m.index + m[0].length;
    const [symbol] = scanDocSymbols(header.slice(at, at + 40));
    if (symbol && symbol.start === 0) return symbol.symbol;
  }
  return '';
}

function reportDate(header: string): string {
  for (const m of header.matchAll(REPORT_DATE)) {
    const at = m.index + m[0].length;
    const [date] = scanDates(header.slice(at, at + 40));
    if (date && date.start === 0) return date.iso ?? '';
  }
  return '';
}

function lastYear(text: string): number | undefined {
  const years = [...text.matchAll(/(?:năm\s+|\/\s*)((?:19|20)\d\d)(?!\d)/giu)].map((m) => Number(m[1]));
  return years.length > 0 ? years[years.length - 1] : undefined;
}

/**
 * The period of a title or opening clause: the first one before the next
 * period's tasks. A period without its own year takes the year written
 * later ("quý I, nhiệm vụ trọng tâm quý II năm 2024"), else the report's;
 * a report covers a period that has begun, so a guessed year that puts
 * the start after the report's date is one too late ("quý IV, phương
 * hướng nhiệm vụ năm 2025" dated 15/12/2024).
 */
function periodOf(text: string, reportDate: string): Pick<ReportMeta, 'periodType' | 'periodStart' | 'periodEnd'> | null {
  const next = NEXT_PERIOD.exec(text);
  const own = next && next.index > 0 ? text.slice(0, next.index) : text;
  const guessed = lastYear(own) === undefined;
  const year = lastYear(text) ?? (reportDate ? Number(reportDate.slice(0, 4)) : 0);
  const first = (y: number) => {
    for (const token of scanPeriods(own, { year: y })) {
      const type = PERIOD_TYPES[token.kind];
      if (type) return { periodType: type, periodStart: token.from, periodEnd: token.to };
    }
    return null;
  };
  const period = first(year);
  if (period && guessed && reportDate && period.periodStart > reportDate) return first(year - 1);
  return period;
}

/** Metadata of a report, from what its text states; empty fields where it does not. */
export function extractMetadata(report: Report): ReportMeta {
  const meta = emptyMeta();
  const header = headerOf(report);
  const body = bodyFlow(report).text;
  const opening = OPENING_UNIT.exec(body.slice(0, 3000));

  const units = [...header.text.matchAll(HEADER_UNIT)];
  const unit = units.length > 0 ? units[units.length - 1] : undefined;
  const [word, rawName] = unit ? [unit[1], titleCase(unit[2])] : opening ? [opening[1], opening[2]] : ['', ''];
  if (rawName) {
    const { level, word: canonical } = levelOf(word, rawName);
    meta.unitLevel = level;
    meta.unitName = rawName;
    meta.issuer = `UBND ${canonical} ${rawName}`;
  }
  const stated = units.find((u) => /^tỉnh$/iu.test(u[1]) && u !== unit);
  meta.province =
    (meta.unitLevel === 'province' ? provinceName(meta.unitName) ?? meta.unitName : undefined) ??
    (stated ? provinceName(stated[2]) ?? titleCase(stated[2]) : undefined) ??
    likelyProvince([header.text, body, ...footnoteFlows(report).map((f) => f.flow.text)].join('\n')) ??
    '';

  meta.reportNumber = reportNumber(header.text);
  meta.reportDate = reportDate(header.text);
  const period = (header.title ? periodOf(header.title, meta.reportDate) : null) ?? (opening ? periodOf(opening[3], meta.reportDate) : null);
  if (period) Object.assign(meta, period);
  return meta;
}

export const metadataStage: Stage = {
  name: 'metadata',
  run(report) {
    report.meta = extractMetadata(report);
  },
};
