/**
 * The metadata stage: who reports (issuer, unit, level, province), the
 * report's number and date, and the period it covers (reports.csv).
 *
 * Read from the header block (PDF: two columns merged line by line; DOCX: a
 * header table row; TXT: often missing) and, failing that, from the opening
 * sentence "UBND huyện X báo cáo kết quả ... quý I năm 2024 như sau". The
 * period comes from the title or that sentence, cut before the next
 * period's tasks ("nhiệm vụ trọng tâm quý II"). A text without either (a
 * press item, an excerpt, a report without its first page) is read from
 * its lead: headline, dateline and opening sentences (lead.ts).
 */
import type { Report, ReportMeta } from '../model/report.js';
import { emptyMeta } from '../model/report.js';
import { scanDates } from '../parse/dates.js';
import { scanDocSymbols } from '../parse/doc-symbols.js';
import { likelyProvince, provinceName } from '../parse/provinces.js';
import { caseAlternation, titleCase, UNIT_WORDS, unitLevelOf } from '../parse/unit-words.js';
import type { Stage } from '../pipeline.js';
import { bodyFlow, footnoteFlows } from '../text/body-flow.js';
import { readLead, type Lead } from './lead.js';
import { reportsForProvince } from './department-subject.js';
import { departmentIn, leadUnit } from './lead-unit.js';
import { parentUnit } from './parent-unit.js';
import { dominantYear, leadPeriod, titlePeriod } from './report-period.js';
import { selfLevel } from './self-level.js';

const HEADER_LINES = 40;
const NATIONAL_MOTTO = /CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc/gu;
const TITLE_LINE = /^\s*BÁO\s+CÁO(?![\p{L}])/u;
/** Where the title stops and the opening paragraph starts. */
const TITLE_END = /(?<=\s)(?:Thực\s+hiện|Căn\s+cứ|Kính\s+gửi|Triển\s+khai|Theo|Để|Trên\s+cơ\s+sở)\s|\n\s*I\.\s/u;

/** The unit words in lower case, capitalised and in capitals. */
const UNIT_ALT = caseAlternation(UNIT_WORDS.map(([w]) => w));
const PEOPLES_COMMITTEE = String.raw`(?:UBND|[ỦU]Y\s+BAN\s+NHÂN\s+DÂN|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)`;
/** Header: "ỦY BAN NHÂN DÂN ⏎ HUYỆN THỌ XUÂN" (name in capitals). */
/**
 * A name word in capitals: not the next issuer line ("UBND TỈNH NGHỆ AN ỦY BAN
 * NHÂN DÂN HUYỆN QUỲNH LƯU", a DOCX header cell) nor the number line.
 */
const NAME_WORD = String.raw`(?!(?:UBND|[ỦU]Y|UỶ|SỐ)(?![\p{L}\p{M}]))\p{Lu}+`;
const NAME = String.raw`${NAME_WORD}(?:[ \t]+${NAME_WORD})*`;
/**
 * The name may wrap onto the next line of a two-column header ("ỦY BAN NHÂN DÂN HUYỆN ⏎ QUỲNH LƯU"), past the right
 * column's place and date line read in beside it ("ỦY BAN NHÂN DÂN XÃ TÂN Tân Hòa, ngày 5 tháng 4 năm 2023 ⏎ HÒA").
 */
const HEADER_UNIT = new RegExp(
  String.raw`${PEOPLES_COMMITTEE}\s+(${UNIT_ALT})(?:((?:[ \t]+${NAME_WORD})*)[ \t]+[^\n,]{1,40},[ \t]*ngày[^\n]*\n[ \t]*(${NAME})|\s+(${NAME}))(?![\p{L}])`,
  'gu',
);

