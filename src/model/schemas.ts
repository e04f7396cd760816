/**
 * Row schemas of the output contract (../shared/spec/outputs.md) and of the
 * gold files. Column order here is the column order written to CSV: append,
 * never reorder or rename.
 */
import { z } from 'zod';

export const FORMATS = ['pdf', 'docx', 'doc', 'txt'] as const;
export const Format = z.enum(FORMATS);
export type Format = z.infer<typeof Format>;

export const LEVELS = ['province', 'district', 'commune'] as const;
/** '' = the reporting unit's own total. */
export const Level = z.union([z.enum(LEVELS), z.literal('')]);
export type Level = z.infer<typeof Level>;

/** The level as written to figures.csv and mentions.csv: `own` = the reporting unit's own total, never empty. */
export const OUTPUT_LEVELS = [...LEVELS, 'own'] as const;
export const OutputLevel = z.enum(OUTPUT_LEVELS);
export type OutputLevel = z.infer<typeof OutputLevel>;

export function outputLevel(level: Level): OutputLevel {
  return level === '' ? 'own' : level;
}

/**
 * report_id: `r` + the first 16 hex characters of the file's SHA-256. The
 * letter keeps spreadsheets from reading an all-digit id as a number
 * (4812360625148516 → 4.81236E+15) or a digits-e-digits id as an exponent.
 */
export const REPORT_ID = /^r[0-9a-f]{16}$/;
export function reportIdOf(sha256Hex: string): string {
  return `r${sha256Hex.slice(0, 16)}`;
}

export const PERIOD_TYPES = ['month', 'quarter', 'half_year', 'nine_months', 'year', 'multi_year', 'other'] as const;
export const PeriodType = z.enum(PERIOD_TYPES);
export type PeriodType = z.infer<typeof PeriodType>;

/** Where a report's own period was read (reports.csv `period_source`). */
export const PERIOD_SOURCES = ['header', 'title', 'headline', 'dateline', 'text', 'none'] as const;
export const PeriodSource = z.enum(PERIOD_SOURCES);
export type PeriodSource = z.infer<typeof PeriodSource>;

export const Status = z.enum(['ok', 'partial', 'error']);
export type Status = z.infer<typeof Status>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const MentionSource = z.enum(['text', 'table', 'footnote']);
export type MentionSource = z.infer<typeof MentionSource>;

/** An ISO date (a real one: a database types the column as DATE) or empty when unknown. */
const isoDate = z.union([z.iso.date(), z.literal('')]);
const count = z.number().int().nonnegative();
const optionalInt = z.union([z.number().int(), z.literal('')]);
const optionalNumber = z.union([z.number().finite(), z.literal('')]);
const reportId = z.string().regex(REPORT_ID).describe('the report (reports.csv)');
const page = z.number().int().positive().describe('page of the source file, from 1');
const line = z.number().int().positive().describe('line within the page, from 1, as `cchc text` numbers them');

/*
 * Every column carries its meaning (.describe): datapackage.json and the
 * column tables of docs/outputs.md are generated from these schemas.
 */
