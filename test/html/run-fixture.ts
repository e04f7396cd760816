/** A hand-made run folder for the HTML report tests: several statuses, two periods of one unit, hostile text. */
import type { FigureRow, FlagRow, ReportRow, SeriesRow } from '../../src/model/schemas.js';
import { OutputWriter, type ReportRows } from '../../src/write/outputs.js';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

function report(id: string, init: Partial<ReportRow>): ReportRow {
  return {
    report_id: id, source_file: `${id}.pdf`, format: 'pdf', status: 'ok', error: '', pages: 3, issuer: 'UBND xã Thạch Khê',
    unit_level: 'commune', unit_name: 'Thạch Khê', province: 'Hà Tĩnh', report_number: '12/BC-UBND', report_date: '',
    period_type: 'quarter', period_start: '', period_end: '', text_repair: 'none', figures: 0, flags: 0, unit_key: 'ha-tinh/commune/thach-khe', duplicate_of: '', period_source: 'header', diagnostics: '', parent_unit_key: '', ...init,
  };
}

function figure(r: ReportRow, indicator: string, value: number, unit = 'percent'): FigureRow {
  return {
    report_id: r.report_id, unit_name: r.unit_name, indicator, value, unit, level: 'own', period_start: r.period_start, period_end: r.period_end,
    mentions: 1, page: 1, line: 10, evidence: `Giải quyết hồ sơ đúng hạn đạt tỷ lệ ${String(value).replace('.', ',')}%`, rule: 'test', ocr: '',
  };
}

function flag(r: ReportRow, init: Partial<FlagRow>): FlagRow {
  return { report_id: r.report_id, check_id: 'sum_mismatch', severity: 'error', message: '', indicators: '', expected: '', actual: '', page: 1, line: 140, evidence: '', expected_value: '', actual_value: '', difference: '', ...init };
}

function point(r: ReportRow, value: number, disagreeing = ''): SeriesRow {
  return {
    unit_key: r.unit_key, unit_name: r.unit_name, province: r.province, unit_level: 'commune', indicator: 'dossier.on_time_rate', level: 'own',
    period_start: r.period_start, period_end: r.period_end, period_kind: 'quarter', value, unit: 'percent', report_id: r.report_id, page: 1, line: 10,
    reports: disagreeing ? 2 : 1, disagreeing_values: disagreeing ? '97' : '', disagreeing_reports: disagreeing,
  };
}

function rows(r: ReportRow, figures: FigureRow[], flags: FlagRow[]): ReportRows {
  return { report: { ...r, figures: figures.length, flags: flags.length }, figures, flags, mentions: [], documents: [], tables: [], fingerprint: '' };
}

/** Quarters 1–3 of one commune with their series, one partial and one failed file: 5 reports, 5 flags. */
export async function writeHandMadeRun(dir: string): Promise<{ reports: number; flags: number; errorFlags: number }> {
  const q1 = report('ra000000000000001', { period_start: '2025-01-01', period_end: '2025-03-31' });
  const q2 = report('ra000000000000002', { period_start: '2025-04-01', period_end: '2025-06-30' });
  const q3 = report('ra000000000000003', { source_file: `bao-cao-quy-3-${HOSTILE}.pdf`, period_start: '2025-07-01', period_end: '2025-09-30' });
  const partial = report('ra000000000000004', { status: 'partial', error: 'tables failed: bad cell', unit_name: 'Hạ Hòa', issuer: 'UBND huyện Hạ Hòa', unit_level: 'district', period_type: 'year', period_start: '2021-01-01', period_end: '2021-12-31' });
  const failed = report('ra000000000000005', { source_file: 'hong.pdf', status: 'error', error: 'PDF is encrypted', pages: '', issuer: '', unit_name: '', unit_level: '', province: '', report_number: '', period_type: '' });
  const writer = await OutputWriter.open(dir);
  await writer.add(rows(q1, [figure(q1, 'dossier.on_time_rate', 97.5)], []));
  await writer.add(rows(q2, [figure(q2, 'dossier.on_time_rate', 98.2)], [flag(q2, { check_id: 'ratio_mismatch', severity: 'warning', message: 'Tỷ lệ nêu 99% nhưng 1.100/1.194 = 92,13%', expected: '92,13%', actual: '99%', evidence: 'đạt tỷ lệ 99% (1.100/ 1.194)' })]));
  await writer.add(
    rows(q3, [figure(q3, 'dossier.on_time_rate', 99), figure(q3, 'assigned.tasks', 24, 'task')], [
      flag(q3, { message: 'assigned.tasks: tổng 24 ≠ 24 + 8 = 32 (các thành phần vượt tổng 8)', expected: '24', actual: '32', evidence: 'giao 24 nhiệm vụ. Trong đó đã hoàn thành 24 nhiệm vụ đúng hạn, 08 nhiệm vụ đã hoàn thành quá hạn.' }),
      flag(q3, { check_id: 'mention_conflict', severity: 'info', message: `Văn bản số 164/KH-UBND ${HOSTILE}`, evidence: HOSTILE }),
    ]),
  );
  await writer.add(rows(partial, [], [flag(partial, { check_id: 'implausible_document_year', message: 'Số hiệu văn bản "Nghị định số 113/1018/NĐ-CP": năm 1018 trước mọi năm hợp lý', actual: '1018', evidence: 'Nghị định số 113/1018/NĐ-CP' })]));
  await writer.add(rows(failed, [], []));
  // Quarter 2 restated by a copy of record elsewhere: a cross-report flag the unit chart marks on Q2.
  await writer.write('series', [point(q1, 97.5), point(q2, 98.2, q1.report_id), point(q3, 99)]);
  await writer.write('flags', [flag(q1, {
    check_id: 'cross_report_conflict', severity: 'warning', indicators: 'dossier.on_time_rate',
    message: 'dossier.on_time_rate kỳ 01/04/2025 – 30/06/2025: báo cáo này nêu 97, báo cáo khác nêu 98,2', expected: '98,2', actual: '97',
  })]);
  await writer.commit({
    tool: 'cchc-extract', tool_version: '0.1.0', rules_version: 'test', started_at: '2026-01-01T00:00:00.000Z', finished_at: '2026-01-01T00:00:01.000Z',
    seconds: 1, inputs_found: 5, skipped: [], ok: 3, partial: 1, error: 1, pages: 12, figures: 4, flags: 5, options: {},
  });
  return { reports: 5, flags: 5, errorFlags: 2 };
}
