/**
 * The batch runner: finds the reports under the inputs, spreads them over a
 * small pool of worker processes (parsing is CPU-bound), p-limit bounding the
 * files in flight, and streams each file's rows to the output folder in input
 * order. A file that crashes its worker or hangs becomes an error row; no
 * input is ever lost. Memory stays bounded: only compact rows cross processes,
 * and they are written as soon as the files before them are.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { z } from 'zod';
import { Format, reportIdOf } from './model/schemas.js';
import { treeHash } from './tree-hash.js';
import { loadStages, STAGE_NAMES } from './pipeline.js';
import { auditBatch, type BatchEntry, keptFigure } from './across/index.js';
import { pathId, pathText, type FilePath } from './read/input.js';
import { WorkerPool } from './worker-pool.js';
import { errorRows, OutputWriter, RunManifest, type ReportRows } from './write/outputs.js';

const REPORT_FORMATS: Record<string, Format> = { '.pdf': 'pdf', '.docx': 'docx', '.doc': 'doc', '.txt': 'txt' };

/** A report file found under an input, with its path relative to that input's root. */
export interface InputFile {
  /** A Buffer when the name's bytes are not UTF-8 (as a string it would name no file). */
  path: FilePath;
  sourceFile: string;
  format: Format;
}

export interface FoundInputs {
  files: InputFile[];
  /** Files under the inputs that are not reports, relative to their root. */
  skipped: string[];
}

/** An input path that does not exist or cannot be listed: a usage error, not a file error. */
export class InputError extends Error {}

/** The run was stopped through its AbortSignal: the output folder was left as the previous run wrote it. */
export class BatchAborted extends Error {}

/** A rule, label or identity file that does not load: the whole run stops, naming the file. */
export class RuleFilesError extends Error {}

/**
 * Load the rule files of the stages to run once, before any report is read,
 * so that a broken one stops the run with its file and problem instead of
 * failing every report. Importing the stages loads the catalogue, table
 * labels and check identities; the prose rules load on first use.
 */
async function checkRuleFiles(stages: readonly string[]): Promise<void> {
  try {
    await loadStages(stages);
    if (stages.includes('rules')) (await import('./extract/rules/load.js')).defaultRuleSet();
  } catch (err) {
    throw new RuleFilesError(err instanceof Error ? err.message : String(err));
  }
}

/** `dir/name` as a string when both are UTF-8, as bytes otherwise. */
function childPath(dir: FilePath, raw: Buffer, name: string): FilePath {
  if (typeof dir === 'string' && Buffer.from(name, 'utf8').equals(raw)) return join(dir, name);
  return Buffer.concat([typeof dir === 'string' ? Buffer.from(dir, 'utf8') : dir, Buffer.from(sep), raw]);
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/**
 * The .pdf/.docx/.doc/.txt files under the inputs (files or folders,
 * recursively, extensions case-insensitive), sorted, each file once;
 * folders in `exclude` are not entered.
 */
export async function findInputs(inputs: readonly string[], options: { exclude?: readonly string[] } = {}): Promise<FoundInputs> {
  const excluded = new Set((options.exclude ?? []).map((path) => resolve(path)));
  const files = new Map<string, InputFile>();
  const skipped: string[] = [];
  const visitedDirs = new Set<string>();

  const addFile = (path: FilePath, root: string) => {
    const sourceFile = toPosix(relative(root, pathText(path)));
    const format = REPORT_FORMATS[extname(pathText(path)).toLowerCase()];
    const key = typeof path === 'string' ? path : path.toString('latin1');
    if (!format) skipped.push(sourceFile);
    else if (!files.has(key)) files.set(key, { path, sourceFile, format });
  };

  const walk = async (dir: FilePath, root: string): Promise<void> => {
    const real = (await realpath(dir, 'buffer')).toString('latin1');
    if (visitedDirs.has(real)) return; // symlink loop or the same folder given twice
    visitedDirs.add(real);
    // Names as bytes: one that is not UTF-8 keeps its bytes (a string would replace them and name no file).
    const entries = (await readdir(dir, { withFileTypes: true, encoding: 'buffer' }))
      .map((entry) => ({ entry, name: entry.name.toString('utf8') }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : Buffer.compare(a.entry.name, b.entry.name)));
    for (const { entry, name } of entries) {
      const path = childPath(dir, entry.name, name);
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isDirectory());
      if (isDir && typeof path === 'string' && excluded.has(path)) continue;
      if (isDir) await walk(path, root);
      else addFile(path, root);
    }
  };

  for (const input of inputs) {
    const path = resolve(input);
    const info = await stat(path).catch(() => null);
    if (!info) throw new InputError(`input not found: ${input}`);
    if (info.isDirectory()) await walk(path, path);
    else addFile(path, dirname(path));
  }
  return { files: [...files.values()], skipped };
}