export const ReportRow = z.object({
  report_id: z.string().regex(REPORT_ID).describe('stable id: `r` + the first 16 hex characters of the file\'s SHA-256 (a later byte-identical copy: of its SHA-256 and path; a file without content to hash, such as an empty, unreadable or not regular file: of its path)'),
  source_file: z.string().min(1).describe('path of the file relative to the input folder it was found in'),
  format: Format.describe('file format'),
  status: Status.describe('ok, partial (some stage failed, rows kept) or error (nothing extracted)'),
  error: z.string().describe('one-line message when status is not ok ("PDF is encrypted", "file is empty", "not a regular file: a FIFO (named pipe)", "PDF streams decode to more than 128 MB (limit per file)", "out of memory (worker memory limit 2048 MB)", "text layer is mostly unmapped glyph codes (…): OCR needed")'),
  pages: optionalInt.describe("pages read (a TXT without form feeds is one page; a DOCX counts the pages its explicit page breaks make, since Word lays out its own pages); empty when no text was read"),
  issuer: z.string().describe('issuing body as written in the header ("UBND huyện Thạch An", "Sở Tư pháp tỉnh Đắk Lắk"), or the unit a text without a header reports for'),
  unit_level: z.union([z.enum(LEVELS), z.literal('')]).describe('level of the reporting unit (a provincial department: province); a report that never names its unit (first page lost) takes the level its text calls itself by ("Thị xã tiếp tục …", "toàn huyện"), unit_name and issuer then empty'),
  unit_name: z.string().describe('name of the reporting unit ("Thạch An"; a department: "Sở Tư pháp", so that its figures stay apart from the province\'s)'),
  province: z.string().describe('province, stated or inferred from the text'),
  report_number: z.string().describe('the report\'s number and symbol ("354/BC-UBND"); empty when left blank'),
  report_date: isoDate.describe('date the report was signed'),
  period_type: z.union([PeriodType, z.literal('')]).describe('kind of period the report covers'),
  period_start: isoDate.describe('first day of the report\'s period'),
  period_end: isoDate.describe('last day of the report\'s period'),
  text_repair: z.string().describe('what the text needed, joined by +: none, nfc, pua, tcvn3, vni, windows-1258, glyph, spacing, ocr, ...'),
  figures: count.describe('rows of this report in figures.csv'),
  flags: count.describe('rows of this report in flags.csv'),
  unit_key: z.string().describe('the reporting unit across the batch: <province>/<level>/<name>, folded ("nghe-an/district/song-lam"); `?` for a part the batch cannot tell; empty when the report names no unit'),
  duplicate_of: z.union([z.string().regex(REPORT_ID), z.literal('')]).describe('the report_id of the copy of record when this report is a copy (same issuer, number and date, or the same text); empty for the copy of record and for reports without copies'),
  period_source: z.union([PeriodSource, z.literal('')]).describe('where the period was read: header (the title under "BÁO CÁO"), title (the first line of a text without header or dateline), headline (a press item\'s headline, above its dateline), dateline (a period named without its year, the year taken from the publication date), text (the opening sentences before the first figure, the date of a report they cite, or the one year a text without header keeps naming), none (nowhere); empty when no text was read'),
  diagnostics: z.string().default('').describe('warnings about the report as a whole ("no figures found", low OCR confidence), joined by "; "'),
  parent_unit_key: z.string().describe('the unit the reporting unit belongs to, keyed like unit_key: a commune\'s district as its header ("UBND HUYỆN X" above "UBND XÃ Y") or text ("xã Y, huyện X") states it, a district\'s province; from 1 July 2025 (no districts) a commune\'s province; empty when the report does not say'),
});
export type ReportRow = z.infer<typeof ReportRow>;

const figureColumns = {
  report_id: reportId,
  unit_name: z.string().describe('name of the reporting unit (as in reports.csv)'),
  indicator: z.string().min(1).describe('catalogue key (docs/indicators.md)'),
  value: z.number().finite().describe('plain number, \'.\' decimal, no thousands separators; money in đồng, rates in percent'),
  unit: z.string().min(1).describe('unit of the indicator (dossier, procedure, percent, person, document, task, unit, vnd, score, rank, count)'),
  level: OutputLevel.describe('administrative level the figure counts: province, district, commune, or own (the reporting unit\'s own total)'),
  period_start: isoDate.describe('first day of the figure\'s period: the report\'s period unless the text scoped the figure; empty only when neither is known'),
  period_end: isoDate.describe('last day of the figure\'s period (a point in time: equal to period_start)'),
};

export const FigureRow = z.object({
  ...figureColumns,
  mentions: z.number().int().positive().describe('places in the report that state this figure'),
  page: page.describe('page of the first mention'),
  line: line.describe('line of the first mention'),
  evidence: z.string().describe('the sentence or table row of the first mention, trimmed to about 200 characters'),
  rule: z.string().min(1).describe('id of the rule that produced the first mention'),
  ocr: optionalInt.default('').describe('OCR confidence (0–100) of the page the first mention was read from by OCR; empty for a text layer'),
});
export type FigureRow = z.infer<typeof FigureRow>;

export const MentionRow = z.object({
  ...figureColumns,
  indicator: z.string().describe('catalogue key; empty for a quantity number-first reading could not place (rule `unplaced`), listed for review, never a figure'),
  page,
  line,
  evidence: z.string().describe('the sentence or table row, trimmed to about 200 characters'),
  rule: z.string().min(1).describe('id of the rule that produced the mention'),
  char_start: z.number().int().nonnegative().describe('offset of the number in the page text (`cchc text` lines joined by newlines)'),
  char_end: z.number().int().nonnegative().describe('offset just after the number'),
  source: MentionSource.describe('prose text, a table row, or a footnote'),
  ocr: optionalInt.default('').describe('OCR confidence (0–100) of the page the mention was read from by OCR; empty for a text layer'),
});
export type MentionRow = z.infer<typeof MentionRow>;

export const DocumentRow = z.object({
  report_id: reportId,
  doc_type: z.string().describe('kind of document (Quyết định, Kế hoạch, Công văn, ...)'),
  number: z.string().describe('number part of the symbol ("164")'),
  year: optionalInt.describe('year in the symbol'),
  symbol: z.string().describe('the full symbol ("164/KH-UBND")'),
  date: isoDate.describe('issue date'),
  issuer: z.string().describe('issuing body, when stated'),
  subject: z.string().describe('what the document is about, when stated'),
  page,
  line,
  raw: z.string().describe('the citation as written'),
});
export type DocumentRow = z.infer<typeof DocumentRow>;

