import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newReport, type Mention, type Report } from '../../src/model/report.js';
import { flagValues } from '../../src/write/flag-values.js';
import { CSV_OUTPUTS, clipEvidence, errorRows, OutputWriter, reportRows, type RunManifest } from '../../src/write/outputs.js';

function mention(value: number, line: number, evidence: string): Mention {
  return {
    indicator: 'dossier.received', value, unit: 'dossier', level: '', period: { start: '', end: '' },
    place: { page: 1, line, start: 0, end: 10 }, evidence, rule: 'dossier/received', source: 'text', specificity: 1,
  };
}

function sampleReport(): Report {
  const report = newReport({ id: 'r0123456789abcdef', path: '/in/a.txt', sourceFile: 'sub/a.txt', format: 'txt' });
  report.pages = [{ number: 1, lines: [{ page: 1, line: 1, offset: 0, text: 'x', raw: 'x', kind: 'body' }] }];
  report.textRepair.add('tcvn3').add('nfc');
  report.meta.unitName = 'Thạch Khê';
  report.meta.reportDate = '2025-09-20';
  const first = mention(1200, 3, '=Tiếp nhận 1.200 hồ sơ');
  report.mentions = [first, mention(1200, 9, 'tiếp nhận 1200 hồ sơ')];
  report.figures = [{ indicator: 'dossier.received', value: 1200, unit: 'dossier', level: '', period: { start: '', end: '' }, mentions: report.mentions, conflicts: [] }];
  report.flags = [{ check_id: 'sum_mismatch', severity: 'warning', message: 'a + b ≠ c', indicators: 'x', expected: '3', actual: '4', page: 1, line: 3, evidence: 'e' }];
  return report;
}

describe('reportRows', () => {
  it('maps a report to one row per output with the first mention as provenance', () => {
    const rows = reportRows(sampleReport());
    expect(rows.report).toMatchObject({ report_id: 'r0123456789abcdef', source_file: 'sub/a.txt', status: 'ok', pages: 1, text_repair: 'nfc+tcvn3', figures: 1, flags: 1, report_date: '2025-09-20' });
    expect(rows.figures).toEqual([expect.objectContaining({ unit_name: 'Thạch Khê', value: 1200, mentions: 2, page: 1, line: 3, rule: 'dossier/received' })]);
    expect(rows.mentions.map((m) => m.line)).toEqual([3, 9]);
    expect(rows.flags[0]).toMatchObject({ report_id: 'r0123456789abcdef', check_id: 'sum_mismatch' });
  });

  it('drops a row that breaks the contract and marks the report partial instead of failing', () => {
    const report = sampleReport();
    report.mentions[1].place.line = 0;
    report.meta.reportDate = '20/09/2025';
    const rows = reportRows(report);
    expect(rows.mentions).toHaveLength(1);
    expect(rows.report.status).toBe('partial');
    expect(rows.report.report_date).toBe('');
    expect(rows.report.error).toMatch(/mentions row dropped.*report_date blanked/);
  });

  it('leaves pages and text_repair empty when no text was read', () => {
    const report = newReport({ id: 'rfedcba9876543210', path: '/in/x.pdf', sourceFile: 'x.pdf', format: 'pdf' });
    report.status = 'error';
    report.error = 'PDF is encrypted';
    expect(reportRows(report).report).toMatchObject({ pages: '', text_repair: '', status: 'error', error: 'PDF is encrypted' });
  });
});

describe('clipEvidence', () => {
  it('keeps short evidence and cuts long evidence at a word near 200 characters', () => {
    expect(clipEvidence('  hai   dòng\nnối ')).toBe('hai dòng nối');
    const clipped = clipEvidence('từ '.repeat(120));
    expect(clipped.length).toBeLessThanOrEqual(201);
    expect(clipped.endsWith('từ…')).toBe(true);
  });
});

