import { describe, expect, it } from 'vitest';
import { consolidate } from '../src/consolidate.js';
import { type Mention, newReport } from '../src/model/report.js';

function mention(over: Partial<Mention> & Pick<Mention, 'indicator' | 'value'>): Mention {
  return {
    unit: 'dossier',
    level: '',
    period: { start: '', end: '' },
    place: { page: 1, line: 1, start: 0, end: 2 },
    evidence: '',
    rule: 'r',
    source: 'text',
    specificity: 1,
    ...over,
  };
}

function reportWith(mentions: Mention[]) {
  const report = newReport({ id: '0123456789abcdef', path: 'x.txt', sourceFile: 'x.txt', format: 'txt' });
  Object.assign(report.meta, { periodStart: '2021-01-01', periodEnd: '2021-12-31' });
  report.mentions = mentions;
  return report;
}

describe('consolidate', () => {
  it('makes one figure per indicator × level × period, counting the report period as empty', () => {
    const figures = consolidate(
      reportWith([
        mention({ indicator: 'dossier.late', value: 47 }),
        mention({ indicator: 'dossier.late', value: 47, period: { start: '2021-01-01', end: '2021-12-31' }, place: { page: 2, line: 5, start: 0, end: 2 } }),
        mention({ indicator: 'dossier.late', value: 12, level: 'district' }),
        mention({ indicator: 'dossier.late', value: 30, period: { start: '2020-12-16', end: '2021-12-15' } }),
      ]),
    );
    expect(figures.map((f) => [f.indicator, f.value, f.level, f.period.start, f.mentions.length])).toEqual([
      ['dossier.late', 47, '', '', 2],
      ['dossier.late', 12, 'district', '', 1],
      ['dossier.late', 30, '', '2020-12-16', 1],
    ]);
    expect(figures[0].mentions[1].period).toEqual({ start: '', end: '' });
  });

  it('keeps the most specific value (first in reading order on ties) and the others as conflicts', () => {
    const [figure] = consolidate(
      reportWith([
        mention({ indicator: 'org.departments', value: 12, place: { page: 1, line: 3, start: 0, end: 2 } }),
        mention({ indicator: 'org.departments', value: 19, place: { page: 1, line: 9, start: 0, end: 2 }, source: 'footnote' }),
        mention({ indicator: 'org.departments', value: 12, place: { page: 3, line: 1, start: 0, end: 2 }, source: 'table', specificity: 2 }),
      ]),
    );
    expect(figure.value).toBe(12);
    expect(figure.mentions[0].source).toBe('table');
    expect(figure.conflicts.map((m) => m.value)).toEqual([19]);
  });

  it("reads a plan's count restated at the report's period after a plan named by its own span as that plan's", () => {
    const half = { start: '2021-07-01', end: '2021-12-31' };
    const at = (line: number) => ({ page: 1, line, start: line * 100, end: line * 100 + 2 });
    const read = (mentions: Mention[]) => consolidate(reportWith(mentions)).map((f) => [f.value, f.period.start, f.mentions.length]);
    expect(read([mention({ indicator: 'plan.tasks', value: 21, period: half, place: at(1) }), mention({ indicator: 'plan.tasks', value: 21, place: at(2) })])).toEqual([
      [21, '2021-07-01', 2],
    ]);
    // Another count, or the same one before the named plan, is not a restatement of it.
    expect(read([mention({ indicator: 'plan.tasks', value: 21, period: half, place: at(1) }), mention({ indicator: 'plan.tasks', value: 30, place: at(2) })])).toEqual([
      [21, '2021-07-01', 1],
      [30, '', 1],
    ]);
    expect(read([mention({ indicator: 'plan.tasks', value: 18, place: at(1) }), mention({ indicator: 'plan.tasks', value: 18, period: half, place: at(2) })])).toEqual([
      [18, '', 1],
      [18, '2021-07-01', 1],
    ]);
  });

  it('gives the same figures whatever order the mentions came in', () => {
    const mentions = [
      mention({ indicator: 'dossier.new', value: 5, place: { page: 2, line: 1, start: 4, end: 5 } }),
      mention({ indicator: 'dossier.new', value: 6, place: { page: 1, line: 1, start: 9, end: 10 } }),
      mention({ indicator: 'dossier.resolved', value: 7 }),
    ];
    const values = (ms: Mention[]) => consolidate(reportWith(ms)).map((f) => [f.indicator, f.value, f.conflicts.length]);
    expect(values([...mentions].reverse())).toEqual(values(mentions));
    expect(values(mentions)).toEqual([
      ['dossier.resolved', 7, 0],
      ['dossier.new', 6, 1],
    ]);
  });

  it('takes the civil servants of a cut stated whole and split by kind, when the whole holds them and the public employees', () => {
    const cut = (value: number, over: Partial<Mention> = {}) => mention({ indicator: 'staff.reduced', value, unit: 'person', ...over });
    // "tinh giản 41 người²" … "²Trong đó 12 công chức, 26 viên chức": the two kinds side by side in the note.
    const note = (start: number) => ({ page: 1, line: 30, start, end: start + 2 });
    const employees = mention({ indicator: 'staff.public_units_reduced', value: 26, unit: 'person', specificity: 0, source: 'footnote', place: note(24) });
    const split = consolidate(reportWith([cut(41, { specificity: 1, place: { page: 1, line: 4, start: 0, end: 2 } }), cut(12, { specificity: 0, source: 'footnote', place: note(10) }), employees]));
    expect(split.find((f) => f.indicator === 'staff.reduced')?.value).toBe(12);
    // Without the public employees' figure beside it nothing says 12 is the whole's part: the most specific mention stays.
    const unsplit = consolidate(reportWith([cut(41, { specificity: 1 }), cut(12, { specificity: 0, source: 'footnote', place: note(10) })]));
    expect(unsplit[0].value).toBe(41);
    const elsewhere = consolidate(reportWith([cut(41, { specificity: 1 }), cut(12, { specificity: 0, source: 'footnote', place: note(10) }), { ...employees, place: note(200) }]));
    expect(elsewhere.find((f) => f.indicator === 'staff.reduced')?.value).toBe(41);
    // Nor when the two together are more than the whole: two counts of one cut that disagree.
    const over = consolidate(reportWith([cut(41, { specificity: 1 }), cut(20, { specificity: 0, source: 'footnote', place: note(10) }), employees]));
    expect(over.find((f) => f.indicator === 'staff.reduced')?.value).toBe(41);
  });

  it('takes the precise value over its rounded restatement (a headline), whatever comes first', () => {
    const at = (line: number) => ({ page: 1, line, start: line * 100, end: line * 100 + 2 });
    const read = (first: Partial<Mention> & Pick<Mention, 'value'>, then: number) =>
      consolidate(reportWith([mention({ indicator: 'dossier.received', place: at(1), ...first }), mention({ indicator: 'dossier.received', value: then, place: at(5) })]))[0].value;
    // "nhận hơn 12.000 hồ sơ" over the story, "12.418 hồ sơ" inside it; "gần 5 nghìn" for 4.936; "đạt 76%" for "76,4%".
    expect(read({ value: 12000, qualifier: 'gt' }, 12418)).toBe(12418);
    expect(read({ value: 5000, qualifier: 'approx' }, 4936)).toBe(4936);
    expect(read({ value: 76 }, 76.4)).toBe(76.4);
    // Negatives: a bound on the wrong side, a value past the rounding, or two whole counts are two statements.
    expect(read({ value: 12000, qualifier: 'gt' }, 11950)).toBe(12000);
    expect(read({ value: 5000, qualifier: 'approx' }, 6200)).toBe(5000);
    expect(read({ value: 76 }, 77.2)).toBe(76);
    expect(read({ value: 40 }, 42)).toBe(40);
  });

  it("drops a whole's bounded figure that rounds a precise one of the same key and period at a level (a headline over a split body)", () => {
    const at = (line: number) => ({ page: 1, line, start: line * 100, end: line * 100 + 2 });
    const rate = (value: number, over: Partial<Mention>) => mention({ indicator: 'dossier.on_time_rate', unit: 'percent', value, ...over });
    const keys = (mentions: Mention[]) => consolidate(reportWith(mentions)).map((f) => `${f.value} ${f.level || '-'}`);
    // "giải quyết đúng hạn hơn 99% hồ sơ" over "Bộ phận Một cửa thành phố … đạt 99,1%" beside the communes' 99,6%
    expect(keys([rate(99, { qualifier: 'gt', place: at(1) }), rate(99.1, { level: 'district', place: at(5) }), rate(99.6, { level: 'commune', place: at(6) })])).toEqual([
      '99.1 district', '99.6 commune',
    ]);
    // negatives: a whole's figure without a bound; a bound past the levels' figures; another period's figure
    expect(keys([rate(99, { place: at(1) }), rate(99.1, { level: 'district', place: at(5) })])).toEqual(['99 -', '99.1 district']);
    expect(keys([rate(98, { qualifier: 'gt', place: at(1) }), rate(99.1, { level: 'district', place: at(5) })])).toEqual(['98 -', '99.1 district']);
    expect(keys([rate(99, { qualifier: 'gt', place: at(1) }), rate(99.1, { level: 'district', place: at(5), period: { start: '2020-01-01', end: '2020-12-31' } })])).toEqual([
      '99 -', '99.1 district',
    ]);
  });
});
