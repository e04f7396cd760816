import { describe, expect, it } from 'vitest';
import { parseDate, scanDates } from '../../src/parse/dates.js';
import { parsePeriod, scanPeriods, type PeriodToken } from '../../src/parse/periods.js';

const REFERENCE = { year: 2024, reportDate: '2024-03-20' };

const PERIODS: Array<[string, Pick<PeriodToken, 'kind' | 'from' | 'to'>]> = [
  ['15/12/2021', { kind: 'day', from: '2021-12-15', to: '2021-12-15' }],
  ['04/9/2025', { kind: 'day', from: '2025-09-04', to: '2025-09-04' }],
  ['ngày 22 tháng 7 năm 2021', { kind: 'day', from: '2021-07-22', to: '2021-07-22' }],
  ['tháng 3/2020', { kind: 'month', from: '2020-03-01', to: '2020-03-31' }],
  ['tháng 02 năm 2024', { kind: 'month', from: '2024-02-01', to: '2024-02-29' }],
  ['tháng 12', { kind: 'month', from: '2024-12-01', to: '2024-12-31' }],
  ['quý III/2025', { kind: 'quarter', from: '2025-07-01', to: '2025-09-30' }],
  ['Quý I năm 2024', { kind: 'quarter', from: '2024-01-01', to: '2024-03-31' }],
  ['quý 3 năm 2025', { kind: 'quarter', from: '2025-07-01', to: '2025-09-30' }],
  ['quý III, năm 2025', { kind: 'quarter', from: '2025-07-01', to: '2025-09-30' }],
  ['quý IV', { kind: 'quarter', from: '2024-10-01', to: '2024-12-31' }],
  ['6 tháng đầu năm 2021', { kind: 'half_year', from: '2021-01-01', to: '2021-06-30' }],
  ['06 tháng cuối năm 2021', { kind: 'half_year', from: '2021-07-01', to: '2021-12-31' }],
  ['sáu tháng đầu năm', { kind: 'half_year', from: '2024-01-01', to: '2024-06-30' }],
  ['9 tháng', { kind: 'nine_months', from: '2024-01-01', to: '2024-09-30' }],
  ['9 tháng năm 2025', { kind: 'nine_months', from: '2025-01-01', to: '2025-09-30' }],
  ['3 tháng đầu năm 2024', { kind: 'quarter', from: '2024-01-01', to: '2024-03-31' }],
  // Month counts spelled out; "năm" (five) before "tháng đầu".
  ['Năm tháng đầu năm 2022', { kind: 'other', from: '2022-01-01', to: '2022-05-31' }],
  ['tám tháng đầu năm', { kind: 'other', from: '2024-01-01', to: '2024-08-31' }],
  ['Mười một tháng năm 2018', { kind: 'other', from: '2018-01-01', to: '2018-11-30' }],
  ['năm 2021', { kind: 'year', from: '2021-01-01', to: '2021-12-31' }],
  ['năm trước', { kind: 'year', from: '2023-01-01', to: '2023-12-31' }],
  ['giai đoạn 2021 - 2025', { kind: 'multi_year', from: '2021-01-01', to: '2025-12-31' }],
  ['giai đoạn 2021-\n2025', { kind: 'multi_year', from: '2021-01-01', to: '2025-12-31' }],
  ['từ năm 2016 đến năm 2020', { kind: 'multi_year', from: '2016-01-01', to: '2020-12-31' }],
  ['từ 16/12/2020 đến hết ngày 15/12/2021', { kind: 'range', from: '2020-12-16', to: '2021-12-15' }],
  ['từ tháng 01 đến tháng 6 năm 2024', { kind: 'range', from: '2024-01-01', to: '2024-06-30' }],
  ['từ tháng 10 đến tháng 3/2024', { kind: 'range', from: '2023-10-01', to: '2024-03-31' }],
  ['từ đầu năm đến nay', { kind: 'range', from: '2024-01-01', to: '2024-03-20' }],
  ['tính đến 31/3/2025', { kind: 'point', from: '2025-03-31', to: '2025-03-31' }],
  ['tính đến nay', { kind: 'point', from: '2024-03-20', to: '2024-03-20' }],
  // Two periods joined into one range; the end of a period as a point.
  ['từ năm 2021 đến hết quý I/2025', { kind: 'range', from: '2021-01-01', to: '2025-03-31' }],
  ['từ năm 2019 đến tháng 6/2023', { kind: 'range', from: '2019-01-01', to: '2023-06-30' }],
  ['giai đoạn 2015 đến 31/3/2020', { kind: 'range', from: '2015-01-01', to: '2020-03-31' }],
  ['Tính từ đầu năm đến hết tháng 5/2023', { kind: 'range', from: '2023-01-01', to: '2023-05-31' }],
  // The start of a named year or month, to a day: the year (month) so far.
  ['từ đầu năm 2022 đến ngày 31/5/2022', { kind: 'range', from: '2022-01-01', to: '2022-05-31' }],
  ['kể từ đầu tháng 8/2023 đến hết ngày 20/8/2023', { kind: 'range', from: '2023-08-01', to: '2023-08-20' }],
  ['tháng 3/2024', { kind: 'month', from: '2024-03-01', to: '2024-03-31' }],
];

