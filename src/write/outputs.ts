/**
 * The output folder of a run (docs/outputs.md): reports.csv, figures.csv,
 * mentions.csv, documents.csv, flags.csv, tables.csv and run.json. A Report is
 * turned into compact, validated rows as soon as it is done (`reportRows`), so
 * a batch keeps rows, never whole Reports; `OutputWriter` streams them.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Mention, Period, Report } from '../model/report.js';
import {
  DocumentRow, FigureRow, FlagRow, Format, MentionRow, outputLevel, ReportRow, SeriesRow, TableRow,
} from '../model/schemas.js';
import { DATA_PACKAGE_FILE, dataPackage } from './datapackage.js';
import { flagValues } from './flag-values.js';
import { textFingerprint } from '../across/fingerprint.js';
import { unitIdentity, unitKeys } from '../across/unit-key.js';
import { keptFigure, type KeptFigure } from '../across/observations.js';
import { csvLine, CsvFile, type CsvOptions } from './csv.js';
import { OutputFolder } from './output-folder.js';

/** One CSV of the contract: file, row schema (column order = schema order), and what datapackage.json says of it. */
export interface CsvOutput {
  file: string;
  schema: z.ZodObject;
  description: string;
  primaryKey?: readonly string[];
  /** The resource whose report_id this one's report_id refers to. */
  references?: 'reports';
}

export const CSV_OUTPUTS = {
  reports: {
    file: 'reports.csv', schema: ReportRow, primaryKey: ['report_id'],
    description: 'one row per input file, whatever happened to it',
  },
  figures: {
    file: 'figures.csv', schema: FigureRow, references: 'reports', primaryKey: ['report_id', 'indicator', 'level', 'period_start', 'period_end'],
    description: 'one row per report × indicator × level × period: the consolidated value, with its first mention',
  },
  mentions: {
    file: 'mentions.csv', schema: MentionRow, references: 'reports',
    description: 'every place a figure is stated (text, table or footnote)',
  },
  documents: {
    file: 'documents.csv', schema: DocumentRow, references: 'reports',
    description: 'every document a report cites',
  },
  flags: {
    file: 'flags.csv', schema: FlagRow, references: 'reports',
    description: 'every inconsistency or suspicious value a check found',
  },
  tables: {
    file: 'tables.csv', schema: TableRow, references: 'reports',
    description: 'every row of an appendix statistics table, mapped to an indicator or not',
  },
  series: {
    file: 'series.csv', schema: SeriesRow, references: 'reports', primaryKey: ['unit_key', 'indicator', 'level', 'period_start', 'period_end'],
    description: 'one row per unit × indicator × level × period across the batch (copies left out): the value of record, its report, and every value that disagrees',
  },
} as const satisfies Record<string, CsvOutput>;
export const RUN_MANIFEST_FILE = 'run.json';
/** Written from a run folder after the run: the previous run's would not match the new files. */
const DERIVED_FILES = ['report.html'];

type ChildOutput = Exclude<keyof typeof CSV_OUTPUTS, 'reports'>;
const CHILD_OUTPUTS = ['figures', 'mentions', 'documents', 'flags', 'tables'] as const satisfies readonly ChildOutput[];
/** The outputs whose rows come from one report each. */
type ReportOutput = (typeof CHILD_OUTPUTS)[number];
export type OutputName = keyof typeof CSV_OUTPUTS;
export type OutputRow<K extends OutputName> = z.infer<(typeof CSV_OUTPUTS)[K]['schema']>;

/** Everything one input file contributes to the output folder (series.csv is the batch's). */
export interface ReportRows {
  report: ReportRow;
  figures: FigureRow[];
  mentions: MentionRow[];
  documents: DocumentRow[];
  flags: FlagRow[];
  tables: TableRow[];
  /** textFingerprint of the report: equal for copies of one text in any format; '' without text. */
  fingerprint: string;
}

/**
 * A report's rows as the batch keeps them: its child rows already CSV lines
 * (made in the worker; the report cache stores them so, and a rerun writes
 * them without parsing a row), its reports.csv row and the figure columns
 * the batch audit needs.
 */
export interface RenderedRows {
  report: ReportRow;
  /** figures.csv, mentions.csv, … lines, each starting with the report_id cell. */
  lines: Record<ReportOutput, string[]>;
  figures: KeptFigure[];
  fingerprint: string;
}

