/**
 * The output folder of a run (docs/outputs.md): reports.csv, figures.csv,
 * mentions.csv, documents.csv, flags.csv, tables.csv and run.json. A Report is
 * turned into compact, validated rows as soon as it is done (`reportRows`), so
 * a batch keeps rows, never whole Reports; `OutputWriter` streams them.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Mention, Report } from '../model/report.js';
import {
  DocumentRow, FigureRow, FlagRow, Format, MentionRow, ReportRow, TableRow,
} from '../model/schemas.js';
import { CsvFile, writeFileAtomic, type CsvOptions } from './csv.js';

/** Each CSV of the contract: file name and row schema (column order = schema order). */
export const CSV_OUTPUTS = {
  reports: { file: 'reports.csv', schema: ReportRow },
  figures: { file: 'figures.csv', schema: FigureRow },
  mentions: { file: 'mentions.csv', schema: MentionRow },
  documents: { file: 'documents.csv', schema: DocumentRow },
  flags: { file: 'flags.csv', schema: FlagRow },
  tables: { file: 'tables.csv', schema: TableRow },
} as const;
export const RUN_MANIFEST_FILE = 'run.json';

type ChildOutput = Exclude<keyof typeof CSV_OUTPUTS, 'reports'>;
const CHILD_OUTPUTS = ['figures', 'mentions', 'documents', 'flags', 'tables'] as const satisfies readonly ChildOutput[];

/** Everything one input file contributes to the output folder. */
export interface ReportRows {
  report: ReportRow;
  figures: FigureRow[];
  mentions: MentionRow[];
  documents: DocumentRow[];
  flags: FlagRow[];
  tables: TableRow[];
}

const EVIDENCE_MAX = 200;

/** Evidence trimmed to about 200 characters, cut at a word boundary. */
export function clipEvidence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EVIDENCE_MAX) return flat;
  const cut = flat.lastIndexOf(' ', EVIDENCE_MAX);
  return `${flat.slice(0, cut > EVIDENCE_MAX / 2 ? cut : EVIDENCE_MAX)}…`;
}

function mentionColumns(report: Report, mention: Mention) {
  return {
    report_id: report.id,
    unit_name: report.meta.unitName,
    indicator: mention.indicator,
    value: mention.value,
    unit: mention.unit,
    level: mention.level,
    period_start: mention.period.start,
    period_end: mention.period.end,
    page: mention.place.page,
    line: mention.place.line,
    evidence: clipEvidence(mention.evidence),
    rule: mention.rule,
    ocr: report.pages[mention.place.page - 1]?.lines[mention.place.line - 1]?.ocr ?? '',
  };
}

const DIAGNOSTICS_MAX = 300;

/** The report-level warnings (those without a place in the text), once each, clipped for one cell. */
function reportDiagnostics(report: Report): string {
  const messages = [...new Set(report.diagnostics.filter((d) => d.severity === 'warning' && !d.place).map((d) => d.message))];
  const joined = messages.join('; ');
  return joined.length <= DIAGNOSTICS_MAX ? joined : `${joined.slice(0, DIAGNOSTICS_MAX - 1)}…`;
}

/**
 * Rows that break the contract (a stage bug) are dropped, and the report says
 * so (status partial, one-line error), rather than failing the batch or
 * writing a row the dashboard would reject.
 */