/** A header unit's word and name, the two parts of a name wrapped around a date line joined. */
function headerUnits(header: string): Array<{ word: string; name: string }> {
  return [...header.matchAll(HEADER_UNIT)].map((m) => ({ word: m[1], name: m[4] ?? `${m[2]} ${m[3]}`.trim() }));
}
const OPENING_NAME = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){0,3}`;
/** Opening sentence: "UBND xã Thạch Khê báo cáo", "UBND xã Đức Long, huyện Thạch An báo cáo" (the parent: parent-unit.ts). */
const OPENING_UNIT = new RegExp(
  String.raw`${PEOPLES_COMMITTEE}\s+(${UNIT_ALT})\s+(${OPENING_NAME})(?:\s*,?\s+(?:${UNIT_ALT})\s+${OPENING_NAME}){0,2}\s+(?:đã\s+)?báo\s+cáo\s+([^]*?)(?:như\s+sau|:)`,
  'u',
);
/** "Số: 97/BC-UBND" at a line or cell start, or after the unit's name in a merged header ("... THỌ XUÂN Số: 97/BC-UBND"). */
const REPORT_NUMBER = /(?:(?:^|\n|\|)[ \t]*Số\s*:?|(?<![\p{L}])Số\s*:)[ \t]*/gu;
const REPORT_DATE = /,\s*ngày\s+/gu;
interface Header {
  text: string;
  title: string;
  /** The prose after the title. */
  after: string;
}

/** The lines before the title "BÁO CÁO" (motto removed) and the title itself. */
function headerOf(report: Report): Header {
  const all = report.pages.flatMap((p) => p.lines).filter((l) => l.text.trim() !== '');
  const lines = all.slice(0, HEADER_LINES);
  const titleAt = lines.findIndex((l) => TITLE_LINE.test(l.text));
  if (titleAt < 0) return { text: '', title: '', after: '' };
  const text = lines.slice(0, titleAt).map((l) => l.text).join('\n').replace(NATIONAL_MOTTO, ' ');
  const block = lines.slice(titleAt, titleAt + 4).map((l) => l.text.trim()).join('\n').replace(TITLE_LINE, '');
  const end = TITLE_END.exec(block);
  const title = (end ? block.slice(0, end.index) : block).replace(/\s+/g, ' ').trim();
  const after = [end ? block.slice(end.index) : '', ...all.slice(titleAt + 4, titleAt + 40).map((l) => l.text.trim())].join('\n');
  return { text, title, after };
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

/** Metadata of a report, from what its text states; empty fields where it does not. */
export function extractMetadata(report: Report): ReportMeta {
  const meta = emptyMeta();
  const header = headerOf(report);
  const body = bodyFlow(report).text;
  const opening = OPENING_UNIT.exec(body.slice(0, 3000));
  // A text without a formal title or opening sentence is read from its lead; a titled one from the prose after the title.
  const lead: Lead = header.title ? { headline: '', headlineKind: '', published: '', opening: header.after } : readLead(body);

  const units = headerUnits(header.text);
  const unit = units.length > 0 ? units[units.length - 1] : undefined;
  const headerDepartment = header.text ? departmentIn(header.text) : null;
  const [word, rawName] = unit ? [unit.word, titleCase(unit.name)] : opening ? [opening[1], opening[2]] : ['', ''];
  const stated = units.find((u) => /^tỉnh$/iu.test(u.word) && (u !== unit || headerDepartment));
  const statedProvince = stated ? provinceName(stated.name) ?? titleCase(stated.name) : undefined;
  const fromLead = rawName || headerDepartment ? null : leadUnit(lead.headline, lead.opening, likelyProvince(body));
  if (headerDepartment) {
    // A department (sở) speaks for itself, not for the province: its own name keeps its figures apart from the province's.
    Object.assign(meta, { unitLevel: 'province', unitName: headerDepartment.name, issuer: statedProvince ? `${headerDepartment.name} tỉnh ${statedProvince}` : headerDepartment.issuer });
  } else if (rawName) {
    const { level, word: canonical } = unitLevelOf(word, rawName);
    meta.unitLevel = level;
    meta.unitName = rawName;
    meta.issuer = `UBND ${canonical} ${rawName}`;
  } else if (fromLead) {
    Object.assign(meta, { unitLevel: fromLead.level, unitName: fromLead.name, issuer: fromLead.issuer });
  }
  meta.province =
    (meta.unitLevel === 'province' && !headerDepartment && fromLead?.word !== 'sở' ? provinceName(meta.unitName) ?? meta.unitName : undefined) ??
    statedProvince ??
    fromLead?.province ??
    likelyProvince([header.text, body, ...footnoteFlows(report).map((f) => f.flow.text)].join('\n')) ??
    '';
  if (fromLead?.word === 'sở' && !fromLead.province && meta.province) meta.issuer = `${fromLead.name} tỉnh ${meta.province}`;
  if ((headerDepartment || fromLead?.word === 'sở') && reportsForProvince(meta.unitName, header.title || lead.headline, lead.opening)) meta.forProvince = true;
  // A report that never names itself (its first page lost) still speaks of itself by its level word: "Thị xã tiếp tục …".
  if (!meta.unitLevel) meta.unitLevel = selfLevel(body);

  meta.reportNumber = reportNumber(header.text);
  meta.reportDate = reportDate(header.text);
  const fromTitle = header.title ? titlePeriod(header.title, meta.reportDate) : null;
  const fromOpening = fromTitle ? null : opening ? titlePeriod(opening[3], meta.reportDate) : null;
  const fromYear = () => {
    const year = header.title ? null : dominantYear(body);
    return year ? { period: year, source: 'text' as const } : null;
  };
  const read = fromTitle ? { period: fromTitle, source: 'header' as const } : fromOpening ? { period: fromOpening, source: 'text' as const } : leadPeriod(lead) ?? fromYear();
  if (read) Object.assign(meta, read.period, { periodSource: read.source });

  const parent = headerDepartment ? undefined : parentUnit({
    own: { level: meta.unitLevel, name: meta.unitName },
    province: meta.province,
    date: meta.reportDate || meta.periodEnd,
    header: header.text,
    texts: [lead.headline, body],
  });
  if (parent) Object.assign(meta, { parentLevel: parent.level, parentName: parent.name });
  return meta;
}

export const metadataStage: Stage = {
  name: 'metadata',
  run(report) {
    report.meta = extractMetadata(report);
  },
};