const RULES_DIR = fileURLToPath(new URL('../rules/', import.meta.url));
const PACKAGE_JSON = new URL('../package.json', import.meta.url);

/** Hash of the rules/ folder content (paths and bytes): equal rules_version = same rules. */
export async function rulesVersion(dir = RULES_DIR): Promise<string> {
  return treeHash(dir).slice(0, 16);
}

/**
 * A later file with the same bytes as an earlier one gets its own report_id
 * (from the first's and its own path), so that report_id stays a key; the
 * batch audit links it to the first as a copy.
 */
function uniqueId(rows: ReportRows, firstSource: Map<string, string>): { rows: ReportRows; sameBytesAs?: string } {
  const id = rows.report.report_id;
  if (!firstSource.has(id)) {
    firstSource.set(id, rows.report.source_file);
    return { rows };
  }
  const own = reportIdOf(createHash('sha256').update(`${id}\0${rows.report.source_file}`).digest('hex'));
  const relabel = <T extends { report_id: string }>(list: T[]) => list.map((row) => ({ ...row, report_id: own }));
  return {
    rows: {
      ...rows,
      report: { ...rows.report, report_id: own },
      figures: relabel(rows.figures), mentions: relabel(rows.mentions), documents: relabel(rows.documents), flags: relabel(rows.flags), tables: relabel(rows.tables),
    },
    sameBytesAs: id,
  };
}

export const TOOL_VERSION: string = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(PACKAGE_JSON, 'utf8'))).version;

export interface BatchProgress {
  done: number;
  total: number;
  errors: number;
  /** The file just finished (absent on the first call, before any file). */
  sourceFile?: string;
}

export const BatchOptions = z.object({
  /** Output folder (created when missing). */
  out: z.string().min(1),
  /** Files processed at once = worker threads. */
  concurrency: z.number().int().positive().default(() => availableParallelism()),
  /** A file still running after this long becomes an error row (its worker is replaced). */
  timeoutSeconds: z.number().positive().default(120),
  /** Write a UTF-8 BOM at the start of each CSV (for Excel). */
  bom: z.boolean().default(false),
  /** Relative dates ("hiện nay") resolve against this ISO date. */
  referenceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date YYYY-MM-DD').optional(),
  /** Run only these stages (e.g. ['normalise'] to measure ingestion). */
  stages: z.array(z.string()).optional(),
  /**
   * Memory limit of one worker process (its V8 heap, and its resident memory, buffers included): a
   * pathological file ends as an error row, not an out-of-memory machine. Not lower by default: with
   * a 1 GB heap limit V8 collects the old generation far more often (PDF ingestion bench: ~17% more
   * wall time, three interleaved runs each), though a report needs < 100 MB.
   */
  workerMemoryMb: z.number().int().positive().default(2048),
  onProgress: z.custom<(progress: BatchProgress) => void>((value) => typeof value === 'function').optional(),
  /** Stops the run (SIGINT in the CLI): files still running are killed, nothing is swapped in, runBatch throws BatchAborted. */
  signal: z.custom<AbortSignal>((value) => value instanceof AbortSignal).optional(),
});
export type BatchOptions = z.input<typeof BatchOptions>;

export type BatchSummary = RunManifest & { out: string };

function checkStageNames(names: readonly string[]): void {
  const unknown = names.filter((name) => !STAGE_NAMES.includes(name));
  if (unknown.length > 0) throw new InputError(`unknown stage: ${unknown.join(', ')} (stages: ${STAGE_NAMES.join(', ')})`);
}

/**
 * Process every report under `inputs` and write the output folder
 * (docs/outputs.md). Per-file problems become rows with status error; only
 * bad options, missing inputs or an unwritable output folder throw.
 */