describe('ranges and points', () => {
  it.each([
    ['tính từ ngày 01/01 đến ngày 31/10/2015', 'tính từ ngày 01/01 đến ngày 31/10/2015', '2015-01-01', '2015-10-31'],
    ['tính đến tháng 3/2024', 'tháng 3/2024', '2024-03-31', '2024-03-31'],
    ['tính đến hết quý II/2023', 'quý II/2023', '2023-06-30', '2023-06-30'],
    // "Đến …" opening a sentence or clause is the same cut-off; inside a sentence ("và đến tháng 6") it stays the month.
    ['Đến tháng 10/2015, cấp xã có 480 người', 'tháng 10/2015', '2015-10-31', '2015-10-31'],
    ['…; đến hết quý III/2024 còn 12 hồ sơ', 'quý III/2024', '2024-09-30', '2024-09-30'],
    // "cuối" closes the period as "hết" does; "6 tháng cuối năm" is a span, not a cut-off.
    ['Đến cuối quý II/2022, đã hoàn thành 14 nhiệm vụ', 'quý II/2022', '2022-06-30', '2022-06-30'],
    ['tính đến cuối tháng 8/2023 có 61 người', 'tháng 8/2023', '2023-08-31', '2023-08-31'],
    ['hoàn thành vào cuối quý II/2022', 'quý II/2022', '2022-04-01', '2022-06-30'],
    ['số hồ sơ tăng dần đến tháng 6/2024', 'tháng 6/2024', '2024-06-01', '2024-06-30'],
    ['từ năm 2022 đến nay', 'từ năm 2022 đến nay', '2022-01-01', '2024-03-20'],
    // A period narrowed in parentheses by a cut-off or a range inside it.
    ['Năm 2019 (tính đến ngày 30/9/2019): …', 'Năm 2019 (tính đến ngày 30/9/2019', '2019-01-01', '2019-09-30'],
    ['Quý I/2024 (tính đến ngày 10/3/2024)', 'Quý I/2024 (tính đến ngày 10/3/2024', '2024-01-01', '2024-03-10'],
    // The cut-off's day without its year: the period's own year, from the period's start.
    ['Riêng tháng 5/2024 (tính đến ngày 12/5), phường nhận 80 hồ sơ', 'tháng 5/2024 (tính đến ngày 12/5', '2024-05-01', '2024-05-12'],
    ['Quý III/2023 (đến hết ngày 10/9)', 'Quý III/2023 (đến hết ngày 10/9', '2023-07-01', '2023-09-10'],
    ['Năm 2018 (từ ngày 01/01 đến ngày 15/11/2018)', 'Năm 2018 (từ ngày 01/01 đến ngày 15/11/2018', '2018-01-01', '2018-11-15'],
    // "Trong năm" or "từ đầu năm" narrowed by a cut-off in parentheses: the year so far; the bare cut-off stays a point.
    ['Trong năm (tính đến ngày 31/10/2019), xã nhận 900 hồ sơ', 'Trong năm (tính đến ngày 31/10/2019)', '2019-01-01', '2019-10-31'],
    ['từ đầu năm (đến hết ngày 15/8/2021)', 'từ đầu năm (đến hết ngày 15/8/2021)', '2021-01-01', '2021-08-15'],
    ['Tính đến ngày 31/10/2019, xã có 90 thủ tục', 'Tính đến ngày 31/10/2019', '2019-10-31', '2019-10-31'],
    // A start written without its year takes the end's, also with no reference year (a press item); the year
    // before when it would come after the end.
    ['từ 20/4 đến 19/7/2023: 1.500 hồ sơ', 'từ 20/4 đến 19/7/2023', '2023-04-20', '2023-07-19'],
    ['kể từ ngày 16/11 đến ngày 15/02/2023', 'kể từ ngày 16/11 đến ngày 15/02/2023', '2022-11-16', '2023-02-15'],
    ['Năm 2016 (số liệu từ 01/01 đến 30/11/2016)', 'Năm 2016 (số liệu từ 01/01 đến 30/11/2016', '2016-01-01', '2016-11-30'],
    // Months without a year inside a year's parenthesis are that year's months.
    ['Năm 2009 (từ tháng 4 đến tháng 12)', 'Năm 2009 (từ tháng 4 đến tháng 12', '2009-04-01', '2009-12-31'],
    // A start dated after the event it names, or with an aside before the end.
    ['từ khi Bộ phận một cửa bắt đầu hoạt động (tháng 7/2017) đến 31/12/2020', 'từ khi Bộ phận một cửa bắt đầu hoạt động (tháng 7/2017) đến 31/12/2020', '2017-07-01', '2020-12-31'],
    ['từ ngày 15/3/2016, khi Trung tâm khai trương, đến 30/6/2018', 'từ ngày 15/3/2016, khi Trung tâm khai trương, đến 30/6/2018', '2016-03-15', '2018-06-30'],
    // The same written out in words ("ngày D tháng M năm Y"), the start's year left out or not, in an aside too.
    ['(tính từ ngày 02 tháng 01 năm 2019 đến ngày 25 tháng 11 năm 2019)', 'từ ngày 02 tháng 01 năm 2019 đến ngày 25 tháng 11 năm 2019', '2019-01-02', '2019-11-25'],
    ['từ ngày 01 tháng 3 đến ngày 20 tháng 8 năm 2017', 'từ ngày 01 tháng 3 đến ngày 20 tháng 8 năm 2017', '2017-03-01', '2017-08-20'],
    ['từ 05 tháng 01 đến hết 31 tháng 5 năm 2016', 'từ 05 tháng 01 đến hết 31 tháng 5 năm 2016', '2016-01-05', '2016-05-31'],
    ['kể từ ngày 16 tháng 12 đến ngày 15 tháng 6 năm 2020', 'kể từ ngày 16 tháng 12 đến ngày 15 tháng 6 năm 2020', '2019-12-16', '2020-06-15'],
    ['Năm 2017 (từ ngày 01 tháng 01 đến ngày 20 tháng 11)', 'Năm 2017 (từ ngày 01 tháng 01 đến ngày 20 tháng 11', '2017-01-01', '2017-11-20'],
    ['Năm 2019 (tính đến ngày 25 tháng 10 năm 2019)', 'Năm 2019 (tính đến ngày 25 tháng 10 năm 2019', '2019-01-01', '2019-10-25'],
    ['Trong năm (tính đến ngày 25 tháng 10 năm 2019)', 'Trong năm (tính đến ngày 25 tháng 10 năm 2019)', '2019-01-01', '2019-10-25'],
    ['Tính đến hết ngày 25 tháng 10 năm 2019, xã có 90 thủ tục', 'Tính đến hết ngày 25 tháng 10 năm 2019', '2019-10-25', '2019-10-25'],
    ['tháng 5/2024 (tính đến ngày 12 tháng 5)', 'tháng 5/2024 (tính đến ngày 12 tháng 5', '2024-05-01', '2024-05-12'],
  ])('%j', (text, raw, from, to) => {
    expect(scanPeriods(text, REFERENCE).map((p) => [p.raw, p.from, p.to])).toEqual([[raw, from, to]]);
  });

  it('reads a range whose start has no year without a reference year', () => {
    expect(scanPeriods('từ ngày 01/4 đến ngày 30/6/2025', { year: 0 }).map((p) => [p.from, p.to, p.kind])).toEqual([['2025-04-01', '2025-06-30', 'range']]);
  });

  it('reads "năm" before a month as the word for year, not five months', () => {
    expect(scanPeriods('trong năm tháng 5 có', REFERENCE).map((p) => p.raw)).toEqual(['tháng 5']);
    expect(scanPeriods('năm tháng qua', REFERENCE)).toEqual([]);
  });

  it('reads a bare year labelling a count by a dash at the head of a clause; a year inside words, or a dash between years, is none', () => {
    expect(scanPeriods('Số hồ sơ theo năm: 2022 — 9.140 hồ sơ; 2023 – 9.870 hồ sơ.', REFERENCE).map((p) => [p.from, p.to])).toEqual([
      ['2022-01-01', '2022-12-31'], ['2023-01-01', '2023-12-31'],
    ]);
    expect(scanPeriods('Nghị định 29/2023 — 12 điều', REFERENCE)).toEqual([]);
    expect(scanPeriods('Tổng hợp: 2021 – 2025 toàn huyện', REFERENCE).map((p) => p.kind)).not.toContain('year');
  });

  it('reads a count in thousands after "trong tháng" as a count, not a month', () => {
    expect(scanPeriods('mới tiếp nhận trong tháng 2.295 hồ sơ', REFERENCE)).toEqual([]);
  });

  it('keeps two periods apart when no range word joins them', () => {
    expect(scanPeriods('năm 2021 và quý I/2025', REFERENCE).map((p) => p.kind)).toEqual(['year', 'quarter']);
    // A cut-off outside the period in parentheses does not narrow it.
    expect(scanPeriods('Năm 2019 (tính đến ngày 31/3/2020)', REFERENCE).map((p) => p.kind)).toEqual(['year', 'point']);
    // A day in parentheses that is no cut-off ("ngày 12/5" alone), or one outside the period, narrows nothing.
    expect(scanPeriods('tháng 5/2024 (ngày 12/5)', REFERENCE).map((p) => p.kind)).toEqual(['month', 'day']);
    expect(scanPeriods('tháng 5/2024 (tính đến ngày 12/6)', REFERENCE).map((p) => p.kind)).toEqual(['month', 'day']);
  });
});

