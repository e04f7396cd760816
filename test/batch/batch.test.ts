import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { findInputs, InputError, runBatch } from '../../src/batch.js';

const CORPUS = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));
const BROKEN = fileURLToPath(new URL('../../fixtures/broken/', import.meta.url));
const SAMPLE = 'thach-khe-cchc-quy-3-2025';
/** The message says what to do (wording belongs to the reader). */
/** These tests are about the batch, not extraction: reading is enough (and keeps them fast). */
const READ_ONLY: string[] = [];
/** old.doc is only the Compound File signature: a .doc cut short. */
const DAMAGED_DOC = /^Word document is damaged: /;

type Row = Record<string, string>;
const readCsv = async (path: string): Promise<Row[]> => parse(await readFile(path), { columns: true, bom: true });

/** A folder of good reports, broken files and files that are not reports. */
async function makeInputFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cchc-batch-in-'));
  await mkdir(join(dir, 'nested', 'deeper'), { recursive: true });
  await copyFile(join(CORPUS, `${SAMPLE}.txt`), join(dir, 'GOOD.TXT'));
  await copyFile(join(CORPUS, `${SAMPLE}.pdf`), join(dir, 'nested', 'good.pdf'));
  await copyFile(join(CORPUS, `${SAMPLE}.docx`), join(dir, 'nested', 'deeper', 'good.Docx'));
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'nested', 'truncated.pdf'), '%PDF-1.7\n1 0 obj\n<< /Type /Catalog');
  await writeFile(join(dir, 'nested', 'not-word.docx'), 'this is plain text, not a zip');
  await writeFile(join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  await writeFile(join(dir, 'notes.md'), '# notes');
  await writeFile(join(dir, 'nested', 'data.xlsx'), 'x');
  return dir;
}

describe('findInputs', () => {
  it('finds reports recursively with any extension case, lists the rest as skipped', async () => {
    const dir = await makeInputFolder();
    const found = await findInputs([dir, join(dir, 'nested')]);
    expect(found.files.map((f) => [f.sourceFile, f.format])).toEqual([
      ['GOOD.TXT', 'txt'], ['empty.txt', 'txt'],
      ['nested/deeper/good.Docx', 'docx'], ['nested/good.pdf', 'pdf'], ['nested/not-word.docx', 'docx'], ['nested/truncated.pdf', 'pdf'],
      ['old.doc', 'doc'],
    ]);
    expect(found.skipped).toEqual(['nested/data.xlsx', 'notes.md']);
  });

  it('does not enter an excluded folder (the output folder of a run inside the input)', async () => {
    const dir = await makeInputFolder();
    const found = await findInputs([dir], { exclude: [join(dir, 'nested')] });
    expect(found.files.map((f) => f.sourceFile)).toEqual(['GOOD.TXT', 'empty.txt', 'old.doc']);
    expect(found.skipped).toEqual(['notes.md']);
  });

  it('names a file given directly by its base name, and rejects a missing input', async () => {
    const dir = await makeInputFolder();
    expect((await findInputs([join(dir, 'nested', 'good.pdf')])).files[0].sourceFile).toBe('good.pdf');
    await expect(findInputs([join(dir, 'no-such-folder')])).rejects.toBeInstanceOf(InputError);
  });
});

