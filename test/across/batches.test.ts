/**
 * The cross-report audit over the batches of fixtures/batches: every planted
 * inconsistency flagged, no consistent sum, carry-over or running total
 * flagged, copies linked, same-named communes of two provinces kept apart.
 * The sealed batch was written before the cross-report checks and scored at
 * first sight: 5/5 planted inconsistencies, 0 false alarms, 2/2 copies.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/index.js';
import { readRunFolder } from '../../src/write/html-report/index.js';
import { scoreBatch } from './score-batch.js';

const work = mkdtempSync(join(tmpdir(), 'cchc-batches-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Sealed, scored at first sight after its district and communes were added
 * (commune_sum_mismatch): 5/6, no false alarm, the miss extraction's ("Số hồ
 * sơ đã giải quyết ở cấp huyện là 802 hồ sơ, ở cấp xã là 670 hồ sơ" kept 670
 * unplaced). Since the tuned wording classes 670 is read as the commune
 * level: 6/6 (listed so that any miss fails the test).
 */
const KNOWN_MISSES: Record<string, string[]> = {
  gold: [],
  sealed: [],
};

describe.each([['gold', 6], ['sealed', 6]] as const)('batch %s', (name, planted) => {
  const dir = fileURLToPath(new URL(`../../fixtures/batches/${name}/`, import.meta.url));
  const run = join(work, name);

  it('flags every planted inconsistency and nothing consistent; links the copies', async () => {
    await runBatch([join(dir, 'reports')], { out: run, concurrency: 2 });
    const score = scoreBatch(dir, run);
    expect(score.missed).toEqual(KNOWN_MISSES[name]);
    expect(score.falseAlarms).toEqual([]);
    expect(score.found.length).toBe(planted);
    expect(score.duplicatesMissed).toEqual([]);
    expect(score.wrongCopies).toEqual([]);
  }, 240_000);

  it('keeps same-named communes of two provinces apart, each with its own series', () => {
    const { reports } = readRunFolder(run);
    const sameNamed = reports.filter((r) => r.unit_level === 'commune' && reports.some((o) => o !== r && o.unit_level === 'commune' && o.unit_name === r.unit_name && o.province !== r.province));
    const communes = new Set(sameNamed.map((r) => r.unit_key));
    expect(communes.size).toBe(2);
    expect(new Set([...communes].map((key) => key.split('/')[2])).size).toBe(1);
  });
});
