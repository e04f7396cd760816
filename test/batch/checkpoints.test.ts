import fs, { readdirSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch.js';
import { CSV_OUTPUTS } from '../../src/write/outputs.js';
import { CHECKPOINTS } from '../../src/write/checkpoints.js';
import { ReportCache, type RunIdentity } from '../../src/write/report-cache.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const RULES = fileURLToPath(new URL('../../rules/', import.meta.url));

async function csvs(dir: string): Promise<Record<string, string>> {
  const files = Object.values(CSV_OUTPUTS).map((output) => output.file);
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file, await readFile(join(dir, file), 'utf8')])));
}

describe('checkpoints', () => {
  it('each checkpoint\'s stages read no rule file but those it declares', async () => {
    // Every rules/ file opened from here on is noted (the stage modules load their files when first used).
    const opened = new Set<string>();
    const watched = ['readFileSync', 'readdirSync', 'openSync'] as const;
    const originals = watched.map((name) => fs[name]);
    watched.forEach((name, i) => {
      (fs as unknown as Record<string, unknown>)[name] = (path: fs.PathLike, ...rest: unknown[]) => {
        const text = String(path);
        if (text.startsWith(RULES)) opened.add(relative(RULES, text).split(sep).join('/'));
        return (originals[i] as (...args: unknown[]) => unknown)(path, ...rest);
      };
    });
    syncBuiltinESMExports();
    try {
      const { loadStages, processReport } = await import('../../src/pipeline.js');
      const { STAGE_NAMES } = await import('../../src/pipeline.js');
      const pdf = join(FIXTURES, 'tables', readdirSync(join(FIXTURES, 'tables')).find((name) => name.endsWith('.pdf'))!);
      for (const checkpoint of CHECKPOINTS) {
        const names = STAGE_NAMES.slice(0, STAGE_NAMES.indexOf(checkpoint.after) + 1);
        await processReport(pdf, 'report.pdf', {}, await loadStages(names));
        const undeclared = [...opened].filter((file) => file !== '' && !checkpoint.rules.includes(file));
        expect(undeclared, `stages up to ${checkpoint.after}`).toEqual([]);
      }
      // The watch sees rule files at all: the next stage reads many.
      await processReport(pdf, 'report.pdf', {}, await loadStages(['structure']));
      expect(opened.size).toBeGreaterThan(CHECKPOINTS.at(-1)!.rules.length);
    } finally {
      watched.forEach((name, i) => { (fs as unknown as Record<string, unknown>)[name] = originals[i]; });
      syncBuiltinESMExports();
    }
  });

  it('a report taken up from its checkpoint gives the rows of a fresh read', async () => {
    const input = await mkdtemp(join(tmpdir(), 'cchc-ckpt-in-'));
    for (const dir of ['tables', 'corpus']) {
      const name = readdirSync(join(FIXTURES, dir)).find((n) => n.endsWith('.pdf'))!;
      await copyFile(join(FIXTURES, dir, name), join(input, `${dir}-${name}`));
    }
    const out = await mkdtemp(join(tmpdir(), 'cchc-ckpt-out-'));
    await runBatch([input], { out, concurrency: 2 });
    // The rows go (as after a rule-file edit), the checkpoints stay.
    const cacheDir = join(out, '.cchc-cache');
    for (const entry of await readdir(cacheDir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'checkpoints') await rm(join(cacheDir, entry.name), { recursive: true });
    }
    const again = await runBatch([input], { out, concurrency: 2, existing: 'update' });
    expect(again.cached).toBe(0);
    expect(again.resumed).toEqual({ tables: 2 });
    const clean = await mkdtemp(join(tmpdir(), 'cchc-ckpt-clean-'));
    await runBatch([input], { out: clean, concurrency: 2, cache: false });
    expect(await csvs(out)).toEqual(await csvs(clean));
  });

  it('after a rule-file edit, reports are taken up after the last stage that reads none of the changed files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-ckpt-cache-'));
    const identity: RunIdentity = {
      toolVersion: '1.0.0', sourceHash: 'src', options: {},
      rules: { 'catalogue.yaml': 'a', 'labels/labels.yaml': 'b', 'dossier/received.yaml': 'c', 'words.yaml': 'd' },
    };
    await (await ReportCache.open(dir, identity)).save();
    const withRules = (changes: Record<string, string>) => ReportCache.open(dir, { ...identity, rules: { ...identity.rules, ...changes } });
    expect((await withRules({ 'dossier/received.yaml': 'x' })).resumableAfter).toBe('tables');
    expect((await withRules({ 'words.yaml': 'x' })).resumableAfter).toBe('tables');
    expect((await withRules({ 'labels/labels.yaml': 'x' })).resumableAfter).toBe('documents');
    expect((await withRules({ 'catalogue.yaml': 'x', 'words.yaml': 'x' })).resumableAfter).toBe('documents');
    expect((await withRules({})).resumableAfter).toBeNull();
    expect((await ReportCache.open(dir, { ...identity, sourceHash: 'other' })).resumableAfter).toBeNull();
  });
});
