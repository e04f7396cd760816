/**
 * The batch runner: finds the reports under the inputs, spreads them over a
 * small pool of worker threads (parsing is CPU-bound), p-limit bounding the
 * files in flight, and streams each file's rows to the output folder in input
 * order. A file that crashes its worker or hangs becomes an error row; no
 * input is ever lost. Memory stays bounded: only compact rows cross threads,
 * and they are written as soon as the files before them are.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import { z } from 'zod';
import { Format, reportIdOf } from './model/schemas.js';
import { OcrGate } from './ocr/gate.js';
import { treeHash } from './tree-hash.js';
import { loadStages, STAGE_NAMES } from './pipeline.js';
import { auditBatch, type BatchEntry, keptFigure } from './across/index.js';
import { errorRows, OutputWriter, RunManifest, type ReportRows } from './write/outputs.js';
import { DEFAULT_CACHE_DIR, fileHashes, ReportCache } from './write/report-cache.js';
import { checkOutputFolder, ExistingOutputs } from './write/run-folder.js';
import type { WorkerJob, WorkerReply } from './worker.js';

const REPORT_FORMATS: Record<string, Format> = { '.pdf': 'pdf', '.docx': 'docx', '.doc': 'doc', '.txt': 'txt' };

/** A report file found under an input, with its path relative to that input's root. */
export interface InputFile {
  path: string;
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

  const addFile = (path: string, root: string) => {
    const sourceFile = toPosix(relative(root, path));
    const format = REPORT_FORMATS[extname(path).toLowerCase()];
    if (!format) skipped.push(sourceFile);
    else if (!files.has(path)) files.set(path, { path, sourceFile, format });
  };

