/**
 * Generalisation guard: the whole pipeline on held-out reports written for
 * this test (fixtures/unseen: other provinces, 2012–2023, commune to town,
 * quarter to five years, phrasings and traps the sample reports do not have),
 * scored against gold written by hand before the tool was run on them.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch.js';
import { type EvalResult, evaluateRunFolder } from '../../src/eval/index.js';

const UNSEEN = fileURLToPath(new URL('../../fixtures/unseen/', import.meta.url));

/** What went wrong, for the failure message. */
function errors(result: EvalResult): string[] {
  return result.reports.flatMap((r) => [
    ...r.misses.map((m) => `${r.gold}: MISS ${m.indicator}=${m.value} ${m.level} ${m.period_start}..${m.period_end}`),
    ...r.false_positives.map((f) => `${r.gold}: FP ${f.indicator}=${f.value} ${f.level} ${f.period_start}..${f.period_end} [${f.rule}] ${f.evidence}`),
  ]);
}

describe('unseen reports (held-out gold)', () => {
  let result: EvalResult;

  beforeAll(async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'cchc-unseen-')), 'run');
    await runBatch([UNSEEN], { out, concurrency: 2 });
    result = evaluateRunFolder(UNSEEN, out);
  }, 120_000);

  it('reads every report and scores every one against its gold', () => {
    expect(result.reports.map((r) => r.status)).toEqual(result.reports.map(() => 'ok'));
    expect(result.reports.length).toBeGreaterThanOrEqual(5);
    expect(result.gold_without_report).toEqual([]);
  });

  it('keeps strict precision >= 0.95 and recall >= 0.85', () => {
    const { precision, recall } = result.overall.figures.strict;
    const detail = errors(result).join('\n');
    expect(precision ?? 0, detail).toBeGreaterThanOrEqual(0.95);
    expect(recall ?? 0, detail).toBeGreaterThanOrEqual(0.85);
  });
});
