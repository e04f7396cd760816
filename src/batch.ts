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
import { OcrGate } from './ocr/gate.js';
import { treeHash } from './tree-hash.js';
import { loadStages, STAGE_NAMES } from './pipeline.js';
import type { BatchAudit, BatchEntry } from './across/index.js';
import { pathId, pathText, type FilePath } from './read/input.js';
import { WorkerPool } from './worker-pool.js';
import { errorRows, OutputWriter, relabelRows, renderRows, RunManifest, type RenderedRows } from './write/outputs.js';
import { DEFAULT_CACHE_DIR, fileHashes, ReportCache } from './write/report-cache.js';
import { checkOutputFolder, ExistingOutputs } from './write/run-folder.js';

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
/** The sources (beside dist/ in a build): rows cached by other code are not reused. */
const SOURCE_DIR = fileURLToPath(new URL('../src/', import.meta.url));
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
function uniqueId(rows: RenderedRows, firstSource: Map<string, string>): { rows: RenderedRows; sameBytesAs?: string } {
  const id = rows.report.report_id;
  if (!firstSource.has(id)) {
    firstSource.set(id, rows.report.source_file);
    return { rows };
  }
  const own = reportIdOf(createHash('sha256').update(`${id}\0${rows.report.source_file}`).digest('hex'));
  return { rows: relabelRows(rows, own), sameBytesAs: id };
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
  /** Files processed at once = worker processes. */
  concurrency: z.number().int().positive().default(() => availableParallelism()),
  /**
   * OCR processes (scanned PDF pages) running at once across the batch, whichever workers start them.
   * A worker waiting on OCR leaves its core to the OCR process: as many as CPUs by default.
   */
  ocrConcurrency: z.number().int().positive().default(() => availableParallelism()),
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
  /** When the output folder holds another run's outputs: stop with OutputsExistError, replace them, or update them. */
  existing: ExistingOutputs.default('stop'),
  /** Folder of the report cache (default: <out>/.cchc-cache); false: no cache. */
  cache: z.union([z.string().min(1), z.literal(false)]).optional(),
  /** Told what the run decided on its own (outputs replaced, cache entries no longer valid). */
  onNotice: z.custom<(message: string) => void>((value) => typeof value === 'function').optional(),
  /**
   * Stops the run (SIGINT in the CLI): no file starts, files in flight are abandoned, the finished
   * files' rows are written (run.json says `interrupted`), swapped in as a whole output folder, and
   * kept in the cache for an update run.
   */
  signal: z.custom<AbortSignal>((value) => value instanceof AbortSignal).optional(),
});
export type BatchOptions = z.input<typeof BatchOptions>;

export type BatchSummary = RunManifest & { out: string };

/** Milliseconds per stage, summed over files. */
type StageTotals = Record<string, number>;

function addTimes(totals: StageTotals, ms: Readonly<StageTotals>): void {
  for (const [stage, value] of Object.entries(ms)) totals[stage] = (totals[stage] ?? 0) + value;
}

