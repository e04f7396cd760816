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

export const PERIOD_TYPES = ['month', 'quarter', 'half_year', 'nine_months', 'year', 'multi_year', 'other'] as const;
export const PeriodType = z.enum(PERIOD_TYPES);
export type PeriodType = z.infer<typeof PeriodType>;

export const Status = z.enum(['ok', 'partial', 'error']);
export type Status = z.infer<typeof Status>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const MentionSource = z.enum(['text', 'table', 'footnote']);
export type MentionSource = z.infer<typeof MentionSource>;

const isoDate = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'ISO date (YYYY-MM-DD) or empty');
const count = z.number().int().nonnegative();
const optionalInt = z.union([z.number().int(), z.literal('')]);

export const ReportRow = z.object({
  report_id: z.string().regex(/^[0-9a-f]{16}$/),
  source_file: z.string(),
  format: Format,
  status: Status,
  error: z.string(),
  pages: optionalInt,
  issuer: z.string(),
  unit_level: z.union([z.enum(LEVELS), z.literal('')]),
  unit_name: z.string(),
  province: z.string(),
  report_number: z.string(),
  report_date: isoDate,
  period_type: z.union([PeriodType, z.literal('')]),
  period_start: isoDate,
  period_end: isoDate,
  text_repair: z.string(),
  figures: count,
  flags: count,
  /** Warnings about the report as a whole ("no figures found", low OCR confidence, …), joined by '; '. */
  diagnostics: z.string().default(''),
});
export type ReportRow = z.infer<typeof ReportRow>;

const figureColumns = {
  report_id: z.string(),
  unit_name: z.string(),
  indicator: z.string(),
  value: z.number().finite(),
  unit: z.string(),
  level: Level,
  period_start: isoDate,
  period_end: isoDate,
};

export const FigureRow = z.object({
  ...figureColumns,
  mentions: z.number().int().positive(),
  page: z.number().int().positive(),
  line: z.number().int().positive(),
  evidence: z.string(),
  rule: z.string(),
  /** OCR confidence (0–100) of the page the (first) mention was read from by OCR; '' = a text layer (older run folders lack the column). */
  ocr: optionalInt.default(''),
});
export type FigureRow = z.infer<typeof FigureRow>;

export const MentionRow = z.object({
  ...figureColumns,
  page: z.number().int().positive(),
  line: z.number().int().positive(),
  evidence: z.string(),
  rule: z.string(),
  char_start: z.number().int().nonnegative(),
  char_end: z.number().int().nonnegative(),
  source: MentionSource,
  ocr: optionalInt.default(''),
});
export type MentionRow = z.infer<typeof MentionRow>;

export const DocumentRow = z.object({
  report_id: z.string(),
  doc_type: z.string(),
  number: z.string(),
  year: optionalInt,
  symbol: z.string(),
  date: isoDate,
  issuer: z.string(),
  subject: z.string(),
  page: z.number().int().positive(),
  line: z.number().int().positive(),
  raw: z.string(),
});
export type DocumentRow = z.infer<typeof DocumentRow>;

export const FlagRow = z.object({
  report_id: z.string(),
  check: z.string(),
  severity: Severity,
  message: z.string(),
  indicators: z.string(),
  expected: z.string(),
  actual: z.string(),
  page: optionalInt,
  line: optionalInt,
  evidence: z.string(),
});
export type FlagRow = z.infer<typeof FlagRow>;

/** Appendix-table rows, mapped or not (issue: appendix statistics tables). */
export const TableRow = z.object({
  report_id: z.string(),
  table: z.string(),
  code: z.string(),
  label: z.string(),
  unit: z.string(),
  value: z.string(),
  level: Level,
  page: z.number().int().positive(),
  line: z.number().int().positive(),
  indicator: z.string(),
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
