/** `cchc extract`: the batch run, from files and folders to the output folder. */
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { runBatch, type BatchSummary } from '../../batch.js';
import { stripControls } from '../../write/csv.js';
import { progressDisplay } from '../progress.js';

const SKIPPED_SHOWN = 3;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number > 0');
  return n;
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('expected a date YYYY-MM-DD');
  return value;
}

/** One line: what was read, where it went, what failed. */
export function summaryLine(summary: BatchSummary): string {
  const fromHere = relative(process.cwd(), summary.out) || '.';
  const out = fromHere.startsWith('..') ? summary.out : fromHere;
  const parts = [
    `${summary.inputs_found} ${summary.inputs_found === 1 ? 'file' : 'files'} → ${out}: ${summary.ok} ok, ${summary.partial} partial, ${summary.error} error`,
    `${summary.figures} figures, ${summary.flags} flags`,
  ];
  if (summary.skipped.length > 0) {
    const shown = summary.skipped.slice(0, SKIPPED_SHOWN).join(', ');
    const more = summary.skipped.length > SKIPPED_SHOWN ? `, +${summary.skipped.length - SKIPPED_SHOWN} more in run.json` : '';
    parts.push(`${summary.skipped.length} skipped (${shown}${more})`);
  }
  if (summary.cached) parts.push(`${summary.cached} from the cache`);
  parts.push(`${summary.seconds.toFixed(1)} s`);
  return parts.join('; ');
}

interface ExtractOptions {
  out: string;
  concurrency: number;
  ocrConcurrency: number;
  timeout: number;
  workerMemory: number;
  bom?: boolean;
  strict?: boolean;
  referenceDate?: string;
  html?: boolean;
  replace?: boolean;
  update?: boolean;
  /** A folder, or false for --no-cache. */
  cache: string | boolean;
}

/** Exit code of a run stopped by a signal (128 + its number, as a shell reports it). */
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

export function extractCommand(): Command {
  return new Command('extract')
    .description('extract figures, documents and flags from reports (.pdf, .docx, .doc, .txt; folders are searched recursively)')
    .argument('<inputs...>', 'report files or folders')
    .requiredOption('-o, --out <dir>', 'output folder (reports.csv, figures.csv, mentions.csv, documents.csv, flags.csv, tables.csv, run.json)')
    .option('-c, --concurrency <n>', 'files processed at once (worker processes)', positiveInt, availableParallelism())
    .option('--ocr-concurrency <n>', 'OCR processes (scanned PDF pages) running at once', positiveInt, availableParallelism())
    .option('--timeout <seconds>', 'a file still running after this long becomes an error row', positiveNumber, 120)
    .option('--worker-memory <MB>', 'memory limit of each worker process (heap and buffers); a file needing more becomes an error row', positiveInt, 2048)
    .option('--bom', 'start each CSV with a UTF-8 BOM so Excel shows Vietnamese correctly')
    .option('--strict', 'exit with code 1 when any file ends with status error')
    .option('--reference-date <date>', 'resolve relative dates ("hiện nay") against this date (YYYY-MM-DD)', isoDate)
    .option('--html', 'also write the HTML audit report <out>/report.html (same as cchc report --run <out>)')
    .option('--update', 'the output folder holds a run: add the new files of its inputs and of these (unchanged files come from the cache)')
    .option('--replace', 'the output folder holds a run: overwrite it')
    .option('--cache <dir>', 'folder of the report cache (default: <out>/.cchc-cache)')
    .option('--no-cache', 'read every file again and keep no cache')
    .addHelpText(
      'after',
      '\nA run into a folder holding another run\'s outputs stops unless told --update or --replace.' +
        '\nCtrl-C (SIGINT) or SIGTERM: files in flight are abandoned, finished ones written; --update does the rest.' +
        '\nExit codes: 0 the batch ran (even with per-file errors), 1 --strict and a file failed, 2 usage error, 130/143 stopped by SIGINT/SIGTERM.',
    )
    .action(async (inputs: string[], options: ExtractOptions) => {
      if (options.update && options.replace) throw new InvalidArgumentError('--update and --replace exclude each other');
      const progress = progressDisplay();
      // The first SIGINT/SIGTERM stops the run (workers killed, the finished files' rows swapped in
      // as an interrupted run, the lock and staging folder removed); a second one exits at once.
      const stop = new AbortController();
      const onSignal = (signal: NodeJS.Signals) => {
        if (stop.signal.aborted) process.exit(SIGNAL_EXIT[signal] ?? 1);
        progress.stop();
        console.error(`cchc: ${signal}: abandoning the files in flight, writing the finished ones…`);
        stop.abort(signal);
      };
      process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
      let summary: BatchSummary;
      try {
        summary = await runBatch(inputs, {
          existing: options.update ? 'update' : options.replace ? 'replace' : 'stop',
          cache: options.cache === true ? undefined : options.cache,
          signal: stop.signal,
          onNotice: (message) => console.error(`cchc: ${stripControls(message)}`),
          out: options.out,
          concurrency: options.concurrency,
          ocrConcurrency: options.ocrConcurrency,
          timeoutSeconds: options.timeout,
          workerMemoryMb: options.workerMemory,
          bom: options.bom ?? false,
          referenceDate: options.referenceDate,
          onProgress: (p) => progress.update(p),
        });
      } finally {
        progress.stop();
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      }
      console.log(stripControls(summaryLine(summary)));
      if (summary.interrupted) {
        const { done, total } = summary.interrupted;
        console.error(`cchc: stopped: ${done} of ${total} files done and written to ${summary.out}; run again with --update to do the other ${total - done}`);
        process.exitCode = SIGNAL_EXIT[String(stop.signal.reason)] ?? 1;
        return;
      }
      if (options.html) await (await import('../../write/html-report/index.js')).writeHtmlReport(summary.out, join(summary.out, 'report.html'));
      if (options.strict && summary.error > 0) process.exitCode = 1;
    });
}
