import { execFile, execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/cchc.js', import.meta.url));
const SAMPLE_TXT = fileURLToPath(new URL('../../fixtures/corpus/tho-xuan-cchc-quy-1-2024.txt', import.meta.url));

interface Run { code: number; stdout: string; stderr: string }

async function cchc(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe.concurrent('cchc CLI', () => {
  let input: string;
  beforeAll(async () => {
    input = await mkdtemp(join(tmpdir(), 'cchc-cli-in-'));
    await copyFile(SAMPLE_TXT, join(input, 'report.txt'));
    await writeFile(join(input, 'broken.pdf'), 'not a pdf at all');
    await writeFile(join(input, 'README.md'), 'not a report');
  });
  const out = () => mkdtemp(join(tmpdir(), 'cchc-cli-out-'));

  it('exits 0 after a batch with per-file errors, printing a one-line summary that lists skipped files', async () => {
    const dir = await out();
    const run = await cchc('extract', input, '--out', dir);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/2 files .*1 error.*1 skipped \(README\.md\)/);
    const reports = await readFile(join(dir, 'reports.csv'), 'utf8');
    expect(reports).toContain('broken.pdf,pdf,error,');
    expect(reports).toContain('report.txt,txt,');
  });

  it('exits 1 with --strict when a file failed', async () => {
    expect((await cchc('extract', input, '--out', await out(), '--strict')).code).toBe(1);
  });

  it('writes a UTF-8 BOM with --bom', async () => {
    const dir = await out();
    await cchc('extract', join(input, 'report.txt'), '--out', dir, '--bom');
    expect((await readFile(join(dir, 'reports.csv'))).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it.each([
    ['no command', []],
    ['an unknown option', ['extract', 'x', '--out', 'y', '--no-such-option']],
    ['a missing --out', ['extract', 'x']],
    ['a bad --concurrency', ['extract', 'x', '--out', 'y', '--concurrency', '0']],
    ['a missing input', ['extract', '/no/such/input/folder', '--out', 'y']],
  ])('exits 2 on a usage error: %s', async (_, args) => {
    const run = await cchc(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toBe('');
  });

  it('documents every extract option in --help', async () => {
    const run = await cchc('extract', '--help');
    expect(run.code).toBe(0);
    for (const option of ['--out', '--concurrency', '--timeout', '--worker-memory', '--bom', '--strict', '--reference-date', '--html']) expect(run.stdout).toContain(option);
  });

  it('text: refuses a FIFO at once (exit 1, one line) instead of waiting for a writer', async () => {
    const fifo = join(await out(), 'pipe.pdf');
    execFileSync('mkfifo', [fifo]);
    const run = await cchc('text', fifo);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${fifo}: not a regular file: a FIFO (named pipe)\n`);
  });
});