describe('OutputWriter', () => {
  it('writes every CSV with the contract header, and run.json on commit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-out-'));
    const writer = await OutputWriter.open(dir, { bom: false });
    await writer.add(reportRows(sampleReport()));
    await writer.add(errorRows({ id: 'rfedcba9876543210', sourceFile: 'b.pdf', format: 'pdf', error: 'timed out after 1 s' }));
    const manifest: RunManifest = {
      tool: 'cchc-extract', tool_version: '0.1.0', rules_version: 'r', started_at: 's', finished_at: 'f', seconds: 1,
      inputs_found: 2, skipped: [], ok: 1, partial: 0, error: 1, pages: 1, figures: 1, flags: 1, options: {},
    };
    await writer.commit(manifest);
    expect((await readdir(dir)).sort()).toEqual([...Object.values(CSV_OUTPUTS).map((o) => o.file), 'run.json', 'datapackage.json'].sort());
    for (const output of Object.values(CSV_OUTPUTS)) {
      const header = (await readFile(join(dir, output.file), 'utf8')).split('\n')[0];
      expect(header).toBe(Object.keys(output.schema.shape).join(','));
    }
    const reports = (await readFile(join(dir, 'reports.csv'), 'utf8')).trim().split('\n');
    expect(reports).toHaveLength(3);
    expect(reports[2]).toContain('b.pdf,pdf,error,timed out after 1 s');
    expect(await readFile(join(dir, 'mentions.csv'), 'utf8')).toContain("'=Tiếp nhận 1.200 hồ sơ");
    expect(JSON.parse(await readFile(join(dir, 'run.json'), 'utf8'))).toEqual(manifest);
  });

  it('leaves nothing behind on abort', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-out-'));
    const writer = await OutputWriter.open(dir);
    await writer.add(reportRows(sampleReport()));
    await writer.abort();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('typed rows', () => {
  it('gives every figure and mention its resolved period and level own', () => {
    const report = sampleReport();
    report.meta.periodStart = '2025-07-01';
    report.meta.periodEnd = '2025-09-30';
    report.mentions[1].period = { start: '2025-09-30', end: '2025-09-30' };
    const rows = reportRows(report);
    expect(rows.figures[0]).toMatchObject({ level: 'own', period_start: '2025-07-01', period_end: '2025-09-30' });
    expect(rows.mentions.map((m) => [m.level, m.period_start, m.period_end])).toEqual([
      ['own', '2025-07-01', '2025-09-30'],
      ['own', '2025-09-30', '2025-09-30'],
    ]);
  });

  it('reads the numbers of a flag from the text the check wrote the Vietnamese way', () => {
    expect(flagValues({ expected: '7.341', actual: '6.968' })).toEqual({ expected_value: 7341, actual_value: 6968, difference: -373 });
    expect(flagValues({ expected: '92,13%', actual: '99%' })).toEqual({ expected_value: 92.13, actual_value: 99, difference: 6.87 });
    expect(flagValues({ expected: '≤ 84', actual: '97' })).toEqual({ expected_value: 84, actual_value: 97, difference: 13 });
    expect(flagValues({ expected: '29/01/2021', actual: '20/01/2021' })).toEqual({ expected_value: '', actual_value: '', difference: '' });
    expect(flagValues({ expected: '1945–2021', actual: '1018' })).toEqual({ expected_value: '', actual_value: 1018, difference: '' });
    expect(flagValues({ expected: 'Quyết định', actual: '' })).toEqual({ expected_value: '', actual_value: '', difference: '' });
  });

  it('drops a leading list bullet from evidence, so the cell needs no formula guard', () => {
    expect(clipEvidence('- Cấp huyện: 12 thủ tục')).toBe('Cấp huyện: 12 thủ tục');
    expect(clipEvidence('+ Tiếp nhận 1.200 hồ sơ')).toBe('Tiếp nhận 1.200 hồ sơ');
    expect(clipEvidence('-3 hồ sơ')).toBe('-3 hồ sơ');
  });
});