const columnsOf = (name: OutputName) => Object.keys(CSV_OUTPUTS[name].schema.shape);

export function renderRows(rows: ReportRows): RenderedRows {
  const lines = Object.fromEntries(CHILD_OUTPUTS.map((name) => {
    const columns = columnsOf(name);
    return [name, (rows[name] as Array<Record<string, string | number>>).map((row) => csvLine(columns, row))];
  })) as Record<ReportOutput, string[]>;
  return { report: rows.report, lines, figures: rows.figures.map(keptFigure), fingerprint: rows.fingerprint };
}

/** The same rows under another report_id (the first cell of every child line). */
export function relabelRows(rows: RenderedRows, id: string): RenderedRows {
  const old = rows.report.report_id;
  const relabel = (line: string) => {
    if (!line.startsWith(`${old},`)) throw new Error(`a ${old} row line starts otherwise`);
    return id + line.slice(old.length);
  };
  const lines = Object.fromEntries(CHILD_OUTPUTS.map((name) => [name, rows.lines[name].map(relabel)])) as Record<ReportOutput, string[]>;
  return { ...rows, report: { ...rows.report, report_id: id }, lines };
}

const EVIDENCE_MAX = 200;

/** A list bullet before a sentence: not part of what it says, and a cell starting with '-' or '+' would need a formula guard. */
const LEADING_BULLET = /^[-+•*]+\s+/;

/** Evidence trimmed to about 200 characters, cut at a word boundary, without a leading list bullet. */
export function clipEvidence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(LEADING_BULLET, '');
  if (flat.length <= EVIDENCE_MAX) return flat;
  const cut = flat.lastIndexOf(' ', EVIDENCE_MAX);
  return `${flat.slice(0, cut > EVIDENCE_MAX / 2 ? cut : EVIDENCE_MAX)}…`;
}

/** A figure's own period, or the report's when the text did not scope it: no empty-means-something cell. */
function resolvedPeriod(report: Report, period: Period): { period_start: string; period_end: string } {
  return period.start === '' && period.end === ''
    ? { period_start: report.meta.periodStart, period_end: report.meta.periodEnd }
    : { period_start: period.start, period_end: period.end };
}

function mentionColumns(report: Report, mention: Mention) {
  return {
    report_id: report.id,
    unit_name: report.meta.unitName,
    indicator: mention.indicator,
    value: mention.value,
    unit: mention.unit,
    level: outputLevel(mention.level),
    ...resolvedPeriod(report, mention.period),
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
      level: outputLevel(figure.level),
      ...resolvedPeriod(report, figure.period),
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
  const flags = validRows(FlagRow, report.flags.map((flag) => ({ ...flag, report_id: report.id, ...flagValues(flag) })), problems, 'flags');
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
    unit_key: '',
    duplicate_of: '',
    period_source: hasText ? meta.periodSource : '',
    diagnostics: reportDiagnostics(report),
    parent_unit_key: '',
  };
  row.unit_key = unitKeys([unitIdentity(row as Pick<ReportRow, 'unit_name' | 'unit_level' | 'issuer' | 'province'>)])[0];
  if (meta.parentName) row.parent_unit_key = unitKeys([unitIdentity({ unit_name: meta.parentName, unit_level: meta.parentLevel, issuer: '', province: meta.province })])[0];
  // A metadata field that breaks the contract is blanked, not allowed to lose the report.
  for (const issue of ReportRow.safeParse(row).error?.issues ?? []) {
    const field = String(issue.path[0]);
    problems.push(`${field} blanked: ${issue.message}`);
    row[field] = '';
  }
  if (problems.length > 0 && row.status === 'ok') row.status = 'partial';
  if (problems.length > 0 && !row.error) row.error = problems.join('; ');
  return { report: ReportRow.parse(row), figures, mentions, documents, flags, tables, fingerprint: textFingerprint(report) };
}

