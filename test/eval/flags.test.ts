import { describe, expect, it } from 'vitest';
import { checksCompatible, matchFlags, rowNumbers } from '../../src/eval/flags.js';
import type { RunFlag } from '../../src/eval/run.js';
import type { GoldFlagRow } from '../../src/model/schemas.js';

function flag(f: Partial<RunFlag> & Pick<RunFlag, 'check_id' | 'message'>): RunFlag {
  return { report_id: 'r', severity: 'warning', expected: '', actual: '', page: 1, line: 1, evidence: '', indicators: '', ...f };
}

function row(check: string, expect: GoldFlagRow['expect'], numbers: string, line = 2) {
  return { line, row: { check, expect, line: '', numbers, note: '' } };
}

describe('checksCompatible', () => {
  it('treats sum_mismatch, period_sum_mismatch and change_mismatch as the same finding', () => {
    expect(checksCompatible('sum_mismatch', 'period_sum_mismatch')).toBe(true);
    expect(checksCompatible('period_sum_mismatch', 'sum_mismatch')).toBe(true);
    expect(checksCompatible('sum_mismatch', 'change_mismatch')).toBe(true);
    expect(checksCompatible('invalid_date', 'date_after_report')).toBe(false);
    expect(checksCompatible('sum_mismatch', 'ratio_mismatch')).toBe(false);
    expect(checksCompatible('mention_conflict', 'mention_conflict')).toBe(true);
  });
});

describe('rowNumbers', () => {
  it('keeps distinct quantities: 24 24 08 is two numbers, 1.194 1194 one', () => {
    expect(rowNumbers('24 24 08')).toHaveLength(2);
    expect(rowNumbers('1.194 1194')).toHaveLength(1);
    expect(rowNumbers('164 20/01/2021 29/01/2021')).toHaveLength(3);
    expect(rowNumbers('')).toHaveLength(0);
  });
});

describe('matchFlags', () => {
  const sumFlag = flag({
    check_id: 'period_sum_mismatch',
    message: 'assigned.done_on_time + assigned.done_late = 32 > assigned.tasks = 24',
    expected: '<= 24',
    actual: '32',
    evidence: 'giao 24 nhiệm vụ, đã hoàn thành 24 nhiệm vụ đúng hạn, 08 nhiệm vụ quá hạn',
  });

  it('raises an expected row from a compatible check mentioning two of its numbers, read the Vietnamese way', () => {
    const m = matchFlags([sumFlag], [row('sum_mismatch', 'flag', '24 24 08')]);
    expect(m.expected[0].by).toEqual([sumFlag]);
    expect(m.flags[0].explained).toBe(true);
  });

  it('does not raise a row from an incompatible check or from one number of several', () => {
    const ratio = flag({ check_id: 'ratio_mismatch', message: '24 vs 08' });
    const oneNumber = flag({ check_id: 'sum_mismatch', message: 'total 7.341 does not add up' });
    const m = matchFlags([ratio, oneNumber], [row('sum_mismatch', 'flag', '7.341 3.323 3.645'), row('sum_mismatch', 'flag', '24 24 08')]);
    expect(m.expected.map((r) => r.by)).toEqual([[], []]);
    expect(m.flags.map((f) => f.explained)).toEqual([false, false]);
  });

  it('needs the single number of a one-number row', () => {
    const m = matchFlags([flag({ check_id: 'percent_out_of_range', message: 'tỷ lệ 101% > 100%' })], [row('percent_out_of_range', 'no_flag', '101')]);
    expect(m.forbidden[0].by).toHaveLength(1);
  });

  it('matches numbers whatever their writing: 1.182 = 1182, 42,1 = 42.1, 19,850 tỷ = 19850000000', () => {
    const flags = [
      flag({ check_id: 'ratio_mismatch', message: '1182 / 1194 = 98.99%, stated 99%' }),
      flag({ check_id: 'ratio_mismatch', message: '16/38 = 42.105 ≠ 42.1' }),
      flag({ check_id: 'ratio_mismatch', message: 'disbursed 19850000000 / plan 24434000000 = 81.2393, stated 81.23' }),
    ];
    const m = matchFlags(flags, [row('ratio_mismatch', 'no_flag', '99 1.182 1.194'), row('ratio_mismatch', 'no_flag', '42,1 16 38'), row('ratio_mismatch', 'no_flag', '81,23 19,850 24,434')]);
    expect(m.forbidden.map((r) => r.by)).toEqual([[flags[0]], [flags[1]], [flags[2]]]);
  });

  it('violates a no_flag row only when one flag mentions all of its numbers', () => {
    const partial = flag({ check_id: 'sum_mismatch', message: '11.617 + 47 ≠ 11.665' });
    const m = matchFlags([partial], [row('sum_mismatch', 'no_flag', '11.664 11.617 47')]);
    expect(m.forbidden[0].by).toEqual([]);
    expect(m.flags[0].explained).toBe(false);
  });

  it('explains a flag by an optional row, and never ties a row without numbers to a flag', () => {
    const conflict = flag({ check_id: 'mention_conflict', message: 'dossier.late: 47 vs 0' });
    const m = matchFlags([conflict], [row('mention_conflict', 'optional', '47'), row('mention_conflict', 'optional', '')]);
    expect(m.optional.map((r) => r.by.length)).toEqual([1, 0]);
    expect(m.flags[0].explained).toBe(true);
  });

  it('matches dates in the numbers cell against dates in the flag, in any writing', () => {
    const dated = flag({ check_id: 'mention_conflict', message: 'Kế hoạch 164/KH-UBND: 2021-01-20 vs 2021-01-29' });
    const m = matchFlags([dated], [row('mention_conflict', 'flag', '164 20/01/2021 29/01/2021')]);
    expect(m.expected[0].by).toEqual([dated]);
  });

  it('does not match numbers quoted only in the evidence sentence', () => {
    const conflict = flag({ check_id: 'mention_conflict', message: 'staff.commune_officials: 42 ≠ 34', expected: '42', actual: '34', evidence: 'có 42 người; đến 01/9/2025 còn 34 người (giảm 08 người)' });
    const m = matchFlags([conflict], [row('mention_conflict', 'no_flag', '8 08'), row('mention_conflict', 'no_flag', '42 34')]);
    expect(m.forbidden.map((r) => r.by.length)).toEqual([0, 1]);
  });

  it('attributes a flag to the rows whose numbers it covers most', () => {
    const units = flag({ check_id: 'sum_mismatch', message: 'ĐVSNCL theo nhóm tự chủ: tổng 84 ≠ 0 + 0 + 96 + 1 = 97 (vượt 13)' });
    const m = matchFlags([units], [
      row('sum_mismatch', 'flag', '84 0 0 96 1 97'),
      row('sum_mismatch', 'no_flag', '97 96 1'),
      row('sum_mismatch', 'no_flag', '0 0 0'),
    ]);
    expect(m.expected[0].by).toEqual([units]);
    expect(m.forbidden.map((r) => r.by.length)).toEqual([0, 0]);
    expect(m.flags[0].explained).toBe(true);
  });

  it('keeps ties: one flag raises every row it matches equally well', () => {
    const year = flag({ check_id: 'implausible_document_year', message: 'Nghị định số 113/1018/NĐ-CP: năm 1018' });
    const rows = [454, 588, 592].map((line) => row('implausible_document_year', 'flag', '113 1018', line));
    expect(matchFlags([year], rows).expected.map((r) => r.by.length)).toEqual([1, 1, 1]);
  });
});
