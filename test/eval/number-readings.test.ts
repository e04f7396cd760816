import { describe, expect, it } from 'vitest';
import { mentionedOf, readingsOf, scanMentioned } from '../../src/eval/number-readings.js';

describe('readingsOf', () => {
  // Corpus: token → every accepted reading (Vietnamese first).
  const corpus: [string, number[]][] = [
    ['08', [8]],
    ['1.182', [1182, 1.182]],
    ['42,1', [42.1]],
    ['19,850', [19850, 19.85]],
    ['99,91', [99.91]],
    ['1.200.000', [1_200_000]],
    ['1.234,5', [1234.5]],
    ['1,234.5', [1234.5]],
    ['89.0', [89]],
    ['81.2393', [81.2393]],
    ['16,7%', [16.7]],
  ];
  it.each(corpus)('%s', (token, readings) => expect(readingsOf(token)).toEqual(readings));

  it.each(['', 'abc', '3.4.2', '1.2.3.4', '12/2021'])('reads nothing from %j', (token) => expect(readingsOf(token)).toEqual([]));
});

describe('mentionedOf', () => {
  it('reads dates as dates, not numbers', () => {
    expect(mentionedOf('20/01/2021')).toEqual({ values: [], date: '2021-01-20' });
    expect(mentionedOf('12/2021')).toEqual({ values: [], date: '2021-12' });
    expect(mentionedOf('113')).toEqual({ values: [113] });
  });
});

describe('scanMentioned', () => {
  it('takes full dates out before scanning numbers and keeps document numbers', () => {
    const found = scanMentioned('Nghị định số 113/1018/NĐ-CP ngày 20/01/2021 (2021-01-29)');
    expect(found.dates).toEqual(['2021-01-20', '2021-01-29']);
    expect(found.values).toEqual([113, 1018]);
  });

  it('reads dates written in words and invalid dates as dates', () => {
    expect(scanMentioned('ngày 5 tháng 3 năm 2024; ngày 31/2/2021; ngày /12/2021').dates).toEqual(['2024-03-05', '2021-02-31', '2021-12']);
  });

  it('reads large round amounts also in thousands, millions and billions', () => {
    expect(scanMentioned('19850000000 đồng').values).toEqual(expect.arrayContaining([19850000000, 19850, 19.85]));
    expect(scanMentioned('1234567').values).toEqual([1234567, 1234.567]);
  });

  it('does not read a range dash as a minus sign', () => {
    expect(scanMentioned('giai đoạn 2021-2025').values).toEqual([2021, 2025]);
  });
});
