import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/across/duplicates.js';
import { textFingerprint } from '../../src/across/fingerprint.js';
import { periodKind } from '../../src/across/period-kind.js';
import { parseUnitName, unitIdentity, unitKeys } from '../../src/across/unit-key.js';
import { report } from '../checks/cross/build.js';

describe('unit identity', () => {
  it('reads UBND huyện X = huyện X = X, whatever the case and diacritics', () => {
    expect(parseUnitName('UBND huyện Thạch An')).toEqual({ level: 'district', name: 'thach an' });
    expect(parseUnitName('ỦY BAN NHÂN DÂN HUYỆN THẠCH AN')).toEqual({ level: 'district', name: 'thach an' });
    expect(parseUnitName('huyện Thạch An')).toEqual({ level: 'district', name: 'thach an' });
    expect(parseUnitName('Thach An')).toEqual({ level: '', name: 'thach an' });
    expect(parseUnitName('thị trấn Đông Khê')).toEqual({ level: 'commune', name: 'dong khe' });
  });

  it('keeps the province: same-named communes of two provinces get two keys', () => {
    const a = unitIdentity({ unit_name: 'Tân Lập', unit_level: 'commune', issuer: 'UBND xã Tân Lập', province: 'Phú Thọ' });
    const b = unitIdentity({ unit_name: 'TÂN LẬP', unit_level: 'commune', issuer: '', province: 'Bắc Giang' });
    expect(unitKeys([a, b])).toEqual(['phu-tho/commune/tan-lap', 'bac-giang/commune/tan-lap']);
  });

  it('fills a missing province or level only when the batch knows exactly one', () => {
    const known = unitIdentity({ unit_name: 'Thạch An', unit_level: 'district', issuer: '', province: 'Cao Bằng' });
    const bare = unitIdentity({ unit_name: '', unit_level: '', issuer: 'Thạch An', province: '' });
    expect(unitKeys([known, bare])).toEqual(['cao-bang/district/thach-an', 'cao-bang/district/thach-an']);
    const tanLap = (province: string) => unitIdentity({ unit_name: 'Tân Lập', unit_level: 'commune', issuer: '', province });
    const unknown = unitIdentity({ unit_name: 'Tân Lập', unit_level: 'commune', issuer: '', province: '' });
    expect(unitKeys([tanLap('Phú Thọ'), tanLap('Bắc Giang'), unknown])[2]).toBe('?/commune/tan-lap');
    expect(unitKeys([unitIdentity({ unit_name: '', unit_level: '', issuer: '', province: '' })])).toEqual(['']);
  });
});

describe('copies', () => {
  const page = (lines: string[]) => ({ pages: [{ number: 1, lines: lines.map((text, i) => ({ page: 1, line: i + 1, offset: 0, text, raw: text, kind: 'body' as const })) }] });

  it('fingerprints the words, not the layout, case, punctuation or page numbers', () => {
    expect(textFingerprint(page(['Đã giải quyết 1.100 hồ sơ;', '2', 'đang giải quyết 150.']))).toBe(textFingerprint(page(['ĐÃ GIẢI QUYẾT 1 100 hồ sơ đang giải quyết 150'])));
    expect(textFingerprint(page(['Đã giải quyết 1.100 hồ sơ']))).not.toBe(textFingerprint(page(['Đã giải quyết 1.101 hồ sơ'])));
    expect(textFingerprint({ pages: [] })).toBe('');
  });

  it('links same issuer + number + date, same text, same bytes; keeps the best read as record', () => {
    const pdf = report('2023-04-01', '2023-06-30', { format: 'pdf', report_number: '115/BC-UBND', report_date: '2023-06-25', text_repair: 'spacing', figures: 7 });
    const docx = { ...pdf, report_id: 'r00000000000000aa', format: 'docx' as const, text_repair: 'none', figures: 8 };
    const revised = { ...pdf, report_id: 'r00000000000000bb', report_number: '118/BC-UBND', report_date: '2023-06-28' };
    const copied = { ...revised, report_id: 'r00000000000000cc' };
    const sameText = { ...pdf, report_id: 'r00000000000000dd', report_number: '', report_date: '' };
    const keys = ['u', 'u', 'u', 'u', 'u'];
    const out = findDuplicates([
      { report: pdf, fingerprint: 'f1' }, { report: docx, fingerprint: 'f2' }, { report: revised, fingerprint: 'f3' },
      { report: copied, fingerprint: 'f3', sameBytesAs: revised.report_id }, { report: sameText, fingerprint: 'f1' },
    ], keys);
    expect(out).toEqual([docx.report_id, '', '', revised.report_id, docx.report_id]);
  });
});

describe('a copy that lost its header', () => {
  const f = (indicator: string, value: number) => ({ indicator, value, level: 'own' as const, period_start: '2024-01-01', period_end: '2024-03-31' });
  const figures = [f('dossier.new', 2200), f('dossier.resolved', 2160), f('dossier.pending', 180), f('procedure.total', 412)];
  const docx = report('2024-01-01', '2024-03-31', { format: 'docx', report_number: '97/BC-UBND', report_date: '2024-03-20' });
  const txt = { ...docx, report_id: 'r00000000000000ee', format: 'txt' as const, report_number: '', report_date: '' };

  it('is linked when it states the same figures for the same unit and period', () => {
    expect(findDuplicates([{ report: docx, fingerprint: 'a', figures }, { report: txt, fingerprint: 'b', figures: figures.slice(0, 3) }], ['u', 'u'])).toEqual(['', docx.report_id]);
  });

  it('is not linked when one figure disagrees, nor is a revised report with its own number and date', () => {
    const changed = [...figures.slice(0, 3), f('procedure.total', 415)];
    expect(findDuplicates([{ report: docx, fingerprint: 'a', figures }, { report: txt, fingerprint: 'b', figures: changed }], ['u', 'u'])).toEqual(['', '']);
    const revised = { ...docx, report_id: 'r00000000000000ff', report_number: '99/BC-UBND', report_date: '2024-03-25' };
    expect(findDuplicates([{ report: docx, fingerprint: 'a', figures }, { report: revised, fingerprint: 'c', figures }], ['u', 'u'])).toEqual(['', '']);
  });
});

describe('period kinds', () => {
  it('names calendar periods', () => {
    expect([periodKind('2024-02-01', '2024-02-29'), periodKind('2024-04-01', '2024-06-30'), periodKind('2024-07-01', '2024-12-31'), periodKind('2024-01-01', '2024-09-30'), periodKind('2024-01-01', '2024-12-31'), periodKind('2024-03-31', '2024-03-31'), periodKind('2024-01-01', '2024-07-31'), periodKind('', '')])
      .toEqual(['month', 'quarter', 'half_year', 'nine_months', 'year', 'point', 'other', '']);
  });
});
