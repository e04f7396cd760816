import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVietnameseNumber, scanNumbers, type NumberToken } from '../../src/parse/numbers.js';

type Expected = Partial<Omit<NumberToken, 'start' | 'end'>>;

/**
 * Duckling-style corpus: each text holds exactly one quantity, which must
 * read as `expect` (only the fields given are compared).
 */
const CORPUS: Array<{ text: string; expect: Expected }> = [
  { text: 'tiếp nhận 57.286 hồ sơ', expect: { raw: '57.286', value: 57286, kind: 'integer', unitWord: 'hồ sơ' } },
  { text: '57286 hồ sơ', expect: { value: 57286, kind: 'integer' } },
  { text: 'đúng hạn (1.182/ 1.194)', expect: { raw: '1.182/ 1.194', value: 1182, denominator: 1194, kind: 'ratio' } },
  { text: 'đến nay 16/38 nhiệm vụ', expect: { value: 16, denominator: 38, kind: 'ratio', unitWord: 'nhiệm vụ' } },
  { text: 'đạt 12/30 xã', expect: { value: 12, denominator: 30, kind: 'ratio' } },
  { text: 'xử lý 03/03 văn bản', expect: { value: 3, denominator: 3, kind: 'ratio', unitWord: 'văn bản' } },
  { text: 'đạt 99,48%', expect: { value: 99.48, kind: 'percent', unitWord: '%' } },
  { text: 'đạt 0,52%', expect: { value: 0.52, kind: 'percent' } },
  { text: 'đạt 100%', expect: { value: 100, kind: 'percent' } },
  { text: 'hồ sơ (1 %) quá hạn', expect: { raw: '1', value: 1, kind: 'percent' } },
  { text: 'đạt 42.1% kế hoạch', expect: { value: 42.1, kind: 'percent' } },
  { text: 'đạt 95 phần trăm', expect: { value: 95, kind: 'percent' } },
  { text: 'tổng 15,488 hồ sơ', expect: { value: 15488, kind: 'integer' } },
  { text: 'có 1,250 người', expect: { value: 1250, kind: 'integer' } },
  { text: 'chỉ số 15,488 điểm trung bình', expect: { value: 15488 } },
  { text: 'tổng thu 19,850 tỷ đồng', expect: { value: 19_850_000_000, kind: 'money', unitWord: 'tỷ đồng' } },
  { text: 'khoảng 2.173 triệu', expect: { value: 2_173_000_000, kind: 'money' } },
  { text: 'dự toán 1.544,4 tỷ đồng', expect: { value: 1_544_400_000_000, kind: 'money' } },
  { text: 'chi 24,434 tỷ đồng', expect: { value: 24_434_000_000, kind: 'money' } },
  // An amount in two multipliers is one amount; a second amount of the same multiplier is another.
  { text: 'thu 312 tỷ 450 triệu đồng', expect: { value: 312_450_000_000, kind: 'money', unitWord: 'tỷ 450 triệu đồng' } },
  { text: 'dự toán năm (1.642 tỷ\nđồng).', expect: { value: 1_642_000_000_000, kind: 'money', unitWord: 'tỷ\nđồng' } },
  { text: 'dự toán giao là 2.410\ntriệu đồng.', expect: { value: 2_410_000_000, kind: 'money', unitWord: 'triệu đồng' } },
  // A multiplier wrapped onto the next line without its currency is no amount ("12" ⏎ "tỷ lệ …").
  { text: 'tổng số 12\ntỷ lệ đạt', expect: { value: 12, kind: 'integer' } },
  { text: 'kinh phí 350 triệu đồng', expect: { value: 350_000_000, kind: 'money' } },
  { text: 'thu 12 tỉ', expect: { value: 12_000_000_000, kind: 'money' } },
  { text: 'phí 50 nghìn đồng', expect: { value: 50_000, kind: 'money' } },
  { text: 'lệ phí 20.000 đồng', expect: { value: 20_000, kind: 'money' } },
  { text: 'tiếp nhận 12 hồ sơ.Trong đó', expect: { raw: '12', value: 12 } },
  { text: 'có 08 người', expect: { raw: '08', value: 8, kind: 'integer', unitWord: 'người' } },
  { text: 'có 3 đồng chí tham gia', expect: { value: 3, kind: 'integer', unitWord: 'đồng chí' } },
  { text: 'đạt trên 90%', expect: { value: 90, qualifier: 'gt' } },
  { text: 'hơn 50 lượt', expect: { value: 50, qualifier: 'gt', unitWord: 'lượt' } },
  { text: 'từ 98% trở lên', expect: { value: 98, qualifier: 'ge' } },
  { text: 'dưới 5%', expect: { value: 5, qualifier: 'lt' } },
  { text: 'gần 200 hồ sơ', expect: { value: 200, qualifier: 'approx' } },
  { text: 'khoảng gần 1.000 người', expect: { value: 1000, qualifier: 'approx' } },
  { text: 'không quá 3 ngày', expect: { value: 3, qualifier: 'le' } },
  { text: 'đạt 4,5 điểm', expect: { value: 4.5, kind: 'decimal' } },
  { text: 'sai 6.0000 hồ sơ', expect: { raw: '6.0000', malformed: 'cannot read 6.0000 as a number' } },
  { text: '3.3.1. Kết quả\n8.803 hồ sơ', expect: { value: 8803 } },
  { text: '6 tháng đầu năm 2021: 500 hồ sơ', expect: { value: 500 } },
  { text: 'Theo Quyết định số 1828/QĐ-UBND ngày 15/12/2021, có 14 xã', expect: { value: 14, unitWord: 'xã' } },
  // Counts of dossiers in thousands, the abbreviation HS, set nouns, a count that looks like a year.
  { text: 'tiếp nhận 6,42 ngàn HS trực tuyến', expect: { value: 6420, kind: 'integer', unitWord: 'ngàn HS' } },
  { text: 'giải quyết 2.010 bộ hồ sơ', expect: { value: 2010, kind: 'integer', unitWord: 'bộ hồ sơ' } },
  { text: 'trả kết quả 12,305 bộ hồ sơ', expect: { value: 12305, kind: 'integer' } },
  { text: 'tiếp nhận 310 HS', expect: { value: 310, unitWord: 'HS' } },
  { text: 'cung cấp 198 DVC toàn trình', expect: { value: 198, unitWord: 'DVC' } },
  { text: 'đã tiếp nhận 1975 hồ sơ', expect: { raw: '1975', value: 1975, kind: 'integer', unitWord: 'hồ sơ' } },
  { text: 'đã giải quyết 12.430/12.512 hồ sơ', expect: { value: 12430, denominator: 12512, kind: 'ratio', unitWord: 'hồ sơ' } },
  { text: 'năm 2024 tiếp nhận 2024 hồ sơ', expect: { raw: '2024', value: 2024, unitWord: 'hồ sơ' } },
];

