/** Each repair step on its own, then the normalise stage on a whole report. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newReport, pageText, type Report } from '../../src/model/report.js';
import {
  cleanInvisibles,
  composeNfc,
  fixGlyphs,
  fixPrivateUse,
  joinSplitSyllables,
  normaliseReport,
  repairText,
  unmapped,
} from '../../src/text/repair.js';

const text = (fn: (m: ReturnType<typeof unmapped>) => ReturnType<typeof unmapped>, s: string) => fn(unmapped(s)).text;

describe('fixGlyphs', () => {
  it('maps Latin "oi" letters used for ư/Ư', () => {
    expect(text(fixGlyphs, 'trƣờng ĐƢỢC')).toBe('trường ĐƯỢC');
  });
  it('maps eth to đ only at the start of a word', () => {
    expect(text(fixGlyphs, 'ÐÁNH GIÁ, ðồng')).toBe('ĐÁNH GIÁ, đồng');
    expect(text(fixGlyphs, 'Ð.')).toBe('Ð.');
  });
  it('expands ligatures, each new letter mapped to the ligature', () => {
    expect(fixGlyphs(unmapped('oﬃce'))).toEqual({ text: 'office', index: [0, 1, 1, 1, 2, 3, 4] });
  });
});

describe('fixPrivateUse', () => {
  it('maps symbol-font code points back to their byte', () => {
    expect(text(fixPrivateUse, '\uF042\uF0E1o')).toBe('Báo');
  });
});

describe('composeNfc', () => {
  it('composes decomposed Vietnamese and keeps each letter mapped to its first raw char', () => {
    const out = composeNfc(unmapped('Vie\u0302\u0323t'));
    expect(out).toEqual({ text: 'Việt', index: [0, 1, 2, 5, 6] });
  });
  it('leaves NFC text untouched', () => {
    const m = unmapped('Việt Nam');
    expect(composeNfc(m)).toBe(m);
  });
});

describe('cleanInvisibles', () => {
  it('turns NBSP into a space and drops zero-width characters and soft hyphens', () => {
    expect(cleanInvisibles(unmapped('a\u00A0b\u200Bc\u00ADd\uFEFF'))).toEqual({ text: 'a bcd', index: [0, 1, 2, 4, 6, 8] });
  });
});

describe('joinSplitSyllables', () => {
  it.each([
    ['ĐIỀ U KIỆN', 'ĐIỀU KIỆN'],
    ['đ ến nay', 'đến nay'],
    ['tr ường học', 'trường học'],
    ['(ĐIỀ U) tr ường,', '(ĐIỀU) trường,'], // runs glued to punctuation
    ['Vie ̣̂t', 'Việt'.normalize('NFD').normalize('NFC') === 'Việt' ? 'Việt' : ''],
  ])('joins %s', (input, expected) => {
    expect(text(joinSplitSyllables, input)).toBe(expected);
  });
  it.each([
    'ho a', // two syllables: could be a typo, could be two words; leave it
    'Ủy ban nhân dân',
    'UBND tỉnh',
    'PAR INDEX',
    'Phụ lục A',
    'Mục I Công tác',
    'số 12 a b',
    '2tr ường', // a run holding a digit is no fragment
    'tr  ường', // two spaces: a real gap
  ])('leaves %s alone', (input) => {
    expect(text(joinSplitSyllables, input)).toBe(input);
  });
});

describe('repairText', () => {
  it('maps every repaired character back into raw, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'e', 'ƣ', '\u0301', '\u0323', ' ', '\u00A0', '\u00AD', 'ﬁ', 'Ð', 'đ', '1', 'ê', '\uF041') }), (raw) => {
        const { text: repaired, index } = repairText(raw);
        expect(index).toHaveLength(repaired.length + 1);
        expect(index[repaired.length]).toBe(raw.length);
        for (let i = 0; i < repaired.length; i++) {
          expect(index[i]).toBeGreaterThanOrEqual(0);
          expect(index[i]).toBeLessThan(raw.length);
          if (i > 0) expect(index[i]).toBeGreaterThanOrEqual(index[i - 1]);
        }
        expect(repaired).toBe(repaired.normalize('NFC'));
      }),
    );
  });
  it('composes what joining brought together', () => {
    expect(repairText('Vie \u0323\u0302t').text).toBe('Việt');
  });
  it('decodes a legacy encoding before cleaning soft hyphens (TCVN3 ư is U+00AD)', () => {
    expect(repairText('®\u00ADîc ng\u00ADêi', 'tcvn3')).toMatchObject({ text: 'được người', repairs: new Set(['tcvn3']) });
  });
});

function reportOf(lines: string[]): Report {
  const report = newReport({ id: '0'.repeat(16), path: 'x.txt', sourceFile: 'x.txt', format: 'txt' });
  report.pages = [{ number: 1, lines: lines.map((raw, i) => ({ page: 1, line: i + 1, offset: 0, text: raw, raw, kind: 'body' as const })) }];
  return report;
}

describe('normaliseReport', () => {
  it('repairs lines, records what was repaired and re-indexes offsets', () => {
    const report = reportOf(['ÐIỀ U 1.', 'trƣờng Vie\u0302\u0323t', 'ok']);
    normaliseReport(report);
    const lines = report.pages[0].lines;
    expect(lines.map((l) => l.text)).toEqual(['ĐIỀU 1.', 'trường Việt', 'ok']);
    expect(lines.map((l) => l.offset)).toEqual([0, 8, 20]);
    expect(pageText(report.pages[0])).toBe('ĐIỀU 1.\ntrường Việt\nok');
    expect(lines[2].rawIndex).toBeUndefined();
    expect([...report.textRepair].sort()).toEqual(['glyph', 'nfc', 'spacing']);
  });

  it('decodes a TCVN3 document, including its lines without tell-tale symbols', () => {
    const report = reportOf(['B¸o c¸o kÕt qu¶ thùc hiÖn', 'c«ng t¸c c¶i c¸ch hµnh chÝnh', 'Hµ Néi, n¨m 2021', 'nhãm']);
    normaliseReport(report);
    expect(report.pages[0].lines.map((l) => l.text)).toEqual([
      'Báo cáo kết quả thực hiện', 'công tác cải cách hành chính', 'Hà Nội, năm 2021', 'nhóm',
    ]);
    expect(report.textRepair.has('tcvn3')).toBe(true);
  });

  it('leaves a Unicode line with © and ® alone', () => {
    const report = reportOf(['© 2021 Cổng thông tin điện tử ® huyện']);
    normaliseReport(report);
    expect(report.pages[0].lines[0].text).toBe('© 2021 Cổng thông tin điện tử ® huyện');
    expect(report.textRepair.size).toBe(0);
  });

  it('repairs table cells too', () => {
    const report = reportOf(['Tỷ lệ | 98,5\u00A0%']);
    report.pages[0].lines[0].cells = ['Tỷ lệ', '98,5\u00A0%'];
    normaliseReport(report);
    expect(report.pages[0].lines[0].cells).toEqual(['Tỷ lệ', '98,5 %']);
  });
});