export const FlagRow = z.object({
  report_id: reportId,
  check_id: z.string().min(1).describe('the check that raised it (src/checks/README.md)'),
  severity: Severity.describe('error (impossible), warning (inconsistent), info'),
  message: z.string().min(1).describe('one sentence saying what disagrees with what, with the numbers as the report writes them'),
  indicators: z.string().describe('catalogue keys involved, space-separated'),
  expected: z.string().describe('what the other numbers imply, as the report would write it ("7.341", "≤ 84", "92,13%")'),
  actual: z.string().describe('what the report states, written the same way'),
  page: optionalInt.describe('page of the finding; empty when it has no single place'),
  line: optionalInt.describe('line of the finding'),
  evidence: z.string().describe('the sentences or rows involved'),
  expected_value: optionalNumber.describe('expected as a plain number; empty when it is not one number (a date, a range)'),
  actual_value: optionalNumber.describe('actual as a plain number'),
  difference: optionalNumber.describe('actual_value − expected_value'),
});
export type FlagRow = z.infer<typeof FlagRow>;

export const SERIES_PERIOD_KINDS = ['point', 'month', 'quarter', 'half_year', 'nine_months', 'year', 'other'] as const;

/** series.csv: one row per unit × indicator × level × period across the batch, duplicates left out. */
export const SeriesRow = z.object({
  unit_key: z.string().min(1).describe('the unit (reports.csv unit_key)'),
  unit_name: z.string().describe('the unit\'s name as its report of record writes it'),
  province: z.string().describe('the unit\'s province as its report of record writes it'),
  unit_level: z.union([z.enum(LEVELS), z.literal('')]).describe('level of the unit'),
  indicator: z.string().min(1).describe('catalogue key (docs/indicators.md)'),
  level: OutputLevel.describe('level the figure counts (own = the unit\'s own total)'),
  period_start: z.iso.date().describe('first day of the period'),
  period_end: z.iso.date().describe('last day of the period'),
  period_kind: z.enum(SERIES_PERIOD_KINDS).describe('what the period spans: a point in time, a calendar month, quarter, half-year, nine months, year, or other'),
  value: z.number().finite().describe('the value of record: from the report whose own period this is, else the latest report'),
  unit: z.string().min(1).describe('unit of the indicator'),
  report_id: z.string().regex(REPORT_ID).describe('the report the value of record comes from'),
  page: page.describe('page of the value of record in its report'),
  line: line.describe('line of the value of record'),
  reports: z.number().int().positive().describe('reports of the batch (copies left out) that state this unit × indicator × level × period'),
  disagreeing_values: z.string().describe('values other reports state for the same key, `;`-separated, empty when all agree'),
  disagreeing_reports: z.string().describe('the reports stating them, in the same order'),
});
export type SeriesRow = z.infer<typeof SeriesRow>;

/** Appendix-table rows, mapped or not (issue: appendix statistics tables). */
export const TableRow = z.object({
  report_id: reportId,
  table_id: z.string().describe('the table within the report (T1, T2, ... or the DOCX table number)'),
  code: z.string().describe('row code as written ("3.4.1")'),
  label: z.string().describe('row label'),
  unit: z.string().describe('unit cell as written'),
  value: z.string().describe('value cell as written'),
  level: Level.describe('level the row is about (cấp huyện, cấp xã rows); empty when the row names none'),
  page,
  line,
  indicator: z.string().describe('catalogue key the row was mapped to; empty when unmapped'),
  unit_name: z.string().describe('per-unit tables: the unit (commune, department) the row is about; empty otherwise'),
  period_start: isoDate.describe("first day of the period the value's column or row names; empty = the report's own"),
  period_end: isoDate.describe("last day of that period"),
  column_header: z.string().describe("header of the value's column (its cell and those merged above it); empty when the table has none"),
});
export type TableRow = z.infer<typeof TableRow>;

/** `<name>.gold.csv`: what a careful reader extracts by hand. */
export const GoldRow = z.object({
  indicator: z.string().min(1),
  value: z.coerce.number().finite(),
  level: Level,
  period_start: isoDate,
  period_end: isoDate,
  note: z.string().default(''),
});
export type GoldRow = z.infer<typeof GoldRow>;

/** `<name>.flags.csv`: audit expectations. */
export const GoldFlagRow = z.object({
  check: z.string().min(1),
  expect: z.enum(['flag', 'no_flag', 'optional']),
  line: z.string().default(''),
  numbers: z.string().default(''),
  note: z.string().default(''),
});
export type GoldFlagRow = z.infer<typeof GoldFlagRow>;

/** Rows of a run folder grouped by report_id, in row order. */
export function groupByReport<T extends { report_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.report_id);
    if (group) group.push(row);
    else groups.set(row.report_id, [row]);
  }
  return groups;
}
