import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/index.js';

const root = mkdtempSync(join(tmpdir(), 'cchc-eval-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function folders(): { gold: string; run: string } {
  const gold = join(root, 'gold');
  const run = join(root, 'run');
  mkdirSync(gold, { recursive: true });
  mkdirSync(run, { recursive: true });
  writeFileSync(join(gold, 'xa-b-nam-2023.gold.csv'), 'indicator,value,level,period_start,period_end,note\nplan.tasks,12,,,,line 3\nplan.tasks_done,10,,,,line 4\n');
  writeFileSync(join(run, 'reports.csv'), 'report_id,source_file,format,status,error,period_start,period_end\nabcdefabcdefabcd,xa-b-nam-2023.docx,docx,ok,,2023-01-01,2023-12-31\n');
  writeFileSync(join(run, 'figures.csv'), 'report_id,indicator,value,level,period_start,period_end,page,line,evidence,rule\nabcdefabcdefabcd,plan.tasks,12,own,2023-01-01,2023-12-31,1,3,12 nhiệm vụ,plan.rule\n');
  return { gold, run };
}

function capture(stream: NodeJS.WriteStream): () => string {
  const chunks: string[] = [];
  vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  return () => chunks.join('');
}

describe('cchc eval', () => {
  it('prints the scores, writes the JSON and exits 0', async () => {
    const { gold, run } = folders();
    const json = join(root, 'out', 'eval.json');
    const stdout = capture(process.stdout);
    expect(await main(['node', 'cchc', 'eval', '--gold', gold, '--run', run, '--json', json])).toBe(0);
    expect(stdout()).toContain('MISS [unread] plan.tasks_done = 10');
    const result = JSON.parse(readFileSync(json, 'utf8'));
    expect(result.overall.figures.strict).toMatchObject({ tp: 1, predicted: 1, gold: 2, precision: 1, recall: 0.5 });
    expect(result.by_format.docx.figures.strict.tp).toBe(1);
  });

  it('--corpus extracts the folder into the run folder, then scores it with the gold files found there', async () => {
    const corpus = join(root, 'corpus');
    mkdirSync(corpus, { recursive: true });
    writeFileSync(join(corpus, 'xa-c-nam-2023.txt'), 'BÁO CÁO\nKết quả công tác cải cách hành chính năm 2023\nTổng số hồ sơ tiếp nhận: 1.234 hồ sơ.\n');
    writeFileSync(join(corpus, 'xa-c-nam-2023.gold.csv'), 'indicator,value,level,period_start,period_end,note\ndossier.received,1234,,,,line 3\n');
    const out = join(root, 'corpus-run');
    const json = join(root, 'corpus-eval.json');
    capture(process.stdout);
    capture(process.stderr);
    expect(await main(['node', 'cchc', 'eval', '--corpus', corpus, '--out', out, '--json', json, '--concurrency', '1'])).toBe(0);
    const result = JSON.parse(readFileSync(json, 'utf8'));
    expect(result.reports.map((r: { source_file: string; gold: string }) => [r.source_file, r.gold])).toEqual([['xa-c-nam-2023.txt', 'xa-c-nam-2023']]);
    expect(result.overall.figures.strict.gold).toBe(1);
  });

  it('--corpus with --gold scores the extracted folder against the other folder\'s gold files', async () => {
    const corpus = join(root, 'corpus-own-gold');
    const errata = join(root, 'errata');
    mkdirSync(corpus, { recursive: true });
    mkdirSync(errata, { recursive: true });
    writeFileSync(join(corpus, 'xa-d-nam-2023.txt'), 'BÁO CÁO\nKết quả công tác cải cách hành chính năm 2023\nTổng số hồ sơ tiếp nhận: 2.468 hồ sơ.\n');
    writeFileSync(join(corpus, 'xa-d-nam-2023.gold.csv'), 'indicator,value,level,period_start,period_end,note\ndossier.received,9999,,,,line 3\n');
    writeFileSync(join(errata, 'xa-d-nam-2023.gold.csv'), 'indicator,value,level,period_start,period_end,note\ndossier.received,2468,,,,line 3 (amended)\n');
    const json = join(root, 'errata-eval.json');
    capture(process.stdout);
    capture(process.stderr);
    expect(await main(['node', 'cchc', 'eval', '--corpus', corpus, '--gold', errata, '--out', join(root, 'errata-run'), '--json', json, '--concurrency', '1'])).toBe(0);
    const result = JSON.parse(readFileSync(json, 'utf8'));
    expect(result.overall.figures.strict).toMatchObject({ tp: 1, gold: 1 });
  });

  it.each([
    [['--gold', 'x']],
    [['--gold', 'x', '--run', 'y', '--corpus', 'z']],
    [['--gold', join(root, 'missing'), '--run', join(root, 'missing')]],
  ])('exits 2 on a usage error: %j', async (args) => {
    const stderr = capture(process.stderr);
    expect(await main(['node', 'cchc', 'eval', ...args])).toBe(2);
    expect(stderr()).toMatch(/error/);
  });
});
