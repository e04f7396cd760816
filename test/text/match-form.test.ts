import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDiacritics, matchForm } from '../../src/text/match-form.js';
import { isVietnameseSyllable } from '../../src/text/syllable.js';

describe('matchForm', () => {
  it.each([
    ['Hoà', 'hòa'],
    ['hòa', 'hòa'],
    ['thuỷ', 'thủy'],
    ['THỦY', 'thủy'],
    ['quý', 'qúy'],
    ['khoẻ', 'khỏe'],
    ['Hoàn thành', 'hòan thành'], // consistent, not pretty: both spellings fold alike
    ['Ủy ban', 'ủy ban'],
  ])('%s → %s', (input, expected) => {
    expect(matchForm(input)).toBe(expected);
  });
  it('folds both tone placements alike', () => {
    expect(matchForm('hoà hoá hoả hoạ thuý')).toBe(matchForm('hòa hóa hỏa họa thúy'));
  });
  it('keeps the length of NFC input, so offsets stay valid', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aoeuyAOUYàáảãạòóỏõọùúủũụỳýỷỹỵÀÁÒÓÙÚÝđĐ ăơưİ1.'.split('')) }), (s) => {
        const nfc = s.normalize('NFC');
        expect(matchForm(nfc)).toHaveLength(nfc.length);
        expect(foldDiacritics(nfc)).toHaveLength(nfc.length);
      }),
    );
  });
});

describe('foldDiacritics', () => {
  it('takes every mark off and đ to d', () => {
    expect(foldDiacritics('Đơn vị Sự nghiệp Công lập')).toBe('don vi su nghiep cong lap');
  });

  // Folded char by char for speed: the same as folding the whole text at once, marks written apart included.
  const wholeText = (s: string) =>
    [...s.normalize('NFC')].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('')
      .normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').normalize('NFC');
  it.each(['Quý I/2024: 1.234 hồ sơ', 'ĐIỀU CHỈNH', 'ho\u0300a thuy\u0309', 'İstanbul I\u0307', 'ΣΑΣ Σ', 'ǅ ﬁ Å', '\u0301lead', ''])('%j as the whole text', (s) => {
    expect(foldDiacritics(s)).toBe(wholeText(s));
  });
  it('any text as the whole text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => foldDiacritics(s) === wholeText(s)));
  });
});

describe('isVietnameseSyllable', () => {
  it.each(['điều', 'nghiêng', 'trường', 'khuya', 'quyết', 'giữa', 'gì', 'u', 'hoa', 'oanh', 'ĐIỀU'])('%s is one', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });
  it.each(['điề', 'đ', 'ubnd', 'par', 'tr', 'hoàá', 'index'])('%s is not', (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
});