describe('scanPeriods', () => {
  it.each(PERIODS)('%j', (text, expected) => {
    const token = parsePeriod(text, REFERENCE);
    expect(token).toMatchObject(expected);
  });

  it('takes the longest expression and keeps several apart', () => {
    const text = 'kết quả thực hiện quý I,nhiệm vụ trọng tâm quý II năm 2024 như sau';
    expect(scanPeriods(text, REFERENCE).map((p) => [p.raw, p.from, p.to])).toEqual([
      ['quý I', '2024-01-01', '2024-03-31'],
      ['quý II năm 2024', '2024-04-01', '2024-06-30'],
    ]);
  });

  it('resolves only against the reference, never the clock', () => {
    expect(parsePeriod('quý II', { year: 1999 })).toMatchObject({ from: '1999-04-01', to: '1999-06-30' });
    expect(parsePeriod('quý II', { year: 0 })).toMatchObject({ from: '', to: '', kind: 'quarter' });
  });

  it.each(['trong thời hạn 3 tháng', 'tháng 13', 'quý V/2024', 'Kế hoạch 2024'])('no period in %j', (text) => {
    expect(scanPeriods(text, REFERENCE)).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['15/12/2021', '2021-12-15'],
    ['04/9/2025', '2025-09-04'],
    ['15-12-2021', '2021-12-15'],
    ['15.12.2021', '2021-12-15'],
    ['ngày 22 tháng 7 năm 2021', '2021-07-22'],
    ['29/02/2024', '2024-02-29'],
    ['12/01/24', '2024-01-12'],
  ])('%s → %s', (raw, iso) => {
    expect(parseDate(raw)).toEqual({ iso });
  });

  it('resolves "ngày 15/12" with the reference year only', () => {
    expect(parseDate('ngày 15/12', { year: 2021 })).toEqual({ iso: '2021-12-15' });
    expect(scanDates('ngày 15/12')).toMatchObject([{ iso: null, missing: 'year' }]);
  });

  it.each(['31/2/2021', '29/02/2023', '15/13/2021', '0/5/2021'])('reports the impossible date %s', (raw) => {
    const result = parseDate(raw);
    expect(result).toHaveProperty('invalid');
    expect((result as { invalid: string }).invalid).toMatch(/has \d+ days|no month/);
  });

  it('reads a day and month after "đến" or "trước" as a date, a fraction elsewhere as none', () => {
    expect(scanDates('tính đến 30/9', { year: 2025 })).toMatchObject([{ iso: '2025-09-30' }]);
    expect(scanDates('đạt 12/30 xã', { year: 2025 })).toEqual([]);
  });

  it('reads a day and month written out without a year after "ngày", "từ", "đến" in the reference year; a duration is none', () => {
    expect(scanDates('đến ngày 30 tháng 11', { year: 2018 })).toMatchObject([{ iso: '2018-11-30' }]);
    expect(scanDates('ngày 30 tháng 11')).toMatchObject([{ iso: null, missing: 'year' }]);
    expect(scanDates('giải quyết trong 3 tháng 10 ngày', { year: 2018 })).toEqual([]);
    expect(scanDates('chậm từ 2 tháng 15 ngày', { year: 2018 })).toEqual([]);
  });

  it('reports a template blank as missing, not invalid', () => {
    expect(scanDates('Thọ Xuân, ngày … tháng 3 năm 2024')).toMatchObject([{ iso: null, missing: 'day' }]);
  });

  it.each(['16/38', '1.182/ 1.194', '3.3.1', 'abc'])('%j is no date', (raw) => {
    expect(parseDate(raw)).toBeNull();
    expect(scanDates(raw)).toEqual([]);
  });
});