  const walk = async (dir: string, root: string): Promise<void> => {
    const real = await realpath(dir);
    if (visitedDirs.has(real)) return; // symlink loop or the same folder given twice
    visitedDirs.add(real);
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isDirectory());
      if (isDir && excluded.has(path)) continue;
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

/** report_id of a file (reportIdOf its SHA-256; of its path when the file cannot be read). */
export async function fileId(path: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch {
    return reportIdOf(createHash('sha256').update(path).digest('hex'));
  }
  return reportIdOf(hash.digest('hex'));
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
  /**
   * OCR processes (scanned PDF pages) running at once across the batch, whichever workers start them.
   * A worker waiting on OCR leaves its core to the OCR process: as many as CPUs by default.
   */
  ocrConcurrency: z.number().int().positive().default(() => availableParallelism()),
  /** A file still running after this long becomes an error row (its worker is restarted). */
  timeoutSeconds: z.number().positive().default(120),
  /** Write a UTF-8 BOM at the start of each CSV (for Excel). */
  bom: z.boolean().default(false),
  /** Relative dates ("hiện nay") resolve against this ISO date. */
  referenceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date YYYY-MM-DD').optional(),
  /** Run only these stages (e.g. ['normalise'] to measure ingestion). */
  stages: z.array(z.string()).optional(),
  /**
   * Largest V8 heap of one worker: a pathological file ends as an error row, not an out-of-memory
   * process. Not lower by default: with a 1 GB limit V8 collects the old generation far more often
   * (PDF ingestion bench: ~17% more wall time, three interleaved runs each), though a report needs < 100 MB.
   */
  workerHeapMb: z.number().int().positive().default(2048),
  onProgress: z.custom<(progress: BatchProgress) => void>((value) => typeof value === 'function').optional(),
  /** When the output folder holds another run's outputs: stop with OutputsExistError, replace them, or update them. */
  existing: ExistingOutputs.default('stop'),
  /** Folder of the report cache (default: <out>/.cchc-cache); false: no cache. */
  cache: z.union([z.string().min(1), z.literal(false)]).optional(),
  /** Told what the run decided on its own (outputs replaced, cache entries no longer valid). */
  onNotice: z.custom<(message: string) => void>((value) => typeof value === 'function').optional(),
  /**
   * Stops the run (SIGINT in the CLI): no file starts, files in flight are abandoned, the finished
   * files' rows are written (run.json says `interrupted`) and kept in the cache for an update run.
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
 * Workers run the worker module beside this one: compiled JavaScript when
 * this is the build in dist/ (the CLI after npm run build), TypeScript
 * through tsx's scoped loader when this is src/ (vitest, tsx). tsx costs
 * each worker ~1 s of CPU at start (a loader thread, per-module transforms).
 */
function workerBoot(): string {
  const compiled = import.meta.url.endsWith('.js');
  const entry = new URL(compiled ? './worker.js' : './worker.ts', import.meta.url).href;
  if (compiled) return `import(${JSON.stringify(entry)});`;
  const tsx = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
}
const WORKER_BOOT = workerBoot();

function firstLine(message: string): string {
  return message.split('\n')[0] ?? '';
}

/** Worker threads, created on demand; a worker that crashed or timed out is dropped and replaced. */
class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly live = new Set<Worker>();
  private closed = false;

  constructor(private readonly timeoutMs: number, private readonly heapMb: number, private readonly ocrGate: OcrGate) {}

  run(job: WorkerJob): Promise<WorkerReply> {
    if (this.closed) return Promise.resolve({ ok: false, message: 'batch stopped' });
    const worker = this.idle.pop() ?? this.spawn();
    return new Promise((resolve) => {
      const finish = (reply: WorkerReply, reusable: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (reusable) this.idle.push(worker);
        else void worker.terminate();
        resolve(reply);
      };
      const onMessage = (reply: WorkerReply) => finish(reply, true);
      const onError = (err: NodeJS.ErrnoException) => {
        const message = err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `out of memory (worker heap limit ${this.heapMb} MB)`
          : `worker crashed: ${firstLine(err.message)}`;
        finish({ ok: false, message }, false);
      };
      const onExit = (code: number) => finish({ ok: false, message: `worker exited with code ${code}` }, false);
      const timer = setTimeout(
        () => finish({ ok: false, message: `timed out after ${this.timeoutMs / 1000} s` }, false),
        this.timeoutMs,
      );
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(job);
    });
  }

  /** Start workers before the first job, so that their start-up overlaps other work. */
  warm(count: number): void {
    while (this.live.size < count) this.idle.push(this.spawn());
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.live].map((worker) => worker.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_BOOT, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
      workerData: { ocrGate: this.ocrGate.shared },
    });
    const ocrHolder = worker.threadId + 1;
    this.live.add(worker);
    // Errors are reported by the job that was running; this keeps an idle crash from throwing here.
    worker.on('error', () => {});
    worker.on('exit', () => {
      // A worker stopped mid-file (timeout, out of memory) leaves no OCR process behind.
      this.ocrGate.releaseHolder(ocrHolder);
      this.live.delete(worker);
      const index = this.idle.indexOf(worker);
      if (index >= 0) this.idle.splice(index, 1);
    });
    return worker;
  }
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
  const previous = await checkOutputFolder(opts.out, opts.existing);
  if (previous) opts.onNotice?.(`${opts.out} holds ${previous.summary}: ${opts.existing === 'update' ? 'updating it' : 'replacing it'}`);
  const allInputs = await runInputs(inputs, previous?.inputs ?? [], opts.onNotice);
  const cacheDir = opts.cache === false ? null : resolve(opts.cache ?? join(opts.out, DEFAULT_CACHE_DIR));
  // An output folder inside an input folder holds the previous run, not reports; so does the cache.
  const found = await findInputs(allInputs, { exclude: [opts.out, ...(cacheDir ? [cacheDir] : [])] });
  const total = found.files.length;
  const counts = { ok: 0, partial: 0, error: 0, pages: 0, figures: 0, flags: 0 };
  const stageMs: StageTotals = {};

  // Which files the cache holds: a file whose size and time are unchanged is not read at all.
  let started = performance.now();
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
  if (cache?.invalidated && misses > 0) opts.onNotice?.(`cache entries no longer hold: ${cache.invalidated}; all ${misses} files are read again`);
  stageMs.cache = performance.now() - started;

  const pool = new WorkerPool(opts.timeoutSeconds * 1000, opts.workerHeapMb, OcrGate.create(opts.ocrConcurrency));
  // The workers load the stages (about a second each) while this thread checks the stage names and rule files.
  pool.warm(Math.min(opts.concurrency, misses));
  let writer: OutputWriter;
  try {
    // Rows from the cache were made with these very rule files, which loaded then.
    if (misses > 0) await checkRuleFiles(opts.stages ?? STAGE_NAMES);
    writer = await OutputWriter.open(opts.out, { bom: opts.bom });
  } catch (err) {
    await pool.close();
    throw err;
  }
  const limit = pLimit(opts.concurrency);
  let stopped = opts.signal?.aborted ?? false;
  // Queued files return at once (p-limit's clearQueue would leave their promises pending forever).
  const stop = () => {
    stopped = true;
    void pool.close();
  };
  opts.signal?.addEventListener('abort', stop, { once: true });

  // Rows are written in input order whatever order files finish in, so two runs diff cleanly.
  // reports.csv is written last, once the batch audit has linked copies and counted its flags.
  const ready = new Map<number, ReportRows>();
  const entries: BatchEntry[] = [];
  const firstSource = new Map<string, string>();
  let next = 0;
  let writing = Promise.resolve();
  const writeRows = async (found: ReportRows) => {
    const { rows, sameBytesAs } = uniqueId(found, firstSource);
    await writer.addChildren(rows);
    entries.push({ report: rows.report, figures: rows.figures.map(keptFigure), fingerprint: rows.fingerprint, sameBytesAs });
    counts[rows.report.status] += 1;
    counts.pages += rows.report.pages || 0;
    counts.figures += rows.figures.length;
    counts.flags += rows.flags.length;
  };
  const deliver = (index: number, rows: ReportRows): Promise<void> => {
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
  opts.onProgress?.({ done, total, errors });
  const context = opts.referenceDate ? { referenceDate: opts.referenceDate } : {};
  try {
    await Promise.all(found.files.map((file, index) => limit(async () => {
      if (stopped) return;
      const key = keys[index];
      let rows = hits[index] && key ? await cache!.get(key) : undefined;
      if (rows) cached += 1;
      else {
        const reply = await pool.run({ path: file.path, sourceFile: file.sourceFile, context, stages: opts.stages });
        if (stopped) return; // abandoned in flight
        if (reply.ok) {
          rows = reply.rows;
          addTimes(stageMs, reply.stageMs);
          // Kept as soon as done, so that an interrupted run loses no finished file. A crash or timeout is not kept: it may not recur.
          if (cache && key) await cache.put(key, rows);
        } else {
          rows = errorRows({ id: await fileId(file.path), sourceFile: file.sourceFile, format: file.format, error: reply.message });
        }
      }
      done += 1;
      if (rows.report.status === 'error') errors += 1;
      opts.onProgress?.({ done, total, errors, sourceFile: file.sourceFile });
      await deliver(index, rows);
    })));
    await writing;
    // Stopped: the finished files after a gap are written too, still in input order.
    for (const index of [...ready.keys()].sort((a, b) => a - b)) await writeRows(ready.get(index)!);
    ready.clear();
    started = performance.now();
    const audit = auditBatch(entries);
    await writer.write('reports', audit.reports);
    await writer.write('flags', audit.flags);
    await writer.write('series', audit.series);
    stageMs.batch = performance.now() - started;
    counts.flags += audit.flags.length;
    await cache?.save();
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
      stage_seconds: Object.fromEntries(Object.entries(stageMs).map(([stage, ms]) => [stage, Math.round(ms) / 1000])),
      ...(stopped ? { interrupted: { done: entries.length, total } } : {}),
      ...(audit.problems.length > 0 ? { batch_problems: audit.problems } : {}),
      options: {
        concurrency: opts.concurrency,
        ocr_concurrency: opts.ocrConcurrency,
        timeout_seconds: opts.timeoutSeconds,
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
    await pool.close();
  }
}
