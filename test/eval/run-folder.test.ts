import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { EvalInputError, evaluateRunFolder, formatEval } from '../../src/eval/index.js';
import { loadGoldDir } from '../../src/eval/gold.js';

const root = mkdtempSync(join(tmpdir(), 'cchc-eval-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writeCsv(path: string, rows: Record<string, unknown>[]): void {
  writeFileSync(path, stringify(rows, { header: true }));
}

const ID_TXT = 'r0123456789abcdef';
const ID_PDF = 'rfedcba9876543210';
const Q1 = { period_start: '2024-01-01', period_end: '2024-03-31' };
const report = (report_id: string, source_file: string, format: string) => ({ report_id, source_file, format, status: 'ok', error: '', ...Q1 });
const figure = (report_id: string, indicator: string, value: number, level = '', period = { period_start: '', period_end: '' }) => ({
  report_id, indicator, value, level, ...period, page: 1, line: 10, evidence: `${indicator} ${value}`, rule: 'test.rule',
});
const flag = (report_id: string, check_id: string, message: string) => ({ report_id, check_id, severity: 'warning', message, indicators: '', expected: '', actual: '', page: 1, line: 140, evidence: '' });

function makeFolders(): { gold: string; run: string } {
  const gold = join(root, 'gold');
  const run = join(root, 'run');
  for (const dir of [gold, run]) rmSync(dir, { recursive: true, force: true });
  for (const dir of [gold, run]) mkdirSync(dir, { recursive: true });
  writeCsv(join(gold, 'xa-a-quy-1-2024.gold.csv'), [
    { indicator: 'plan.tasks', value: 48, level: '', period_start: '', period_end: '', note: 'line 5' },
    { indicator: 'procedure.total', value: 309, level: 'district', period_start: '', period_end: '', note: 'line 7' },
    { indicator: 'staff.reduced', value: 3, level: '', period_start: '', period_end: '', note: 'optional: public-unit row' },
  ]);
  writeCsv(join(gold, 'xa-a-quy-1-2024.flags.csv'), [
    { check: 'sum_mismatch', expect: 'flag', line: '140', numbers: '24 24 08', note: 'F1' },
    { check: 'ratio_mismatch', expect: 'no_flag', line: '51', numbers: '42,1 16 38', note: 'C' },
  ]);
  writeCsv(join(run, 'reports.csv'), [report(ID_TXT, 'xa-a-quy-1-2024.txt', 'txt'), report(ID_PDF, 'sub/xa-a-quy-1-2024-reflow.pdf', 'pdf'), report('r1111111111111111', 'other.txt', 'txt')]);
  writeCsv(join(run, 'figures.csv'), [
    figure(ID_TXT, 'plan.tasks', 48, '', Q1),
    figure(ID_TXT, 'procedure.total', 309, 'commune'),
    figure(ID_TXT, 'staff.reduced', 3),
    figure(ID_PDF, 'plan.tasks', 48),
    figure(ID_PDF, 'procedure.total', 309, 'district'),
    figure(ID_PDF, 'plan.tasks_done', 25),
  ]);
  writeCsv(join(run, 'flags.csv'), [
    flag(ID_TXT, 'period_sum_mismatch', 'Giao 24 nhiệm vụ nhưng 24 + 08 = 32'),
    flag(ID_PDF, 'ratio_mismatch', '16/38 = 42,105% ≠ 42,1%'),
  ]);
  return { gold, run };
}

describe('evaluateRunFolder', () => {
  const { gold, run } = makeFolders();
  const result = evaluateRunFolder(gold, run);

  it('scores each report strictly and leniently, by report and by format group', () => {
    const [txt, pdf] = result.reports;
    expect(txt.group).toBe('txt');
    expect(pdf.group).toBe('pdf-reflow');
    // txt: plan.tasks TP (report period = empty), procedure.total wrong level, staff.reduced absorbed by the optional row.
    expect(txt.figures.strict).toMatchObject({ tp: 1, predicted: 2, gold: 2, precision: 0.5, recall: 0.5 });
    expect(txt.figures.lenient).toMatchObject({ tp: 2, predicted: 2, gold: 2 });
    expect(pdf.figures.strict).toMatchObject({ tp: 2, predicted: 3, gold: 2 });
    expect(result.overall.figures.strict).toMatchObject({ tp: 3, predicted: 5, gold: 4, precision: 0.6, recall: 0.75 });
    expect(Object.keys(result.by_format)).toEqual(['pdf-reflow', 'txt']);
    expect(result.by_indicator['procedure.total'].strict).toMatchObject({ tp: 1, predicted: 2, gold: 2 });
  });

  it('lists misses with their gold line and false positives with their provenance', () => {
    const [txt, pdf] = result.reports;
    expect(txt.misses).toEqual([expect.objectContaining({ indicator: 'procedure.total', level: 'district', gold_line: 3 })]);
    expect(txt.false_positives).toEqual([expect.objectContaining({ indicator: 'procedure.total', level: 'commune', page: 1, line: 10, rule: 'test.rule' })]);
    expect(pdf.false_positives.map((f) => f.indicator)).toEqual(['plan.tasks_done']);
  });

  it('scores flags: found, violated and unexplained', () => {
    const [txt, pdf] = result.reports;
    expect(txt.flags).toEqual({ expected: 1, raised: 1, forbidden: 1, violated: 0, flags: 1, unexplained: 0 });
    expect(pdf.flags).toEqual({ expected: 1, raised: 0, forbidden: 1, violated: 1, flags: 1, unexplained: 1 });
    expect(pdf.missed_flags.map((m) => m.note)).toEqual(['F1']);
    expect(pdf.violated_flags[0].by).toEqual(['ratio_mismatch: 16/38 = 42,105% ≠ 42,1%']);
    expect(result.overall.flags).toEqual({ expected: 2, raised: 1, forbidden: 2, violated: 1, flags: 2, unexplained: 1 });
  });

  it('names reports without gold', () => {
    expect(result.unscored).toEqual(['other.txt']);
    expect(result.gold_without_report).toEqual([]);
  });

  it('prints every group, miss and false positive', () => {
    const text = formatEval(result);
    for (const needle of ['pdf-reflow', 'MISS [scope] procedure.total = 309 district', 'FP   plan.tasks_done = 25', 'FLAG VIOLATED ratio_mismatch', 'Not scored (no gold): other.txt']) {
      expect(text).toContain(needle);
    }
  });
});

describe('failure classes of misses', () => {
  const gold = join(root, 'classes-gold');
  const run = join(root, 'classes-run');
  for (const dir of [gold, run]) mkdirSync(dir, { recursive: true });
  const goldRow = (indicator: string, value: number) => ({ indicator, value, level: '', period_start: '', period_end: '', note: '' });
  writeCsv(join(gold, 'xa-b-quy-1-2024.gold.csv'), [goldRow('dossier.received', 1250), goldRow('dossier.resolved', 1200), goldRow('dossier.late', 7)]);
  writeCsv(join(run, 'reports.csv'), [report(ID_TXT, 'xa-b-quy-1-2024.txt', 'txt')]);
  // 1250 found for another period (scope); 1200 read but left unnamed (wording); 7 read nowhere (unread).
  writeCsv(join(run, 'figures.csv'), [figure(ID_TXT, 'dossier.received', 1250, '', { period_start: '2023-01-01', period_end: '2023-12-31' })]);
  writeCsv(join(run, 'mentions.csv'), [
    { report_id: ID_TXT, indicator: 'dossier.received', value: 1250 },
    { report_id: ID_TXT, indicator: '', value: 1200 },
  ]);
  const result = evaluateRunFolder(gold, run);

  it('tells scope, wording and unread misses apart, per format and overall', () => {
    expect(result.reports[0].misses.map((m) => [m.indicator, m.class])).toEqual([
      ['dossier.received', 'scope'], ['dossier.resolved', 'wording'], ['dossier.late', 'unread'],
    ]);
    expect(result.overall.misses).toEqual({ scope: 1, wording: 1, unread: 1 });
    expect(result.by_format.txt.misses).toEqual({ scope: 1, wording: 1, unread: 1 });
  });

  it('prints only totals and classes in summary mode', () => {
    const text = formatEval(result, { summary: true });
    expect(text).toContain('3 missed: scope 1, wording 1, unread 1');
    expect(text).not.toContain('MISS');
  });
});

describe('gold validation', () => {
  it('names the file and line of a bad row', () => {
    const dir = join(root, 'bad-gold');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'x.gold.csv'), 'indicator,value,level,period_start,period_end,note\nplan.tasks,48,,,,ok\nplan.tasks,,,,,empty value\n');
    expect(() => loadGoldDir(dir)).toThrow(EvalInputError);
    expect(() => loadGoldDir(dir)).toThrow(/x\.gold\.csv:3: value/);
  });

  it('accepts every gold and flags file of the sample corpus', () => {
    const sets = loadGoldDir(fileURLToPath(new URL('../../fixtures/corpus', import.meta.url)));
    expect(sets.size).toBeGreaterThanOrEqual(3);
    for (const set of sets.values()) {
      expect(set.figures.length).toBeGreaterThan(0);
      expect(set.flags?.length).toBeGreaterThan(0);
    }
  });
});
