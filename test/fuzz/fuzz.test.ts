/**
 * The CI share of the fuzz suite: 500 seeded damaged PDFs and Word documents
 * (seed 1) with good reports among them, read and repaired twice. No file
 * hangs, every row is the same on both runs, and the good reports come out
 * exactly as when run alone. `npx tsx scripts/fuzz.ts` runs 10,000 and more.
 */
import { describe, expect, it } from 'vitest';
import { fuzzBatch } from './harness.js';

describe('fuzz: 500 damaged reports', () => {
  it('never hang, never change another file, and give the same rows on every run', async () => {
    const result = await fuzzBatch({ seed: 1, from: 0, count: 500, stages: ['normalise'] });
    expect(result.inputs).toBe(503);
    expect(result.hangs).toEqual([]);
    expect(result.unstable).toEqual([]);
    expect(result.crossFile).toEqual([]);
    // Every input has a row with a status (a damaged file may well be read).
    expect(Object.values(result.statuses).reduce((a, b) => a + b, 0)).toBe(503);
  }, 600_000);
});
