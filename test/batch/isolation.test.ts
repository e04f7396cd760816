/** One bad file never hangs the batch, changes another file's result or takes the machine's memory. */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch.js';
import { contentId, pathId } from '../../src/read/input.js';
import { docxZipBomb, pdfFlateBomb } from '../fuzz/bombs.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
type Row = Record<string, string>;
const readCsv = async (path: string): Promise<Row[]> => parse(await readFile(path), { columns: true, bom: true });
const READ_ONLY: string[] = [];

async function folder(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

describe('files that are not regular files or have odd names', () => {
  let rows: Row[];

  beforeAll(async () => {
    const dir = await folder('cchc-iso-in-');
    await copyFile(join(FIXTURES, 'corpus/thach-khe-cchc-quy-3-2025.txt'), join(dir, 'a-good.txt'));
    execFileSync('mkfifo', [join(dir, 'b-pipe.pdf')]);
    await symlink('/dev/zero', join(dir, 'c-zero.docx'));
    await symlink('/dev/urandom', join(dir, 'd-random.txt'));
    await writeFile(Buffer.concat([Buffer.from(join(dir, 'e-')), Buffer.from([0xe1, 0xba]), Buffer.from('.txt')]), 'Báo cáo 12 hồ sơ');
    await writeFile(join(dir, 'f-empty.txt'), '');
    await writeFile(join(dir, 'g-empty.txt'), '');
    const out = join(await folder('cchc-iso-out-'), 'run');
    await runBatch([dir], { out, concurrency: 2, stages: READ_ONLY, timeoutSeconds: 30 });
    rows = await readCsv(join(out, 'reports.csv'));
  });

  it('lists a FIFO and devices as error rows without opening them, and reads the rest', () => {
    expect(rows.map((r) => [r.source_file, r.status, r.error])).toEqual([
      ['a-good.txt', 'ok', ''],
      ['b-pipe.pdf', 'error', 'not a regular file: a FIFO (named pipe)'],
      ['c-zero.docx', 'error', 'not a regular file: a device'],
      ['d-random.txt', 'error', 'not a regular file: a device'],
      ['e-\uFFFD.txt', 'ok', ''],
      ['f-empty.txt', 'error', 'file is empty'],
      ['g-empty.txt', 'error', 'file is empty'],
    ]);
  });

  it('gives files without content ids of their own (the hash of their path)', () => {
    const withoutContent = rows.filter((r) => r.status === 'error');
    expect(withoutContent.map((r) => r.report_id)).toEqual(withoutContent.map((r) => pathId(r.source_file)));
    expect(new Set(rows.map((r) => r.report_id)).size).toBe(rows.length);
  });
});

describe('a damaged PDF whose parser leaves errors unhandled', () => {
  it('keeps its failure to itself: the files after it come out the same on every run', async () => {
    const dir = await folder('cchc-iso-in-');
    // Sorted first, on one worker: every later file runs after it in the same worker (or its replacement).
    await copyFile(join(FIXTURES, 'broken/bad-xref-entry.pdf'), join(dir, 'a-bad-xref-entry.pdf'));
    await copyFile(join(FIXTURES, 'broken/truncated.pdf'), join(dir, 'b-truncated.pdf'));
    await copyFile(join(FIXTURES, 'corpus/thach-khe-cchc-quy-3-2025.pdf'), join(dir, 'c-good.pdf'));
    await copyFile(join(FIXTURES, 'broken/bad-xref-entry.pdf'), join(dir, 'd-bad-xref-entry.pdf'));
    await copyFile(join(FIXTURES, 'tables/ha-hoa-appendix.pdf'), join(dir, 'e-good.pdf'));
    await copyFile(join(FIXTURES, 'tables/ha-hoa-appendix.docx'), join(dir, 'f-good.docx'));
    const outputs: string[] = [];
    for (let run = 0; run < 3; run++) {
      const out = join(await folder('cchc-iso-out-'), 'run');
      await runBatch([dir], { out, concurrency: run % 2 === 0 ? 1 : 2, stages: ['normalise'] });
      const files = (await readdir(out)).filter((name) => name.endsWith('.csv')).sort();
      outputs.push((await Promise.all(files.map((name) => readFile(join(out, name), 'utf8')))).join('\n'));
      if (run === 0) {
        const rows = await readCsv(join(out, 'reports.csv'));
        expect(rows.map((r) => [r.source_file, r.status])).toEqual([
          ['a-bad-xref-entry.pdf', 'ok'], ['b-truncated.pdf', 'error'], ['c-good.pdf', 'ok'],
          ['d-bad-xref-entry.pdf', 'ok'], ['e-good.pdf', 'ok'], ['f-good.docx', 'ok'],
        ]);
      }
    }
    expect(new Set(outputs).size).toBe(1);
  });
});

/** Resident memory (MB) of this process and its children, from /proc. */
async function treeRssMb(): Promise<number> {
  let kb = 0;
  const children = (await readFile(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8')).split(' ').filter(Boolean);
  for (const pid of [String(process.pid), ...children]) {
    const status = await readFile(`/proc/${pid}/status`, 'latin1').catch(() => '');
    kb += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  }
  return kb / 1024;
}

describe('resource attacks', () => {
  it('turns bombs into error rows naming the limit, and stays under concurrency × worker memory + base', async () => {
    const dir = await folder('cchc-iso-bombs-');
    await mkdir(join(dir, 'in'));
    await writeFile(join(dir, 'in', 'flate-bomb.pdf'), await pdfFlateBomb(600));
    await writeFile(join(dir, 'in', 'zip-bomb.docx'), await docxZipBomb(600));
    const hidden = await pdfFlateBomb(1200, { hidden: true });
    await writeFile(join(dir, 'in', 'hidden-bomb.pdf'), hidden);
    await copyFile(join(FIXTURES, 'tables/ha-hoa-appendix.pdf'), join(dir, 'in', 'good.pdf'));
    const base = await treeRssMb();
    let peak = base;
    const sampler = setInterval(() => void treeRssMb().then((mb) => { peak = Math.max(peak, mb); }), 10);
    const workerMemoryMb = 600;
    try {
      await runBatch([join(dir, 'in')], { out: join(dir, 'out'), concurrency: 2, workerMemoryMb, stages: ['normalise'] });
    } finally {
      clearInterval(sampler);
    }
    const rows = await readCsv(join(dir, 'out', 'reports.csv'));
    expect(rows.map((r) => [r.source_file, r.status, r.error])).toEqual([
      ['flate-bomb.pdf', 'error', 'PDF streams decode to more than 128 MB (limit per file)'],
      ['good.pdf', 'ok', ''],
      ['hidden-bomb.pdf', 'error', `out of memory (worker memory limit ${workerMemoryMb} MB)`],
      ['zip-bomb.docx', 'error', 'Word document inflates to more than 100 times its size (zip bomb?)'],
    ]);
    expect(peak).toBeLessThan(2 * workerMemoryMb + base);
    // Killed after it had hashed the file: the row keeps the file's own id.
    expect(rows.find((r) => r.source_file === 'hidden-bomb.pdf')?.report_id).toBe(contentId(hidden));
  });
});
