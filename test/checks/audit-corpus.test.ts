/**
 * End to end over the held-out audit corpus (test/fixtures-audit: synthetic
 * reports with hand-made flags.csv, written before the checks were tuned on
 * them): every planted inconsistency is raised, no consistent statement is
 * flagged, and at most one flag per report on average explains nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch.js';
import { evaluateRunFolder, type EvalResult } from '../../src/eval/index.js';

const CORPUS = fileURLToPath(new URL('../fixtures-audit/', import.meta.url));

describe('audit corpus', () => {
  let out: string;
  let result: EvalResult;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'cchc-audit-'));
    await runBatch([CORPUS], { out, concurrency: 2 });
    result = evaluateRunFolder(CORPUS, out);
  }, 120_000);
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('scores every report of the corpus', () => {
    expect(result.unscored).toEqual([]);
    expect(result.gold_without_report).toEqual([]);
    expect(result.reports.length).toBeGreaterThanOrEqual(4);
  });

  it('raises every planted inconsistency (rules the checks cannot see yet are listed)', () => {
    const missed = result.reports.flatMap((r) => r.missed_flags.map((row) => `${r.source_file}:${row.gold_line} ${row.check} ${row.numbers}`));
    expect(missed).toEqual(KNOWN_MISSES);
  });

  it('flags no consistent statement', () => {
    const violated = result.reports.flatMap((r) => r.violated_flags.map((row) => `${r.source_file}:${row.gold_line} ${row.check} ${row.numbers} by ${row.by?.join(' | ')}`));
    expect(violated).toEqual([]);
  });

  it('leaves at most one unexplained flag per report on average', () => {
    const unexplained = result.reports.flatMap((r) => r.unexplained_flags.map((f) => `${r.source_file} ${f.check_id}: ${f.message}`));
    expect(unexplained.length, unexplained.join('\n')).toBeLessThanOrEqual(result.reports.length);
  });
});

/**
 * Planted inconsistencies not raised because the extraction does not read a
 * figure (rules) or consolidation keeps the two values in different scopes;
 * each entry is `file:gold line check numbers`. Remove an entry when it is fixed.
 */
const KNOWN_MISSES: string[] = [
  // Rules: 'Tổng số cán bộ, công chức xã là 21 người' / 'Xã có 23 cán bộ, công chức' are not read.
  'hung-dao-cchc-6-thang-2024.txt:6 mention_conflict 21 23',
  // Consolidation: 96 'đến 31/12/2020' (a point) and 98 'hiện nay' (the report period) fall in different scopes.
  'tan-loc-cchc-2016-2020.txt:6 mention_conflict 96 98',
];
