import { readdirSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch.js';
import { CSV_OUTPUTS } from '../../src/write/outputs.js';
import { ReportCache, type RunIdentity } from '../../src/write/report-cache.js';
import { OutputsExistError } from '../../src/write/run-folder.js';

const UNSEEN = fileURLToPath(new URL('../../fixtures/unseen/', import.meta.url));
const TEXTS = readdirSync(UNSEEN).filter((name) => name.endsWith('.txt')).sort().slice(0, 4);

async function folderOf(names: readonly string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cchc-incr-in-'));
  for (const name of names) await copyFile(join(UNSEEN, name), join(dir, name));
  return dir;
}

async function csvs(dir: string): Promise<Record<string, string>> {
  const files = Object.values(CSV_OUTPUTS).map((output) => output.file);
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file, await readFile(join(dir, file), 'utf8')])));
}

const tempFiles = async (dir: string) => (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.tmp'));
const outDir = () => mkdtemp(join(tmpdir(), 'cchc-incr-out-'));

describe('incremental runs', () => {
  it('a rerun takes every unchanged file from the cache and writes the same CSVs', async () => {
    const input = await folderOf(TEXTS);
    const out = await outDir();
    const first = await runBatch([input], { out, concurrency: 2 });
    expect(first.cached).toBe(0);
    const written = await csvs(out);
    const again = await runBatch([input], { out, concurrency: 2, existing: 'update' });
    expect(again.cached).toBe(TEXTS.length);
    expect(await csvs(out)).toEqual(written);
  });

  it('a rerun with copies (same bytes, another name) writes what a run without the cache writes, the audit included', async () => {
    const input = await folderOf(TEXTS.slice(0, 2));
    await copyFile(join(UNSEEN, TEXTS[0]), join(input, `z-${TEXTS[0]}`));
    const out = await outDir();
    await runBatch([input], { out, concurrency: 2 });
    const again = await runBatch([input], { out, concurrency: 2, existing: 'update' });
    expect(again.cached).toBe(3);
    expect(again.duplicates).toBe(1);
    const clean = await outDir();
    await runBatch([input], { out: clean, concurrency: 2, cache: false });
    expect(await csvs(out)).toEqual(await csvs(clean));
    // A file more: its rows are new, and so is the audit (the new file is linked or checked against the others).
    await copyFile(join(UNSEEN, TEXTS[2]), join(input, TEXTS[2]));
    const grown = await runBatch([input], { out, concurrency: 2, existing: 'update' });
    expect(grown.cached).toBe(3);
    await runBatch([input], { out: clean, concurrency: 2, cache: false, existing: 'replace' });
    expect(await csvs(out)).toEqual(await csvs(clean));
  });

  it('stops on another run\'s outputs unless told to replace or update them', async () => {
    const input = await folderOf(TEXTS.slice(0, 1));
    const out = await outDir();
    await runBatch([input], { out });
    await expect(runBatch([input], { out })).rejects.toThrow(OutputsExistError);
    await expect(runBatch([input], { out })).rejects.toThrow(/--update.*--replace/);
    const replaced = await runBatch([input], { out, existing: 'replace', cache: false });
    expect(replaced.cached).toBe(0);
  });

  it('--update adds the new files of the run\'s folder and of a new one, reading only those', async () => {
    const input = await folderOf(TEXTS.slice(0, 2));
    const more = await folderOf(TEXTS.slice(3, 4));
    const out = await outDir();
    await runBatch([input], { out });
    await copyFile(join(UNSEEN, TEXTS[2]), join(input, TEXTS[2]));
    const updated = await runBatch([more], { out, existing: 'update' });
    expect(updated.inputs_found).toBe(4);
    expect(updated.cached).toBe(2);
    const clean = await outDir();
    await runBatch([more, input], { out: clean, cache: false });
    expect(await csvs(out)).toEqual(await csvs(clean));
  });

  it('an interrupted run writes its finished files, leaves no temporary file, and the update does the rest', async () => {
    const input = await folderOf(TEXTS);
    const out = await outDir();
    const stop = new AbortController();
    const stopped = await runBatch([input], {
      out, concurrency: 1, signal: stop.signal,
      onProgress: ({ done }) => { if (done === 1) stop.abort(); },
    });
    expect(stopped.interrupted).toEqual({ done: 1, total: TEXTS.length });
    expect((await readFile(join(out, 'reports.csv'), 'utf8')).trim().split('\n')).toHaveLength(2);
    expect(await tempFiles(out)).toEqual([]);
    const finished = await runBatch([input], { out, existing: 'update' });
    expect(finished.interrupted).toBeUndefined();
    expect(finished.cached).toBe(1);
    const clean = await outDir();
    await runBatch([input], { out: clean, cache: false });
    expect(await csvs(out)).toEqual(await csvs(clean));
  });
});

describe('ReportCache', () => {
  const identity: RunIdentity = { toolVersion: '1.0.0', sourceHash: 'src', rules: { 'words.yaml': 'a', 'dossier/received.yaml': 'b' }, options: {} };
  const rows = { report: { report_id: 'r1' } } as never;

  it('does not read a file again while its size and time are unchanged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-cache-'));
    const file = join(dir, 'report.txt');
    await writeFile(file, 'first text');
    const time = new Date('2024-05-01T08:00:00Z');
    await utimes(file, time, time);
    const cache = await ReportCache.open(join(dir, 'cache'), identity);
    const key = await cache.keyOf(file, 'report.txt');
    await cache.put(key!, rows);
    await cache.save();
    // Same size and time, other bytes: the recorded hash stands (the file is not read).
    await writeFile(file, 'other text');
    await utimes(file, time, time);
    const reopened = await ReportCache.open(join(dir, 'cache'), identity);
    expect(await reopened.keyOf(file, 'report.txt')).toBe(key);
    expect(await reopened.get(key!)).toEqual(rows);
    // A new time: read and hashed again.
    await utimes(file, time, new Date(time.getTime() + 5000));
    expect(await reopened.keyOf(file, 'report.txt')).not.toBe(key);
  });

  it('says which rule files changed when their entries no longer hold, and drops them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-cache-'));
    const file = join(dir, 'report.txt');
    await writeFile(file, 'text');
    const cache = await ReportCache.open(join(dir, 'cache'), identity);
    const key = await cache.keyOf(file, 'report.txt');
    await cache.put(key!, rows);
    await cache.save();
    const edited = await ReportCache.open(join(dir, 'cache'), { ...identity, rules: { ...identity.rules, 'dossier/received.yaml': 'c' } });
    expect(edited.invalidated).toMatch(/rules\/dossier\/received\.yaml/);
    expect(await edited.has((await edited.keyOf(file, 'report.txt'))!)).toBe(false);
    await edited.save();
    // The old entries are gone (the new run key has none yet).
    expect((await readdir(join(dir, 'cache'))).filter((name) => name !== 'index.json')).toEqual([]);
    const newTool = await ReportCache.open(join(dir, 'cache'), { ...identity, toolVersion: '1.1.0' });
    expect(newTool.invalidated).toMatch(/cchc itself changed/);
  });
});