describe('runBatch', () => {
  let input: string;
  let out: string;
  let reports: Row[];
  let manifest: Record<string, unknown>;

  beforeAll(async () => {
    input = await makeInputFolder();
    out = join(await mkdtemp(join(tmpdir(), 'cchc-batch-out-')), 'run');
    const progress: number[] = [];
    const summary = await runBatch([input], { out, concurrency: 2, stages: READ_ONLY, onProgress: (p) => progress.push(p.done) });
    expect(progress).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(summary.inputs_found).toBe(7);
    reports = await readCsv(join(out, 'reports.csv'));
    manifest = JSON.parse(await readFile(join(out, 'run.json'), 'utf8'));
  });

  it('lists every input once, in input order, with a stable SHA-256 id', () => {
    expect(reports.map((r) => r.source_file)).toEqual([
      'GOOD.TXT', 'empty.txt', 'nested/deeper/good.Docx', 'nested/good.pdf', 'nested/not-word.docx', 'nested/truncated.pdf', 'old.doc',
    ]);
    for (const row of reports) expect(row.report_id).toMatch(/^r[0-9a-f]{16}$/);
  });

  it('reads the good reports and gives every broken file an error status with a one-line message', () => {
    const bySource = new Map(reports.map((r) => [r.source_file, r]));
    for (const good of ['GOOD.TXT', 'nested/good.pdf', 'nested/deeper/good.Docx']) {
      expect(bySource.get(good)?.status).not.toBe('error');
      expect(Number(bySource.get(good)?.pages)).toBeGreaterThan(0);
    }
    for (const broken of ['empty.txt', 'nested/not-word.docx', 'nested/truncated.pdf', 'old.doc']) {
      expect(bySource.get(broken)).toMatchObject({ status: 'error', error: expect.stringMatching(/^[^\n]+$/) });
    }
    expect(bySource.get('old.doc')?.error).toMatch(DAMAGED_DOC);
  });

  it('writes the run manifest with counts that add up', () => {
    expect(manifest).toMatchObject({ tool: 'cchc-extract', inputs_found: 7, skipped: ['nested/data.xlsx', 'notes.md'] });
    expect(manifest.rules_version).toMatch(/^[0-9a-f]{16}$/);
    expect(Number(manifest.ok) + Number(manifest.partial) + Number(manifest.error)).toBe(7);
    expect(manifest.error).toBe(reports.filter((r) => r.status === 'error').length);
  });

  it('turns a file that runs past the timeout into an error row and still completes', async () => {
    const timedOut = join(await mkdtemp(join(tmpdir(), 'cchc-batch-out-')), 'run');
    const summary = await runBatch([join(input, 'nested', 'good.pdf'), join(input, 'GOOD.TXT')], { out: timedOut, timeoutSeconds: 0.001 });
    expect(summary).toMatchObject({ inputs_found: 2, error: 2 });
    const rows = await readCsv(join(timedOut, 'reports.csv'));
    // Rows follow the order the inputs were given in.
    expect(rows.map((r) => [r.source_file, r.error])).toEqual([['good.pdf', 'timed out after 0.001 s'], ['GOOD.TXT', 'timed out after 0.001 s']]);
  });

  it('completes over the broken-file fixtures, one row per file, each failure with a message', async () => {
    const brokenOut = join(await mkdtemp(join(tmpdir(), 'cchc-batch-out-')), 'run');
    const found = await findInputs([BROKEN]);
    const summary = await runBatch([BROKEN], { out: brokenOut, stages: READ_ONLY });
    const rows = await readCsv(join(brokenOut, 'reports.csv'));
    expect(rows.map((r) => r.source_file)).toEqual(found.files.map((f) => f.sourceFile));
    expect(summary.error).toBeGreaterThan(0);
    for (const row of rows.filter((r) => r.status !== 'ok')) expect(row.error).toMatch(/^[^\n]+$/);
  });

  it('turns a worker that dies (here: out of memory) into an error row and replaces it for the next file', async () => {
    const crashed = join(await mkdtemp(join(tmpdir(), 'cchc-batch-out-')), 'run');
    const summary = await runBatch([join(input, 'GOOD.TXT'), join(input, 'nested', 'good.pdf')], {
      out: crashed, concurrency: 1, workerMemoryMb: 4, stages: READ_ONLY,
    });
    expect(summary).toMatchObject({ inputs_found: 2, error: 2 });
    const rows = await readCsv(join(crashed, 'reports.csv'));
    expect(rows.map((r) => [r.source_file, r.error])).toEqual([
      ['GOOD.TXT', 'out of memory (worker memory limit 4 MB)'], ['good.pdf', 'out of memory (worker memory limit 4 MB)'],
    ]);
  });

  it('rejects bad options before touching the output folder', async () => {
    await expect(runBatch([input], { out: join(out, 'x'), concurrency: 0 })).rejects.toThrow();
    await expect(runBatch([input], { out: join(out, 'x'), stages: ['no-such-stage'] })).rejects.toThrow(/unknown stage/);
    expect(existsSync(join(out, 'x'))).toBe(false);
  });
});
