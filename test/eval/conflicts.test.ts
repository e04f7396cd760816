import { describe, expect, it } from 'vitest';
import { conflictValues, countConflicts } from '../../src/eval/conflicts.js';
import type { RunFlag } from '../../src/eval/run.js';

const conflict = (indicators: string, message: string): RunFlag => ({
  report_id: 'r', check_id: 'mention_conflict', severity: 'warning', message, indicators, expected: '', actual: '', evidence: '', page: 1, line: 1,
});

const gold = (indicator: string, value: number, period_start = '', period_end = '') => ({
  line: 2, row: { indicator, value, level: '' as const, period_start, period_end, note: '' },
});

describe('conflictValues', () => {
  it('reads every value a conflict message lists, in their Vietnamese forms', () => {
    expect(conflictValues('dossier.received được nêu với các giá trị khác nhau: 1.539 ≠ 1.389 ≠ 212')).toEqual([[1539, 1.539], [1389, 1.389], [212]]);
  });
});

describe('countConflicts', () => {
  it('calls a conflict "from scope" when each value is a gold figure of its indicator for some period', () => {
    const counts = countConflicts(
      [conflict('dossier.new', 'dossier.new được nêu với các giá trị khác nhau: 9.203 ≠ 6.418')],
      [gold('dossier.new', 9203), gold('dossier.new', 6418, '2024-02-01', '2024-02-29')],
    );
    expect(counts).toEqual({ raised: 1, expected: 0, from_scope: 1 });
  });

  it('does not when one value is no gold figure of that indicator (a misnamed number or a real conflict)', () => {
    const counts = countConflicts(
      [conflict('dossier.late', 'dossier.late được nêu với các giá trị khác nhau: 65 ≠ 154'), { ...conflict('', 'x'), check_id: 'sum_mismatch' }],
      [gold('dossier.late', 154), gold('dossier.pending', 65)],
    );
    expect(counts).toEqual({ raised: 1, expected: 0, from_scope: 0 });
  });

  it('counts a conflict the audit notes expect apart, never as from scope', () => {
    const flag = conflict('dossier.new', 'dossier.new được nêu với các giá trị khác nhau: 9.203 ≠ 6.418');
    const counts = countConflicts([flag], [gold('dossier.new', 9203), gold('dossier.new', 6418, '2024-02-01', '2024-02-29')], new Set([flag]));
    expect(counts).toEqual({ raised: 1, expected: 1, from_scope: 0 });
  });
});