describe('running totals ("lũy kế") run to the end of the report period', () => {
  // A November 2024 monthly report dated before the month ends: the running total stops at the period's end.
  const MONTH = { year: 2024, reportDate: '2024-11-27', periodEnd: '2024-11-30' };
  it.each([
    ['Lũy kế từ đầu năm, phường nhận 9.120 hồ sơ', 'Lũy kế từ đầu năm', '2024-01-01', '2024-11-30'],
    ['luỹ kế từ đầu năm 2024 đạt 7,5 tỷ đồng', 'luỹ kế từ đầu năm 2024', '2024-01-01', '2024-11-30'],
    // "… đến nay": up to the report's date.
    ['lũy kế từ ngày 01/7/2024 đến nay đã ban hành 21 văn bản', 'lũy kế từ ngày 01/7/2024 đến nay', '2024-07-01', '2024-11-27'],
    ['lũy kế kể từ 01/7/2024, xã đã tinh giản 6 người', 'lũy kế kể từ 01/7/2024', '2024-07-01', '2024-11-30'],
  ])('%j', (text, raw, from, to) => {
    expect(scanPeriods(text, MONTH).map((p) => [p.raw, p.from, p.to])).toEqual([[raw, from, to]]);
  });

  it('keeps a running total that names its own end, and reads "từ đầu năm đến nay" without "lũy kế" as the year so far', () => {
    expect(scanPeriods('lũy kế từ đầu năm đến hết tháng 10/2024', MONTH).map((p) => [p.from, p.to])).toEqual([['2024-01-01', '2024-10-31']]);
    expect(scanPeriods('lũy kế từ ngày 01/7/2024 đến ngày 15/11/2024', MONTH).map((p) => [p.from, p.to])).toEqual([['2024-07-01', '2024-11-15']]);
    // the year so far runs to the report period's end, as "lũy kế từ đầu năm" does; an earlier year's start, to the report's date
    expect(scanPeriods('từ đầu năm đến nay', MONTH).map((p) => [p.from, p.to])).toEqual([['2024-01-01', '2024-11-30']]);
    expect(scanPeriods('kể từ đầu năm 2023 đến nay', MONTH).map((p) => [p.from, p.to])).toEqual([['2023-01-01', '2024-11-27']]);
    expect(scanPeriods('lũy kế từ ngày 01/4/2023, khi Trung tâm khai trương, đến ngày 31/10/2024', MONTH).map((p) => [p.from, p.to])).toEqual([['2023-04-01', '2024-10-31']]);
  });
});
