/**
 * One fuzz batch: seeded damaged reports with good reports among them, run
 * twice (at different concurrency, so files meet different workers and
 * neighbours), and compared: to each other (the same rows every run), and
 * the good reports' rows to a run of the good reports alone (no file
 * changes another's result). A file that times out counts as a hang.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { runBatch } from '../../src/batch.js';
import { CSV_OUTPUTS } from '../../src/write/outputs.js';
import { fuzzInput } from './mutate.js';

const CORPUS = new URL('../../fixtures/corpus/', import.meta.url);
/** Good reports that are not fuzz seeds (a mutation that changes nothing cannot give one of their ids). */
const GOOD_FILES = ['thach-khe-cchc-quy-3-2025.pdf', 'tho-xuan-cchc-quy-1-2024.docx', 'tho-xuan-cchc-quy-1-2024-reflow.pdf'];

export interface FuzzOptions {
  seed: number;
  from: number;
  count: number;
  /** Stages to run (absent = all). */
  stages?: string[];
  timeoutSeconds?: number;
  concurrency?: [number, number];
}

export interface FuzzResult {
  inputs: number;
  statuses: Record<string, number>;
  /** Files that timed out. */
  hangs: string[];
  /** Files whose worker died (crash or memory limit): they are error rows, listed to look at. */
  crashes: string[];
  /** Output rows that differ between the two runs. */
  unstable: string[];
  /** Good reports whose rows differ from those of a run of the good reports alone. */
  crossFile: string[];
}

type Outputs = Record<string, string[][]>;

async function readOutputs(dir: string): Promise<Outputs> {
  const outputs: Outputs = {};
  for (const { file } of Object.values(CSV_OUTPUTS)) outputs[file] = parse(await readFile(join(dir, file)), { bom: true });
  return outputs;
}

const cleanRuns = new Map<string, Promise<Outputs>>();

/** The good reports run alone, once per set of stages. */
function cleanRun(stages: string[] | undefined): Promise<Outputs> {
  const key = JSON.stringify(stages ?? 'all');
  if (!cleanRuns.has(key)) {
    cleanRuns.set(key, (async () => {
      const dir = await mkdtemp(join(tmpdir(), 'cchc-fuzz-clean-'));
      for (const [i, name] of GOOD_FILES.entries()) await copyFile(new URL(name, CORPUS), join(dir, goodName(i, name)));
      await runBatch([dir], { out: join(dir, 'out'), concurrency: 1, stages });
      return readOutputs(join(dir, 'out'));
    })());
  }
  return cleanRuns.get(key)!;
}

/** Good files are named to sort after damaged ones: a damaged PDF runs before each good one. */
function goodName(i: number, name: string): string {
  return `fuzz-good-${i}-${name}`;
}

export async function fuzzBatch(options: FuzzOptions): Promise<FuzzResult> {
  const { seed, from, count, stages, timeoutSeconds = 60, concurrency = [2, 3] } = options;
  const dir = await mkdtemp(join(tmpdir(), 'cchc-fuzz-'));
  const input = join(dir, 'in');
  const inputs = Array.from({ length: count }, (_, i) => from + i);
  await mkdir(input);
  for (const index of inputs) {
    const { name, bytes } = await fuzzInput(seed, index);
    await writeFile(join(input, name), bytes);
  }
  // The good files sort among the damaged ones: first, in the middle, last.
  const slots = [0, Math.floor(count / 2), count - 1].map((i) => `fuzz-${seed}-${String(from + i).padStart(5, '0')}-`);
  for (const [i, name] of GOOD_FILES.entries()) await copyFile(new URL(name, CORPUS), join(input, `${slots[i]}${goodName(i, name)}`));

  const runs: Outputs[] = [];
  for (const workers of concurrency) {
    const out = join(dir, `out-${workers}`);
    await runBatch([input], { out, concurrency: workers, stages, timeoutSeconds });
    runs.push(await readOutputs(out));
  }
  const [first, second] = runs;
  const clean = await cleanRun(stages);
  const reports = first['reports.csv'];
  const header = reports[0];
  const column = (name: string) => header.indexOf(name);
  const rows = reports.slice(1);

  const statuses: Record<string, number> = {};
  for (const row of rows) statuses[row[column('status')]] = (statuses[row[column('status')]] ?? 0) + 1;
  const errorOf = (pattern: RegExp) => rows.filter((row) => pattern.test(row[column('error')])).map((row) => row[column('source_file')]);

  const unstable: string[] = [];
  const crossFile: string[] = [];
  const goodIds = new Set(clean['reports.csv'].slice(1).map((row) => row[0]));
  for (const file of Object.keys(first)) {
    const a = first[file].map((row) => JSON.stringify(row));
    const b = second[file].map((row) => JSON.stringify(row));
    if (a.join('\n') !== b.join('\n')) unstable.push(...a.filter((row, i) => row !== b[i]).slice(0, 5).map((row) => `${file}: ${row.slice(0, 160)}`));
    const ofGood = (outputs: Outputs) => outputs[file].slice(1).filter((row) => goodIds.has(row[0]))
      // reports.csv names the file by its path, which differs in the fuzz folder.
      .map((row) => JSON.stringify(file === 'reports.csv' ? row.filter((_, i) => i !== 1) : row)).join('\n');
    if (ofGood(first) !== ofGood(clean)) crossFile.push(file);
  }
  await rm(dir, { recursive: true, force: true });
  return {
    inputs: rows.length,
    statuses,
    hangs: errorOf(/timed out/),
    crashes: errorOf(/worker exited|out of memory/),
    unstable,
    crossFile,
  };
}
