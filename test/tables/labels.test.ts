import { describe, expect, it } from 'vitest';
import { labelExamples, matchLabel } from '../../src/tables/labels.js';

describe('label dictionary examples (rules/labels/labels.yaml)', () => {
  it.each(labelExamples.map((e) => [e.label, e] as const))('%s', (_, example) => {
    const match = matchLabel(example.label, { percent: example.percent });
    expect(match.indicator).toBe(example.indicator);
    if (example.level !== undefined) expect(match.level).toBe(example.level);
    expect(match.nearTie !== undefined).toBe(example.tie === true);
  });

  it('has negative and near-tie examples', () => {
    expect(labelExamples.some((e) => e.indicator === '')).toBe(true);
    expect(labelExamples.some((e) => e.tie)).toBe(true);
  });
});

describe('matchLabel', () => {
  it('never matches across different numbers (mức độ 3 vs 4)', () => {
    expect(matchLabel('Tiếp nhận trực tuyến mức độ 4').indicator).toBe('dossier.online_full');
    expect(matchLabel('Tiếp nhận trực tuyến mức độ 5').indicator).toBe('');
  });

  it('keeps rates and counts apart', () => {
    const label = 'Số lượng hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hẹn';
    expect(matchLabel(label, { percent: false }).indicator).toBe('dossier.early_or_on_time');
    expect(matchLabel(label, { percent: true }).indicator).not.toBe('dossier.early_or_on_time');
  });
});