/** The inputs of this run: those given, then those of the run being updated that still exist. */
async function runInputs(given: readonly string[], previous: readonly string[], notice?: (message: string) => void): Promise<string[]> {
  const all = [...given.map((input) => resolve(input))];
  for (const input of previous) {
    if (all.includes(input)) continue;
    if (await stat(input).then(() => true, () => false)) all.push(input);
    else notice?.(`${input}, an input of the run being updated, is gone: its reports are left out`);
  }
  return all;
}

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
  if (opts.stages) checkStageNames(opts.stages);
  const startedAt = new Date();
  // The folder is locked (and what a killed run left finished or cleared) before its outputs are looked at.
  const writer = await OutputWriter.open(opts.out, { bom: opts.bom });
  const counts = { ok: 0, partial: 0, error: 0, pages: 0, figures: 0, flags: 0 };
  const stageMs: StageTotals = {};
  let pool: WorkerPool | undefined;
  let prepared;
  try {
    const previous = await checkOutputFolder(opts.out, opts.existing);
    if (previous) opts.onNotice?.(`${opts.out} holds ${previous.summary}: ${opts.existing === 'update' ? 'updating it' : 'replacing it'}`);
    const allInputs = await runInputs(inputs, previous?.inputs ?? [], opts.onNotice);
    const cacheDir = opts.cache === false ? null : resolve(opts.cache ?? join(opts.out, DEFAULT_CACHE_DIR));
    // An output folder inside an input folder holds the previous run, not reports; so does the cache.
    const found = await findInputs(allInputs, { exclude: [opts.out, ...(cacheDir ? [cacheDir] : [])] });
    const total = found.files.length;

    // Which files the cache holds: a file whose size and time are unchanged is not read at all.
    const started = performance.now();
    const cache = cacheDir
      ? await ReportCache.open(cacheDir, {
        toolVersion: TOOL_VERSION,
        sourceHash: treeHash(SOURCE_DIR),
        rules: await fileHashes(RULES_DIR),
        options: { referenceDate: opts.referenceDate ?? null, stages: opts.stages ?? null },
      })
      : null;
    const keyLimit = pLimit(8);
    const keys = cache ? await Promise.all(found.files.map((file) => keyLimit(() => cache.keyOf(file.path, file.sourceFile)))) : [];
    const hits = cache ? await Promise.all(keys.map((key) => (key ? cache.has(key) : false))) : [];
    const misses = total - hits.filter(Boolean).length;
    if (cache?.invalidated && misses > 0) {
      const how = cache.resumableAfter
        ? `taken up after their ${cache.resumableAfter} stage where the cache holds it (not read again), the later stages run again`
        : 'read again';
      opts.onNotice?.(`cache entries no longer hold: ${cache.invalidated}; ${misses} files are ${how}`);
    }
    if (cache && misses > 0) await cache.prepareCheckpoints();
    stageMs.cache = performance.now() - started;

    pool = new WorkerPool({ timeoutMs: opts.timeoutSeconds * 1000, memoryMb: opts.workerMemoryMb, ocrGate: OcrGate.create(opts.ocrConcurrency) });
    // The workers load the stages (about a second each) while this process checks the stage names and rule files.
    pool.warm(Math.min(opts.concurrency, misses));
    // Rows from the cache were made with these very rule files, which loaded then.
    if (misses > 0) await checkRuleFiles(opts.stages ?? STAGE_NAMES);
    prepared = { allInputs, cacheDir, found, total, cache, keys, hits };
  } catch (err) {
    await pool?.close();
    await writer.abort();
    throw err;
  }
  const { allInputs, cacheDir, found, total, cache, keys, hits } = prepared;
  const workers = pool;
  const limit = pLimit(opts.concurrency);
  let stopped = opts.signal?.aborted ?? false;
  // Queued files return at once (p-limit's clearQueue would leave their promises pending forever).
  const stop = () => {
    stopped = true;
    void workers.close();
  };
  opts.signal?.addEventListener('abort', stop, { once: true });

  // Rows are written in input order whatever order files finish in, so two runs diff cleanly.
  // reports.csv is written last, once the batch audit has linked copies and counted its flags.
  // The very files of an earlier run, all from the cache, take its audit from there too.
  const batchKey = cache && keys.every((key) => key !== null) ? ReportCache.batchKey(keys as string[]) : null;
  const cachedAudit = batchKey && hits.every(Boolean) ? await cache!.getAudit(batchKey) : undefined;
  const ready = new Map<number, RenderedRows>();
  const entries: BatchEntry[] = [];
  const firstSource = new Map<string, string>();
  let next = 0;
  let written = 0;
  let writing = Promise.resolve();
  const writeRows = async (found: RenderedRows) => {
    const { rows, sameBytesAs } = uniqueId(found, firstSource);
    await writer.addRendered(rows);
    entries.push({ report: rows.report, figures: rows.figures, fingerprint: rows.fingerprint, sameBytesAs });
    written += 1;
    counts[rows.report.status] += 1;
    counts.pages += rows.report.pages || 0;
    counts.figures += rows.lines.figures.length;
    counts.flags += rows.lines.flags.length;
  };
  const deliver = (index: number, rows: RenderedRows): Promise<void> => {
    ready.set(index, rows);
    writing = writing.then(async () => {
      const before = performance.now();
      for (let found = ready.get(next); found; found = ready.get(next)) {
        ready.delete(next++);
        await writeRows(found);
      }
      stageMs.write = (stageMs.write ?? 0) + performance.now() - before;
    });
    return writing;
  };

  let done = 0;
  let errors = 0;
  let cached = 0;
  /** Files taken up from a checkpoint, by its stage, and files read. */
  const resumed: Record<string, number> = {};
  let read = 0;
  /** Every file's rows are in the cache (from it or just put): the audit can be kept for a rerun. */
  let allKept = batchKey !== null;
  opts.onProgress?.({ done, total, errors });
  const context = opts.referenceDate ? { referenceDate: opts.referenceDate } : {};
  try {
    await Promise.all(found.files.map((file, index) => limit(async () => {
      if (stopped) return;
      const key = keys[index];
      let rows = hits[index] && key ? await cache!.get(key) : undefined;
      if (rows) cached += 1;
      else {
        const checkpoints = cache && key ? cache.checkpointsOf(file.path, file.sourceFile) : undefined;
        const result = await workers.run({ path: file.path, sourceFile: file.sourceFile, context, stages: opts.stages, checkpoints });
        if (stopped) return; // abandoned in flight
        if (result.ok) {
          rows = result.rows;
          if (result.resumedAfter) resumed[result.resumedAfter] = (resumed[result.resumedAfter] ?? 0) + 1;
          else read += 1;
          addTimes(stageMs, result.stageMs);
          // Kept as soon as done, so that an interrupted run loses no finished file. A crash or timeout is not kept: it may not recur.
          if (cache && key) await cache.put(key, rows);
        } else {
          allKept = false;
          // The main process never reads an input: a file that stopped its worker before its bytes were hashed is named by its path.
          rows = renderRows(errorRows({ id: result.id ?? pathId(file.sourceFile), sourceFile: file.sourceFile, format: file.format, error: result.message }));
        }
      }
      done += 1;
      if (rows.report.status === 'error') errors += 1;
      if (stopped) return;
      opts.onProgress?.({ done, total, errors, sourceFile: file.sourceFile });
      await deliver(index, rows);
    })));
    await writing;
    // Stopped: the finished files after a gap are written too, still in input order.
    for (const index of [...ready.keys()].sort((a, b) => a - b)) await writeRows(ready.get(index)!);
    ready.clear();
    const started = performance.now();
    let audit: BatchAudit;
    if (cachedAudit && !stopped) audit = cachedAudit;
    else {
      // Loaded only here: the cross-report checks load the catalogue and identities (a rerun from the cache skips them).
      audit = (await import('./across/index.js')).auditBatch(entries);
      if (batchKey && allKept && !stopped) await cache!.putAudit(batchKey, audit);
    }
    await writer.write('reports', audit.reports);
    await writer.write('flags', audit.flags);
    await writer.write('series', audit.series);
    stageMs.batch = performance.now() - started;
    counts.flags += audit.flags.length;
    await cache?.save();
    const resumedCount = Object.values(resumed).reduce((sum, n) => sum + n, 0);
    if (resumedCount > 0) {
      const parts = Object.entries(resumed).map(([stage, n]) => `${n} taken up after their ${stage} stage`);
      opts.onNotice?.(`processed ${resumedCount + read} files: ${[...parts, `${read} read`].join(', ')}${cache?.invalidated ? ` (${cache.invalidated})` : ''}`);
    }
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
      cached,
      ...(resumedCount > 0 ? { resumed } : {}),
      stage_seconds: Object.fromEntries(Object.entries(stageMs).map(([stage, ms]) => [stage, Math.round(ms) / 1000])),
      ...(stopped ? { interrupted: { done: written, total } } : {}),
      ...(audit.problems.length > 0 ? { batch_problems: audit.problems } : {}),
      options: {
        concurrency: opts.concurrency,
        ocr_concurrency: opts.ocrConcurrency,
        timeout_seconds: opts.timeoutSeconds,
        worker_memory_mb: opts.workerMemoryMb,
        bom: opts.bom,
        reference_date: opts.referenceDate ?? null,
        stages: opts.stages ?? 'all',
        inputs: allInputs,
        // Where source_file is relative to: the HTML report links each figure to its file and page.
        input_roots: await Promise.all(allInputs.map(async (input) => ((await stat(input)).isDirectory() ? input : dirname(input)))),
        cache: cacheDir,
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
    await workers.close();
  }
}