export async function runBatch(inputs: readonly string[], options: BatchOptions): Promise<BatchSummary> {
  const opts = BatchOptions.parse(options);
  if (inputs.length === 0) throw new InputError('no input files or folders given');
  const startedAt = new Date();
  // An output folder inside an input folder holds the previous run, not reports.
  const found = await findInputs(inputs, { exclude: [opts.out] });
  const total = found.files.length;
  const counts = { ok: 0, partial: 0, error: 0, pages: 0, figures: 0, flags: 0 };
  const pool = new WorkerPool({ timeoutMs: opts.timeoutSeconds * 1000, memoryMb: opts.workerMemoryMb });
  // The workers load the stages (about a second each) while this thread checks the stage names and rule files.
  pool.warm(Math.min(opts.concurrency, total));
  let writer: OutputWriter;
  try {
    if (opts.stages) checkStageNames(opts.stages);
    await checkRuleFiles(opts.stages ?? STAGE_NAMES);
    writer = await OutputWriter.open(opts.out, { bom: opts.bom });
  } catch (err) {
    await pool.close();
    throw err;
  }
  const limit = pLimit(opts.concurrency);
  const stop = () => void pool.close();
  opts.signal?.addEventListener('abort', stop, { once: true });

  // Rows are written in input order whatever order files finish in, so two runs diff cleanly.
  // reports.csv is written last, once the batch audit has linked copies and counted its flags.
  const ready = new Map<number, ReportRows>();
  const entries: BatchEntry[] = [];
  const firstSource = new Map<string, string>();
  let next = 0;
  let writing = Promise.resolve();
  const deliver = (index: number, rows: ReportRows): Promise<void> => {
    ready.set(index, rows);
    writing = writing.then(async () => {
      for (let found = ready.get(next); found; found = ready.get(next)) {
        ready.delete(next++);
        const { rows, sameBytesAs } = uniqueId(found, firstSource);
        await writer.addChildren(rows);
        entries.push({ report: rows.report, figures: rows.figures.map(keptFigure), fingerprint: rows.fingerprint, sameBytesAs });
        counts[rows.report.status] += 1;
        counts.pages += rows.report.pages || 0;
        counts.figures += rows.figures.length;
        counts.flags += rows.flags.length;
      }
    });
    return writing;
  };

  let done = 0;
  let errors = 0;
  opts.onProgress?.({ done, total, errors });
  const context = opts.referenceDate ? { referenceDate: opts.referenceDate } : {};
  try {
    await Promise.all(found.files.map((file, index) => limit(async () => {
      if (opts.signal?.aborted) return;
      const result = await pool.run({ path: file.path, sourceFile: file.sourceFile, context, stages: opts.stages });
      // The main process never reads an input: a file that stopped its worker before its bytes were hashed is named by its path.
      const rows = result.ok
        ? result.rows
        : errorRows({ id: result.id ?? pathId(file.sourceFile), sourceFile: file.sourceFile, format: file.format, error: result.message });
      done += 1;
      if (rows.report.status === 'error') errors += 1;
      if (opts.signal?.aborted) return;
      opts.onProgress?.({ done, total, errors, sourceFile: file.sourceFile });
      await deliver(index, rows);
    })));
    await writing;
    if (opts.signal?.aborted) throw new BatchAborted('batch stopped');
    const audit = auditBatch(entries);
    await writer.write('reports', audit.reports);
    await writer.write('flags', audit.flags);
    await writer.write('series', audit.series);
    counts.flags += audit.flags.length;
    const finishedAt = new Date();
    const manifest: RunManifest = {
      tool: 'cchc-extract',
      tool_version: TOOL_VERSION,
      rules_version: await rulesVersion(),
      started_at: startedAt.toISOString(),
      finished_at: finishedAt.toISOString(),
      seconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
      inputs_found: total,
      skipped: found.skipped,
      ...counts,
      series: audit.series.length,
      duplicates: audit.reports.filter((r) => r.duplicate_of).length,
      ...(audit.problems.length > 0 ? { batch_problems: audit.problems } : {}),
      options: {
        concurrency: opts.concurrency,
        timeout_seconds: opts.timeoutSeconds,
        worker_memory_mb: opts.workerMemoryMb,
        bom: opts.bom,
        reference_date: opts.referenceDate ?? null,
        stages: opts.stages ?? 'all',
        // Where source_file is relative to: the HTML report links each figure to its file and page.
        input_roots: await Promise.all(inputs.map(async (input) => ((await stat(resolve(input))).isDirectory() ? resolve(input) : dirname(resolve(input))))),
      },
    };
    await writer.commit(manifest);
    return { ...manifest, out: resolve(opts.out) };
  } catch (err) {
    limit.clearQueue();
    await writer.abort();
    throw err;
  } finally {
    opts.signal?.removeEventListener('abort', stop);
    await pool.close();
  }
}