/** Texts with no quantity in them. */
const NEGATIVE: string[] = [
  'ngày 15/12/2021',
  'ngày 04/9/2025',
  'ngày 22 tháng 7 năm 2021',
  'tháng 3/2020',
  'quý 3 năm 2025',
  'giai đoạn 2021 - 2025',
  'giai đoạn 2021-\n2025',
  '6 tháng đầu năm 2021',
  'Quyết định số 1828/QĐ-UBND',
  'Nghị định 178/2024/NĐ-CP',
  'Nghị định số 118/2025/NĐ-CP',
  'Kế hoạch số 83-KH/HU',
  // a standard's code is a name
  'áp dụng TCVN ISO 9001:2015 tại cơ quan',
  'theo tiêu chuẩn ISO 9001-2008',
  'tiêu chuẩn quốc gia TCVN 11041',
  'Văn bản số 4205/SNV-CCHC&VTLT',
  'Nghị quyết 30c/NQ-CP, Kế hoạch 51a/KH-UBND',
  'Quyết định số 1828 /QĐ- UBND',
  'Kế hoạch số 1921/KH-\nUBND',
  'Thông tư liên tịch số 71/2014/TTLTBTCBNV',
  '3.3.1. Kết quả giải quyết',
  '1. Việc xây dựng',
  '1.1.1 Số nhiệm vụ đề ra',
  'Kế hoạch CCHC 2024',
  'Covid-19',
  'mã QH12',
  'mã 1.234abc',
  'từ 16/12/2020 đến hết ngày 15/12/2021',
  'tính đến 30/9',
  'trước 15/12',
];

