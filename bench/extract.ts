/**
 * `npm run bench`: what the user waits for. End-to-end `cchc extract` (a
 * fresh process: start-up, every stage, CSV writing; no cache) against
 * `pdftotext` two at a time over the same PDFs, medians of interleaved runs,
 * on long reports (≥ 50 pages) and on the sample corpus; per-stage ms/page
 * from the same runs (run.json stage_seconds); ms/page at 10, 50, 200 and
 * 1,000 pages per document (a stage that grows faster than the text shows
 * up); a rerun of an unchanged 200-file batch (cache) against its first run,
 * with the CSVs compared byte for byte; a rerun after a rule file changed
 * (reports taken up from their cached checkpoints, CSVs compared too); peak
 * RSS of the largest process at 50, 100 and 200 files of the same sources.
 * pdf.js text extraction alone (no stage of ours) runs in the same rounds:
 * the floor under cchc's wall time with pdf.js. Long documents are the fixture PDFs' pages
 * in a fixed cycle (pdfseparate + pdfunite), so every run builds the same
 * ones. Not a test: numbers vary with the machine (CPU seconds are shown
 * beside wall seconds: on a shared machine wall time swings).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfjsAloneSeconds } from './pdfjs-alone.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CCHC = join(ROOT, 'bin', 'cchc.js');
const FIXTURES = join(ROOT, 'fixtures');
const PAGE_SOURCES = ['corpus', 'tables'].flatMap((dir) => pdfsIn(join(FIXTURES, dir)));
const ROUNDS = 3;
const LONG_DOCS = 6;
const LONG_PAGES = 60;
const CORPUS_COPIES = 2;
const SCALES: Array<[pages: number, docs: number]> = [[10, 10], [50, 4], [200, 1], [1000, 1]];
const RERUN_FILES = 200;
/** Peak memory is compared at these batch sizes (the last is RERUN_FILES: the first run of the rerun step). */
const MEMORY_BATCHES = [50, 100];
/** cchc's default concurrency, for pdf.js alone. */
const THREADS = availableParallelism();
/** A rule file the rerun-after-edit step touches (a comment line appended, then the bytes restored). */
const EDITED_RULE = join(ROOT, 'rules', 'dossier', 'received.yaml');

function pdfsIn(dir: string): string[] {
  return readdirSync(dir).filter((name) => extname(name) === '.pdf').sort().map((name) => join(dir, name));
}

interface Timed { wall: number; cpu: number; maxRssMb: number; stderr: string }

