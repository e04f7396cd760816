/**
 * The rule prefilter and the shared token lines change no output: every
 * fixture of fixtures/corpus, fixtures/unseen and fixtures/tables gives the
 * same rows (all CSVs of a report) as the reference engine, which runs every
 * pattern of every rule on every sentence and tokenises each sentence afresh (the
 * engine before them).
 */
import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CompiledRule } from '../../src/extract/rules/load.js';
import { tokenLine } from '../../src/extract/rules/tokens.js';
import { rulesFor } from '../../src/extract/rules/prefilter.js';
import { scanNumbers } from '../../src/parse/numbers.js';
import { scanPeriods } from '../../src/parse/periods.js';
import { processReport } from '../../src/pipeline.js';
import { reportRows, type ReportRows } from '../../src/write/outputs.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const FILES = ['corpus', 'unseen', 'tables'].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir)).filter((name) => ['.pdf', '.docx', '.txt'].includes(extname(name))).sort().map((name) => `${dir}/${name}`));

/** The pipeline and row writer of the reference engine: a module graph of their own, loaded once. */
async function referenceEngine(): Promise<(file: string) => Promise<ReportRows>> {
  vi.resetModules();
  vi.doMock('../../src/extract/rules/prefilter.js', () => ({
    rulesFor: (rules: readonly CompiledRule[]) => rules.map((rule) => ({ rule, patterns: rule.patterns })),
  }));
  vi.doMock('../../src/extract/rules/sentence-tokens.js', () => ({
    sentenceTokens: (text: string, year: number, reportDate: string | undefined) => tokenLine(text, scanNumbers(text), scanPeriods(text, { year, reportDate })),
  }));
  const pipeline = await import('../../src/pipeline.js');
  const outputs = await import('../../src/write/outputs.js');
  vi.doUnmock('../../src/extract/rules/prefilter.js');
  vi.doUnmock('../../src/extract/rules/sentence-tokens.js');
  return async (file) => outputs.reportRows(await pipeline.processReport(join(FIXTURES, file), file));
}

let referenceRows: (file: string) => Promise<ReportRows>;
beforeAll(async () => {
  referenceRows = await referenceEngine();
});

describe('rule prefilter', () => {
  it.each(FILES)('%s: the same rows as the reference engine', async (file) => {
    const rows = reportRows(await processReport(join(FIXTURES, file), file));
    expect(rows.mentions.length).toBeGreaterThan(0);
    expect(rows).toEqual(await referenceRows(file));
  }, 120_000);

  it('skips a rule whose literal words a sentence lacks, keeps one whose words it has', async () => {
    const { defaultRuleSet } = await import('../../src/extract/rules/load.js');
    const rules = defaultRuleSet().rules;
    const line = (text: string) => tokenLine(text, scanNumbers(text), scanPeriods(text, { year: 2024 }));
    expect(rulesFor(rules, line('Trời hôm nay đẹp.'))).toEqual([]);
    const received = rulesFor(rules, line('Tổng số hồ sơ tiếp nhận là 1.250 hồ sơ.'));
    expect(received.length).toBeGreaterThan(0);
    expect(received.length).toBeLessThan(rules.length);
  });

  it('keeps, of a rule, only the patterns whose words the sentence holds, in their order', async () => {
    const { defaultRuleSet } = await import('../../src/extract/rules/load.js');
    const rules = defaultRuleSet().rules;
    const tl = tokenLine('Tiếp nhận 1.250 hồ sơ.', scanNumbers('Tiếp nhận 1.250 hồ sơ.'), []);
    const tokens = new Set([...tl.line.split(' '), ...tl.placeholders.map((p) => `⟦${p.letter}`)]);
    const found = rulesFor(rules, tl);
    const fewer = found.filter(({ rule, patterns }) => patterns.length < rule.patterns.length);
    expect(fewer.length).toBeGreaterThan(0);
    for (const { rule, patterns } of found) {
      expect(patterns).toEqual(rule.patterns.filter((p) => patterns.includes(p)));
      for (const p of patterns) expect(p.needs.every((need) => need.some((token) => tokens.has(token)))).toBe(true);
    }
    // A pattern the prefilter leaves out has a need the sentence lacks.
    for (const rule of rules) {
      const kept = found.find((f) => f.rule === rule)?.patterns ?? [];
      for (const p of rule.patterns.filter((q) => !kept.includes(q))) expect(p.needs.every((need) => need.some((token) => tokens.has(token)))).toBe(false);
    }
  });
});