function only(text: string): NumberToken {
  const tokens = scanNumbers(text);
  expect(tokens, text).toHaveLength(1);
  return tokens[0];
}

describe('scanNumbers corpus', () => {
  it.each(CORPUS)('$text', ({ text, expect: expected }) => {
    const token = only(text);
    expect(token).toMatchObject(expected);
    expect(text.slice(token.start, token.end)).toBe(token.raw);
    if (expected.malformed) expect(token.value).toBeNaN();
  });

  it.each(NEGATIVE)('no quantity in %j', (text) => {
    expect(scanNumbers(text)).toEqual([]);
  });

  it('reads the count beside a standard\'s code', () => {
    expect(scanNumbers('ISO 9001:2015 cho 143/143 thủ tục').map((t) => [t.raw, t.value])).toEqual([['143/143', 143]]);
    expect(scanNumbers('áp dụng ISO cho 85 thủ tục').map((t) => t.value)).toEqual([85]);
  });

  it('joins an amount written in two multipliers, never two amounts or a count after one', () => {
    const values = (text: string) => scanNumbers(text).map((t) => [t.value, t.kind]);
    expect(values('thu 5 triệu 500 nghìn đồng')).toEqual([[5_500_000, 'money']]);
    expect(values('chi 7 tỷ, 2 tỷ đồng')).toEqual([[7_000_000_000, 'money'], [2_000_000_000, 'money']]);
    expect(values('vốn 3 tỷ đồng, 120 triệu lượt')).toEqual([[3_000_000_000, 'money'], [120_000_000, 'integer']]);
  });

  it('reads several numbers left to right with their offsets', () => {
    const text = 'Giải quyết đúng hạn đạt tỷ lệ 99% (1.182/ 1.194). 12 hồ sơ (1 %) quá hạn.';
    const tokens = scanNumbers(text);
    expect(tokens.map((t) => [t.raw, t.value, t.kind])).toEqual([
      ['99', 99, 'percent'],
      ['1.182/ 1.194', 1182, 'ratio'],
      ['12', 12, 'integer'],
      ['1', 1, 'percent'],
    ]);
  });
});

describe('parseVietnameseNumber', () => {
  it.each([
    ['57.286', undefined, 57286],
    ['1.234.567', undefined, 1234567],
    ['99,48', undefined, 99.48],
    ['1.544,4', undefined, 1544.4],
    ['15,488', 'count', 15488],
    ['15,488', undefined, 15.488],
    ['19,850', 'money', 19.85],
    ['1,234,567', undefined, 1234567],
    ['1,234.5', undefined, 1234.5],
    ['08', undefined, 8],
    ['42.1', undefined, 42.1],
  ] as const)('%s (%s) → %d', (raw, hint, value) => {
    expect(parseVietnameseNumber(raw, hint)).toBe(value);
  });

  it.each(['6.0000', '1.23.4', 'abc', '', '1.234,5.6'])('%j is not a number', (raw) => {
    expect(parseVietnameseNumber(raw)).toBeNull();
  });

  const vietnamese = (n: number, decimals: string) =>
    String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (decimals ? `,${decimals}` : '');

  it('reads back any integer written with dot thousands', () => {
    fc.assert(fc.property(fc.nat({ max: 2 ** 48 }), (n) => {
      expect(parseVietnameseNumber(vietnamese(n, ''), 'count')).toBe(n);
      expect(parseVietnameseNumber(vietnamese(n, ''))).toBe(n);
    }));
  });

  it('reads back any decimal written with dot thousands and a comma', () => {
    fc.assert(fc.property(fc.nat({ max: 10 ** 9 }), fc.stringMatching(/^\d{1,2}$/), (n, decimals) => {
      expect(parseVietnameseNumber(vietnamese(n, decimals))).toBe(Number(`${n}.${decimals}`));
    }));
  });

  it('finds a written integer inside a sentence with its unit', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 9 }), (n) => {
      const written = vietnamese(n, '');
      const [token] = scanNumbers(`tiếp nhận ${written} hồ sơ`);
      expect(token).toMatchObject({ raw: written, value: n, unitWord: 'hồ sơ' });
    }));
  });
});