/** Run a command, measured by /usr/bin/time (wall, user+system CPU of it and its children, peak RSS). */
function timed(command: string, args: string[], cwd = ROOT): Timed {
  const report = join(work, 'time.txt');
  const run = spawnSync('/usr/bin/time', ['-o', report, '-f', '%e %U %S %M', command, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
  const stderr = run.stderr;
  const [wall, user, system, rssKb] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wall, cpu: user + system, maxRssMb: rssKb / 1024, stderr };
}

function extract(input: string, out: string, ...extra: string[]): Timed {
  return timed(process.execPath, [CCHC, 'extract', input, '--out', out, '--replace', ...extra]);
}

function pdftotext(dir: string): Timed {
  return timed('sh', ['-c', 'ls -1 *.pdf | xargs -P 2 -I{} pdftotext {} /dev/null'], dir);
}

interface Manifest { pages: number; cached?: number; resumed?: Record<string, number>; stage_seconds?: Record<string, number>; inputs_found: number }
const manifest = (out: string) => JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as Manifest;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const fmt = (n: number, digits = 2) => n.toFixed(digits);

function stageLine(run: Manifest): string {
  const stages = Object.entries(run.stage_seconds ?? {});
  return stages.map(([stage, seconds]) => `${stage} ${fmt((1000 * seconds) / run.pages, 1)}`).join(', ');
}

/** Every page of the fixture PDFs, one file each, in a fixed order. */
function pagePool(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return PAGE_SOURCES.flatMap((pdf, i) => {
    execFileSync('pdfseparate', [pdf, join(dir, `${String(i).padStart(2, '0')}-%04d.pdf`)]);
    return readdirSync(dir).filter((name) => name.startsWith(`${String(i).padStart(2, '0')}-`)).sort().map((name) => join(dir, name));
  });
}

/** A document of `pages` pages: the pool's pages from `first` on, in a cycle. */
function longDocument(pool: string[], pages: number, first: number, target: string): void {
  const chosen = Array.from({ length: pages }, (_, i) => pool[(first + i) % pool.length]);
  execFileSync('pdfunite', [...chosen, target]);
}

/** Interleaved rounds of cchc and pdftotext over one folder of PDFs. */
async function versus(name: string, dir: string): Promise<void> {
  const runs: Array<{ cchc: Timed; reference: Timed; pdfjs: number; run: Manifest }> = [];
  for (let round = 0; round < ROUNDS; round++) {
    const reference = pdftotext(dir);
    const out = join(work, `out-${name}`);
    const cchc = extract(dir, out, '--no-cache');
    const pdfjs = await pdfjsAloneSeconds(dir, THREADS);
    runs.push({ cchc, reference, pdfjs, run: manifest(out) });
  }
  const { pages, inputs_found: files } = runs[0].run;
  const wall = median(runs.map((r) => r.cchc.wall));
  const reference = median(runs.map((r) => r.reference.wall));
  const cpu = median(runs.map((r) => r.cchc.cpu));
  const referenceCpu = median(runs.map((r) => r.reference.cpu));
  console.log(
    `${name}: ${files} PDFs, ${pages} pages; cchc extract ${fmt(wall)} s (CPU ${fmt(cpu)} s), pdftotext -P 2 ${fmt(reference)} s (CPU ${fmt(referenceCpu)} s): ` +
      `wall ${fmt(wall / reference)}× (target ≤ 3×), CPU ${fmt(cpu / referenceCpu)}×; ${fmt((1000 * wall) / pages, 1)} ms/page`,
  );
  const pdfjs = median(runs.map((r) => r.pdfjs));
  console.log(
    `  pdf.js text extraction alone (${THREADS} threads, nothing of ours): ${fmt(pdfjs)} s, ${fmt((1000 * pdfjs) / pages, 1)} ms/page: ` +
      `${fmt(pdfjs / reference)}× pdftotext; cchc is ${fmt(wall / pdfjs)}× pdf.js alone`,
  );
  const middle = runs.find((r) => r.cchc.wall === wall) ?? runs[0];
  console.log(`  ms/page by stage (worker time, summed over files): ${stageLine(middle.run)}`);
}

function sameFiles(a: string, b: string): string[] {
  return readdirSync(a).filter((name) => name.endsWith('.csv')).filter((name) => !readFileSync(join(a, name)).equals(readFileSync(join(b, name))));
}

const work = await mkdtemp(join(tmpdir(), 'cchc-bench-extract-'));
try {
  console.log(`cchc end-to-end bench (${ROUNDS} interleaved rounds, medians; cchc at its default concurrency)`);
  const pool = pagePool(join(work, 'pages'));

  const long = join(work, 'long');
  mkdirSync(long);
  for (let i = 0; i < LONG_DOCS; i++) longDocument(pool, LONG_PAGES, i * 29, join(long, `long-${i}.pdf`));
  await versus('LONG REPORTS', long);

  const corpus = join(work, 'corpus');
  mkdirSync(corpus);
  for (let copy = 0; copy < CORPUS_COPIES; copy++) for (const pdf of pdfsIn(join(FIXTURES, 'corpus'))) copyFileSync(pdf, join(corpus, `${copy}-${basename(pdf)}`));
  await versus('CORPUS', corpus);

  console.log('ms/page by pages per document (one run each; a stage growing faster than the text shows up):');
  for (const [pages, docs] of SCALES) {
    const dir = join(work, `scale-${pages}`);
    mkdirSync(dir);
    for (let i = 0; i < docs; i++) longDocument(pool, pages, i * 17, join(dir, `doc-${i}.pdf`));
    const out = join(work, `out-scale-${pages}`);
    const run = extract(dir, out, '--no-cache');
    const m = manifest(out);
    console.log(`  ${String(pages).padStart(4)} pages × ${docs}: ${fmt((1000 * run.wall) / m.pages, 1)} ms/page wall; ${stageLine(m)}`);
  }

  // A batch of small mixed files (tuning set and unseen fixtures), renamed copies up to 200.
  const sources = ['eval/tuning', 'unseen'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir)).filter((name) => ['.pdf', '.docx', '.txt'].includes(extname(name))).sort().map((name) => join(FIXTURES, dir, name)));
  const batch = join(work, 'batch');
  const smaller = MEMORY_BATCHES.map((files) => ({ files, dir: join(work, `batch-${files}`) }));
  for (const dir of [batch, ...smaller.map((b) => b.dir)]) mkdirSync(dir);
  for (let i = 0; i < RERUN_FILES; i++) {
    const source = sources[i % sources.length];
    const name = `${String(i).padStart(3, '0')}-${basename(source)}`;
    copyFileSync(source, join(batch, name));
    for (const { files, dir } of smaller) if (i < files) copyFileSync(source, join(dir, name));
  }
  const smallerRuns = smaller.map(({ files, dir }) => ({ files, run: extract(dir, join(work, `out-${files}`)) }));
  const out = join(work, 'out-batch');
  const first = extract(batch, out);
  const firstCsv = join(work, 'first-csv');
  mkdirSync(firstCsv);
  for (const name of readdirSync(out).filter((n) => n.endsWith('.csv'))) copyFileSync(join(out, name), join(firstCsv, name));
  // Reruns take well under a second: the median of three.
  const reruns = Array.from({ length: ROUNDS }, () => extract(batch, out));
  const rerunWall = median(reruns.map((r) => r.wall));
  const rerunCpu = median(reruns.map((r) => r.cpu));
  const differing = sameFiles(firstCsv, out);
  console.log(
    `RERUN ${RERUN_FILES} unchanged files: first ${fmt(first.wall)} s (CPU ${fmt(first.cpu)} s), rerun ${fmt(rerunWall)} s (CPU ${fmt(rerunCpu)} s; median of ${ROUNDS}; ` +
      `${manifest(out).cached} from the cache): ${fmt(first.wall / rerunWall, 1)}× faster (target ≥ 20×; CPU ${fmt(first.cpu / rerunCpu, 1)}×); ` +
      `CSVs ${differing.length === 0 ? 'byte-identical' : `DIFFER: ${differing.join(', ')}`}`,
  );
  const peaks = [...smallerRuns, { files: RERUN_FILES, run: first }];
  const spread = Math.max(...peaks.map((p) => p.run.maxRssMb)) / Math.min(...peaks.map((p) => p.run.maxRssMb));
  console.log(
    `peak RSS (largest process; ${sources.length} sources in a cycle): ${peaks.map((p) => `${fmt(p.run.maxRssMb, 0)} MB at ${p.files} files`).join(', ')}; ` +
      `largest/smallest ${fmt(spread)}`,
  );

  const rule = readFileSync(EDITED_RULE);
  try {
    appendFileSync(EDITED_RULE, '\n# bench: an edit\n');
    const edited = extract(batch, out);
    const notices = edited.stderr.split('\n').filter((line) => line.includes('cache entries') || line.includes('taken up')).map((line) => line.trim());
    const after = manifest(out);
    const same = sameFiles(firstCsv, out);
    console.log(
      `RERUN after editing rules/dossier/received.yaml (a comment appended): ${fmt(edited.wall)} s (CPU ${fmt(edited.cpu)} s; first run CPU ${fmt(first.cpu)} s), ` +
        `${after.cached ?? 0} rows from the cache, taken up from checkpoints: ${JSON.stringify(after.resumed ?? {})}; ` +
        `CSVs ${same.length === 0 ? 'byte-identical to the first run' : `DIFFER: ${same.join(', ')}`}`,
    );
    for (const notice of notices) console.log(`  cchc said: ${notice}`);
  } finally {
    writeFileSync(EDITED_RULE, rule);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
