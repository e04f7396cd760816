import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch.js';
import { LOCK_FILE, OutputFolder, OutputFolderBusy } from '../../src/write/output-folder.js';
import { DEFAULT_CACHE_DIR } from '../../src/write/report-cache.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const CLI = fileURLToPath(new URL('../../bin/cchc.js', import.meta.url));
const RUN_FILES = ['datapackage.json', 'documents.csv', 'figures.csv', 'flags.csv', 'mentions.csv', 'reports.csv', 'run.json', 'series.csv', 'tables.csv'];

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'cchc-out-folder-'));
}

/** The files of a run folder and their content (but the report cache, written as each file finishes, not as a unit). */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    if (name !== DEFAULT_CACHE_DIR) files[name] = await readFile(join(dir, name), 'utf8').catch(() => '<folder>');
  }
  return files;
}

/** An input folder of a few reports, enough for a run of some seconds. */
async function inputs(count = 3): Promise<string> {
  const dir = await folder();
  for (let i = 0; i < count; i++) {
    await copyFile(join(FIXTURES, 'corpus/thach-khe-cchc-quy-3-2025.pdf'), join(dir, `r${i}.pdf`));
    await copyFile(join(FIXTURES, 'corpus/ha-hoa-cchc-nam-2021.docx'), join(dir, `r${i}.docx`));
  }
  return dir;
}

describe('OutputFolder', () => {
  it('lets one run at a time hold a folder, with a message naming the holder and the lock file', async () => {
    const dir = await folder();
    const first = await OutputFolder.lock(dir);
    const second = OutputFolder.lock(dir);
    await expect(second).rejects.toBeInstanceOf(OutputFolderBusy);
    await expect(second).rejects.toThrow(new RegExp(`in use by another run \\(pid ${process.pid} .*delete .*${LOCK_FILE}`));
    await first.release();
    await (await OutputFolder.lock(dir)).release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over the lock of a run that is gone', async () => {
    const dir = await folder();
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: gone, host: hostname(), started_at: '2026-01-01T00:00:00Z' }));
    const taken = await OutputFolder.lock(dir);
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await taken.release();
  });

  it('finishes the swap of a run killed while swapping, and clears what earlier runs left', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'reports.csv'), 'old');
    await writeFile(join(dir, 'figures.csv'), 'new'); // already moved in when the run was killed
    await mkdir(join(dir, '.cchc-commit'));
    await writeFile(join(dir, '.cchc-commit', 'reports.csv'), 'new');
    await mkdir(join(dir, '.cchc-staging'));
    await writeFile(join(dir, '.cchc-staging', 'flags.csv'), 'half');
    await writeFile(join(dir, '.mentions.csv.0123456789ab.tmp'), 'half');
    const locked = await OutputFolder.lock(dir);
    await locked.release();
    expect(await snapshot(dir)).toEqual({ 'figures.csv': 'new', 'reports.csv': 'new' });
  });
});

describe('runBatch into one output folder', () => {
  it('stops a second run into a folder being written, and leaves the first run whole', async () => {
    const input = await inputs(2);
    const out = join(await folder(), 'run');
    const first = runBatch([input], { out, concurrency: 2, stages: ['normalise'] });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(runBatch([input], { out, concurrency: 1, stages: ['normalise'] })).rejects.toBeInstanceOf(OutputFolderBusy);
    const summary = await first;
    const files = await snapshot(out);
    expect(Object.keys(files)).toEqual(RUN_FILES);
    expect(files['reports.csv'].trim().split('\n')).toHaveLength(1 + summary.inputs_found);
  });

  it('replaces the report.html of the previous run, which would not match the new files', async () => {
    const input = await inputs(1);
    const out = join(await folder(), 'run');
    await runBatch([input], { out, stages: [] });
    await writeFile(join(out, 'report.html'), '<html>previous run</html>');
    await runBatch([input], { out, stages: [], existing: 'replace' });
    expect(existsSync(join(out, 'report.html'))).toBe(false);
  });
});

/** Start `cchc extract --replace`, wait until it is writing its staging folder, send `signal`; its exit code. */
async function interrupt(input: string, out: string, signal: NodeJS.Signals): Promise<number | null> {
  const child = spawn(process.execPath, [CLI, 'extract', input, '--out', out, '-c', '1', '--replace'], { stdio: 'ignore' });
  let running = true;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => {
    running = false;
    resolve(code);
  }));
    const writing = async () => (await readdir(join(out, '.cchc-staging')).catch(() => [])).length > 0;
  while (running && !(await writing())) await new Promise((resolve) => setTimeout(resolve, 20));
  child.kill(signal);
  return exited;
}

describe('cchc extract stopped by a signal', () => {
  // The finished files' rows are swapped in as a whole interrupted run (issue 13), never a mix with the previous run.
  it('swaps in a whole interrupted run, without lock, staging or temporary files (SIGINT, SIGTERM)', async () => {
    const input = await inputs();
    const out = join(await folder(), 'run');
    await runBatch([input], { out, stages: [] });
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
      expect(await interrupt(input, out, signal)).toBe(code);
      const files = await snapshot(out);
      expect(Object.keys(files)).toEqual(RUN_FILES);
      const run = JSON.parse(files['run.json']) as { interrupted?: { done: number; total: number } };
      expect(run.interrupted?.total).toBe(6);
      expect(files['reports.csv'].trim().split('\n')).toHaveLength(1 + run.interrupted!.done);
    }
  });

  it('after SIGKILL, the next run clears what was left and writes a whole run', async () => {
    const input = await inputs();
    const out = join(await folder(), 'run');
    await runBatch([input], { out, stages: [] });
    const previous = await snapshot(out);
    await interrupt(input, out, 'SIGKILL');
    expect(await readdir(out)).toEqual(expect.arrayContaining([LOCK_FILE, '.cchc-staging']));
    await runBatch([input], { out, stages: [], existing: 'replace' });
    const next = await snapshot(out);
    expect(Object.keys(next)).toEqual(RUN_FILES);
    expect(next['reports.csv']).toBe(previous['reports.csv']);
  });
});
