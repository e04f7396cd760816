import { describe, expect, it } from 'vitest';
import { scanDocRefs, type DocRef } from '../../src/parse/doc-refs.js';
import { scanDocSymbols } from '../../src/parse/doc-symbols.js';

/** Each text cites one document, read as `expect` (only the fields given are compared). */
const CITATIONS: Array<[string, Partial<DocRef>]> = [
  [
    'Thực hiện Quyết định số 1828/QĐ-UBND ngày 15/12/2021 của UBND tỉnh về việc ban hành Kế hoạch CCHC; UBND huyện',
    {
      docType: 'Quyết định', number: '1828', symbol: '1828/QĐ-UBND', date: '2021-12-15', issuer: 'UBND tỉnh',
      subject: 'ban hành Kế hoạch CCHC', year: undefined,
    },
  ],
  ['theo Nghị định số 118/2025/NĐ-CP, ngày 09/6/2025 của Chính phủ', { docType: 'Nghị định', number: '118', year: 2025, symbol: '118/2025/NĐ-CP', date: '2025-06-09', issuer: 'Chính phủ' }],
  ['Thực hiện Kế hoạch số 83-KH/HU ngày 02/12/2021 của Ban Chấp hành\nĐảng bộ huyện Thọ Xuân về thực hiện khâu đột phá.', {
    docType: 'Kế hoạch', number: '83', symbol: '83-KH/HU', date: '2021-12-02',
    issuer: 'Ban Chấp hành Đảng bộ huyện Thọ Xuân', subject: 'thực hiện khâu đột phá',
  }],
  ['Thực hiện Văn bản số 4205/SNV-CCHC&VTLT ngày 04/9/2025 của Sở\nNội vụ về việc đôn đốc báo cáo định kỳ, UBND xã Thạch Khê báo cáo', {
    docType: 'Văn bản', symbol: '4205/SNV-CCHC&VTLT', date: '2025-09-04', issuer: 'Sở Nội vụ', subject: 'đôn đốc báo cáo định kỳ',
  }],
  ['Nghị quyết 30c/NQ-CP của Chính phủ', { docType: 'Nghị quyết', number: '30c', symbol: '30c/NQ-CP', issuer: 'Chính phủ' }],
  ['Kế hoạch số 51a/KH-UBND', { docType: 'Kế hoạch', number: '51a', symbol: '51a/KH-UBND' }],
  ['Thông tư liên tịch số 71/2014/TTLTBTCBNV', { docType: 'Thông tư liên tịch', number: '71', year: 2014, symbol: '71/2014/TTLTBTCBNV' }],
  ['Quyết định số 1828 /QĐ- UBND ngày 15/12/2021', { symbol: '1828/QĐ-UBND', date: '2021-12-15' }],
  ['Kế hoạch số 1921/KH-\nUBND ngày 22 tháng 7 năm 2021', { docType: 'Kế hoạch', symbol: '1921/KH-UBND', date: '2021-07-22' }],
  ['theo Nghị định 178/2024/NĐ-CP và', { docType: 'Nghị định', year: 2024, symbol: '178/2024/NĐ-CP' }],
  ['Quyết định 320/KH-UBND ngày 12/01/2024', { docType: 'Quyết định', symbol: '320/KH-UBND', date: '2024-01-12' }],
  ['Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ về', { symbol: '1847/QĐ-TTg', issuer: 'Thủ tướng Chính phủ' }],
  ['Nghị định số 113/1018/NĐ-CP', { year: 1018, symbol: '113/1018/NĐ-CP' }],
  ['Quyết định số 75/QĐ-ĐUBND', { symbol: '75/QĐ-ĐUBND' }],
  ['Luật số 80/2015/QH13', { docType: 'Luật', year: 2015, symbol: '80/2015/QH13' }],
  ['các văn bản 1029/UBND-NV', { docType: 'Văn bản', symbol: '1029/UBND-NV' }],
  ['và 1030/UBND-NV', { docType: 'Công văn', symbol: '1030/UBND-NV' }],
  ['các văn bản: 06/CT-UBND', { docType: 'Chỉ thị', symbol: '06/CT-UBND' }],
  ['Quyết định số 12/QĐ-UBND ngày 31/2/2021', { date: '', invalidDate: '31/2/2021' }],
  ['Văn bản số 1279/SNV-TCBM&CP V/v triển khai Nghị định; và', { subject: 'triển khai Nghị định' }],
];

describe('scanDocRefs', () => {
  it.each(CITATIONS)('%j', (text, expected) => {
    const refs = scanDocRefs(text);
    expect(refs).toHaveLength(1);
    expect(refs[0]).toMatchObject(expected);
    if ('year' in expected && expected.year === undefined) expect(refs[0].year).toBeUndefined();
  });

  it('reads a list of citations, each with its own date and subject', () => {
    const text =
      'Kế hoạch số 164/KH-UBND ngày 29/01/2021 về thực hiện công tác kiểm soát thủ tục hành chính năm 2021; ' +
      'Kế hoạch số 201/KH-UBND ngày 05/02/2021 về việc rà soát đánh giá thủ tục hành chính năm 2021, ' +
      'Nghị định số 107/2020/NĐ-CP và Nghị định số 108/2020/NĐ-CP.';
    expect(scanDocRefs(text).map((r) => [r.symbol, r.date, r.subject])).toEqual([
      ['164/KH-UBND', '2021-01-29', 'thực hiện công tác kiểm soát thủ tục hành chính năm 2021'],
      ['201/KH-UBND', '2021-02-05', 'rà soát đánh giá thủ tục hành chính năm 2021'],
      ['107/2020/NĐ-CP', '', ''],
      ['108/2020/NĐ-CP', '', ''],
    ]);
  });

  it('skips the report\'s own number in its header', () => {
    expect(scanDocRefs('HUYỆN THỌ XUÂN\nSố: 97/BC-UBND Thọ Xuân, ngày 20 tháng 3 năm 2024')).toEqual([]);
  });

  it.each(['ngày 15/12/2021', 'đạt 16/38 nhiệm vụ', 'tỷ lệ 1.182/ 1.194', 'tháng 3/2020', 'ISO 9001:2015', 'Covid-19'])(
    'finds no document in %j',
    (text) => {
      expect(scanDocSymbols(text)).toEqual([]);
    },
  );
});