function validRows<S extends z.ZodType>(schema: S, rows: unknown[], problems: string[], name: string): z.infer<S>[] {
  const valid: z.infer<S>[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) valid.push(parsed.data);
    else problems.push(`${name} row dropped: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  }
  return valid;
}

export function reportRows(report: Report): ReportRows {
  const problems: string[] = [];
  const figures = validRows(FigureRow, report.figures.map((figure) => {
    const first = figure.mentions[0];
    return {
      ...(first ? mentionColumns(report, first) : { report_id: report.id, unit_name: report.meta.unitName }),
      indicator: figure.indicator,
      value: figure.value,
      unit: figure.unit,
      level: figure.level,
      period_start: figure.period.start,
      period_end: figure.period.end,
      mentions: figure.mentions.length,
    };
  }), problems, 'figures');
  const mentions = validRows(MentionRow, report.mentions.map((mention) => ({
    ...mentionColumns(report, mention),
    char_start: mention.place.start,
    char_end: mention.place.end,
    source: mention.source,
  })), problems, 'mentions');
  const documents = validRows(DocumentRow, report.documents.map((doc) => ({ ...doc, report_id: report.id })), problems, 'documents');
  const flags = validRows(FlagRow, report.flags.map((flag) => ({ ...flag, report_id: report.id })), problems, 'flags');
  const tables = validRows(TableRow, report.tableRows.map((row) => ({ ...row, report_id: report.id })), problems, 'tables');

  const hasText = report.pages.length > 0;
  const meta = report.meta;
  const row: Record<string, unknown> = {
    report_id: report.id,
    source_file: report.sourceFile,
    format: report.format,
    status: report.status,
    error: report.error,
    pages: hasText ? report.pages.length : '',
    issuer: meta.issuer,
    unit_level: meta.unitLevel,
    unit_name: meta.unitName,
    province: meta.province,
    report_number: meta.reportNumber,
    report_date: meta.reportDate,
    period_type: meta.periodType,
    period_start: meta.periodStart,
    period_end: meta.periodEnd,
    text_repair: report.textRepair.size > 0 ? [...report.textRepair].sort().join('+') : hasText ? 'none' : '',
    figures: figures.length,
    flags: flags.length,
    diagnostics: reportDiagnostics(report),
  };
  // A metadata field that breaks the contract is blanked, not allowed to lose the report.
  for (const issue of ReportRow.safeParse(row).error?.issues ?? []) {
    const field = String(issue.path[0]);
    problems.push(`${field} blanked: ${issue.message}`);
    row[field] = '';
  }
  if (problems.length > 0 && row.status === 'ok') row.status = 'partial';
  if (problems.length > 0 && !row.error) row.error = problems.join('; ');
  return { report: ReportRow.parse(row), figures, mentions, documents, flags, tables };
}

/** The rows of a file that could not be processed at all (crash, timeout). */
export function errorRows(init: { id: string; sourceFile: string; format: Format; error: string }): ReportRows {
  const report = ReportRow.parse({
    report_id: init.id, source_file: init.sourceFile, format: init.format, status: 'error', error: init.error,
    pages: '', issuer: '', unit_level: '', unit_name: '', province: '', report_number: '', report_date: '',
    period_type: '', period_start: '', period_end: '', text_repair: '', figures: 0, flags: 0, diagnostics: '',
  });
  return { report, figures: [], mentions: [], documents: [], flags: [], tables: [] };
}

export const RunManifest = z.object({
  tool: z.literal('cchc-extract'),
  tool_version: z.string(),
  /** SHA-256 prefix of the rules/ folder: two runs with equal rules_version used the same rules. */
  rules_version: z.string(),
  started_at: z.string(),
  finished_at: z.string(),
  seconds: z.number().nonnegative(),
  inputs_found: z.number().int().nonnegative(),
  /** Files under the inputs that are not reports (not .pdf/.docx/.doc/.txt). */
  skipped: z.array(z.string()),
  ok: z.number().int().nonnegative(),
  partial: z.number().int().nonnegative(),
  error: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative(),
  figures: z.number().int().nonnegative(),
  flags: z.number().int().nonnegative(),
  options: z.record(z.string(), z.unknown()),
});
export type RunManifest = z.infer<typeof RunManifest>;

type Files = { [K in keyof typeof CSV_OUTPUTS]: CsvFile<z.infer<(typeof CSV_OUTPUTS)[K]['schema']>> };

/** Streams the rows of a run into an output folder; nothing replaces the previous run's files until `commit`. */
export class OutputWriter {
  private constructor(readonly dir: string, private readonly files: Files) {}

  static async open(dir: string, options: CsvOptions = {}): Promise<OutputWriter> {
    await mkdir(dir, { recursive: true });
    const opened: Partial<Record<keyof Files, CsvFile<never>>> = {};
    try {
      for (const [name, output] of Object.entries(CSV_OUTPUTS)) {
        opened[name as keyof Files] = await CsvFile.open(join(dir, output.file), Object.keys(output.schema.shape), options);
      }
    } catch (err) {
      await Promise.all(Object.values(opened).map((file) => file.abort()));
      throw err;
    }
    return new OutputWriter(dir, opened as unknown as Files);
  }

  async add(rows: ReportRows): Promise<void> {
    await this.files.reports.write(rows.report);
    for (const name of CHILD_OUTPUTS) {
      const file = this.files[name] as CsvFile<Record<string, string | number>>;
      for (const row of rows[name]) await file.write(row);
    }
  }

  async commit(manifest: RunManifest): Promise<void> {
    for (const file of Object.values(this.files)) await file.commit();
    await writeFileAtomic(join(this.dir, RUN_MANIFEST_FILE), `${JSON.stringify(RunManifest.parse(manifest), null, 2)}\n`);
  }

  async abort(): Promise<void> {
    await Promise.all(Object.values(this.files).map((file) => file.abort()));
  }
}