/** The rows of a file that could not be processed at all (crash, timeout). */
export function errorRows(init: { id: string; sourceFile: string; format: Format; error: string }): ReportRows {
  const report = ReportRow.parse({
    report_id: init.id, source_file: init.sourceFile, format: init.format, status: 'error', error: init.error,
    pages: '', issuer: '', unit_level: '', unit_name: '', province: '', report_number: '', report_date: '',
    period_type: '', period_start: '', period_end: '', text_repair: '', figures: 0, flags: 0, unit_key: '', duplicate_of: '', period_source: '', diagnostics: '', parent_unit_key: '',
  });
  return { report, figures: [], mentions: [], documents: [], flags: [], tables: [], fingerprint: '' };
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
  /** Rows of series.csv and reports linked as copies (absent in runs written row by row, without the batch audit). */
  series: z.number().int().nonnegative().optional(),
  duplicates: z.number().int().nonnegative().optional(),
  /** A cross-report check that failed on a unit (a bug; the batch went on). */
  batch_problems: z.array(z.string()).optional(),
  /** Files whose rows came from the report cache (unchanged since an earlier run with the same tool and rules). */
  cached: z.number().int().nonnegative().optional(),
  /** Files taken up from a checkpoint of the cache (not read again; only the stages after it ran), by the checkpoint's stage. */
  resumed: z.record(z.string(), z.number().int().nonnegative()).optional(),
  /** Seconds each stage took, summed over the files processed (read, each pipeline stage, rows; cache, write, batch in the main thread). */
  stage_seconds: z.record(z.string(), z.number().nonnegative()).optional(),
  /** Set when the run was stopped (SIGINT/SIGTERM): the outputs hold the `done` files of `total`; an update run does the rest. */
  interrupted: z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }).optional(),
  options: z.record(z.string(), z.unknown()),
});
export type RunManifest = z.infer<typeof RunManifest>;

type Files = { [K in keyof typeof CSV_OUTPUTS]: CsvFile<z.infer<(typeof CSV_OUTPUTS)[K]['schema']>> };

/**
 * Streams the rows of a run into the staging folder of a locked output folder; `commit` swaps the
 * whole set in (output-folder.ts), `abort` leaves the previous run's files as they were.
 */
export class OutputWriter {
  private constructor(readonly dir: string, private readonly folder: OutputFolder, private readonly files: Files) {}

  static async open(dir: string, options: CsvOptions = {}): Promise<OutputWriter> {
    const folder = await OutputFolder.lock(dir);
    const opened: Partial<Record<keyof Files, CsvFile<never>>> = {};
    try {
      for (const [name, output] of Object.entries(CSV_OUTPUTS)) {
        opened[name as keyof Files] = await CsvFile.open(join(folder.staging, output.file), Object.keys(output.schema.shape), options);
      }
    } catch (err) {
      await Promise.all(Object.values(opened).map((file) => file.abort()));
      await folder.release();
      throw err;
    }
    return new OutputWriter(dir, folder, opened as unknown as Files);
  }

  /** All the rows of one report. */
  async add(rows: ReportRows): Promise<void> {
    await this.write('reports', [rows.report]);
    await this.addChildren(rows);
  }

  /** The rows of one report but its reports.csv row (the batch writes that row once the batch is audited). */
  async addChildren(rows: ReportRows): Promise<void> {
    for (const name of CHILD_OUTPUTS) await this.write(name, rows[name]);
  }

  /** The child lines of one report (renderRows). */
  async addRendered(rows: RenderedRows): Promise<void> {
    for (const name of CHILD_OUTPUTS) await this.files[name].writeLines(rows.lines[name]);
  }

  async write<K extends OutputName>(name: K, rows: readonly OutputRow<K>[]): Promise<void> {
    const file = this.files[name] as CsvFile<Record<string, string | number>>;
    for (const row of rows) await file.write(row as Record<string, string | number>);
  }

  async commit(manifest: RunManifest): Promise<void> {
    try {
      for (const file of Object.values(this.files)) await file.commit();
      const parsed = RunManifest.parse(manifest);
      await writeFile(join(this.folder.staging, DATA_PACKAGE_FILE), `${JSON.stringify(dataPackage(CSV_OUTPUTS, parsed.tool_version), null, 2)}\n`);
      await writeFile(join(this.folder.staging, RUN_MANIFEST_FILE), `${JSON.stringify(parsed, null, 2)}\n`);
      await this.folder.swapIn(DERIVED_FILES);
    } finally {
      await this.folder.release();
    }
  }

  async abort(): Promise<void> {
    await Promise.all(Object.values(this.files).map((file) => file.abort()));
    await this.folder.release();
  }
}
